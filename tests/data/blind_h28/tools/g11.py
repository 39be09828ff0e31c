from common import C, S
D = "m13_11_rueckkehr_syrer"
TG, TI, TR = "Turkish government", "Turkish interior ministry", "Turkey"
claims = [
    C("Mehr als eine halbe Million Syrer", "displaced", 500000, None, "at_least", loc=TR, note="headline value differs from the body's 560,000: required"),
    C("gut 560.000 Syrer", "displaced", 560000, None, "at_least", TG, loc=TR, note="returnees counted by Turkey; cumulative: time null"),
    C("Allein im Oktober hätten 41.300 Menschen", "displaced", 41300, 41300, "exact", TI, time="2026-10", loc="Turkish-Syrian border", note="three crossings -> the border"),
    C("rund 2,3 Millionen Syrer", "displaced", 2300000, 2300000, "about", loc=TR, note="'nach offiziellen Angaben': unnamed, source null"),
    C("etwa 2,9 Millionen", "displaced", 2900000, 2900000, "about", time="2024-12", loc=TR),
    C("bis zu 100.000 Menschen zurückkehren", "displaced", None, 100000, "at_most", TG, "possible", time="2026", loc=TR, future=True, additional=True, note="'noch einmal'"),
    C("mindestens 37 Fälle", "arrested", 37, None, "at_least", "HRW", loc=TR, optional=True, note="cases of detained Syrians pressed to sign; measure debatable"),
    C("rund 1,3 Millionen Syrer", "displaced", 1300000, 1300000, "about", "UNHCR", note="from four countries: location null; seit Dezember 2024 open"),
    C("etwa 1,9 Millionen Binnenvertriebene", "displaced", 1900000, 1900000, "about", "UNHCR", "estimated", loc="Syria", additional=True, note="'Hinzu kommen'"),
    C("zwischen 1.200 und 1.500 Rückkehrer", "displaced", 1200, 1500, "range", "Syrian border authority", loc="Bab al-Hawa"),
]
st = [
    S(TG, "org", "nach Angaben", "sind nach Angaben der türkischen Regierung gut 560.000 Syrer aus der Türkei in ihre Heimat zurückgekehrt"),
    S(TI, "org", "teilte", "Allein im Oktober hätten 41.300 Menschen die Grenze über die Übergänge Cilvegözü, Öncüpınar und Karkamış passiert"),
    S(TI, "org", "seien", 'Alle Rückkehrer seien "freiwillig und in Würde" ausgereist'),
    S(TG, "org", "rechnet", "dass bis zum Jahresende noch einmal bis zu 100.000 Menschen zurückkehren"),
    S("human rights activists", "group", "bezweifeln", "dass alle Rückkehrer aus freien Stücken gehen"),
    S("HRW", "org", "nach eigenen Angaben", "dokumentierte nach eigenen Angaben seit Juli mindestens 37 Fälle"),
    S(TI, "org", "wies", "Das Innenministerium wies die Vorwürfe zurück", denial=True),
    S("UNHCR", "org", "zählt", "seit Dezember 2024 insgesamt rund 1,3 Millionen Syrer, die aus den Nachbarländern Türkei, Libanon, Jordanien und Irak zurückgekehrt sind"),
    S("UNHCR", "org", "nach UNHCR-Schätzung", "etwa 1,9 Millionen Binnenvertriebene, die in ihre Herkunftsorte innerhalb Syriens zurückgekehrt seien"),
    S("UNHCR", "org", "warnte", "dass viele Rückkehrer zerstörte Häuser vorfänden"),
    S("Syrian border authority", "org", "sagte", "Am Grenzübergang Bab al-Hawa auf syrischer Seite würden derzeit täglich zwischen 1.200 und 1.500 Rückkehrer registriert"),
    S("Syrian border authority", "org", "kämen", "Viele kämen mit Kleinbussen und Lastwagen voller Hausrat"),
]
GOLD = {D: (claims, st)}
