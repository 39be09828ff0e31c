from common import C, S
D = "m13_14_unwetter_thurgau"
TG, RH, P, GV = "Thurgau", "Romanshorn", "police", "Thurgau building insurance"
claims = [
    C("Ein Toter, Hunderte Feuerwehreinsätze", "killed", 1, 1, "exact", loc=RH, optional=True, note="headline, count of one"),
    C("Hunderte Feuerwehreinsätze", "other", 100, None, "at_least", loc=TG, optional=True, note="operations, vague plural"),
    C("ein 63-jähriger Camper", "killed", 1, 1, "exact", P, time="2026-09-15", loc=RH, optional=True, note="count of one"),
    C("Zwölf weitere Personen wurden im ganzen Kanton verletzt", "wounded", 12, 12, "exact", loc=TG, note="own voice; not additional"),
    C("eine davon schwer", "wounded", 1, 1, "exact", loc=TG, optional=True, note="count of one"),
    C("über 420 Notrufe", "other", 420, None, "at_least", loc=TG, optional=True, note="calls"),
    C("rund 280 Einsätzen", "other", 280, 280, "about", loc=TG, optional=True, note="operations"),
    C("gut 650 Angehörige der Feuerwehren", "troops", 650, None, "at_least", "Thurgau fire brigade association", loc=TG, actor="fire brigade", optional=True),
    C("etwa 70 Gäste vorsorglich", "displaced", 70, 70, "about", P, loc=RH, note="evacuated campers"),
    C("rund 9.000 Reisende", "other", 9000, 9000, "about", "SBB", loc=TG, optional=True, note="delayed travellers"),
    C("mehr als 1.100 Schadenmeldungen", "other", 1100, None, "at_least", GV, time="2026-09-15", loc=TG, optional=True, note="claims filed"),
    C("3.000 oder mehr", "other", 3000, None, "at_least", GV, "possible", loc=TG, future=True, optional=True, note="claims filed, forecast"),
]
st = [
    S(P, "org", "mitteilte", "In Romanshorn wurde ein 63-jähriger Camper von einem umstürzenden Baum erschlagen"),
    S("Thurgau fire brigade association", "org", "nach Angaben", "Im Einsatz standen nach Angaben des kantonalen Feuerwehrverbandes gut 650 Angehörige der Feuerwehren"),
    S(P, "org", "laut", "wurden laut Polizei etwa 70 Gäste vorsorglich in eine Mehrzweckhalle gebracht"),
    S("SBB", "org", "nach Angaben", "Betroffen waren nach Angaben der SBB rund 9.000 Reisende"),
    S(GV, "org", "rechnet", "mit Schäden in zweistelliger Millionenhöhe"),
    S(GV, "org", "sagte", "Bis Dienstagabend seien bereits mehr als 1.100 Schadenmeldungen eingegangen"),
    S(GV, "org", None, "Wir erwarten, dass es am Ende 3.000 oder mehr sein werden.", mode="direct"),
]
GOLD = {D: (claims, st)}
