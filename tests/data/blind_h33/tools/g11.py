from common import C, S
D = "f18_11_interview_sfax"
CM, SF, TN = "Carla Moretti", "Sfax", "Tunisia"
R = "IOM-Büroleiterin in Tunis"
claims = [
    C("Tausende Migranten aus Ländern südlich der Sahara", "displaced", 1000, None, "at_least", loc=SF, optional=True, note="vague plural, intro"),
    C("zwischen 15.000 und 20.000 Menschen", "displaced", 15000, 20000, "range", CM, "estimated", loc=SF),
    C("mindestens 1.800 Kinder", "displaced", 1800, None, "at_least", CM, loc=SF),
    C("etwa 2.300 Menschen in Busse gesetzt", "displaced", 2300, 2300, "about", CM, time="2026-10-25", loc=SF, note="moved towards the borders on 24/25 October: end of the period"),
    C("27 Leichen", "killed", 27, 27, "exact", CM, loc="Tunisian-Libyan border", note="seit Jahresbeginn: open"),
    C("rund 52.000 Menschen auf See abgefangen", "displaced", 52000, 52000, "about", "Tunisian coast guard", loc=TN, note="relayed by the interviewee: source the coast guard"),
    C("knapp 9.500 Menschen angekommen", "displaced", 9500, 9500, "about", "Italian authorities", time="2026-10", loc="Lampedusa"),
    C("mehr als 400 Menschen ertrunken", "killed", 400, None, "at_least", "Tunisian judiciary", loc=SF),
    C("gut 7.000 Menschen bei der Rückkehr", "displaced", 7000, None, "at_least", CM, loc=TN, note="assisted returns; 'in diesem Jahr': open"),
    C("bis zu 9.000 werden", "displaced", None, 9000, "at_most", CM, "possible", time="2026", loc=TN, future=True, note="planned returns by year end"),
    C("noch einmal bis zu 5.000 Menschen", "displaced", None, 5000, "at_most", CM, "possible", loc=SF, future=True, additional=True),
]
st = [
    S(CM, "person", None, "Wir schätzen, dass sich dort derzeit zwischen 15.000 und 20.000 Menschen aufhalten", mode="direct", role=R),
    S(CM, "person", None, "Darunter sind nach unserer Zählung mindestens 1.800 Kinder, viele ohne Eltern", mode="direct", role=R),
    S(CM, "person", None, "wurden bei den Räumungen am 24. und 25. Oktober etwa 2.300 Menschen in Busse gesetzt", mode="direct", role=R),
    S(CM, "person", None, "Wir haben Berichte über Menschen, die ohne Wasser in der Wüste ausgesetzt wurden", mode="direct", role=R),
    S(CM, "person", None, "Wir wissen von 27 Leichen, die seit Jahresbeginn im Grenzgebiet zu Libyen gefunden wurden", mode="direct", role=R),
    S(CM, "person", None, "Die tunesische Küstenwache hat nach eigenen Angaben in diesem Jahr bislang rund 52.000 Menschen auf See abgefangen", mode="direct", role=R),
    S(CM, "person", None, "Allein vor Sfax sind nach Angaben der tunesischen Justiz seit Januar mehr als 400 Menschen ertrunken", mode="direct", role=R),
    S(CM, "person", None, "Wir haben in diesem Jahr gut 7.000 Menschen bei der Rückkehr unterstützt, das ist ein Rekord", mode="direct", role=R),
    S(CM, "person", None, "Bis Jahresende könnten es nach unserer Planung bis zu 9.000 werden", mode="direct", role=R),
    S(CM, "person", None, "Dass sie genauso viel Geld in den Schutz der Menschen steckt wie in die Grenze", mode="direct", role=R),
    S(CM, "person", None, "könnten in den kommenden Wochen noch einmal bis zu 5.000 Menschen in die Grenzregionen gebracht werden", mode="direct", role=R),
    S("critics", "group", "sagen", "freiwillig sei daran wenig"),
]
GOLD = {D: (claims, st)}
