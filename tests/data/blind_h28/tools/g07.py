from common import C, S
D = "m13_07_albertsee"
L, P, RC, PA = "Lake Albert", "police", "Uganda Red Cross", "Patrick Asiimwe"
claims = [
    C("Mindestens 14 Tote", "killed", 14, None, "at_least", loc=L, optional=True, note="headline restates the body"),
    C("mindestens 14 Menschen ums Leben", "killed", 14, None, "at_least", loc=L),
    C("31 Menschen lebend", "other", 31, 31, "exact", P, loc=L, note="rescued"),
    C("Nach 15 weiteren Passagieren", "missing", 15, 15, "exact", P, loc=L, note="not additional: another measure"),
    C("von 17 Toten", "killed", 17, 17, "exact", RC, time="2026-09-08", loc=L),
    C("neun von ihnen würden im Gesundheitszentrum", "wounded", 9, 9, "exact", RC, loc=L, note="treated survivors; the event's place"),
    C('"mindestens 60 Menschen"', "other", 60, None, "at_least", PA, loc=L, optional=True, note="people on board"),
    C("nur für 25 Passagiere", "other", 25, 25, "exact", PA, loc=L, optional=True, note="capacity"),
    C("mehr als 200 Menschen bei Bootsunglücken", "killed", 200, None, "at_least", P, loc=L, note="five years up to now: open total, time null"),
    C("rund 3.000 Rettungswesten", "other", 3000, 3000, "about", "government", loc="Uganda", future=True, cert="possible", optional=True, note="planned distribution"),
]
st = [
    S(P, "org", "teilte", "Das Holzboot sei am Montagabend auf dem Weg vom Fischerort Sebagoro zu einem Markt auf der kongolesischen Seite des Sees in einen Sturm geraten und umgeschlagen"),
    S(P, "org", "hätten", "Taucher und Fischer hätten 31 Menschen lebend aus dem Wasser gezogen"),
    S(P, "org", "werde", "Nach 15 weiteren Passagieren werde noch gesucht"),
    S(RC, "org", "sprach", "bereits von 17 Toten"),
    S(RC, "org", "nach eigenen Angaben", "betreut nach eigenen Angaben die Überlebenden in Sebagoro"),
    S(RC, "org", "würden", "neun von ihnen würden im Gesundheitszentrum des Bezirks Kikuube behandelt"),
    S(PA, "person", "nach Angaben", 'An Bord waren nach Angaben des Bezirkskommissars von Kikuube, Patrick Asiimwe, "mindestens 60 Menschen"', role="Bezirkskommissar von Kikuube"),
    S(PA, "person", "sei", "Zugelassen sei das Boot nur für 25 Passagiere gewesen", role="Bezirkskommissar von Kikuube"),
    S(PA, "person", "habe", "Rettungswesten habe niemand getragen", role="Bezirkskommissar von Kikuube"),
    S(PA, "person", "sagte", "Die Leute wissen um die Gefahr, aber eine andere Verbindung gibt es nicht", mode="direct", role="Bezirkskommissar von Kikuube"),
    S(P, "org", "nach Polizeiangaben", "Der Mann ist nach Polizeiangaben flüchtig"),
    S(P, "org", "nach Polizeiangaben", "kamen nach Polizeiangaben in den vergangenen fünf Jahren mehr als 200 Menschen bei Bootsunglücken ums Leben"),
    S("government", "org", "angekündigt", "Kontrollen an den Anlegestellen zu verstärken und rund 3.000 Rettungswesten an Fischergemeinden zu verteilen"),
]
GOLD = {D: (claims, st)}
