from common import C, S
DOC = "j19_11_goettingen"
# published Saturday 2026-11-14; Freitag = 2026-11-13
A = {
    "police": ["Polizeiinspektion Göttingen", "Polizei und Feuerwehr"],
    "fire brigade": ["Feuerwehr"],
    "Jens Uhlendorf": ["Uhlendorf", "Stadtbrandmeister Jens Uhlendorf"],
    "Studentenwerk Göttingen": ["Studentenwerk"],
    "Jörg Magull": ["Magull", "Geschäftsführer Jörg Magull"],
    "Göttingen": ["Göttinger Ostviertel", "Robert-Koch-Straße", "Ostviertel"],
}
G = "Göttingen"; U = "Jens Uhlendorf"; M = "Jörg Magull"
CLAIMS = [
    C("Ein Toter und 14 Verletzte", "killed", 1, 1, "exact", loc=G, optional=True, note="headline restates the body"),
    C("14 Verletzte", "wounded", 14, 14, "exact", loc=G, optional=True, note="headline restates the body"),
    C("ein 23 Jahre alter Bewohner ums Leben", "killed", 1, 1, "exact", time="2026-11-13", loc=G, optional=True, note="count of one"),
    C("14 weitere Menschen wurden verletzt", "wounded", 14, 14, "exact", "police", time="2026-11-13", loc=G, note="joint release of police and fire brigade: the first named"),
    C("drei davon schwer", "wounded", 3, 3, "exact", "police", time="2026-11-13", loc=G),
    C("etwa 40 Bewohner", "other", 40, 40, "about", U, loc=G, note="rescued"),
    C("rund 120 Einsatzkräfte", "troops", 120, 120, "about", U, loc=G, optional=True),
    C("die 96 Bewohnerinnen und Bewohner", "displaced", 96, 96, "exact", "Studentenwerk Göttingen", loc=G, optional=True, note="residents to be rehoused"),
]
P = "person"; O = "org"
STATEMENTS = [
    S("police", O, "mitteilten", "14 weitere Menschen wurden verletzt, drei davon schwer"),
    S(U, P, "sagte", "Als die ersten Kräfte eintrafen, stand das Treppenhaus bereits voll Rauch", mode="direct", role="Stadtbrandmeister"),
    S(U, P, "habe", "Die Feuerwehr habe etwa 40 Bewohner über Drehleitern und tragbare Leitern aus den Fenstern gerettet", role="Stadtbrandmeister"),
    S(U, P, "hätten", "Andere hätten sich auf Balkone geflüchtet", role="Stadtbrandmeister"),
    S(U, P, "seien", "Insgesamt seien rund 120 Einsatzkräfte von Berufsfeuerwehr, Freiwilligen Feuerwehren und Rettungsdienst vor Ort gewesen", role="Stadtbrandmeister"),
    S("police", O, "sagte", "man ermittle \"in alle Richtungen\""),
    S("police", O, "gebe", "Hinweise auf einen politischen Hintergrund gebe es derzeit nicht"),
    S("Studentenwerk Göttingen", O, "kündigte", "die 96 Bewohnerinnen und Bewohner vorerst in anderen Wohnheimen und in einem Hotel unterzubringen"),
    S(M, P, "sagte", "Das Haus sei bis auf Weiteres unbewohnbar", role="Geschäftsführer"),
    S(M, P, "wies", "wies das zurück", role="Geschäftsführer", denial=True),
    S(M, P, "sagte", "Alle Melder wurden im September gewartet und funktionierten", mode="direct", role="Geschäftsführer", denial=True),
    S(M, P, "werde", "Man werde die Vorwürfe aber prüfen lassen", role="Geschäftsführer"),
]
