from common import C, S
D = "w14_03_kurram"
K, KDA, DOC = "Kurram", "Kurram district administration", "Parachinar hospital doctors"
claims = [
    C("Zahl der Toten steigt auf 31", "killed", 31, 31, "exact", loc=K, optional=True, note="headline restates the body's 31 (body: mindestens)"),
    C("mindestens 31 Menschen getötet", "killed", 31, None, "at_least", KDA, loc=K, note="'Das teilte die Bezirksverwaltung ... mit' points back; 'seit Dienstag' open: time null"),
    C("Mehr als 90 weitere Menschen seien verletzt worden", "wounded", 90, None, "at_least", KDA, loc=K, note="'weitere' after the dead: not additional"),
    C("von 22 Toten", "killed", 22, 22, "exact", KDA, time="2026-10-08", loc=K),
    C("neun Insassen erschossen", "killed", 9, 9, "exact", "police", loc="Sadda", note="date only in the previous sentence"),
    C("14 verletzt", "wounded", 14, 14, "exact", "police", loc="Sadda"),
    C("19 Leichen", "killed", 19, 19, "exact", DOC, loc=K, note="relay: Geo News citing doctors; hospital count for the district's fighting"),
    C("58 Verletzte", "wounded", 58, 58, "exact", DOC, loc=K),
    C("Rund 1.200 Polizisten und paramilitärische Kräfte", "troops", 1200, 1200, "about", "Khyber Pakhtunkhwa government", loc=K, actor="Pakistani security forces", note="police plus Frontier Corps in a conflict: required"),
    C("mehr als 130 Menschen ums Leben", "killed", 130, None, "at_least", "HRCP", time="2025", loc=K),
]
st = [
    S(KDA, "org", "teilte", "sind seit Dienstag mindestens 31 Menschen getötet worden"),
    S(KDA, "org", "seien", "Mehr als 90 weitere Menschen seien verletzt worden, viele von ihnen durch Schüsse und Granatsplitter"),
    S(KDA, "org", "gesprochen", "von 22 Toten"),
    S("police", "org", "nach Polizeiangaben", "ein Streit um ein Stück Ackerland bei dem Dorf Boshehra, der am Dienstag in ein Feuergefecht zwischen schiitischen und sunnitischen Stammesmilizen mündete"),
    S("police", "org", "den Angaben zufolge", "Dabei wurden den Angaben zufolge neun Insassen erschossen und 14 verletzt"),
    S("Geo News", "org", "berichtete", "allein dort seien seit Dienstag 19 Leichen und 58 Verletzte eingeliefert worden"),
    S("Geo News", "org", "sei", "Das Krankenhaus sei völlig überlastet, Medikamente würden knapp"),
    S("Khyber Pakhtunkhwa government", "org", "sagte", "Rund 1.200 Polizisten und paramilitärische Kräfte des Frontier Corps seien in das Gebiet verlegt worden"),
    S("HRCP", "org", "warf", "trotz früherer Warnungen zu spät eingegriffen zu haben"),
    S("HRCP", "org", "nach Zählung", "waren im vergangenen Jahr bei ähnlichen Auseinandersetzungen nach Zählung der Kommission mehr als 130 Menschen ums Leben gekommen"),
]
ALIASES = {
    K: ["Bezirk Kurram", "Kurram, Pakistan", "Boshehra", "Parachinar"],
    "Sadda": ["nahe Sadda"],
    KDA: ["Bezirksverwaltung", "Bezirksverwaltung Kurram"],
    DOC: ["Ärzte im Bezirkskrankenhaus von Parachinar", "Bezirkskrankenhaus von Parachinar", "Ärzte"],
    "Geo News": ["Fernsehsender Geo News"],
    "Khyber Pakhtunkhwa government": ["Provinzregierung von Khyber Pakhtunkhwa", "Provinzregierung", "Regierungssprecher"],
    "HRCP": ["Pakistanische Menschenrechtskommission", "Menschenrechtskommission", "Kommission"],
    "Pakistani security forces": ["paramilitärische Kräfte", "Frontier Corps", "Sicherheitskräfte"],
    "police": ["Polizeiangaben"],
}
GOLD = {D: (claims, st)}
