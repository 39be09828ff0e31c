from common import C, S
D = "w14_12_lustenau"
L, VH, MH = "Lustenau", "Vorarlberg hospitals", "Martin Hämmerle"
claims = [
    C("14 Verletzte in Lustenau", "wounded", 14, 14, "exact", loc=L, optional=True, note="headline restates the body"),
    C("14 Menschen eine Kohlenmonoxidvergiftung zugezogen", "wounded", 14, 14, "exact", time="2026-11-08", loc=L, note="own voice; the police are named in the next sentence"),
    C("Vier von ihnen wurden schwer verletzt", "wounded", 4, 4, "exact", "police", time="2026-11-08", loc=L),
    C("rund 30 Gäste", "other", 30, 30, "about", "police", loc=L, optional=True, note="people present"),
    C("eine 35-jährige Frau brach bewusstlos", "wounded", 1, 1, "exact", "police", loc=L, optional=True, note="count of one"),
    C("45 Mitgliedern", "troops", 45, 45, "exact", loc=L, actor="fire brigade", optional=True, note="fire brigade deployment"),
    C("13 Fahrzeugen", "other", 13, 13, "exact", loc=L, optional=True, note="vehicles"),
    C("zwei Notärzten", "troops", 2, 2, "exact", loc=L, actor="rescuers", optional=True, note="rescue deployment"),
    C("die vier Schwerverletzten", "wounded", 4, 4, "exact", VH, loc=L, optional=True, note="restates the four"),
    C("zwei Menschen an einer Kohlenmonoxidvergiftung", "killed", 2, 2, "exact", time="2026-01", loc="Vorarlberg"),
]
st = [
    S("police", "org", "mitteilte", "Vier von ihnen wurden schwer verletzt"),
    S("police", "org", "Laut Polizei", "feierten rund 30 Gäste in dem Lokal den 40. Geburtstag eines Lustenauers"),
    S(VH, "org", "nach Angaben eines Sprechers", "die vier Schwerverletzten wurden nach Angaben eines Sprechers der Landeskrankenhäuser mit Sauerstoff in einer Überdruckkammer behandelt"),
    S(VH, "org", "bestehe", "Lebensgefahr bestehe bei keinem der Patienten"),
    S(MH, "person", "sagte", "Das hätte sehr böse ausgehen können", mode="direct", role="Einsatzleiter"),
    S(MH, "person", "sei", "Kohlenmonoxid sei farb- und geruchlos, Betroffene bemerkten die Gefahr oft erst, wenn es zu spät sei", role="Einsatzleiter"),
]
ALIASES = {
    L: ["Vereinsheim in Lustenau", "Lustenau, Vorarlberg", "Bezirk Dornbirn"],
    "Vorarlberg": ["Bundesland Vorarlberg"],
    VH: ["Landeskrankenhäuser", "Sprecher der Landeskrankenhäuser", "Vorarlberger Landeskrankenhäuser"],
    MH: ["Hämmerle", "Einsatzleiter Martin Hämmerle"],
    "police": ["Landespolizeidirektion Vorarlberg", "Polizei"],
    "fire brigade": ["Feuerwehr Lustenau"],
}
GOLD = {D: (claims, st)}
