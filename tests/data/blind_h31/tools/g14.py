from common import C, S
D = "u16_14_basel"
B, P, MK, RB = "Basel", "police", "Muttenzerkurve", "Regula Brändli"
claims = [
    C("Zwölf Verletzte", "wounded", 12, 12, "exact", loc=B, optional=True, note="headline restates the body"),
    C("darunter sieben Polizisten", "wounded", 7, 7, "exact", loc=B, actor=P, optional=True, note="headline restates the body"),
    C("Zwölf Personen wurden verletzt", "wounded", 12, 12, "exact", P, time="2026-10-25", loc=B, note="statement date"),
    C("darunter sieben Polizistinnen und Polizisten", "wounded", 7, 7, "exact", P, time="2026-10-25", loc=B, actor=P),
    C("Zwei Beamte mussten mit Verletzungen am Kopf", "wounded", 2, 2, "exact", loc=B, actor=P, note="own voice"),
    C("einer von ihnen wird noch stationär behandelt", "wounded", 1, 1, "exact", loc=B, actor=P, optional=True, note="count of one"),
    C("rund 400 vermummte Personen", "other", 400, 400, "about", P, loc=B, optional=True, note="crowd of fans"),
    C("Mindestens 15 Fans seien durch Gummischrot verletzt", "wounded", 15, None, "at_least", MK, loc=B),
    C("neun Personen fest", "arrested", 9, 9, "exact", P, loc=B),
    C("sechs Schweizer", "arrested", 6, 6, "exact", P, loc=B),
    C("drei Deutsche", "arrested", 3, 3, "exact", P, loc=B),
    C("Gegen vier von ihnen", "other", 4, 4, "exact", loc=B, optional=True, note="under investigation"),
    C("Drei Polizeifahrzeuge", "equipment", 3, 3, "exact", loc=B, actor=P, optional=True, note="damaged vehicles"),
    C("zwei Tramzüge", "equipment", 2, 2, "exact", loc=B, optional=True, note="damaged trams"),
    C("rund 350 Einsatzkräfte", "troops", 350, 350, "about", P, loc=B, actor=P, optional=True, note="police deployment"),
    C("auf bis zu 500 zu erhöhen", "troops", None, 500, "at_most", RB, "possible", time="2026-12", loc=B, actor=P, future=True, optional=True, note="planned police deployment"),
    C("23 Personen verletzt", "wounded", 23, 23, "exact", loc="Zürich", note="'im Frühjahr' without a year: time null"),
]
st = [
    S(P, "org", "mitteilte", "Zwölf Personen wurden verletzt, darunter sieben Polizistinnen und Polizisten"),
    S(P, "org", "Gemäss Polizei", "hatten sich nach dem Schlusspfiff rund 400 vermummte Personen aus der Basler Fanszene im Gebiet der St. Jakobs-Strasse versammelt"),
    S(P, "org", "sei", "Als die Polizei die Gruppen trennte, sei sie mit Steinen, Flaschen und pyrotechnischen Gegenständen beworfen worden"),
    S(MK, "group", "warf", 'warf der Polizei in einer Stellungnahme "unverhältnismässige Gewalt" vor'),
    S(MK, "group", "seien", "Mindestens 15 Fans seien durch Gummischrot verletzt worden, einige davon im Gesicht"),
    S(P, "org", "bestätigte", 'Die Polizei bestätigte nur "einzelne" verletzte Personen aus den Fanlagern'),
    S(P, "org", "nach eigenen Angaben", "Die Kantonspolizei nahm nach eigenen Angaben neun Personen fest"),
    S(P, "org", "laut Polizei", "Im Einsatz standen laut Polizei rund 350 Einsatzkräfte"),
    S(P, "org", "bezifferte", "Die Kosten des Einsatzes bezifferte die Polizei auf rund 600'000 Franken"),
    S(RB, "person", "kündigte", "beim nächsten Hochrisikospiel im Dezember die Zahl der Einsatzkräfte auf bis zu 500 zu erhöhen", role="Basler Sicherheitsdirektorin"),
]
GOLD = {D: (claims, st)}
