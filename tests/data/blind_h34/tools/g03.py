from common import C, S
DOC = "j19_03_niassa"
# published Friday 2026-11-20; Mittwoch = 2026-11-18, Donnerstag = 2026-11-19
A = {
    "Mozambique": ["Mosambik", "Regierung in Maputo", "Maputo", "mosambikanische Armee"],
    "Diocese of Lichinga": ["katholische Diözese Lichinga", "Diözese Lichinga", "Diözese"],
    "STV": ["Fernsehsender STV", "private Fernsehsender STV"],
    "Notícias": ["Zeitung \"Notícias\"", "Noticias"],
    "Amade Issufo": ["Issufo", "Distriktverwalter von Mecula"],
    "Paulo Chachine": ["Chachine", "Innenminister Paulo Chachine"],
    "security sources": ["Sicherheitskreisen", "Sicherheitskreise", "aus Sicherheitskreisen"],
    "Islamic State": ["IS", "Terrormiliz Islamischer Staat", "Islamischer Staat", "Amaq"],
    "Niassa militia": ["islamistische Miliz", "Angreifer", "Terroristen"],
    "IOM": ["Internationale Organisation für Migration"],
    "Pedro Neves": ["Neves", "IOM-Sprecher Pedro Neves"],
    "Misereor": ["Hilfswerk Misereor"],
    "ACLED": ["Beobachtungsstelle ACLED"],
    "Mecula": ["Distrikt Mecula", "Niassa", "Provinz Niassa"],
    "Marrupa": ["Bezirkshauptstadt Marrupa"],
    "Cabo Delgado": [],
}
CLAIMS = [
    C("mindestens 14 Zivilisten getötet", "killed", 14, None, "at_least", "Diocese of Lichinga", time="2026-11-18", loc="Mecula"),
    C("die Zahl der Toten liege bei 17", "killed", 17, 17, "exact", "Amade Issufo", loc="Mecula", note="STV citing Notícias citing Issufo: the original is the source"),
    C("etwa 30 Menschen verschleppt", "other", 30, 30, "about", "Amade Issufo", loc="Mecula", note="abducted people"),
    C("sechs Terroristen \"neutralisiert\"", "killed", 6, 6, "exact", "Paulo Chachine", actor="Niassa militia", loc="Mecula"),
    C("zusätzlich rund 200 Soldaten", "troops", 200, 200, "about", "security sources", actor="Mozambique", loc="Mecula", additional=True),
    C("25 getöteten \"Christen\"", "killed", 25, 25, "exact", "Islamic State", loc="Mecula"),
    C("gut 3.400 Menschen", "displaced", 3400, None, "at_least", "IOM", time="2026-11-19", loc="Marrupa"),
    C("mehr als 6.000 Menschen ums Leben gekommen", "killed", 6000, None, "at_least", "ACLED", loc="Mozambique", note="since 2017: open total"),
]
P = "person"; O = "org"
STATEMENTS = [
    S("Diocese of Lichinga", O, "teilte", "Bei den Angriffen im Distrikt Mecula in der Nacht zu Mittwoch seien mindestens 14 Zivilisten getötet worden"),
    S("Diocese of Lichinga", O, "hätten", "Die Angreifer hätten Häuser angezündet und Vorräte geplündert"),
    S("Diocese of Lichinga", O, "würden", "Mehrere Frauen und Kinder würden vermisst"),
    S("STV", O, "berichtete", "die Zahl der Toten liege bei 17"),
    S("STV", O, "seien", "Zudem seien etwa 30 Menschen verschleppt worden, die meisten von ihnen Jugendliche"),
    S("Mozambique", O, "bestätigte", "bestätigte den Angriff, nannte aber keine Opferzahlen"),
    S("Paulo Chachine", P, "sagte", "Die Verteidigungs- und Sicherheitskräfte haben die Lage unter Kontrolle", mode="direct", role="Innenminister"),
    S("Paulo Chachine", P, "habe", "Die Armee habe die Verfolgung der Angreifer aufgenommen und dabei sechs Terroristen \"neutralisiert\"", role="Innenminister"),
    S("Islamic State", O, "reklamierte", "einen der Angriffe für sich"),
    S("Islamic State", O, "sprach", "von 25 getöteten \"Christen\""),
    S("IOM", O, "registrierte", "bis Donnerstagabend gut 3.400 Menschen, die aus Mecula in die Bezirkshauptstadt Marrupa geflohen sind"),
    S("Pedro Neves", P, "sagte", "Viele kämen zu Fuß und seien seit Tagen unterwegs", role="IOM-Sprecher"),
    S("IOM", O, "rechnet", "dass sich die Zahl in den kommenden Tagen verdoppeln könnte"),
    S("Misereor", O, "rief", "die Bundesregierung auf, die Lage im Norden Mosambiks nicht zu vergessen"),
    S("ACLED", O, "nach Angaben", "mehr als 6.000 Menschen ums Leben gekommen"),
]
