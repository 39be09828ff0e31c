from common import C, S
D = "m13_13_a9_reisebus"
PG, P = "Pegnitz", "police"
claims = [
    C("Zahl der Toten steigt auf drei", "killed", 3, 3, "exact", loc=PG, note="headline: the total is stated nowhere else as a number -> required"),
    C("ein drittes Opfer gestorben", "killed", 1, 1, "exact", loc=PG, optional=True, note="count of one (the third death)", additional=True),
    C("Eine 71 Jahre alte Frau aus Sachsen", "killed", 1, 1, "exact", P, time="2026-10-18", loc=PG, optional=True, note="count of one"),
    C("der 58 Jahre alte Busfahrer und ein Fahrgast ums Leben", "killed", 2, 2, "exact", loc=PG, optional=True, note="two by enumeration, no numeral"),
    C("49 Fahrgästen", "other", 49, 49, "exact", loc=PG, optional=True, note="on board"),
    C("zwei Fahrern an Bord", "other", 2, 2, "exact", loc=PG, optional=True, note="on board"),
    C("38 Menschen verletzt", "wounded", 38, 38, "exact", P, loc=PG, note="'den Angaben zufolge' carries the investigators"),
    C("sieben davon schwer", "wounded", 7, 7, "exact", P, loc=PG),
    C("mehr als 150 Kräften", "troops", 150, None, "at_least", loc=PG, actor="rescuers", optional=True),
    C("vier Rettungshubschrauber", "other", 4, 4, "exact", loc=PG, optional=True, note="rescue helicopters"),
]
st = [
    S(P, "org", "mitteilte", "Eine 71 Jahre alte Frau aus Sachsen erlag am Sonntagabend im Klinikum Bayreuth ihren Verletzungen"),
    S(P, "org", "nach Angaben", "fuhr er nach Angaben der Ermittler zwischen den Anschlussstellen Trockau und Pegnitz in Richtung München nahezu ungebremst auf einen Sattelzug am Ende eines Staus auf"),
    S(P, "org", "den Angaben zufolge", "Insgesamt wurden den Angaben zufolge 38 Menschen verletzt, sieben davon schwer"),
    S("bus company", "org", "sagte", "das Fahrzeug sei erst zwei Jahre alt und im Frühjahr gewartet worden"),
    S("bus company", "org", "hätten", "Die Fahrer hätten die vorgeschriebenen Ruhezeiten eingehalten"),
]
GOLD = {D: (claims, st)}
