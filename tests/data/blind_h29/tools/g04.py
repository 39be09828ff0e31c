from common import C, S
D = "w14_04_lueneburg"
L = "Lüneburg"
claims = [
    C("Fünf Verletzte, Tatverdächtiger", "wounded", 5, 5, "exact", loc=L, optional=True, note="headline restates the body"),
    C("ein 34 Jahre alter Mann in Untersuchungshaft", "arrested", 1, 1, "exact", loc=L, optional=True, note="count of one"),
    C("versuchten Totschlags in fünf Fällen", "wounded", 5, 5, "exact", "Lüneburg prosecutors", time="2026-11-14", loc=L, optional=True, note="figure in a charge"),
    C("Fünf Menschen wurden nach Angaben der Polizeidirektion Lüneburg verletzt", "wounded", 5, 5, "exact", "police", loc=L),
    C("zwei von ihnen schwer", "wounded", 2, 2, "exact", "police", loc=L),
    C("Eine 61-jährige Frau", "wounded", 1, 1, "exact", "police", loc=L, optional=True, note="count of one"),
    C("ein Bundespolizist", "wounded", 1, 1, "exact", loc=L, actor="federal police", optional=True, note="count of one"),
    C("zwei Reisenden", "other", 2, 2, "exact", loc=L, optional=True, note="helpers who overpowered the attacker"),
    C("rund 80 Beamten", "troops", 80, 80, "about", "police", loc=L, actor="police", optional=True, note="police deployment"),
    C("ein Hubschrauber", "equipment", 1, 1, "exact", "police", loc=L, actor="police", optional=True, note="police helicopter, count of one"),
    C("etwa 40 Züge", "other", 40, 40, "about", loc=L, optional=True, note="trains cancelled or diverted"),
]
st = [
    S("Lüneburg prosecutors", "org", "mitteilte", "Ein Haftrichter erließ am Samstag Haftbefehl wegen versuchten Totschlags in fünf Fällen"),
    S("police", "org", "nach Angaben", "Fünf Menschen wurden nach Angaben der Polizeidirektion Lüneburg verletzt, zwei von ihnen schwer"),
    S("police", "org", "nach Angaben der Ermittler", "schwebt nach Angaben der Ermittler aber nicht mehr in Lebensgefahr"),
    S("police", "org", "nach eigenen Angaben", "Die Polizei war nach eigenen Angaben mit rund 80 Beamten im Einsatz"),
    S("police", "org", "nach Angaben eines Polizeisprechers", "Hinweise auf Mittäter gibt es nach Angaben eines Polizeisprechers nicht", denial=True),
    S("dpa", "org", "nach dpa-Informationen", "ist nach dpa-Informationen bereits wegen Körperverletzung polizeibekannt"),
    S("police", "org", "schließen", "Ein politisches Motiv schließen die Ermittler derzeit aus", denial=True),
    S("Daniela Behrens", "person", "dankte", "den Helfern", role="Niedersachsens Innenministerin"),
    S("Daniela Behrens", "person", "hätte", 'Ohne ihr beherztes Eingreifen hätte es "sehr wahrscheinlich Tote gegeben"', role="Niedersachsens Innenministerin"),
]
ALIASES = {
    L: ["Lüneburger Bahnhof", "Bahnhof Lüneburg", "Lüneburg, Niedersachsen"],
    "Lüneburg prosecutors": ["Staatsanwaltschaft Lüneburg"],
    "police": ["Polizeidirektion Lüneburg", "Ermittler", "Polizeisprecher"],
    "federal police": ["Bundespolizei", "Bundespolizist"],
    "dpa": ["dpa-Informationen", "Deutsche Presse-Agentur"],
    "Daniela Behrens": ["Behrens", "Innenministerin Daniela Behrens"],
}
GOLD = {D: (claims, st)}
