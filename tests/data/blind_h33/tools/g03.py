from common import C, S
D = "f18_03_syrien_flash"
SOHR, MB, TMD = "SOHR", "Manbij", "Turkish defence ministry"
claims = [
    C("mindestens 14 Tote", "killed", 14, None, "at_least", loc=MB, optional=True, note="headline restates the body"),
    C("mindestens 14 Zivilisten getötet", "killed", 14, None, "at_least", SOHR, loc=MB, note="'nach Angaben von Aktivisten' = the Observatory named in the next sentence; time only there"),
    C("Unter den Toten seien sechs Kinder", "killed", 6, 6, "exact", SOHR, time="2026-11-19", loc=MB),
    C("Mehr als 30 Menschen hätten Verletzungen erlitten", "wounded", 30, None, "at_least", SOHR, loc=MB),
    C("19 Kämpfer der PKK", "killed", 19, 19, "exact", TMD, loc=MB, actor="PKK"),
]
st = [
    S(SOHR, "org", "nach Angaben", "mindestens 14 Zivilisten getötet worden"),
    S(SOHR, "org", "teilte", "Unter den Toten seien sechs Kinder"),
    S(SOHR, "org", "hätten", "Mehr als 30 Menschen hätten Verletzungen erlitten"),
    S("SDF", "org", "machten", "die türkische Luftwaffe verantwortlich"),
    S(TMD, "org", "erklärte", 'man habe "ausschließlich Terroristen" angegriffen und dabei 19 Kämpfer der PKK "unschädlich gemacht"'),
    S(TMD, "org", "seien", "Zivilisten seien nicht getroffen worden", denial=True),
]
GOLD = {D: (claims, st)}
