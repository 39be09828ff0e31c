from common import C, S
D = "f18_16_ikrk_kolumbien"
CO, AR, ICRC, OD, DP = "Colombia", "Arauca", "ICRC", "Olivier Dubois", "Defensoría del Pueblo"
BORDER = "Colombian-Venezuelan border"
claims = [
    C("247 neue Fälle von verschwundenen Personen", "missing", 247, 247, "exact", ICRC, time="2026-09", loc=CO, note="January-September: end month"),
    C("im Vorjahreszeitraum waren es 198", "missing", 198, 198, "exact", ICRC, time="2025-09", loc=CO),
    C("mehr als 120'000 Menschen als verschwunden", "missing", 120000, None, "at_least", "UBPD", loc=CO),
    C("63 Zivilisten", "killed", 63, 63, "exact", ICRC, time="2026-09", loc=AR),
    C("sowie 141 Verletzte", "wounded", 141, 141, "exact", ICRC, time="2026-09", loc=AR),
    C("412 Opfer von Explosivwaffen", "killed_or_wounded", 412, 412, "exact", ICRC, loc=CO, note="'im selben Zeitraum' refers back: time null"),
    C("darunter 94 Kinder", "killed_or_wounded", 94, 94, "exact", ICRC, loc=CO),
    C("rund 85'000 Menschen", "other", 85000, 85000, "about", ICRC, "estimated", loc=CO, note="confined communities: people affected"),
    C("rund 58'000 Menschen", "displaced", 58000, 58000, "about", DP, time="2026-09", loc=CO),
    C("etwa 11'000 Personen", "displaced", 11000, 11000, "about", DP, time="2026-02", loc=AR),
    C("weitere 2'500 Soldaten", "troops", 2500, 2500, "exact", "Pedro Sánchez", "possible", loc=BORDER, actor="Colombian armed forces", future=True, additional=True, note="on top of the 14,000 stationed"),
    C("rund 14'000 Angehörige von Armee und Polizei", "troops", 14000, 14000, "about", "Colombian defence ministry", loc=BORDER, actor="Colombian armed forces"),
    C("37 Geiseln", "other", 37, 37, "exact", OD, loc=CO, note="released hostages; 'im laufenden Jahr': open"),
]
st = [
    S(ICRC, "org", "Demnach", "hat die Organisation zwischen Januar und September 247 neue Fälle von verschwundenen Personen dokumentiert"),
    S("UBPD", "org", "nach den Zahlen", "Insgesamt gelten in Kolumbien nach den Zahlen der staatlichen Suchbehörde UBPD mehr als 120'000 Menschen als verschwunden"),
    S(ICRC, "org", "zählte", "in den ersten neun Monaten dieses Jahres 63 Zivilisten, die durch Sprengkörper, Minen oder Drohnenangriffe getötet wurden, sowie 141 Verletzte"),
    S(ICRC, "org", "registrierte", "im selben Zeitraum 412 Opfer von Explosivwaffen, darunter 94 Kinder"),
    S(OD, "person", "sagte", "Die Zahl der Opfer von Minen und improvisierten Sprengsätzen ist so hoch wie seit 2016 nicht mehr", mode="direct", role="Leiter der IKRK-Delegation in Kolumbien"),
    S(OD, "person", "würden", "Zugleich würden immer mehr Gemeinden von bewaffneten Gruppen eingeschlossen", role="Leiter der IKRK-Delegation in Kolumbien"),
    S(ICRC, "org", "Nach Schätzung", "lebten derzeit rund 85'000 Menschen unter solchen Ausgangssperren"),
    S(DP, "org", "verzeichnete", "bis Ende September rund 58'000 Menschen, die innerhalb des Landes vor Kämpfen geflohen seien"),
    S(DP, "org", "seien", "Allein aus dem Osten von Arauca seien im Februar binnen weniger Tage etwa 11'000 Personen nach Saravena und in die Hauptstadt Arauca geflüchtet"),
    S("Pedro Sánchez", "person", "kündigte", "weitere 2'500 Soldaten in die Grenzregion zu verlegen", role="Verteidigungsminister"),
    S("Colombian defence ministry", "org", "nach Angaben", "bereits heute sind dort nach Angaben des Ministeriums rund 14'000 Angehörige von Armee und Polizei stationiert"),
    S("human rights organisations", "group", "warnen", "eine rein militärische Antwort könne die Lage der Zivilbevölkerung weiter verschlechtern"),
    S(OD, "person", "sagte", "Im laufenden Jahr habe man die Freilassung von 37 Geiseln begleitet", role="Leiter der IKRK-Delegation in Kolumbien"),
    S(OD, "person", "forderte", "alle Konfliktparteien auf, das humanitäre Völkerrecht zu respektieren", role="Leiter der IKRK-Delegation in Kolumbien"),
    S(OD, "person", "sagte", "Hinter jeder dieser Zahlen steht eine Familie, die nicht weiss, ob ihr Sohn, ihre Tochter noch lebt", mode="direct", role="Leiter der IKRK-Delegation in Kolumbien"),
]
GOLD = {D: (claims, st)}
