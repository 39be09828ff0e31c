from common import C, S
D = "u16_12_pol_mainz"
MZ, LS, RU, SD = "Mainz", "Ludwigsstraße", "Rheinufer", "medical service"
claims = [
    C("bis zu 22.000 Menschen", "other", None, 22000, "at_most", "City of Mainz", "estimated", loc="Schillerplatz", optional=True, note="crowd"),
    C("54 Straftaten", "other", 54, 54, "exact", loc=MZ, optional=True, note="offences"),
    C("davon 19 Körperverletzungsdelikte", "other", 19, 19, "exact", loc=MZ, optional=True, note="offences"),
    C("nahmen elf Personen vorläufig fest", "arrested", 11, 11, "exact", loc=MZ, note="police release: own voice"),
    C("37 Platzverweise", "other", 37, 37, "exact", loc=MZ, optional=True),
    C("23 Personen wurden nach bisherigen Erkenntnissen leicht verletzt", "wounded", 23, 23, "exact", loc=MZ),
    C("zwei Personen schwer", "wounded", 2, 2, "exact", loc=MZ),
    C("insgesamt etwa 15 Beteiligten", "other", 15, 15, "about", loc=LS, optional=True, note="brawl participants"),
    C("verletzte einen 24-Jährigen", "wounded", 1, 1, "exact", loc=LS, optional=True, note="count of one"),
    C("Drei weitere Beteiligte erlitten leichte Verletzungen", "wounded", 3, 3, "exact", loc=LS, additional=True, note="increment on the one wounded by the knife"),
    C("eine 31-jährige Polizeibeamtin", "wounded", 1, 1, "exact", loc=RU, actor="police", optional=True, note="count of one"),
    C("Zwei Kollegen wurden", "wounded", 2, 2, "exact", loc=RU, actor="police"),
    C("148 Personen", "other", 148, 148, "exact", SD, loc=MZ, optional=True, note="treated by the medical service, mostly alcohol poisoning"),
    C("26 Personen mussten in Krankenhäuser gebracht werden", "other", 26, 26, "exact", SD, loc=MZ, optional=True, note="taken to hospital"),
    C("darunter sieben Minderjährige", "other", 7, 7, "exact", SD, loc=MZ, optional=True),
    C("rund 280 Kräften", "troops", 280, 280, "about", loc=MZ, actor="police", optional=True, note="police deployment"),
    C("412 Glasflaschen", "other", 412, 412, "exact", loc=MZ, optional=True, note="bottles seized"),
]
st = [
    S("City of Mainz", "org", "Nach Schätzungen", "feierten zeitweise bis zu 22.000 Menschen auf dem Schillerplatz und in den umliegenden Straßen"),
    S(SD, "org", "nach eigenen Angaben", "Der Sanitätsdienst versorgte nach eigenen Angaben 148 Personen, überwiegend wegen Alkoholvergiftungen und kleinerer Schnittverletzungen"),
]
GOLD = {D: (claims, st)}
