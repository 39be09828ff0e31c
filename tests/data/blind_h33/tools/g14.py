from common import C, S
D = "f18_14_brand_langenthal"
L, P = "Langenthal", "police"
claims = [
    C("Eine Bewohnerin tot", "killed", 1, 1, "exact", loc=L, optional=True, note="headline, count of one"),
    C("14 Personen verletzt", "wounded", 14, 14, "exact", loc=L, optional=True, note="headline restates the body"),
    C("Eine 91-jährige Bewohnerin kam ums Leben", "killed", 1, 1, "exact", loc=L, optional=True, note="count of one"),
    C("62 Bewohnerinnen und Bewohner mussten evakuiert werden", "displaced", 62, 62, "exact", loc=L, note="evacuated residents"),
    C("14 Personen – elf Bewohnende und drei Mitarbeitende", "wounded", 14, 14, "exact", loc=L),
    C("elf Bewohnende", "wounded", 11, 11, "exact", loc=L),
    C("drei Mitarbeitende", "wounded", 3, 3, "exact", loc=L),
    C("Zwei von ihnen sind gemäss Polizei in kritischem Zustand", "wounded", 2, 2, "exact", P, loc=L),
    C("rund 90 Angehörige der Feuerwehr", "troops", 90, 90, "about", loc=L, optional=True, note="fire deployment"),
    C("38 von ihnen in anderen Heimen", "displaced", 38, 38, "exact", "City of Langenthal", time="2026-11-11", loc=L, note="'bis zum Mittwochmittag': that day"),
]
st = [
    S(P, "org", "mitteilte", "stand ein Zimmer im zweiten Obergeschoss des Alterszentrums an der Weissensteinstrasse bereits in Vollbrand"),
    S(P, "org", "gemäss", "Zwei von ihnen sind gemäss Polizei in kritischem Zustand"),
    S("City of Langenthal", "org", "nach Angaben", "fanden nach Angaben der Stadt 38 von ihnen in anderen Heimen der Region Unterkunft"),
    S("Ursula Gerber", "person", "sagte", "Das ist ein schwerer Schlag für uns alle", mode="direct", role="Heimleiterin"),
    S("Ursula Gerber", "person", "habe", "Das Personal habe vorbildlich reagiert und die Bewohnenden in wenigen Minuten aus den Zimmern geholt", role="Heimleiterin"),
    S("Reto Müller", "person", "sprach", "den Angehörigen sein Beileid aus", role="Stadtpräsident"),
    S(P, "org", "hiess es", "Ein technischer Defekt an einem Heizgerät stehe im Vordergrund"),
]
GOLD = {D: (claims, st)}
