from common import C, S
D = "m13_03_garissa"
P, AS, KM, G = "police", "Al-Shabaab", "Kipchumba Murkomen", "Garissa"
claims = [
    C("Acht Polizisten bei Anschlag", "killed", 8, 8, "exact", loc=G, actor=P, optional=True, note="headline restates the body"),
    C("acht Polizisten ums Leben gekommen", "killed", 8, 8, "exact", loc=G, actor=P, note="own voice; the date is in the next sentence"),
    C("Drei weitere Beamte wurden nach Polizeiangaben schwer verletzt", "wounded", 3, 3, "exact", P, loc=G, actor=P, note="'weitere' after the dead: not additional"),
    C('"zwölf kenianische Kreuzritter" getötet', "killed", 12, 12, "exact", AS, loc=G, actor=P),
    C("zwei Fahrzeuge", "equipment", 2, 2, "exact", AS, loc=G, actor=P, note="captured police vehicles"),
    C("weitere 400 Polizisten der Eliteeinheit GSU", "troops", 400, 400, "exact", KM, "possible", loc="North Eastern Kenya", actor=P, future=True, additional=True, note="announced reinforcement"),
    C("vier Verdächtige festgenommen", "arrested", 4, 4, "exact", KM, time="2026-11-10", loc=G),
    C("mehr als 90 Sicherheitskräfte und Zivilisten", "killed", 90, None, "at_least", "ACLED", loc="Kenya", note="four counties, north-east and coast; 'in diesem Jahr bereits': open"),
    C("fünf Fahrgäste erschossen", "killed", 5, 5, "exact", time="2026-11", loc="Wajir", note="vergangene Woche: the month"),
    C("rund 380.000 Menschen leben", "displaced", 380000, 380000, "about", "United Nations", loc="Dadaab"),
]
st = [
    S(P, "org", "teilte", "Ihr Fahrzeug sei am Montagvormittag auf der Straße zwischen Dadaab und Hulugho im Bezirk Garissa auf einen am Straßenrand versteckten Sprengsatz gefahren"),
    S(P, "org", "nach Polizeiangaben", "Drei weitere Beamte wurden nach Polizeiangaben schwer verletzt"),
    S(AS, "org", "reklamierte", "reklamierte den Anschlag über ihren Radiosender Andalus für sich"),
    S(AS, "org", "hieß es", 'Dabei seien "zwölf kenianische Kreuzritter" getötet worden'),
    S(AS, "org", "hätten", "Zudem hätten die Kämpfer zwei Fahrzeuge und mehrere Gewehre erbeutet"),
    S(KM, "person", "sprach", 'von einem "feigen Angriff"', role="Innenminister"),
    S(KM, "person", "kündigte", "weitere 400 Polizisten der Eliteeinheit GSU in die Grenzregion zu verlegen", role="Innenminister"),
    S(KM, "person", "sagte", "Bei einer Suchaktion in der Nacht zum Dienstag seien bereits vier Verdächtige festgenommen worden", role="Innenminister"),
    S("ACLED", "org", "Nach einer Zählung", "wurden in den Bezirken Garissa, Mandera, Wajir und Lamu in diesem Jahr bereits mehr als 90 Sicherheitskräfte und Zivilisten bei Anschlägen getötet"),
    S("United Nations", "org", "nach UN-Angaben", "rund 380.000 Menschen leben"),
]
GOLD = {D: (claims, st)}
