from common import C, S
D = "f18_12_pol_kaiserslautern"
K, P = "Kaiserslautern", "police"
claims = [
    C("14 Festnahmen, zwei Beamte leicht verletzt", "arrested", 14, 14, "exact", loc=K, optional=True, note="headline restates the body"),
    C("zwei Beamte leicht verletzt", "wounded", 2, 2, "exact", loc=K, actor=P, optional=True, note="headline restates the body"),
    C("rund 160 Einsatzkräfte", "troops", 160, 160, "about", loc=K, actor=P, optional=True, note="police deployment"),
    C("312 kontrollierte Personen", "other", 312, 312, "exact", loc=K, optional=True, note="people checked"),
    C("87 kontrollierte Fahrzeuge", "other", 87, 87, "exact", loc=K, optional=True, note="vehicles"),
    C("- 14 Festnahmen", "arrested", 14, 14, "exact", loc=K, note="police release: own voice; date only in the intro"),
    C("davon drei aufgrund offener Haftbefehle", "arrested", 3, 3, "exact", loc=K),
    C("23 Strafanzeigen", "other", 23, 23, "exact", loc=K, optional=True, note="complaints filed"),
    C("vier Messer", "equipment", 4, 4, "exact", loc=K, optional=True, note="seized knives, not military"),
    C("verletzte dabei zwei Beamte leicht", "wounded", 2, 2, "exact", loc=K, actor=P),
    C("Alle drei Insassen", "wounded", 3, 3, "exact", loc=K),
]
st = [
]
GOLD = {D: (claims, st)}
