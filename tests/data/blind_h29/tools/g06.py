from common import C, S
D = "w14_06_bolivien_bus"
Y, MQ, SE = "Yocalla", "Marcelo Quispe", "Sedes Potosí"
claims = [
    C("mindestens 24 Tote", "killed", 24, None, "at_least", loc=Y, optional=True, note="headline restates the body"),
    C("mindestens 24 Menschen ums Leben gekommen", "killed", 24, None, "at_least", loc=Y, note="own voice; place from the next sentences"),
    C("17 weitere Insassen wurden nach Angaben der Polizei verletzt", "wounded", 17, 17, "exact", "police", loc=Y),
    C("43 Fahrgäste", "other", 43, 43, "exact", MQ, loc=Y, optional=True, note="on board"),
    C("zwei Fahrer gewesen", "other", 2, 2, "exact", MQ, loc=Y, optional=True, note="on board"),
    C("Beide Fahrer seien unter den Toten", "killed", 2, 2, "exact", MQ, loc=Y, optional=True, note="'beide', no numeral"),
    C("elf Schwerverletzte", "wounded", 11, 11, "exact", SE, loc=Y, note="treated in Potosí: event's place kept"),
    C("sechs in Oruro", "wounded", 6, 6, "exact", SE, loc=Y),
    C("auch drei Kinder", "wounded", 3, 3, "exact", SE, loc=Y, note="subset"),
    C("zwei Rucksacktouristen aus Europa an Bord", "other", 2, 2, "exact", None, "reported", loc=Y, optional=True, note="on board, hearsay"),
    C("mehr als 1.400 Menschen bei Verkehrsunfällen", "killed", 1400, None, "at_least", "Bolivian traffic police", time="2025", loc="Bolivia"),
    C("19 Menschen gestorben", "killed", 19, 19, "exact", time="2026-03", loc="Cochabamba"),
]
st = [
    S("police", "org", "nach Angaben der Polizei", "17 weitere Insassen wurden nach Angaben der Polizei verletzt, einige von ihnen lebensgefährlich"),
    S(MQ, "person", "sagte", "der Fahrer sei vermutlich zu schnell gefahren und die Kontrolle verloren", role="Leiter der Verkehrspolizei des Departements Potosí"),
    S(MQ, "person", "seien", "An Bord seien nach der Passagierliste 43 Fahrgäste und zwei Fahrer gewesen", role="Leiter der Verkehrspolizei des Departements Potosí"),
    S(MQ, "person", "seien", "Beide Fahrer seien unter den Toten", role="Leiter der Verkehrspolizei des Departements Potosí"),
    S(SE, "org", "teilte", "elf Schwerverletzte würden in Potosí behandelt, sechs in Oruro"),
    S(SE, "org", "nach Angaben der Behörde", "Unter den Verletzten sind nach Angaben der Behörde auch drei Kinder"),
    S("Potosí hospital", "org", "sagte", "die Zahl der Toten könne noch steigen"),
    S("Auswärtiges Amt", "org", "teilte", "es gebe bislang keine Hinweise auf deutsche Staatsangehörige unter den Opfern", denial=True),
    S("Bolivian traffic police", "org", "Nach Zahlen", "kamen im vergangenen Jahr landesweit mehr als 1.400 Menschen bei Verkehrsunfällen ums Leben"),
]
ALIASES = {
    Y: ["Ortschaft Yocalla", "Fernstraße zwischen Potosí und Oruro", "Potosí"],
    "Bolivia": ["Bolivien"],
    "Cochabamba": ["Departement Cochabamba"],
    MQ: ["Quispe", "Oberst Marcelo Quispe", "Verkehrspolizei des Departements Potosí"],
    SE: ["Sedes", "Gesundheitsamt Sedes", "regionale Gesundheitsamt Sedes"],
    "Potosí hospital": ["Krankenhaussprecher in Potosí", "Krankenhaus in Potosí"],
    "Auswärtiges Amt": ["Auswärtige Amt", "Auswärtiges Amt in Berlin"],
    "Bolivian traffic police": ["nationale Verkehrspolizei", "nationalen Verkehrspolizei"],
}
GOLD = {D: (claims, st)}
