from common import C, S
DOC = "j19_04_jacobabad"
# published Monday 2026-11-16; Sonntag = 2026-11-15
A = {
    "Railway police": ["Bahnpolizei", "Sprecher der Bahnpolizei", "Pakistan Railways Police"],
    "Imran Soomro": ["Soomro", "Dr. Imran Soomro", "Leiter des Zivilkrankenhauses in Jacobabad"],
    "Zia Lanjar": ["Lanjar", "Provinzminister für Inneres"],
    "Karachi government official": ["Regierungsbeamter in Karachi"],
    "Shehbaz Sharif": ["Sharif", "Premierminister Shehbaz Sharif"],
    "Pakistan": ["pakistanisch", "pakistanische Armee"],
    "Jacobabad": ["Stadt Jacobabad", "Sindh", "Provinz Sindh"],
}
J = "Jacobabad"
CLAIMS = [
    C("Personenzug in Pakistan - mindestens 22 Tote", "killed", 22, None, "at_least", loc=J, optional=True, note="headline restates the body"),
    C("mindestens 22 Menschen getötet", "killed", 22, None, "at_least", None, time="2026-11-15", loc=J),
    C("rund 450 Fahrgästen", "other", 450, 450, "about", "Railway police", loc=J, optional=True, note="people on board"),
    C("von 22 Toten", "killed", 22, 22, "exact", "Imran Soomro", loc=J, note="'am Abend' without a day: time null"),
    C("61 Verletzten", "wounded", 61, 61, "exact", "Imran Soomro", loc=J),
    C("14 in Lebensgefahr", "wounded", 14, 14, "exact", "Imran Soomro", loc=J),
    C("mindestens fünf Kinder", "killed", 5, None, "at_least", "Imran Soomro", loc=J),
    C("zwei Soldaten", "killed", 2, 2, "exact", "Imran Soomro", loc=J, actor="Pakistan"),
    C("bis zu 30 Tote", "killed", None, 30, "at_most", "Karachi government official", cert="possible", future=True, loc=J),
    C("sieben Verdächtige fest", "arrested", 7, 7, "exact", "police", time="2026-11-16", loc=J),
]
P = "person"; O = "org"
STATEMENTS = [
    S("Railway police", O, "sagte", "Der Sprengsatz sei auf den Gleisen nahe der Stadt Jacobabad in der Provinz Sindh explodiert"),
    S("Railway police", O, "seien", "Drei Waggons seien entgleist"),
    S("Imran Soomro", P, "sprach", "von 22 Toten und 61 Verletzten, von denen 14 in Lebensgefahr schwebten", role="Leiter des Zivilkrankenhauses in Jacobabad"),
    S("Imran Soomro", P, "sagte", "Wir mussten Blutspender über die Moscheelautsprecher aufrufen", mode="direct", role="Leiter des Zivilkrankenhauses in Jacobabad"),
    S("Imran Soomro", P, "seien", "Unter den Toten seien mindestens fünf Kinder und zwei Soldaten", role="Leiter des Zivilkrankenhauses in Jacobabad"),
    S("Zia Lanjar", P, "bestätigte", "bestätigte die Zahlen weitgehend", role="Provinzminister für Inneres"),
    S("Zia Lanjar", P, "ging", "dass die Opferzahl weiter steigen werde", role="Provinzminister für Inneres"),
    S("Zia Lanjar", P, "sagte", "Mehrere Menschen würden noch unter den Trümmern der Waggons vermutet", role="Provinzminister für Inneres"),
    S("police", O, "nach eigenen Angaben", "nahm nach eigenen Angaben bis Montagmorgen sieben Verdächtige fest"),
    S("Shehbaz Sharif", P, "verurteilte", "den \"feigen Angriff auf unschuldige Reisende\"", role="Premierminister"),
    S("Shehbaz Sharif", P, "ordnete", "die Sicherheitsvorkehrungen auf allen Fernstrecken zu verschärfen", role="Premierminister"),
]
