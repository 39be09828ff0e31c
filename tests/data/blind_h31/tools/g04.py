from common import C, S
D = "u16_04_chassawjurt"
CH, DIM, NAK, A, HM = "Khasavyurt", "Dagestan interior ministry", "NAK", "attackers", "Dagestan health ministry"
claims = [
    C("mindestens neun Menschen getötet", "killed", 9, None, "at_least", "authorities", loc=CH, note="'nach offiziellen Angaben'"),
    C("seien sechs Polizisten", "killed", 6, 6, "exact", DIM, time="2026-11-09", loc=CH, actor="police", note="relayed by Interfax; statement date"),
    C("ein Wachmann", "killed", 1, 1, "exact", DIM, time="2026-11-09", loc=CH, optional=True, note="count of one"),
    C("Zwei der mutmaßlich vier Angreifer seien", "killed", 2, 2, "exact", DIM, loc=CH, actor=A),
    C("vier Angreifer", "troops", 4, 4, "exact", DIM, "reported", loc=CH, actor=A, optional=True, note="attackers, 'mutmaßlich'"),
    C('"drei verletzten Beamten"', "wounded", 3, 3, "exact", "authorities", time="2026-11-08", loc=CH, actor="police", note="first, superseded figure"),
    C("mindestens eine Handgranate", "equipment", 1, None, "at_least", DIM, loc=CH, actor=A, optional=True),
    C("14 Menschen wurden nach Angaben des Gesundheitsministeriums verletzt", "wounded", 14, 14, "exact", HM, loc=CH),
    C("fünf von ihnen schwebten", "wounded", 5, 5, "exact", HM, loc=CH),
    C("auch zwei Passanten", "wounded", 2, 2, "exact", HM, loc=CH, note="'den Angaben zufolge' carries the source"),
    C("ein 17-Jähriger", "wounded", 1, 1, "exact", HM, loc=CH, optional=True, note="count of one"),
    C('seien beide "neutralisiert" worden', "killed", 2, 2, "exact", NAK, loc="Endirej", actor=A, note="date only in the previous sentence"),
    C("rund 300 Sicherheitskräfte", "troops", 300, 300, "about", "TASS", loc="Endirej", actor="Russian security forces", optional=True, note="security deployment"),
    C("sei ein Angehöriger der Spezialeinheiten verletzt", "wounded", 1, 1, "exact", NAK, loc="Endirej", actor="Russian security forces", optional=True, note="count of one"),
    C("zwei Sturmgewehre", "equipment", 2, 2, "exact", NAK, loc=CH, actor=A, note="seized guns"),
    C("ein Sprengsatz", "equipment", 1, 1, "exact", NAK, loc=CH, actor=A, optional=True),
    C("600 Schuss Munition", "equipment", 600, 600, "exact", NAK, loc=CH, actor=A, optional=True, note="rounds"),
    C("Fünf mutmaßliche Helfer wurden festgenommen", "arrested", 5, 5, "exact", loc=CH, note="own voice"),
    C("mehr als 20 Menschen getötet", "killed", 20, None, "at_least", time="2024-06", loc="Dagestan", note="two cities"),
]
st = [
    S("Interfax", "org", "meldete", "Unter den Toten seien sechs Polizisten und ein Wachmann"),
    S(DIM, "org", "seien", "Zwei der mutmaßlich vier Angreifer seien bei einem Schusswechsel erschossen worden"),
    S("authorities", "group", "gesprochen", 'von "drei verletzten Beamten" gesprochen und den Angriff als "Zwischenfall" bezeichnet'),
    S(DIM, "org", "demnach", "Der Angriff ereignete sich demnach gegen 21.30 Uhr Ortszeit an einem Kontrollpunkt am Stadtrand von Chassawjurt"),
    S(DIM, "org", "hieß es", "Die Täter hätten aus einem Auto heraus mit automatischen Waffen auf die Beamten gefeuert und mindestens eine Handgranate geworfen"),
    S(HM, "org", "nach Angaben", "14 Menschen wurden nach Angaben des Gesundheitsministeriums verletzt, fünf von ihnen schwebten in Lebensgefahr"),
    S(HM, "org", "den Angaben zufolge", "Unter den Verletzten sind den Angaben zufolge auch zwei Passanten"),
    S(NAK, "org", "teilte", 'Nach einem mehrstündigen Feuergefecht seien beide "neutralisiert" worden'),
    S(NAK, "org", "sei", "sei ein Angehöriger der Spezialeinheiten verletzt worden"),
    S(NAK, "org", "seien", "In der Wohnung eines der Männer seien zwei Sturmgewehre, ein Sprengsatz und 600 Schuss Munition gefunden worden"),
    S("TASS", "org", "nach Angaben", "rund 300 Sicherheitskräfte beteiligt waren"),
    S("Investigative Committee", "org", "nach Angaben", "Die Ermittler gehen nach Angaben des Ermittlungskomitees von einem islamistischen Hintergrund aus"),
]
GOLD = {D: (claims, st)}
