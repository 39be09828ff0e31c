from common import C, S
D = "f18_07_seilbahn_andalo"
A = "Andalo"
claims = [
    C("vier Tote", "killed", 4, 4, "exact", loc=A, optional=True, note="headline restates the body"),
    C("Dutzende Fahrgäste aus Kabinen gerettet", "other", 12, None, "at_least", loc=A, optional=True, note="headline vague plural; rescued"),
    C("am Samstag vier Menschen ums Leben gekommen", "killed", 4, 4, "exact", time="2026-10-24", loc=A),
    C("zwei Touristen aus Deutschland", "killed", 2, 2, "exact", "Auswärtiges Amt", time="2026-10-25", loc=A, note="statement date 'am Sonntag'"),
    C("Ein fünfter Insasse", "wounded", 1, 1, "exact", loc=A, optional=True, note="count of one"),
    C("Rund 90 Fahrgäste saßen stundenlang", "other", 90, 90, "about", loc=A, note="stranded passengers, later rescued"),
    C("Zwei von ihnen mussten wegen Unterkühlung", "wounded", 2, 2, "exact", loc=A, note="indicative, no marker: own voice although the previous sentence names a spokesperson"),
    C("gut 120 Retter", "troops", 120, None, "at_least", "Soccorso Alpino", loc=A, optional=True, note="rescue deployment"),
    C("Gegen drei Verantwortliche der Betreibergesellschaft", "other", 3, 3, "exact", "Sandro Raimondi", loc=A, optional=True, note="people under investigation"),
    C("am Lago Maggiore 14 Menschen ums Leben", "killed", 14, 14, "exact", time="2021-05", loc="Mottarone"),
]
st = [
    S("Ansa", "org", "berichtete", "Die Kabine der Umlaufbahn von Andalo auf den Gipfel der Paganella habe sich kurz vor der Mittelstation vom Tragseil gelöst"),
    S("Auswärtiges Amt", "org", "teilte", "Unter den Toten seien zwei Touristen aus Deutschland, ein Ehepaar aus dem Raum Stuttgart"),
    S("doctors", "group", "Nach Angaben", "ist sein Zustand stabil"),
    S("Soccorso Alpino", "org", "sagte", "Die Bergrettung Soccorso Alpino holte sie bis in die Abendstunden einzeln mit Seilen aus den Gondeln"),
    S("Sandro Raimondi", "person", "sagte", "Gegen drei Verantwortliche der Betreibergesellschaft werde ermittelt", role="Oberstaatsanwalt"),
    S("operator", "org", "erklärte", "die Anlage sei erst im Juni turnusgemäß geprüft worden"),
    S("operator", "org", "habe", 'Es habe "keinerlei Hinweise auf technische Mängel" gegeben', denial=True),
]
GOLD = {D: (claims, st)}
