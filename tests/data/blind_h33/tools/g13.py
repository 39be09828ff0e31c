from common import C, S
D = "f18_13_reisebus_flachau"
F, RK = "Flachau", "Rotes Kreuz Salzburg"
claims = [
    C("Tauernautobahn: 31 Verletzte", "wounded", 31, 31, "exact", loc=F, optional=True, note="headline restates the body"),
    C("31 Menschen wurden verletzt", "wounded", 31, 31, "exact", loc=F, note="date in the previous sentence"),
    C("sieben davon schwer", "wounded", 7, 7, "exact", loc=F),
    C("mit 48 Fahrgästen und zwei Lenkern", "other", 50, 50, "exact", loc=F, optional=True, note="people on board"),
    C("85 Sanitäter und Notärzte", "troops", 85, 85, "exact", RK, loc=F, optional=True, note="rescue deployment"),
    C("drei Notarzthubschrauber", "equipment", 3, 3, "exact", RK, loc=F, optional=True, note="rescue helicopters"),
    C("rund 120 Feuerwehrleute", "troops", 120, 120, "about", RK, loc=F, optional=True, note="fire deployment"),
    C("17 unverletzte Fahrgäste", "other", 17, 17, "exact", loc=F, optional=True, note="uninjured passengers cared for"),
    C("damals starben zwei Menschen", "killed", 2, 2, "exact", time="2026-01", loc="Werfen"),
]
st = [
    S("police", "org", "Laut", "war die Fahrbahn zu diesem Zeitpunkt schneeglatt"),
    S("police", "org", "sei", "Ob überhöhte Geschwindigkeit im Spiel war, sei Gegenstand der Ermittlungen"),
    S(RK, "org", "Nach Angaben", "standen 85 Sanitäter und Notärzte sowie drei Notarzthubschrauber im Einsatz"),
    S("Salzburger Landeskliniken", "org", "sagte", "Lebensgefahr bestehe bei keinem von ihnen"),
]
GOLD = {D: (claims, st)}
