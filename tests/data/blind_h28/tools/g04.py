from common import C, S
D = "m13_04_schwedt"
P, SW = "police", "Schwedt"
claims = [
    C("zwei Tatverdächtige festgenommen", "arrested", 2, 2, "exact", loc=SW, note="own voice; police is the actor of the arrest, not the source"),
    C("Die beiden Männer im Alter von 19 und 22 Jahren", "arrested", 2, 2, "exact", P, time="2026-10-25", loc=SW, optional=True, note="restates the two arrested"),
    C("64 Menschen, darunter", "displaced", 64, 64, "exact", loc=SW, note="refugees living in the shelter"),
    C("darunter 19 Kinder", "displaced", 19, 19, "exact", loc=SW),
    C("Sieben Bewohner erlitten", "wounded", 7, 7, "exact", P, loc=SW),
    C("zwei von ihnen mussten im Krankenhaus", "wounded", 2, 2, "exact", P, loc=SW),
    C("rund 70 Kräften", "troops", 70, 70, "about", loc=SW, actor="fire brigade", optional=True),
    C("23 Bewohner wurden in einer Turnhalle untergebracht", "displaced", 23, 23, "exact", "City of Schwedt", loc=SW),
    C("versuchten Mordes in 64 Fällen", "other", 64, 64, "exact", "Frankfurt (Oder) prosecutors", loc=SW, optional=True, note="charge"),
    C("Sonderkommission mit 35 Beamten", "troops", 35, 35, "exact", loc=SW, actor=P, optional=True),
    C("etwa 300 Menschen zu einer Mahnwache", "other", 300, 300, "about", time="2026-10-25", loc=SW, optional=True, note="crowd"),
    C("112 Angriffe auf Asylunterkünfte", "other", 112, 112, "exact", "BKA", time="2026-06", loc="Germany", optional=True, note="incidents"),
    C("14 Menschen verletzt", "wounded", 14, 14, "exact", "BKA", time="2026-06", loc="Germany", note="im ersten Halbjahr: its end month"),
]
st = [
    S(P, "org", "teilten", "Die beiden Männer im Alter von 19 und 22 Jahren seien am Sonntagabend in ihren Wohnungen in Schwedt und im benachbarten Angermünde gefasst worden"),
    S(P, "org", "werde", "Ein dritter Verdächtiger werde noch gesucht"),
    S(P, "org", "nach Polizeiangaben", "Sieben Bewohner erlitten nach Polizeiangaben Rauchvergiftungen, zwei von ihnen mussten im Krankenhaus behandelt werden"),
    S(P, "org", "sagte", "Ein Wachmann habe das Feuer bemerkt und die Bewohner geweckt"),
    S(P, "org", None, "Ohne ihn hätte es Tote gegeben.", mode="direct"),
    S("City of Schwedt", "org", "nach Angaben", "Das Erdgeschoss ist nach Angaben der Stadt vorerst unbewohnbar"),
    S("René Wilke", "person", "verurteilte", 'die Tat als "feigen und menschenverachtenden Anschlag"', role="Brandenburgs Innenminister"),
    S("Annekathrin Hoppe", "person", "sagte", "die Stadt stehe an der Seite der Geflüchteten", role="Bürgermeisterin"),
    S("BKA", "org", "Nach Angaben", "wurden im ersten Halbjahr bundesweit 112 Angriffe auf Asylunterkünfte registriert, bei denen 14 Menschen verletzt wurden"),
]
GOLD = {D: (claims, st)}
