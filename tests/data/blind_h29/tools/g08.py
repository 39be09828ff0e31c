from common import C, S
D = "w14_08_kanlaon"
K, N = "Kanlaon", "Negros"
TB, PRC, DOH, NOP = "Teresito Bacolcol", "Philippine Red Cross", "Philippine health ministry", "Negros Occidental provincial government"
claims = [
    C("Zehntausende fliehen", "displaced", 10000, None, "at_least", loc=K, optional=True, note="headline, vague plural"),
    C("annähernd 52.000 Menschen in Notunterkünften", "displaced", 52000, 52000, "about", "authorities", loc=K, note="'nach offiziellen Angaben'; 'Inzwischen': no date"),
    C("knapp 31.000 Evakuierten", "displaced", 31000, 31000, "about", "NDRRMC", time="2026-11-04", loc=K),
    C("weitere 21.000 Menschen", "displaced", 21000, 21000, "exact", time="2026-11-05", loc=K, additional=True, note="own voice"),
    C("74 Evakuierungszentren", "other", 74, 74, "exact", loc=K, optional=True, note="shelters"),
    C("Zwei Menschen kamen nach Angaben der Provinzverwaltung", "killed", 2, 2, "exact", NOP, loc=K),
    C("Ein 70-jähriger Mann", "killed", 1, 1, "exact", NOP, loc=K, optional=True, note="count of one"),
    C("eine Bäuerin wurde", "killed", 1, 1, "exact", NOP, loc=K, optional=True, note="count of one"),
    C("Drei Bewohner eines Dorfes", "missing", 3, 3, "exact", loc=K, note="own voice"),
    C("Hunderte vulkanische Erdbeben", "other", 100, None, "at_least", TB, loc=K, optional=True, note="vague plural; events, not people"),
    C("bis zu 90.000 weitere Menschen", "displaced", None, 90000, "at_most", "authorities", "possible", loc=K, future=True, additional=True, note="'nach Planungen der Behörden' inside Bacolcol's reported speech"),
    C("insgesamt 46 Flüge", "other", 46, 46, "exact", time="2026-11-05", loc=N, optional=True, note="flights cancelled"),
    C("rund 250.000 Atemschutzmasken", "other", 250000, 250000, "about", DOH, loc=N, optional=True, note="masks, like doses"),
    C("mehr als 600 Fälle von Atemwegsbeschwerden", "other", 600, None, "at_least", DOH, loc=N, note="cases"),
    C("mehr als 100 Menschen einen Raum", "other", 100, None, "at_least", PRC, loc=K, optional=True, note="people per room"),
    C("etwa 12.000 Kinder unter fünf Jahren", "displaced", 12000, 12000, "about", PRC, "estimated", loc=K),
    C("Rund 1.200 Rinder und Wasserbüffel", "other", 1200, 1200, "about", "Philippine agriculture ministry", loc=K, optional=True, note="animals"),
]
st = [
    S("authorities", "org", "nach offiziellen Angaben", "Inzwischen sind nach offiziellen Angaben annähernd 52.000 Menschen in Notunterkünften untergebracht"),
    S("experts", "group", "warnen", "vor einer noch stärkeren Eruption"),
    S("NDRRMC", "org", "gesprochen", "von knapp 31.000 Evakuierten"),
    S(NOP, "org", "nach Angaben der Provinzverwaltung", "Zwei Menschen kamen nach Angaben der Provinzverwaltung von Negros Occidental ums Leben"),
    S(TB, "person", "sagte", "Die Lage bleibt sehr ernst", mode="direct", role="Phivolcs-Direktor"),
    S(TB, "person", "sei", "Die Messinstrumente verzeichneten weiterhin Hunderte vulkanische Erdbeben am Tag, zudem sei der Schwefeldioxid-Ausstoß auf mehr als 9.000 Tonnen täglich gestiegen", role="Phivolcs-Direktor"),
    S(TB, "person", "sei", "Eine Anhebung auf die höchste Warnstufe fünf sei nicht ausgeschlossen", role="Phivolcs-Direktor"),
    S(TB, "person", "müssten", "müssten nach Planungen der Behörden bis zu 90.000 weitere Menschen in Sicherheit gebracht werden", role="Phivolcs-Direktor"),
    S(DOH, "org", "nach eigenen Angaben", "verteilte nach eigenen Angaben rund 250.000 Atemschutzmasken"),
    S(DOH, "org", "meldete", "mehr als 600 Fälle von Atemwegsbeschwerden"),
    S("aid organisations", "group", "warnen", "vor einer Versorgungskrise in den überfüllten Lagern"),
    S(PRC, "org", "teilte", "in manchen Zentren müssten sich mehr als 100 Menschen einen Raum teilen, es fehle an Trinkwasser und Toiletten"),
    S(PRC, "org", "sagte", "Viele Familien haben nur das mitgenommen, was sie tragen konnten", mode="direct"),
    S(PRC, "org", "schätzt", "dass etwa 12.000 Kinder unter fünf Jahren in den Lagern leben"),
    S("Philippine agriculture ministry", "org", "Nach einer ersten Schätzung", "wurden an den Hängen des Vulkans etwa 3.800 Hektar Zuckerrohr und Gemüse von Asche bedeckt"),
    S("Philippine agriculture ministry", "org", "seien", "Rund 1.200 Rinder und Wasserbüffel seien aus der Sperrzone gebracht worden"),
]
ALIASES = {
    K: ["Vulkan Kanlaon", "Kanlaon Volcano", "Canlaon", "Stadt Canlaon", "La Castellana", "Südflanke"],
    N: ["Insel Negros", "Negros Island", "Bacolod", "Negros Occidental"],
    "authorities": ["Behörden", "offiziellen Angaben"],
    "NDRRMC": ["nationaler Katastrophenschutzrat", "nationale Katastrophenschutzrat NDRRMC", "Katastrophenschutzrat"],
    NOP: ["Provinzverwaltung von Negros Occidental", "Provinzverwaltung"],
    TB: ["Bacolcol", "Phivolcs-Direktor Teresito Bacolcol", "Phivolcs"],
    DOH: ["Gesundheitsministerium", "philippinisches Gesundheitsministerium", "Department of Health"],
    PRC: ["Philippinisches Rotes Kreuz", "Philippinische Rote Kreuz", "Philippine Red Cross"],
    "Philippine agriculture ministry": ["Landwirtschaftsministerium", "Landwirtschaftsministeriums"],
    "experts": ["Experten"],
    "aid organisations": ["Hilfsorganisationen"],
}
GOLD = {D: (claims, st)}
