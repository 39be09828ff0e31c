from common import S
GOLD = {
    "u16_17_slalom_levi": ([], [
        S("Mikaela Shiffrin", "person", "sagte", "Der zweite Lauf war einer der besten meines Lebens, ich habe einfach alles riskiert", mode="direct", role="US-Amerikanerin"),
        S("Lena Dürr", "person", "sagte", "Drei Hundertstel sind bitter, aber ich nehme viel Positives mit", mode="direct"),
        S("Lena Dürr", "person", "habe", "Sie habe im Sommer 40 Skitage in Chile und Neuseeland absolviert und fühle sich so fit wie seit Jahren nicht"),
        S("Andreas Puelacher", "person", "sagte", "Wir haben ein junges Team, das in zwei, drei Jahren um Medaillen fahren kann", mode="direct", role="Bundestrainer"),
    ]),
    "u16_18_frachtlinien": ([], [
        S("Hanseatische Frachtlinien", "org", "teilte", "Das Konzernergebnis vor Zinsen und Steuern (Ebit) werde 2026 nur noch zwischen 450 und 600 Millionen Euro liegen"),
        S("analysts", "group", "gerechnet", "Analysten hatten im Schnitt mit 140 Millionen Euro gerechnet"),
        S("Kerstin Albrecht", "person", "sagte", "Der Markt ist mit neuen Schiffen überflutet, und die Rückkehr vieler Reedereien ins Rote Meer drückt zusätzlich auf die Preise", mode="direct", role="Vorstandschefin"),
        S("Kerstin Albrecht", "person", "sagte", "Betriebsbedingte Kündigungen wolle man möglichst vermeiden", role="Vorstandschefin"),
        S("HFL works council", "org", "kündigte", "Der Betriebsrat kündigte Widerstand an"),
        S("Uwe Tiedemann", "person", "sagte", 'Man werde "jede einzelne Stelle verteidigen"', role="Betriebsratschef"),
        S("Jan-Ole Petersen", "person", "sagte", "Die Dividende für das laufende Geschäftsjahr werde voraussichtlich deutlich unter den 2,10 Euro je Aktie des Vorjahres liegen", role="Finanzvorstand"),
    ]),
    "u16_19_rentenpaket": ([], [
        S("German labour ministry", "org", "nach Berechnungen", "Ohne die Reform wäre es nach Berechnungen des Arbeitsministeriums bis 2031 auf 46,9 Prozent und bis 2040 auf 45 Prozent gesunken"),
        S("German labour ministry", "org", "beziffert", "Die Kosten für den Bundeshaushalt beziffert das Ministerium auf rund 11 Milliarden Euro im Jahr 2031"),
        S("German labour ministry", "org", "nach Angaben", "was nach Angaben des Ministeriums rund 20 Euro mehr im Monat je Kind bedeutet"),
        S("Bärbel Bas", "person", "sprach", 'von einem "Versprechen an eine ganze Generation"', role="Arbeitsministerin"),
        S("Bärbel Bas", "person", "sagte", "Wer 45 Jahre gearbeitet hat, muss sich auf seine Rente verlassen können", mode="direct", role="Arbeitsministerin"),
        S("Pascal Reddig", "person", "kritisierte", "das Paket belaste die Jüngeren mit zusätzlichen Kosten von mehr als 100 Milliarden Euro bis 2040", role="CDU-Abgeordnete"),
        S("Pascal Reddig", "person", "habe", "Er habe dennoch zugestimmt, weil die Koalition eine Rentenkommission zugesagt habe", role="CDU-Abgeordnete"),
        S("Anja Reinalter", "person", "nannte", 'nannte es "teuer und mutlos"', role="Grünen-Abgeordnete"),
        S("AfD", "org", "forderte", "die AfD forderte eine Rückkehr zum Rentenniveau von 53 Prozent"),
        S("Die Linke", "org", "kritisierte", "mit 48 Prozent sei Altersarmut programmiert"),
    ]),
    "u16_20_viennale": ([], [
        S("Viennale", "org", "mitteilte", "Rund 72.400 Besucherinnen und Besucher sahen an den 13 Festivaltagen die 296 Filme aus 51 Ländern"),
        S("Eva Sangiorgi", "person", "sagte", "Wir hatten ein junges, neugieriges Publikum, und viele Vorstellungen waren schon Tage vorher ausverkauft", mode="direct", role="Festivaldirektorin"),
        S("Eva Sangiorgi", "person", "sei", "Der Anteil der Besucher unter 30 Jahren sei auf 38 Prozent gestiegen", role="Festivaldirektorin"),
        S("Viennale", "org", "nach Festivalangaben", "Insgesamt reisten nach Festivalangaben 214 Filmschaffende nach Wien"),
    ]),
}
