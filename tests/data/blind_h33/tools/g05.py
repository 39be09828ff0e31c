from common import C, S
D = "f18_05_irapuato"
I, FGE = "Irapuato", "Guanajuato state prosecutors"
claims = [
    C("Hochzeitsfeier in Mexiko – zwölf Tote", "killed", 12, 12, "exact", loc=I, optional=True, note="headline restates the body"),
    C("zwölf Menschen erschossen", "killed", 12, 12, "exact", loc=I, note="own voice; the prosecutors are named only in the next sentence"),
    C("rund 150 Gäste", "other", 150, 150, "about", FGE, time="2026-11-08", loc=I, optional=True, note="people present"),
    C("zwei Minderjährige", "killed", 2, 2, "exact", FGE, loc=I),
    C("17 weitere Gäste wurden verletzt", "wounded", 17, 17, "exact", loc=I, note="own voice; 'weitere' after the dead: not additional"),
    C("fünf von ihnen schwer", "wounded", 5, 5, "exact", loc=I),
    C("auch zwei Polizisten gewesen sein", "killed", 2, 2, "exact", None, "reported", loc=I, actor="Mexican police", note="'sollen', unconfirmed reports"),
    C("mehr als 200 Patronenhülsen", "other", 200, None, "at_least", "investigator circles", loc=I, optional=True, note="cartridge cases"),
    C("300 zusätzliche Soldaten der Nationalgarde", "troops", 300, 300, "exact", "Libia Dennise García", "possible", loc=I, actor="National Guard", future=True),
    C("vier Verdächtige festgenommen", "arrested", 4, 4, "exact", "security authorities", loc=I),
    C("mehr als 2.900 Menschen ermordet", "killed", 2900, None, "at_least", "Causa en Común", time="2025", loc="Guanajuato"),
]
st = [
    S(FGE, "org", "teilte", "Mehrere Bewaffnete seien in der Nacht zu Sonntag in einen Festsaal am Rand der Stadt Irapuato eingedrungen und hätten wahllos auf die rund 150 Gäste gefeuert"),
    S(FGE, "org", "seien", "Unter den Toten seien der Bräutigam und zwei Minderjährige"),
    S("El Universal", "org", "berichtete", "die Täter hätten es auf einen Cousin des Bräutigams abgesehen gehabt, der einer örtlichen Bande angehört haben soll"),
    S("El Universal", "org", "seien", "Am Tatort seien mehr als 200 Patronenhülsen gefunden worden"),
    S("Libia Dennise García", "person", "kündigte", "300 zusätzliche Soldaten der Nationalgarde nach Irapuato zu schicken", role="Gouverneurin"),
    S("Libia Dennise García", "person", "sagte", "Wir werden nicht zulassen, dass die Kartelle unsere Familien terrorisieren", mode="direct", role="Gouverneurin"),
    S("security authorities", "org", "nach Angaben", "Bis zum Nachmittag wurden nach Angaben der Sicherheitsbehörden vier Verdächtige festgenommen"),
    S("Causa en Común", "org", "Nach Angaben", "wurden in dem Bundesstaat im vergangenen Jahr mehr als 2.900 Menschen ermordet"),
]
GOLD = {D: (claims, st)}
