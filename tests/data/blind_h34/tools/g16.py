from common import C, S
DOC = "j19_16_brueckeneinsturz"
# published Wednesday 2026-11-11 (same day as the collapse)
A = {
    "Phu Tho provincial government": ["Provinzregierung von Phu Tho", "Provinzregierung"],
    "Nguyen Thanh Hai": ["Vizegouverneur Nguyen Thanh Hai", "Nguyen"],
    "VTV": ["Staatsfernsehen VTV"],
    "VnExpress": ["Nachrichtenportal VnExpress"],
    "eyewitnesses": ["Augenzeugen"],
    "Song Da Infrastructure": ["Bauunternehmen Song Da Infrastructure", "Bauunternehmen"],
    "Vietnam Ministry of Transport": ["Verkehrsministerium", "Ministeriumsvertreter"],
    "Reuters": ["Nachrichtenagentur Reuters"],
    "Vietnam": ["Vietnams Armee", "vietnamesische Armee"],
    "Pham Minh Chinh": ["Regierungschef Pham Minh Chinh"],
    "Phu Tho": ["Roter Fluss", "Roten Fluss"],
}
PT = "Phu Tho"; PG = "Phu Tho provincial government"; NH = "Nguyen Thanh Hai"
CLAIMS = [
    C("zwei Lastwagen", "other", 2, 2, "exact", PG, time="2026-11-11", loc=PT, optional=True, note="vehicles"),
    C("mindestens zehn Motorräder", "other", 10, None, "at_least", PG, time="2026-11-11", loc=PT, optional=True, note="vehicles"),
    C("acht Leichen geborgen", "killed", 8, 8, "exact", None, loc=PT, note="own voice; 'bis zum Abend' without a day"),
    C("Sechs Menschen konnten lebend", "other", 6, 6, "exact", None, loc=PT, note="rescued"),
    C("ein zwölfjähriges Mädchen", "other", 1, 1, "exact", None, loc=PT, optional=True),
    C("nach weiteren 13 Menschen", "missing", 13, 13, "exact", NH, loc=PT, note="'weiteren' after the dead: not additional"),
    C("rund 300 Soldaten", "troops", 300, 300, "about", NH, actor="Vietnam", loc=PT),
    C("etwa 16 Fahrgäste", "other", 16, 16, "about", "eyewitnesses", loc=PT, optional=True, note="people on board; VnExpress citing eyewitnesses"),
    C("von elf Insassen", "other", 11, 11, "exact", PG, loc=PT, optional=True, note="people on board"),
    C("mehr als 30 Menschen", "killed", 30, None, "at_least", None, time="2025", loc=PT),
]
P = "person"; O = "org"; R = "Vizegouverneur"
STATEMENTS = [
    S(PG, O, "Nach Angaben", "stürzten am Mittwochmorgen gegen 7.30 Uhr zwei Lastwagen, ein Kleinbus und mindestens zehn Motorräder in den Fluss"),
    S(NH, P, "sagte", "nach weiteren 13 Menschen werde noch gesucht", role=R),
    S(NH, P, "gehe", "Man gehe davon aus, dass die meisten von ihnen tot seien", role=R),
    S(NH, P, "sei", "Die Strömung sei nach tagelangen Regenfällen sehr stark", role=R),
    S(NH, P, "seien", "Taucher der Armee und rund 300 Soldaten seien im Einsatz, außerdem Boote der Grenzschutztruppe", role=R),
    S("VnExpress", O, "berichtete", "in dem Kleinbus hätten etwa 16 Fahrgäste gesessen, die meisten von ihnen Fabrikarbeiterinnen auf dem Weg zur Schicht"),
    S(PG, O, "sprach", "von elf Insassen"),
    S("Song Da Infrastructure", O, "wies", "Vorwürfe zurück, beim Bau sei minderwertiger Stahl verwendet worden", denial=True),
    S("Song Da Infrastructure", O, "sei", "Ursache sei nach ersten Erkenntnissen ein Frachtkahn, der gegen einen Pfeiler geprallt sei"),
    S("Vietnam Ministry of Transport", O, "bestätigte", "bestätigte diese Darstellung zunächst nicht"),
    S("Vietnam Ministry of Transport", O, "sagte", "\"alle Möglichkeiten\" würden geprüft"),
]
