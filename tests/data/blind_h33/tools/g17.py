from common import C, S
GOLD = {
    "f18_17_abfahrt_zermatt": ([], [
        S("Marco Odermatt", "person", "sagte", "Ich habe oben im Gletscherteil ein paar Hundertstel liegen lassen, aber unten lief es perfekt", mode="direct"),
        S("Stefan Rogentin", "person", "sprach", "vom «schönsten Tag meiner Karriere»"),
        S("Franz Julen", "person", "bezifferte", "die Zuschauerzahl im Zielraum auf rund 6'500", role="OK-Präsident"),
        S("Franz Julen", "person", "nach seinen Angaben", "Das Budget der Veranstaltung liegt nach seinen Angaben bei knapp 9 Millionen Franken", role="OK-Präsident"),
    ]),
    "f18_18_haushalt_chemnitz": ([], [
        S("Ralph Burghart", "person", "sagte", "Allein die Kosten für die Hilfe zur Pflege und die Eingliederungshilfe seien binnen drei Jahren um 23 Prozent gestiegen", role="Finanzbürgermeister"),
        S("Ralph Burghart", "person", "sagte", "Wir investieren in die Zukunft, aber wir müssen ehrlich sagen: Ohne Hilfe von Bund und Land stoßen wir an Grenzen", mode="direct", role="Finanzbürgermeister"),
        S("Ralph Burghart", "person", "warnt", "warnt vor schwierigen Jahren", role="Finanzbürgermeister"),
        S("Chemnitz treasury", "org", "nach Berechnungen", "Das brächte nach Berechnungen der Kämmerei jährlich rund 11 Millionen Euro zusätzlich"),
        S("Die Linke Chemnitz", "org", "nannte", 'die geplante Steuererhöhung "Gift für den Mittelstand"'),
        S("AfD Chemnitz", "org", "kündigte", "37 Änderungsanträge einzubringen"),
        S("Greens Chemnitz", "org", "forderten", "die 18 Millionen Euro für den Ausbau des Stadions an der Gellertstraße zu streichen"),
    ]),
    "f18_19_wohnungsmarkt_wien": ([], [
        S("Markus Steinböck", "person", "sagte", "Die Talsohle ist durchschritten", mode="direct", role="Studienautor"),
        S("Markus Steinböck", "person", "seien", "Gründe seien die gesunkenen Zinsen und das Auslaufen der strengen Kreditvergaberegeln Mitte 2025", role="Studienautor"),
        S("Markus Steinböck", "person", "sei", "Der Anteil der Käufer, die mehr als 40 Prozent Eigenkapital mitbringen, sei von 61 auf 48 Prozent gesunken", role="Studienautor"),
        S("Raiffeisen-Immobiliengruppe", "org", "laut Bericht", "Heuer werden in Wien laut Bericht nur rund 9.800 Wohnungen fertiggestellt"),
        S("Raiffeisen-Immobiliengruppe", "org", "rechnen", "Für 2027 rechnen die Autoren mit lediglich 7.500 Einheiten"),
        S("Kathrin Gaál", "person", "verwies", "auf das Wohnbauprogramm der Stadt", role="Wohnbaustadträtin"),
        S("Kathrin Gaál", "person", "seien", "1.400 davon seien bereits übergeben", role="Wohnbaustadträtin"),
        S("Wirtschaftskammer", "org", "forderte", "Erleichterungen bei Bauvorschriften"),
        S("Wirtschaftskammer", "org", "verteuere", "Jede zusätzliche Auflage verteuere den Quadratmeter um 50 bis 100 Euro"),
    ]),
    "f18_20_jazzfest_berlin": ([], [
        S("Berliner Festspiele", "org", "sprechen", "von einem der erfolgreichsten Jahrgänge seiner Geschichte"),
        S("Berliner Festspiele", "org", "nach Angaben", "Die Auslastung lag nach Angaben der Berliner Festspiele bei 94 Prozent"),
        S("Nadin Deventer", "person", "sagte", "Wir haben ein junges Publikum gewonnen, das vor fünf Jahren noch nicht zu uns gekommen wäre", mode="direct", role="Festivalleiterin"),
        S("Nadin Deventer", "person", "sei", "Gut ein Drittel der Tickets sei an Menschen unter 30 Jahren gegangen", role="Festivalleiterin"),
        S("Berliner Festspiele", "org", "begründeten", "die Erhöhung mit gestiegenen Kosten für Technik, Reisen und Honorare"),
    ]),
}
