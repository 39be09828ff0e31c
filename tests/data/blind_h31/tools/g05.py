from common import C, S
D = "u16_05_antwerpen"
AC, FP, WC = "Antwerp Central Station", "Belgian federal prosecutor", "Wim Claessens"
claims = [
    C("Ein Toter", "killed", 1, 1, "exact", loc=AC, optional=True, note="headline, count of one"),
    C("sieben Verletzte", "wounded", 7, 7, "exact", loc=AC, optional=True, note="headline restates the body"),
    C("ein 63 Jahre alter Mann getötet", "killed", 1, 1, "exact", time="2026-11-13", loc=AC, optional=True, note="count of one"),
    C("Sieben weitere Menschen wurden verletzt", "wounded", 7, 7, "exact", FP, time="2026-11-14", loc=AC, note="statement date; 'weitere' after the dead: not additional"),
    C("drei von ihnen schwer", "wounded", 3, 3, "exact", FP, time="2026-11-14", loc=AC),
    C('"vier bis fünf Verletzten"', "wounded", 4, 5, "range", "City of Antwerp", loc=AC, note="first, superseded figure"),
    C("Ein 29-jähriger Verdächtiger", "arrested", 1, 1, "exact", FP, loc=AC, optional=True, note="count of one"),
    C("Hunderte Pendler", "other", 100, None, "at_least", WC, loc=AC, optional=True, note="crowd, vague plural"),
    C("Zwei Reisende hätten versucht", "wounded", 2, 2, "exact", "eyewitness", loc=AC, note="unnamed eyewitness: claim source, no statement"),
    C("46 Züge", "other", 46, 46, "exact", "SNCB", loc=AC, optional=True, note="trains"),
    C("Rund 200 Polizisten", "troops", 200, 200, "about", loc=AC, actor="police", optional=True, note="police deployment"),
    C("in zwei Wohnungen", "other", 2, 2, "exact", loc="Borgerhout", optional=True, note="premises searched"),
    C("zwei weitere Männer fest", "arrested", 2, 2, "exact", FP, loc="Borgerhout", additional=True, note="after the arrested suspect; bare 'in der Nacht': time null"),
    C("von derzeit 1.100", "troops", 1100, 1100, "exact", "Bernard Quintin", loc="Belgium", actor="police", optional=True, note="police at stations"),
    C("um 400 zu erhöhen", "troops", 400, 400, "exact", "Bernard Quintin", "possible", time="2027", loc="Belgium", actor="police", future=True, additional=True, optional=True, note="planned police increase"),
]
st = [
    S(FP, "org", "mitteilte", "Sieben weitere Menschen wurden verletzt, drei von ihnen schwer"),
    S(FP, "org", "sei", "Ein 29-jähriger Verdächtiger sei von Bahnpolizisten mit einem Elektroschocker überwältigt und festgenommen worden"),
    S("City of Antwerp", "org", "gesprochen", 'von "vier bis fünf Verletzten" gesprochen'),
    S(WC, "person", "sagte", 'Der Mann habe gegen 18.40 Uhr in der Haupthalle des Bahnhofs, in der zu dieser Zeit Hunderte Pendler unterwegs waren, "scheinbar wahllos" auf Reisende eingestochen', role="Sprecher der Staatsanwaltschaft"),
    S(WC, "person", "habe", "Die Bundesstaatsanwaltschaft, die in Belgien für Terrorismus zuständig ist, habe die Ermittlungen übernommen", role="Sprecher der Staatsanwaltschaft"),
    S(WC, "person", "gebe", 'Es gebe "Hinweise auf eine Radikalisierung", aber auch auf eine psychische Erkrankung', role="Sprecher der Staatsanwaltschaft"),
    S(WC, "person", "sei", "Der Verdächtige sei den Behörden bekannt gewesen und 2023 wegen Körperverletzung zu 18 Monaten Haft verurteilt worden", role="Sprecher der Staatsanwaltschaft"),
    S("SNCB", "org", "nach Angaben", "46 Züge fielen nach Angaben der Bahngesellschaft SNCB aus oder wurden umgeleitet"),
    S(FP, "org", "nach Angaben", "die nach Angaben der Staatsanwaltschaft zum Umfeld des Verdächtigen gehören"),
    S(FP, "org", "sei", "Ob sie von den Plänen wussten, sei unklar"),
    S("Bernard Quintin", "person", "sprach", 'von einer "feigen Tat"', role="Innenminister"),
    S("Bernard Quintin", "person", "kündigte", "die Zahl der Polizisten an großen Bahnhöfen von derzeit 1.100 bis Ende 2027 um 400 zu erhöhen", role="Innenminister"),
    S("Els van Doesburg", "person", "rief", "rief die Bürger zur Besonnenheit auf", role="Bürgermeisterin"),
]
GOLD = {D: (claims, st)}
