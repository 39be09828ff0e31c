from common import C, S
D = "w14_16_prozess_pflegeheim"
BL, LG, TW, BH, MR = "Bad Lippspringe", "Paderborn regional court", "Thomas Wellmann", "Birgit Hollenberg", "Markus Rehberg"
claims = [
    C("vier Morde im Seniorenheim", "killed", 4, 4, "exact", loc=BL, optional=True, note="headline restates the body"),
    C("vier Bewohnerinnen und Bewohner mit überdosierten Beruhigungsmitteln und Insulin getötet", "killed", 4, 4, "exact", LG, time="2025", loc=BL, note="closed period 'zwischen Herbst 2023 und Frühjahr 2025': its end (year)"),
    C("In neun weiteren Fällen", "wounded", 9, 9, "exact", LG, loc=BL, optional=True, note="attempted murder in a verdict: figure in a charge"),
    C("ursprünglich sieben Morde angeklagt", "killed", 7, 7, "exact", "Paderborn prosecutors", loc=BL, optional=True, note="figure in a charge"),
    C("bis zu zwölf weitere Todesfälle", "killed", None, 12, "at_most", BH, "possible", loc=BL, additional=True, note="'kämen in Betracht' in the prosecutor's plea"),
    C("insgesamt 58 Todesfälle aus seiner Dienstzeit", "other", 58, 58, "exact", loc=BL, optional=True, note="deaths examined"),
    C("19 Leichen wurden exhumiert", "other", 19, 19, "exact", loc=BL, optional=True, note="bodies exhumed"),
    C("31 Reanimationen", "other", 31, 31, "exact", "ward manager", loc=BL, optional=True, note="events"),
    C("zwei Bewohnern eigenmächtig", "other", 2, 2, "exact", "defendant", loc=BL, optional=True, note="residents he admits sedating"),
    C("einer 86 Jahre alten Frau", "killed", 1, 1, "exact", time="2024-01", loc=BL, optional=True, note="count of one"),
    C("insgesamt 17 Familien", "other", 17, 17, "exact", loc=BL, optional=True, note="families represented as co-plaintiffs"),
    C("85 Morden", "killed", 85, 85, "exact", time="2019", loc="Oldenburg and Delmenhorst", note="Högel verdict; background"),
]
st = [
    S(LG, "org", "sah", "dass der Mann zwischen Herbst 2023 und Frühjahr 2025 vier Bewohnerinnen und Bewohner mit überdosierten Beruhigungsmitteln und Insulin getötet hat"),
    S(TW, "person", "sagte", 'der Angeklagte habe aus "Machtgefühl und Geltungssucht" gehandelt', role="Vorsitzende Richter"),
    S(TW, "person", "habe", "Er habe die Opfer gezielt in einen lebensbedrohlichen Zustand versetzt, um sich danach bei der Reanimation als Retter hervortun zu können", role="Vorsitzende Richter"),
    S(TW, "person", "sagte", "Die Bewohnerinnen und Bewohner waren ihm schutzlos ausgeliefert", mode="direct", role="Vorsitzende Richter"),
    S(BH, "person", "gesagt", 'sie gehe davon aus, dass der Angeklagte "deutlich mehr Menschen" getötet habe als angeklagt', role="Oberstaatsanwältin"),
    S(BH, "person", "kämen", "Nach den Ermittlungen kämen bis zu zwölf weitere Todesfälle in Betracht, die sich aber nicht mehr aufklären ließen, weil die Verstorbenen eingeäschert worden seien", role="Oberstaatsanwältin"),
    S(MR, "person", "kündigte", "Revision beim Bundesgerichtshof einzulegen", role="Verteidiger"),
    S(MR, "person", "habe", 'Die Beweisaufnahme habe "keinen einzigen Fall zweifelsfrei" belegt', role="Verteidiger", denial=True),
    S("Sabine Offermann", "person", "sagte", "Für sie sei das Urteil ein wichtiges Signal", role="Nebenklage-Anwältin"),
    S("Sabine Offermann", "person", "hätten", "Viele Angehörige hätten sich über Jahre Vorwürfe gemacht, ihre Eltern in das Heim gegeben zu haben", role="Nebenklage-Anwältin"),
    S("care home operator", "org", "nach eigenen Angaben", "hat nach eigenen Angaben inzwischen die Kontrollen bei der Medikamentenausgabe verschärft"),
    S("NRW health ministry", "org", "sagte", "man wolle Auffälligkeiten früher erkennen"),
]
ALIASES = {
    BL: ["Seniorenheim in Bad Lippspringe", "Bad Lippspringe, Kreis Paderborn"],
    "Oldenburg and Delmenhorst": ["Oldenburg", "Delmenhorst", "Kliniken in Delmenhorst und Oldenburg"],
    LG: ["Landgericht Paderborn", "Schwurgerichtskammer", "Gericht"],
    "Paderborn prosecutors": ["Staatsanwaltschaft Paderborn"],
    TW: ["Wellmann", "Richter Thomas Wellmann", "Vorsitzende Richter Thomas Wellmann"],
    BH: ["Hollenberg", "Oberstaatsanwältin Birgit Hollenberg"],
    MR: ["Rehberg", "Verteidiger Markus Rehberg"],
    "Sabine Offermann": ["Offermann", "Nebenklage-Anwältin Sabine Offermann"],
    "defendant": ["Angeklagte", "Angeklagter", "Pflegehelfer"],
    "ward manager": ["Stationsleiterin"],
    "care home operator": ["Betreiber des Heims", "Wohlfahrtsverband"],
    "NRW health ministry": ["Gesundheitsministerium in Düsseldorf", "Land Nordrhein-Westfalen"],
}
GOLD = {D: (claims, st)}
