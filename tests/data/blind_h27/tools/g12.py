from common import C, S, A
D = "r12_12_niger_tera"
MG = "Nigerien military government"
AR = "Niger army"
C(D, "17 Soldaten getötet", "killed", 17, 17, "exact", MG, "asserted", None, "Téra", actor=AR)
C(D, "21 weitere Soldaten seien verletzt worden", "wounded", 21, 21, "exact", MG, "asserted", "2026-09-15", "Téra", actor=AR,
  note="statement date 'am Dienstagabend'; not additional (other measure)")
C(D, "mehr als 60 Terroristen neutralisiert", "killed", 60, None, "at_least", MG, "asserted", None, "Téra", actor="ISSP")
C(D, "zwischen 40 und 50 Soldaten ums Leben gekommen", "killed", 40, 50, "range", "Tillabéri lawmaker", "asserted", "2026-09-16", "Téra", actor=AR,
  note="unnamed lawmaker: descriptive source, no statement")
C(D, "mehr als 200 Motorrädern", "equipment", 200, None, "at_least", "Tillabéri lawmaker", "asserted", None, "Téra", actor="ISSP", optional=True, note="motorbikes")
C(D, "73 getöteten Soldaten", "killed", 73, 73, "exact", "ISSP", "asserted", None, "Téra", actor=AR, note="IS claim via Amaq, denied by the ministry")
C(D, "vier gepanzerte Fahrzeuge erbeutet", "equipment", 4, 4, "exact", "ISSP", "asserted", None, "Téra", actor=AR)
C(D, "mehr als 1.100 Menschen bei Angriffen und Gefechten getötet", "killed", 1100, None, "at_least", "ACLED", "asserted", None, "Tillabéri", note="open total since the start of the year")
C(D, "rund 420.000 Menschen innerhalb des Landes vertrieben", "displaced", 420000, 420000, "about", "OCHA", "asserted", None, "Tillabéri")
C(D, "etwa 15.000 Menschen aus dem Departement Téra", "displaced", 15000, 15000, "about", "OCHA", "asserted", None, "Tillabéri", note="counted where they arrived (the town of Tillabéri)")
C(D, "auf eine halbe Million steigen", "displaced", 500000, 500000, "exact", "aid organisations", "possible", "2026", "Tillabéri", future=True)
C(D, "71 Soldaten getötet", "killed", 71, 71, "exact", None, "asserted", "2019-12", "Inates", actor=AR)

S(D, MG, "org", "nach Angaben", "indirect", "sind nach Angaben der Militärregierung 17 Soldaten getötet worden")
S(D, MG, "org", "hieß es", "indirect", "21 weitere Soldaten seien verletzt worden")
S(D, MG, "org", "habe", "indirect", "habe sich bereits am Montag ereignet")
S(D, MG, "org", "habe", "indirect", "Die Armee habe im Gegenzug \"mehr als 60 Terroristen neutralisiert\" und zahlreiche Motorräder zerstört")
S(D, "ISSP", "group", "sprach von", "indirect", "73 getöteten Soldaten")
S(D, "ISSP", "group", "hätten", "indirect", "Zudem hätten ihre Kämpfer vier gepanzerte Fahrzeuge erbeutet")
S(D, MG, "org", "wies", "indirect", "die Angaben als \"Lügen\" zurück", denial=True)
S(D, "ACLED", "org", "Nach Zählungen", "indirect", "wurden in der Region Tillabéri seit Jahresbeginn mehr als 1.100 Menschen bei Angriffen und Gefechten getötet")
S(D, "OCHA", "org", "Nach Zahlen", "indirect", "sind in Tillabéri inzwischen rund 420.000 Menschen innerhalb des Landes vertrieben")
S(D, "OCHA", "org", "demnach", "indirect", "Allein seit August flohen demnach etwa 15.000 Menschen aus dem Departement Téra in die Stadt Tillabéri")
S(D, "aid organisations", "group", "befürchten", "indirect", "dass die Zahl der Binnenvertriebenen in der Region bis Jahresende auf eine halbe Million steigen könnte")

A(MG, "Militärregierung", "nigrische Militärregierung", "Verteidigungsministerium", "Verteidigungsministeriums", "Junta", "Niger's junta", "Niger defence ministry")
A(AR, "nigrische Armee", "nigrischen Armee", "FAN", "Forces Armées Nigériennes")
A("ISSP", "Islamischer Staat in der Sahelprovinz", "Terrormiliz Islamischer Staat in der Sahelprovinz", "IS", "Islamic State", "Amaq", "Dschihadisten", "Islamischer Staat", "IS Sahel")
A("Tillabéri lawmaker", "Abgeordneter", "Ein Abgeordneter aus der Region", "lawmaker")
A("aid organisations", "Hilfsorganisationen")
A("Téra", "Tera", "Posten bei Téra", "Departement Téra")
A("Tillabéri", "Region Tillabéri", "Tillaberi", "Stadt Tillabéri")
A("Inates", "Stützpunkt Inates")
A("Abdourahamane Tiani", "Tiani")
