from common import C, S
D = "w14_14_gossau_reizgas"
G, FS, CG = "Gossau", "Florian Schneider", "Claudia Gerber"
claims = [
    C("31 Schülerinnen und Schüler", "wounded", 31, 31, "exact", loc=G, note="affected by the gas; own voice"),
    C("zwei Lehrpersonen", "wounded", 2, 2, "exact", loc=G),
    C("Elf Jugendliche wurden zur Kontrolle ins Spital", "wounded", 11, 11, "exact", "police", loc=G, note="taken to hospital"),
    C("rund 1'100 Personen", "displaced", 1100, 1100, "about", loc=G, optional=True, note="school evacuated for some hours: people present"),
    C("rund 60 Angehörigen", "troops", 60, 60, "about", loc=G, actor="fire brigade", optional=True, note="fire brigade deployment"),
    C("acht Fahrzeugen", "other", 8, 8, "exact", loc=G, optional=True, note="ambulances"),
    C("Ein 15-jähriger Schüler wurde vorläufig festgenommen", "arrested", 1, 1, "exact", "police", loc=G, optional=True, note="count of one"),
    C("neun Kinder leicht verletzt", "wounded", 9, 9, "exact", time="2026-03", loc="Wil"),
]
st = [
    S("police", "org", "mitteilte", "Elf Jugendliche wurden zur Kontrolle ins Spital nach St.Gallen gebracht"),
    S("police", "org", "Nach ersten Erkenntnissen", "dürfte ein Pfefferspray versprüht worden sein"),
    S(FS, "person", "sagte", "Ob er es absichtlich versprüht habe, sei noch unklar", role="Polizeisprecher"),
    S(CG, "person", "sagte", "man werde am Donnerstag mit den Klassen über den Vorfall sprechen", role="Schulpräsidentin"),
    S(CG, "person", "seien", "Eltern seien per SMS informiert worden", role="Schulpräsidentin"),
]
ALIASES = {
    G: ["Gossau SG", "Oberstufenzentrum Rosenau", "Gossau, St. Gallen"],
    "Wil": ["Wil SG"],
    FS: ["Schneider", "Polizeisprecher Florian Schneider"],
    CG: ["Gerber", "Schulpräsidentin Claudia Gerber"],
    "police": ["Kantonspolizei St.Gallen", "Kantonspolizei St. Gallen", "Kantonspolizei"],
    "fire brigade": ["Feuerwehr Gossau", "Chemiewehr St.Gallen"],
}
GOLD = {D: (claims, st)}
