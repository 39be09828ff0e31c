from common import C, S
D = "m13_08_bansko"
BA, MI, HM = "Bansko", "Bulgarian interior ministry", "hospital management"
claims = [
    C("Sechs Tote, Dutzende Verletzte", "killed", 6, 6, "exact", loc=BA, optional=True, note="headline restates the body"),
    C("Dutzende Verletzte", "wounded", 12, None, "at_least", loc=BA, optional=True, note="headline vague plural"),
    C("sechs Menschen ums Leben gekommen", "killed", 6, 6, "exact", time="2026-11-01", loc=BA),
    C("43 weitere Gäste und Angestellte wurden verletzt", "wounded", 43, 43, "exact", MI, loc=BA, note="'weitere' after the dead: not additional"),
    C("22 von ihnen werden im Krankenhaus", "wounded", 22, 22, "exact", HM, loc=BA, note="hospital in Blagoevgrad; the event's place"),
    C("fünf davon nach Angaben der Klinikleitung", "wounded", 5, 5, "exact", HM, loc=BA),
    C("auch zwei Deutsche", "wounded", 2, 2, "exact", "Auswärtiges Amt", loc=BA),
    C("knapp 200 Gäste", "other", 200, 200, "about", loc=BA, optional=True, note="people in the hotel"),
    C('"mehr als 80 Menschen"', "other", 80, None, "at_least", "Iwan Dimitrow", loc=BA, note="rescued"),
    C("mit 60 Kräften", "troops", 60, 60, "exact", loc=BA, actor="fire brigade", optional=True),
    C("18 Fahrzeugen", "other", 18, 18, "exact", loc=BA, optional=True, note="vehicles"),
    C("drei Menschen fest", "arrested", 3, 3, "exact", time="2026-11-01", loc=BA, note="own voice; the prosecution is the actor"),
    C("einen Elektriker", "arrested", 1, 1, "exact", time="2026-11-01", loc=BA, optional=True, note="count of one, subset"),
    C("78 Menschen ums Leben gekommen", "killed", 78, 78, "exact", time="2025-01", loc="Kartalkaya"),
]
st = [
    S(MI, "org", "mitteilte", "43 weitere Gäste und Angestellte wurden verletzt"),
    S(HM, "org", "nach Angaben", "fünf davon nach Angaben der Klinikleitung in Lebensgefahr"),
    S("Auswärtiges Amt", "org", "nach Angaben", "Unter den Verletzten sind nach Angaben des Auswärtigen Amts in Berlin auch zwei Deutsche"),
    S("eyewitnesses", "group", "nach Augenzeugenberichten", "Mehrere Menschen retteten sich nach Augenzeugenberichten über Balkone und an zusammengeknoteten Bettlaken"),
    S("Iwan Dimitrow", "person", "sagte", 'die Einsatzkräfte hätten "mehr als 80 Menschen" über Drehleitern und durch verrauchte Flure ins Freie gebracht', role="Chef der Feuerwehr der Region"),
    S("Iwan Dimitrow", "person", "habe", "Die Brandmeldeanlage habe nach ersten Erkenntnissen nicht funktioniert", role="Chef der Feuerwehr der Region"),
    S("Daniel Mitow", "person", "sagte", 'das Hotel sei im Frühjahr kontrolliert worden und habe damals "alle Auflagen" erfüllt', role="Innenminister"),
    S("Daniel Mitow", "person", "wies", "Berichte, wonach die Behörden Mängel beim Brandschutz bemerkt und ignoriert hätten, wies er zurück", role="Innenminister", denial=True),
    S("Rossen Scheljaskow", "person", "ordnete", "ordnete für Montag einen nationalen Trauertag an", role="Ministerpräsident"),
]
GOLD = {D: (claims, st)}
