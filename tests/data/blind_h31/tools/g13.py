from common import C, S
D = "u16_13_hohenems"
H, FB, MF, LWZ = "Hohenems", "fire brigade", "Markus Fenkart", "Landeswarnzentrale Vorarlberg"
claims = [
    C("Acht Feuerwehrleute verletzt", "wounded", 8, 8, "exact", loc=H, actor=FB, optional=True, note="headline restates the body"),
    C("mehr als 300 Einsatzkräfte", "troops", 300, None, "at_least", time="2026-11-12", loc=H, optional=True, note="rescue deployment"),
    C("Acht Feuerwehrleute wurden leicht verletzt", "wounded", 8, 8, "exact", loc=H, actor=FB),
    C("ein 57-jähriger Mitarbeiter", "wounded", 1, 1, "exact", loc=H, optional=True, note="count of one"),
    C("46 Häusern", "other", 46, 46, "exact", loc=H, optional=True, note="houses"),
    C("etwa 130 Personen", "displaced", 130, 130, "about", loc=H, note="evacuated residents"),
    C("21 Feuerwehren", "other", 21, 21, "exact", LWZ, loc=H, optional=True, note="fire brigades"),
    C("287 Feuerwehrleuten", "troops", 287, 287, "exact", LWZ, loc=H, actor=FB, optional=True, note="deployment"),
    C("24 Sanitätern", "troops", 24, 24, "exact", LWZ, loc=H, actor="Red Cross", optional=True, note="deployment"),
    C("Von den acht Verletzten", "wounded", 8, 8, "exact", MF, loc=H, actor=FB, optional=True, note="restates the eight"),
    C("hätten fünf Kreislaufprobleme", "wounded", 5, 5, "exact", MF, loc=H, actor=FB),
    C("drei hätten sich bei Löscharbeiten", "wounded", 3, 3, "exact", MF, loc=H, actor=FB),
]
st = [
    S("police", "org", "laut Polizei", "Das Feuer war laut Polizei gegen 22.15 Uhr in einer Halle ausgebrochen"),
    S(LWZ, "org", "laut", "Im Einsatz standen laut Landeswarnzentrale 21 Feuerwehren aus dem ganzen Bezirk sowie aus Lustenau und Götzis mit 287 Feuerwehrleuten"),
    S(MF, "person", "sagte", "So einen Brand haben wir in Hohenems seit Jahrzehnten nicht gehabt", mode="direct", role="Einsatzleiter"),
    S(MF, "person", "hätten", "Von den acht Verletzten hätten fünf Kreislaufprobleme wegen der Hitze gehabt, drei hätten sich bei Löscharbeiten an den Händen verletzt", role="Einsatzleiter"),
    S(MF, "person", "hätten", "Alle hätten das Spital noch in der Nacht wieder verlassen können", role="Einsatzleiter"),
    S("Bezirkshauptmannschaft Dornbirn", "org", "forderte", "die Bevölkerung im Umkreis von drei Kilometern auf, Fenster und Türen geschlossen zu halten"),
    S("Bezirkshauptmannschaft Dornbirn", "org", "hieß es", "Messungen hätten aber keine gesundheitsgefährdenden Werte ergeben"),
]
GOLD = {D: (claims, st)}
