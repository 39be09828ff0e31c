from common import C, S
DOC = "j19_05_aarhus"
# published Sunday 2026-11-08
A = {
    "police": ["Polizei von Ostjütland", "Polizei Ostjütland", "East Jutland Police"],
    "Mikkel Brandt": ["Brandt", "Einsatzleiter Mikkel Brandt"],
    "Danish media": ["Dänische Medien", "dänische Medien"],
    "Jyllands-Posten": ["Zeitung \"Jyllands-Posten\""],
    "Mette Frederiksen": ["Frederiksen", "Ministerpräsidentin Mette Frederiksen"],
    "Peter Hummelgaard": ["Hummelgaard", "Justizminister Peter Hummelgaard"],
    "Aarhus University Hospital": ["Universitätskrankenhaus Aarhus"],
    "Aarhus": ["Frederiksbjerg", "Stadtteil Frederiksbjerg"],
}
CLAIMS = [
    C("Zwei Tote, mehrere Verletzte", "killed", 2, 2, "exact", loc="Aarhus", optional=True, note="headline restates the body"),
    C("zwei Menschen getötet", "killed", 2, 2, "exact", None, time="2026-11-08", loc="Aarhus"),
    C("Fünf weitere Menschen wurden verletzt", "wounded", 5, 5, "exact", "police", time="2026-11-08", loc="Aarhus", note="'weitere' after the dead: not additional"),
    C("zwei von ihnen schwer", "wounded", 2, 2, "exact", "police", time="2026-11-08", loc="Aarhus"),
    C("Ein mutmaßlicher Schütze", "arrested", 1, 1, "exact", "police", time="2026-11-08", loc="Aarhus", optional=True),
    C("rund 300 Gäste", "other", 300, 300, "about", "Mikkel Brandt", loc="Aarhus", optional=True, note="crowd size"),
    C("Eine Pistole", "equipment", 1, 1, "exact", "Mikkel Brandt", loc="Aarhus", optional=True),
    C("bis zu vier Tote", "killed", None, 4, "at_most", "Danish media", cert="denied", loc="Aarhus", note="rejected by the police"),
    C("die beiden Schwerverletzten", "wounded", 2, 2, "exact", "Aarhus University Hospital", loc="Aarhus", optional=True),
]
P = "person"; O = "org"; R = "Einsatzleiter"
STATEMENTS = [
    S("police", O, "mitteilte", "Fünf weitere Menschen wurden verletzt, zwei von ihnen schwer"),
    S("police", O, "sei", "Ein mutmaßlicher Schütze, ein 24 Jahre alter Mann, sei kurz nach der Tat in der Nähe des Hafens festgenommen worden"),
    S("Mikkel Brandt", P, "habe", "Der Mann habe gegen 2.15 Uhr den Club im Stadtteil Frederiksbjerg betreten und ohne Vorwarnung mehrere Schüsse abgegeben", role=R),
    S("Mikkel Brandt", P, "hätten", "Zu diesem Zeitpunkt hätten sich rund 300 Gäste in dem Lokal aufgehalten", role=R),
    S("Mikkel Brandt", P, "seien", "Beamte seien nach vier Minuten vor Ort gewesen", role=R),
    S("Mikkel Brandt", P, "sei", "Eine Pistole sei sichergestellt worden", role=R),
    S("Mikkel Brandt", P, "seien", "Die Hintergründe der Tat seien noch völlig unklar", role=R),
    S("police", O, "wies", "wies das zurück", denial=True),
    S("Mikkel Brandt", P, "sagte", "Diese Zahlen sind falsch, und ich bitte alle, keine Gerüchte zu verbreiten", mode="direct", role=R, denial=True),
    S("police", O, "nach Polizeiangaben", "Auch Berichte über einen zweiten Täter bestätigten sich nach Polizeiangaben nicht", denial=True),
    S("Jyllands-Posten", O, "berichtete", "der Schütze habe zuvor einen Streit mit Türstehern gehabt"),
    S("Mikkel Brandt", P, "Laut", "wird diese Spur geprüft, ein terroristisches Motiv schließe man derzeit aber aus", role=R),
    S("Mette Frederiksen", P, "schrieb", "Aarhus ist heute Nacht von sinnloser Gewalt getroffen worden", mode="direct", role="Ministerpräsidentin"),
    S("Peter Hummelgaard", P, "kündigte", "die Waffengesetze noch einmal prüfen zu lassen", role="Justizminister"),
    S("Aarhus University Hospital", O, "teilte", "die beiden Schwerverletzten seien inzwischen außer Lebensgefahr"),
]
