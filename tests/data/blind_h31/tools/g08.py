from common import C, S
D = "u16_08_faehrbrand"
CA, PCG, JT, SPL, MD, HO = "Calapan", "Philippine Coast Guard", "Jonathan Tarrayo", "Starlite Pacific Lines", "Marites Dumalag", "Oriental Mindoro health office"
claims = [
    C("auf 17 gestiegen", "killed", 17, 17, "exact", loc=CA, note="own voice; off the port of Calapan"),
    C("fünf weitere Leichen", "killed", 5, 5, "exact", PCG, time="2026-11-11", loc=CA, additional=True),
    C("elf Menschen vermisst", "missing", 11, 11, "exact", PCG, loc=CA),
    C("212 Passagiere und Besatzungsmitglieder seien gerettet", "other", 212, 212, "exact", PCG, loc=CA, note="rescued"),
    C("darunter 31 Kinder", "other", 31, 31, "exact", PCG, loc=CA),
    C("198 Namen", "other", 198, 198, "exact", SPL, loc=CA, optional=True, note="passenger list"),
    C("mehr als 240 Menschen an Bord", "other", 240, None, "at_least", JT, loc=CA, optional=True, note="people on board"),
    C("Dutzende Fahrgäste ohne Ticket", "other", 12, None, "at_least", JT, loc=CA, optional=True, note="vague plural"),
    C("nur zwei Rettungsboote", "other", 2, 2, "exact", MD, loc=CA, optional=True, note="lifeboats"),
    C("Dutzende Menschen aus dem Wasser", "other", 12, None, "at_least", MD, loc=CA, optional=True, note="rescued by fishermen, vague plural"),
    C("für 350 Passagiere", "other", 350, 350, "exact", SPL, optional=True, note="capacity"),
    C("alle vier weiteren Fähren", "equipment", 4, 4, "exact", "Marina", optional=True, note="ferries"),
    C("45 Verletzte", "wounded", 45, 45, "exact", HO, loc=CA),
    C("Acht von ihnen seien in kritischem Zustand", "wounded", 8, 8, "exact", HO, loc=CA),
    C("drei Schiffe der Küstenwache", "equipment", 3, 3, "exact", loc=CA, actor=PCG, optional=True, note="search vessels"),
    C("ein Flugzeug der Marine", "equipment", 1, 1, "exact", loc=CA, optional=True, note="count of one"),
    C("31 Menschen ums Leben", "killed", 31, 31, "exact", time="2023-03", loc="Basilan"),
]
st = [
    S(PCG, "org", "teilte", "Taucher hätten am Mittwoch fünf weitere Leichen im ausgebrannten Unterdeck geborgen"),
    S(PCG, "org", "würden", "Noch immer würden elf Menschen vermisst"),
    S(PCG, "org", "seien", "212 Passagiere und Besatzungsmitglieder seien gerettet worden, darunter 31 Kinder"),
    S(SPL, "org", "nach Angaben", "Auf der Passagierliste standen nach Angaben der Reederei 198 Namen"),
    S(JT, "person", "sagte", "tatsächlich seien aber mehr als 240 Menschen an Bord gewesen", role="Sprecher der Küstenwache"),
    S(JT, "person", "würden", "Kinder unter drei Jahren würden auf den Listen nicht erfasst, zudem hätten offenbar Dutzende Fahrgäste ohne Ticket an Bord gekauft", role="Sprecher der Küstenwache"),
    S("survivors", "group", "schilderten", "Überlebende schilderten chaotische Szenen"),
    S(MD, "person", "berichtete", "Viele Passagiere hätten im Schlaf überrascht die Schwimmwesten nicht gefunden und seien in Panik ins Meer gesprungen"),
    S(MD, "person", None, "Es gab nur zwei Rettungsboote, und eines davon ließ sich nicht zu Wasser lassen", mode="direct"),
    S(MD, "person", "hätten", "Fischer aus den umliegenden Dörfern hätten mit ihren Booten Dutzende Menschen aus dem Wasser gezogen"),
    S(SPL, "org", "erklärte", "die Fähre sei im Juni gewartet und von der Schifffahrtsbehörde Marina für 350 Passagiere zugelassen worden"),
    S(SPL, "org", "arbeite", 'Man arbeite "vollständig" mit den Ermittlern zusammen'),
    S("Marina", "org", "ordnete", "alle vier weiteren Fähren des Unternehmens bis zum Abschluss der Untersuchung im Hafen zu lassen"),
    S(HO, "org", "mitteilte", "45 Verletzte wurden in Krankenhäuser in Calapan gebracht, die meisten mit Brandwunden und Rauchvergiftungen"),
    S(HO, "org", "seien", "Acht von ihnen seien in kritischem Zustand"),
]
GOLD = {D: (claims, st)}
