from common import C, S
D = "f18_09_methanol_laos"
LN, MOH = "Luang Namtha", "Lao health ministry"
claims = [
    C("Neun Tote in Laos", "killed", 9, 9, "exact", loc=LN, optional=True, note="headline restates the body"),
    C("neun Menschen gestorben", "killed", 9, 9, "exact", loc=LN, note="own voice"),
    C("Weitere 37 Menschen würden in Spitälern behandelt", "other", 37, 37, "exact", MOH, time="2026-11-11", loc=LN, note="poisoning patients: other (cases); 'weitere' after the dead: not additional; relay KPL -> health ministry"),
    C("zwei Rucksacktouristen aus Frankreich", "other", 2, 2, "exact", MOH, time="2026-11-11", loc=LN, note="subset of the patients"),
    C("zwei Lieferanten", "arrested", 2, 2, "exact", loc=LN, optional=True, note="subset written before the total"),
    C("insgesamt drei Personen", "arrested", 3, 3, "exact", loc=LN),
]
st = [
    S("KPL", "org", "meldete", "Weitere 37 Menschen würden in Spitälern behandelt, darunter zwei Rucksacktouristen aus Frankreich"),
    S("KPL", "org", "seien", "Mehrere Patienten seien erblindet"),
    S("Lao authorities", "org", "nach eigenen Angaben", "rund 800 Liter des selbst gebrannten Reisschnapses Lao-Lao sicher"),
]
GOLD = {D: (claims, st)}
