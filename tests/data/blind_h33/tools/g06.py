from common import C, S
D = "f18_06_mure_stubai"
N, MK, BH = "Neustift im Stubaital", "Militärkommando Tirol", "Bundesheer"
claims = [
    C("Zwei Tote, ein Mann weiter vermisst", "killed", 2, 2, "exact", loc=N, optional=True, note="headline restates the body"),
    C("Zwei Menschen kamen ums Leben", "killed", 2, 2, "exact", loc=N, note="date in the previous sentence"),
    C("ein dritter wird noch vermisst", "missing", 1, 1, "exact", loc=N, optional=True, note="count of one"),
    C("Rund 180 Bewohner mussten ihre Häuser verlassen", "displaced", 180, 180, "about", loc=N),
    C("verschüttete drei Wohnhäuser", "other", 3, 3, "exact", loc=N, optional=True, note="houses"),
    C("Ein älteres Ehepaar konnte nur noch tot", "killed", 2, 2, "exact", "police", time="2026-11-02", loc=N, optional=True, note="a couple: a number only implied"),
    C("Vier Personen wurden mit der Rettung ins Spital", "wounded", 4, 4, "exact", loc=N),
    C("eine davon mit schweren Verletzungen", "wounded", 1, 1, "exact", loc=N, optional=True, note="count of one"),
    C("mehr als 250 Einsatzkräfte", "troops", 250, None, "at_least", "Andreas Gleirscher", loc=N, optional=True, note="rescue deployment"),
    C("120 Soldaten für die Aufräumarbeiten", "troops", 120, 120, "exact", MK, loc=N, actor=BH),
    C("bis zu 200 werden", "troops", None, 200, "at_most", MK, "possible", time="2026-11-04", loc=N, actor=BH, future=True, note="planned from Wednesday"),
    C("rund 4.500 Menschen im hinteren Tal", "other", 4500, 4500, "about", loc="Stubaital", note="people cut off: 'betroffen'"),
]
st = [
    S("police", "org", "teilte", "Ein älteres Ehepaar konnte nur noch tot aus den Trümmern seines Hauses geborgen werden"),
    S("Andreas Gleirscher", "person", "Laut", "waren in der Nacht mehr als 250 Einsatzkräfte von Feuerwehr, Bergrettung, Rotem Kreuz und Bundesheer im Einsatz", role="Bürgermeister"),
    S("Andreas Gleirscher", "person", "sagte", "Es ist ein Bild der Verwüstung. So etwas hat Neustift seit Generationen nicht erlebt", mode="direct", role="Bürgermeister"),
    S("Andreas Gleirscher", "person", "seien", "Die evakuierten Bewohner seien bei Verwandten, in Hotels und im Turnsaal der Volksschule untergebracht worden", role="Bürgermeister"),
    S("Andreas Gleirscher", "person", "sei", "Wann sie zurückkehren können, sei noch völlig offen", role="Bürgermeister"),
    S("Thomas Pflanzl", "person", "sprach", 'von "bis zu 60.000 Kubikmetern" Material, die ins Tal gedonnert seien', role="Landesgeologe"),
    S("Thomas Pflanzl", "person", "seien", "Weitere Abgänge seien nicht auszuschließen", role="Landesgeologe"),
    S(MK, "org", "nach Angaben", "Das Bundesheer stellte nach Angaben des Militärkommandos Tirol 120 Soldaten für die Aufräumarbeiten ab"),
    S("Anton Mattle", "person", "kündigte", "rasche Hilfe aus dem Katastrophenfonds an", role="Landeshauptmann"),
]
GOLD = {D: (claims, st)}
