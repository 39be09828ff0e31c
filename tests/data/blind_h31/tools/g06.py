from common import C, S
D = "u16_06_damm_minas"
CI, FB, CD, SG, MSA, FL = "Conceição do Itabira", "fire brigade", "Minas Gerais civil defence", "Minas Gerais state government", "Mineração Serra Azul", "Fernanda Lacerda"
claims = [
    C("nach Dammbruch auf 23 gestiegen", "killed", 23, 23, "exact", loc=CI, optional=True, note="headline restates the body"),
    C("ist die Zahl der Toten auf 23 gestiegen", "killed", 23, 23, "exact", loc=CI, note="own voice; the fire brigade is named only in the next sentence"),
    C("Weitere 41 Menschen würden noch vermisst", "missing", 41, 41, "exact", FB, time="2026-10-21", loc=CI, note="'Weitere' after the dead: not additional"),
    C("von vier Toten", "killed", 4, 4, "exact", time="2026-10-18", loc=CI, note="first, superseded figure"),
    C('"etwa 100" Vermissten', "missing", 100, 100, "about", time="2026-10-18", loc=CI),
    C("rund 1.400 Menschen lebten", "other", 1400, 1400, "about", "Municipality of Conceição do Itabira", loc="Vila Esperança", optional=True, note="residents of the buried district"),
    C("knapp 3.800 Menschen ihre Häuser verlassen", "displaced", 3800, 3800, "about", CD, loc=CI, note="relayed by G1"),
    C("darunter gut 600 Bewohner", "displaced", 600, None, "at_least", CD, loc=CI, note="two unnamed downstream municipalities: the event's place"),
    C("Etwa 1.200 von ihnen seien in Schulen", "displaced", 1200, 1200, "about", CD, loc=CI),
    C("57 Menschen wurden nach Angaben der Landesregierung verletzt", "wounded", 57, 57, "exact", SG, loc=CI),
    C("11 davon schwer", "wounded", 11, 11, "exact", SG, loc=CI),
    C("Mehr als 420 Feuerwehrleute, Soldaten und freiwillige Helfer", "troops", 420, None, "at_least", loc=CI, optional=True, note="rescue deployment"),
    C("12 Hubschraubern", "equipment", 12, 12, "exact", loc=CI, optional=True, note="rescue helicopters"),
    C("Drei Ingenieure der Firma", "arrested", 3, 3, "exact", loc="Minas Gerais", note="own voice; date in the previous sentence"),
    C("150 Soldaten der Militärpolizei", "troops", 150, 150, "exact", "Mateus Simões", "possible", time="2026-11", loc=CI, actor="Military Police of Minas Gerais", future=True, additional=True, optional=True, note="police deployment"),
    C("alle 38 Becken", "other", 38, 38, "exact", "Mateus Simões", loc="Minas Gerais", optional=True, note="dams"),
    C("bis zu 80.000 Menschen", "other", None, 80000, "at_most", FL, "possible", loc="Santa Bárbara river", future=True, note="people possibly without drinking water (affected)"),
    C("19 Menschen ums Leben", "killed", 19, 19, "exact", time="2015", loc="Mariana"),
    C("272 Menschen", "killed", 272, 272, "exact", time="2019", loc="Brumadinho"),
]
st = [
    S(FB, "org", "teilte", "Weitere 41 Menschen würden noch vermisst"),
    S("Leonardo Farah", "person", "sagte", 'Die Hoffnung, noch Überlebende zu finden, sei "praktisch null"', role="Feuerwehrsprecher"),
    S("Feam", "org", "Nach Schätzungen", "ergossen sich zwischen 2 und 2,5 Millionen Kubikmeter eisenhaltiger Schlamm in das Tal des Flusses Santa Bárbara"),
    S("Municipality of Conceição do Itabira", "org", "nach Angaben", "in dem nach Angaben der Gemeinde rund 1.400 Menschen lebten"),
    S("G1", "org", "meldete", "mussten insgesamt knapp 3.800 Menschen ihre Häuser verlassen, darunter gut 600 Bewohner zweier flussabwärts gelegener Gemeinden"),
    S("G1", "org", "seien", "Etwa 1.200 von ihnen seien in Schulen und Sporthallen untergebracht, der Rest bei Verwandten"),
    S(SG, "org", "nach Angaben", "57 Menschen wurden nach Angaben der Landesregierung verletzt, 11 davon schwer"),
    S(MSA, "org", "wies", "Die Betreiberfirma wies Vorwürfe zurück, sie habe Warnungen ignoriert", denial=True),
    S(MSA, "org", "erklärte", "Das Becken sei zuletzt im August geprüft und als stabil eingestuft worden"),
    S(MSA, "org", "hätten", 'Die Sirenen hätten "ordnungsgemäß" ausgelöst'),
    S("residents", "group", "widersprachen", "Mehrere Anwohner widersprachen dem gegenüber Journalisten", denial=True),
    S("residents", "group", "hätten", "Sie hätten keinen Alarm gehört"),
    S("Mateus Simões", "person", "sprach", 'von der "schwersten Umweltkatastrophe in unserem Bundesstaat seit Brumadinho"', role="Gouverneur"),
    S("Mateus Simões", "person", "kündigte", "bis Ende November 150 Soldaten der Militärpolizei zusätzlich in die Region zu schicken", role="Gouverneur"),
    S(FB, "org", "geht davon aus", "dass die Suche noch mindestens zwei Wochen dauern wird"),
    S(FL, "person", "sagte", "Der Schlamm habe auf einer Länge von mehr als 60 Kilometern das Flussbett bedeckt", role="Biologin"),
    S(FL, "person", "Nach ihren Angaben", "könnten bis zu 80.000 Menschen flussabwärts vorübergehend ohne Trinkwasser sein", role="Biologin"),
]
GOLD = {D: (claims, st)}
