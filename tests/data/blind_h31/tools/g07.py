from common import C, S
D = "u16_07_sivakasi"
SV, DC, P, FB = "Sivakasi", "Virudhunagar district collector", "police", "fire brigade"
claims = [
    C("Feuerwerkslager in Südindien - mindestens 14 Tote", "killed", 14, None, "at_least", loc=SV, optional=True, note="headline restates the body"),
    C("mindestens 14 Menschen ums Leben", "killed", 14, None, "at_least", loc=SV, note="own voice"),
    C("seien zehn Frauen", "killed", 10, 10, "exact", DC, loc=SV, note="relayed by The Hindu"),
    C("ein 15-jähriger Junge", "killed", 1, 1, "exact", DC, loc=SV, optional=True, note="count of one"),
    C("zunächst neun Tote", "killed", 9, 9, "exact", P, time="2026-11-02", loc=SV, note="first, superseded figure"),
    C("22 Arbeiterinnen und Arbeiter", "wounded", 22, 22, "exact", FB, loc=SV),
    C("sechs von ihnen seien in kritischem Zustand", "wounded", 6, 6, "exact", FB, loc=SV),
    C("Acht Löschfahrzeuge", "equipment", 8, 8, "exact", P, loc=SV, actor=FB, optional=True, note="fire engines"),
    C("Zwei Feuerwehrleute wurden leicht verletzt", "wounded", 2, 2, "exact", loc=SV, actor=FB, note="own voice"),
    C("rund 80 Menschen", "other", 80, 80, "about", P, loc=SV, optional=True, note="workforce of the plant"),
    C("zwei weitere Verdächtige", "other", 2, 2, "exact", loc=SV, optional=True, note="suspects under investigation, not arrested"),
    C("mehr als 1.000 Feuerwerksfabriken", "other", 1000, None, "at_least", loc=SV, optional=True, note="factories"),
    C("schätzungsweise 300.000 Beschäftigten", "other", 300000, 300000, "about", None, "estimated", loc=SV, optional=True, note="employees"),
    C("bereits 61 Menschen bei Explosionen", "killed", 61, 61, "exact", "fireworks workers' union", loc="Virudhunagar", note="'allein in diesem Jahr': open"),
]
st = [
    S("The Hindu", "org", "berichtete", "ereignete sich das Unglück am Montagnachmittag in einem Dorf nahe der Stadt Sivakasi"),
    S("The Hindu", "org", "seien", "Unter den Toten seien zehn Frauen, die in einer angrenzenden Halle Knallkörper verpackt hätten, sowie ein 15-jähriger Junge"),
    S(P, "org", "gemeldet", "Die Polizei hatte am Montagabend zunächst neun Tote gemeldet"),
    S(FB, "org", "Nach Angaben", "wurden 22 Arbeiterinnen und Arbeiter mit zum Teil schweren Verbrennungen in Krankenhäuser in Sivakasi und Madurai gebracht"),
    S(FB, "org", "seien", "sechs von ihnen seien in kritischem Zustand"),
    S(P, "org", "nach Polizeiangaben", "Acht Löschfahrzeuge kämpften nach Polizeiangaben gut fünf Stunden gegen die Flammen"),
    S(P, "org", "den Angaben zufolge", "In dem Betrieb arbeiteten den Angaben zufolge rund 80 Menschen"),
    S(P, "org", "demnach", "Die Lizenz erlaubte demnach die Lagerung von höchstens 15 Kilogramm Schwarzpulver"),
    S(P, "org", "seien", "gefunden worden seien aber Reste von mehreren Hundert Kilogramm"),
    S("M. K. Stalin", "person", "sprach", "sprach den Hinterbliebenen sein Beileid aus", role="Ministerpräsident"),
    S("M. K. Stalin", "person", "kündigte", "eine Entschädigung von 300.000 Rupien je Todesopfer an", role="Ministerpräsident"),
    S("Indian government", "org", "stellte", "stellte weitere 200.000 Rupien in Aussicht"),
    S("fireworks workers' union", "org", "Nach Angaben", "starben allein in diesem Jahr in Virudhunagar bereits 61 Menschen bei Explosionen"),
]
GOLD = {D: (claims, st)}
