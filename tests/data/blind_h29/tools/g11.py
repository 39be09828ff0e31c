from common import C, S
D = "w14_11_tapachula"
T, H, CH = "Tapachula", "Huehuetán", "Chiapas"
CP, MSF, SM = "Chiapas civil protection", "Doctors Without Borders", "Mexican security ministry"
claims = [
    C("Tausende Migranten brechen", "displaced", 1000, None, "at_least", loc=T, optional=True, note="headline, vague plural"),
    C("erneut Tausende Migrantinnen und Migranten", "displaced", 1000, None, "at_least", loc=T, optional=True, note="vague plural"),
    C("rund 3.000 Menschen", "displaced", 3000, 3000, "about", "INM", "estimated", loc=T),
    C("mehr als 5.000 Teilnehmern", "displaced", 5000, None, "at_least", "organisers", loc=T),
    C("eine 54-jährige Frau aus Honduras an Erschöpfung gestorben", "killed", 1, 1, "exact", CP, loc=H, optional=True, note="count of one"),
    C("Weitere 17 Menschen", "other", 17, 17, "exact", CP, loc=H, note="treated for dehydration: patients"),
    C("knapp 400 Patienten", "other", 400, 400, "about", MSF, loc=CH, note="patients on the march"),
    C("etwa 1.200 Angehörige der Nationalgarde", "troops", 1200, 1200, "about", SM, loc=CH, actor="National Guard", note="National Guard (military-run) deployed against the caravan: required"),
    C("fast 61.000 Menschen in Mexiko Asyl beantragt", "displaced", 61000, 61000, "about", "Comar", loc="Mexico", note="'seit Januar' open"),
    C("Zehntausende im Süden des Landes", "displaced", 10000, None, "at_least", "Comar", loc="Southern Mexico", optional=True, note="vague plural"),
]
st = [
    S("INM", "org", "Nach Schätzung", "gehören ihr rund 3.000 Menschen an"),
    S("organisers", "group", "sprachen", "von mehr als 5.000 Teilnehmern"),
    S(CP, "org", "teilte", "Dort sei eine 54-jährige Frau aus Honduras an Erschöpfung gestorben"),
    S(CP, "org", "hätten", "Weitere 17 Menschen hätten wegen Dehydrierung und Blasen an den Füßen behandelt werden müssen"),
    S(MSF, "org", "berichtete", "ihre Teams hätten in den ersten beiden Tagen knapp 400 Patienten versorgt"),
    S("Lucía Ramírez", "person", "sagte", "Viele Migranten hätten monatelang in Tapachula festgesessen, weil sie weder Papiere noch Arbeit bekämen", role="Koordinatorin der Organisation in Chiapas"),
    S(SM, "org", "nach Angaben des Sicherheitsministeriums", "verlegte nach Angaben des Sicherheitsministeriums etwa 1.200 Angehörige der Nationalgarde in die Region"),
    S(SM, "org", "solle", 'Die Karawane solle "geordnet" aufgelöst werden, die Menschen könnten in Bussen in andere Bundesstaaten gebracht werden, um dort ihre Asylverfahren fortzusetzen'),
    S("Comar", "org", "Nach Angaben", "haben seit Januar fast 61.000 Menschen in Mexiko Asyl beantragt, knapp zwei Drittel davon in Tapachula"),
]
ALIASES = {
    T: ["Stadt Tapachula", "Tapachula, Chiapas"],
    H: ["Ortschaft Huehuetán", "Huehuetan"],
    CH: ["Bundesstaat Chiapas"],
    "Mexico": ["Mexiko"],
    "Southern Mexico": ["Süden Mexikos", "Süden des Landes"],
    "INM": ["Migrationsbehörde INM", "Migrationsbehörde", "Instituto Nacional de Migración"],
    "organisers": ["Organisatoren"],
    CP: ["Katastrophenschutz von Chiapas", "Katastrophenschutz"],
    MSF: ["Ärzte ohne Grenzen", "MSF", "Médecins Sans Frontières"],
    "Lucía Ramírez": ["Ramírez", "Lucia Ramirez"],
    SM: ["Sicherheitsministerium", "mexikanisches Sicherheitsministerium", "Regierung in Mexiko-Stadt"],
    "Comar": ["Flüchtlingshilfebehörde Comar", "mexikanische Flüchtlingshilfebehörde Comar"],
    "National Guard": ["Nationalgarde"],
}
GOLD = {D: (claims, st)}
