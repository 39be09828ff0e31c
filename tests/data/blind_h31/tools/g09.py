from common import C, S
D = "u16_09_lawine_manaslu"
M, FM, NT, AN = "Manaslu", "Austrian foreign ministry", "Nepal tourism department", "Ang Nima Sherpa"
claims = [
    C("Zwei Österreicher unter den Toten", "killed", 2, 2, "exact", loc=M, optional=True, note="headline restates the body"),
    C("mindestens sieben Bergsteiger ums Leben", "killed", 7, None, "at_least", loc=M, note="'nach jüngsten Angaben': unnamed"),
    C("darunter zwei Österreicher", "killed", 2, 2, "exact", FM, loc=M, note="'Das bestätigte das Außenministerium' refers back to this figure"),
    C("einen 41-jährigen Mann", "killed", 1, 1, "exact", FM, loc=M, optional=True, note="count of one"),
    C("eine 38-jährige Frau", "killed", 1, 1, "exact", FM, loc=M, optional=True, note="count of one"),
    C("drei nepalesische Sherpas", "killed", 3, 3, "exact", FM, loc=M),
    C("ein Pole und ein Japaner", "killed", 1, 1, "exact", FM, loc=M, optional=True, note="count of one (the Pole)"),
    C("ein Franzose", "missing", 1, 1, "exact", NT, loc=M, optional=True, note="count of one"),
    C("von drei Toten", "killed", 3, 3, "exact", NT, loc=M, note="first, superseded figure"),
    C('"mehr als einem Dutzend" Vermissten', "missing", 12, None, "at_least", NT, loc=M),
    C("neun Bergsteiger lebend aus dem Schnee geborgen", "other", 9, 9, "exact", NT, time="2026-10-18", loc=M, note="rescued"),
    C("vier von ihnen mit schweren Erfrierungen", "wounded", 4, 4, "exact", NT, time="2026-10-18", loc=M),
    C("Drei Menschen", "missing", 3, 3, "exact", NT, loc=M),
    C("zwei Sherpas", "missing", 2, 2, "exact", NT, loc=M, note="subset of the three missing"),
    C("rund 150 Bergsteiger und Helfer", "other", 150, 150, "about", AN, loc=M, optional=True, note="people on the mountain"),
    C("23 Kunden", "other", 23, 23, "exact", AN, loc=M, optional=True, note="clients of one agency"),
    C("31 Sherpas", "other", 31, 31, "exact", AN, loc=M, optional=True),
    C("von denen zwei ums Leben gekommen seien", "killed", 2, 2, "exact", AN, loc=M),
    C("insgesamt acht Österreichern", "other", 8, 8, "exact", loc=M, optional=True, note="group size"),
    C("Die sechs anderen Mitglieder der Gruppe seien unverletzt", "other", 6, 6, "exact", FM, loc=M, optional=True, note="unhurt"),
    C("412 Genehmigungen", "other", 412, 412, "exact", loc=M, optional=True, note="permits"),
    C("elf Bergsteiger ums Leben", "killed", 11, 11, "exact", time="2012-09", loc=M),
]
st = [
    S(FM, "org", "bestätigte", "Das bestätigte das Außenministerium in Wien am Montag"),
    S(FM, "org", "sagte", "Bei den Opfern handle es sich um einen 41-jährigen Mann aus dem Bezirk Kufstein und eine 38-jährige Frau aus Salzburg"),
    S(FM, "org", "seien", "Die übrigen Toten seien drei nepalesische Sherpas, ein Pole und ein Japaner"),
    S(NT, "org", "gesprochen", 'von drei Toten und "mehr als einem Dutzend" Vermissten gesprochen'),
    S(NT, "org", "nach Angaben", "konnten nach Angaben der Behörde neun Bergsteiger lebend aus dem Schnee geborgen und mit Hubschraubern nach Kathmandu geflogen werden"),
    S(NT, "org", "würden", "Drei Menschen, zwei Sherpas und ein Franzose, würden weiterhin vermisst"),
    S(NT, "org", "sei", "die Suche nach ihnen sei wegen schlechten Wetters am Montag unterbrochen worden"),
    S(AN, "person", "sagte", "am Berg seien zum Zeitpunkt des Unglücks rund 150 Bergsteiger und Helfer unterwegs gewesen", role="Chef der Expeditionsagentur Himalayan Summit Treks"),
    S(AN, "person", "habe", "Seine Agentur allein habe 23 Kunden und 31 Sherpas am Manaslu gehabt, von denen zwei ums Leben gekommen seien", role="Chef der Expeditionsagentur Himalayan Summit Treks"),
    S(AN, "person", "erhob", "Er erhob Vorwürfe gegen die Behörden", role="Chef der Expeditionsagentur Himalayan Summit Treks"),
    S(AN, "person", "hätten", "Nach dem starken Neuschnee der Vorwoche hätten Bergführer vor einer Lawinengefahr gewarnt, dennoch sei die Route nicht gesperrt worden", role="Chef der Expeditionsagentur Himalayan Summit Treks"),
    S(NT, "org", "wies", "Ein Sprecher der Tourismusbehörde wies das zurück", denial=True),
    S(NT, "org", "habe", 'Es habe "keine einzige formelle Warnung" gegeben', denial=True),
    S(FM, "org", "hieß es", "Die sechs anderen Mitglieder der Gruppe seien unverletzt und befänden sich im Basislager"),
]
GOLD = {D: (claims, st)}
