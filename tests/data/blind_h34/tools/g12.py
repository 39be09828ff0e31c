from common import C, S
DOC = "j19_12_tauernautobahn"
# published Sunday 2026-09-27; Samstag = 2026-09-26
A = {
    "police": ["Landespolizeidirektion Salzburg", "Polizei Salzburg"],
    "Red Cross Salzburg": ["Rotem Kreuz Salzburg", "Rotes Kreuz Salzburg", "Rote Kreuz Salzburg"],
    "Uniklinikum Salzburg": ["Uniklinikum", "Universitätsklinikum Salzburg"],
    "Andreas Kaml": ["Kaml", "Einsatzleiter der Feuerwehr Flachau"],
    "Czech Foreign Ministry": ["tschechische Außenministerium", "tschechisches Außenministerium"],
    "Flachau": ["Tauernautobahn", "A10", "Pongau"],
}
F = "Flachau"; K = "Uniklinikum Salzburg"
CLAIMS = [
    C("Tauernautobahn umgestürzt: 31 Verletzte", "wounded", 31, 31, "exact", loc=F, optional=True, note="headline restates the body"),
    C("48 Insassen", "other", 48, 48, "exact", loc=F, optional=True, note="people on board"),
    C("31 Menschen wurden verletzt", "wounded", 31, 31, "exact", "police", time="2026-09-27", loc=F, note="statement date in the sentence (convention)"),
    C("sieben davon schwer", "wounded", 7, 7, "exact", "police", time="2026-09-27", loc=F),
    C("rund 90 Helferinnen und Helfer", "troops", 90, 90, "about", "Red Cross Salzburg", loc=F, optional=True),
    C("drei Notarzthubschrauber", "equipment", 3, 3, "exact", "Red Cross Salzburg", loc=F, optional=True, note="civil rescue helicopters"),
    C("Ein Mann schwebe in Lebensgefahr", "wounded", 1, 1, "exact", K, time="2026-09-27", loc=F, optional=True),
    C("Zwei Kinder würden auf der Kinderchirurgie betreut", "wounded", 2, 2, "exact", K, loc=F),
    C("zwei Konsularbeamte", "other", 2, 2, "exact", "Czech Foreign Ministry", loc=F, optional=True),
    C("Die 17 unverletzten Reisenden", "other", 17, 17, "exact", loc=F, optional=True),
]
P = "person"; O = "org"
STATEMENTS = [
    S("police", O, "teilte", "31 Menschen wurden verletzt, sieben davon schwer"),
    S("Red Cross Salzburg", O, "Laut", "waren rund 90 Helferinnen und Helfer im Einsatz, dazu drei Notarzthubschrauber"),
    S(K, O, "hieß es", "Ein Mann schwebe in Lebensgefahr"),
    S(K, O, "würden", "Zwei Kinder würden auf der Kinderchirurgie betreut, ihr Zustand sei stabil"),
    S("police", O, "laut", "einem Reh ausgewichen zu sein"),
    S("Andreas Kaml", P, "sagte", "So etwas habe ich in 30 Dienstjahren selten gesehen", mode="direct", role="Einsatzleiter der Feuerwehr Flachau"),
    S("Czech Foreign Ministry", O, "nach eigenen Angaben", "schickte nach eigenen Angaben zwei Konsularbeamte nach Salzburg"),
]
