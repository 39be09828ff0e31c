from common import C, S
D = "m13_12_wels"
W, P, MH = "Wels", "police", "Michael Hofer"
claims = [
    C("Neun Verletzte, sechs Festnahmen", "wounded", 9, 9, "exact", loc=W, optional=True, note="headline restates the body"),
    C("sechs Festnahmen", "arrested", 6, 6, "exact", loc=W, optional=True, note="headline restates the body"),
    C("bis zu 40 Personen beteiligt", "other", None, 40, "at_most", None, "reported", loc=W, optional=True, note="brawl participants"),
    C("Neun Menschen wurden verletzt", "wounded", 9, 9, "exact", loc=W),
    C("zwei von ihnen schwer", "wounded", 2, 2, "exact", loc=W),
    C("ein Polizist erlitt", "wounded", 1, 1, "exact", loc=W, actor=P, optional=True, note="count of one"),
    C("rund 30 Beamten", "troops", 30, 30, "about", loc=W, actor=P, optional=True),
    C("Sechs Männer im Alter", "arrested", 6, 6, "exact", loc=W),
    C("drei von ihnen wurden am Sonntag", "other", 3, 3, "exact", time="2026-09-06", loc=W, optional=True, note="released after questioning"),
    C("Über die anderen drei", "arrested", 3, 3, "exact", "Wels prosecutors", "possible", loc=W, future=True, optional=True, note="pre-trial detention to be imposed"),
    C("Insgesamt wurden 14 Personen", "other", 14, 14, "exact", loc=W, optional=True, note="reported to the prosecutor (charges)"),
    C("Rund 85.000 Besucher", "other", 85000, 85000, "about", "organisers", loc=W, optional=True, note="visitors"),
    C("auf 60 zu erhöhen", "troops", 60, 60, "exact", "Andreas Rabl", "possible", loc=W, future=True, optional=True, note="security staff"),
]
st = [
    S(P, "org", "Laut", "gerieten kurz nach Mitternacht vor einem Festzelt zwei Gruppen junger Männer aneinander"),
    S("Wels prosecutors", "org", "laut", "Über die anderen drei soll laut Staatsanwaltschaft Wels die Untersuchungshaft verhängt werden"),
    S(MH, "person", "sagte", "Aus einer Rangelei ist binnen Sekunden eine Massenschlägerei geworden", mode="direct", role="Polizeisprecher"),
    S(MH, "person", "gebe", "Hinweise auf einen politischen oder religiösen Hintergrund gebe es nicht", role="Polizeisprecher", denial=True),
    S("organisers", "group", "hieß es", "Rund 85.000 Besucher seien seit Freitag auf das Gelände gekommen"),
    S("Andreas Rabl", "person", "kündigte", "die Zahl der Sicherheitskräfte am kommenden Wochenende auf 60 zu erhöhen", role="Bürgermeister"),
]
GOLD = {D: (claims, st)}
