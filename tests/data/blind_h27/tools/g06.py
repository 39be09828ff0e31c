from common import C, S, A
D = "r12_06_fw_bielefeld"
L = "Bielefeld"
C(D, "2 Verletzte", "wounded", 2, 2, "exact", None, "asserted", None, L, note="headline total; the body lists the two injured one by one")
C(D, "14 Personen über Drehleitern", "other", 14, 14, "exact", None, "asserted", None, L, optional=True, note="headline restates rescued")
C(D, "Insgesamt 14 Bewohner", "other", 14, 14, "exact", None, "asserted", None, L, note="rescued")
C(D, "darunter 3 Kinder", "other", 3, 3, "exact", None, "asserted", None, L, note="rescued subset")
C(D, "Eine 71-jährige Bewohnerin", "wounded", 1, 1, "exact", None, "asserted", None, L, optional=True, note="count of one")
C(D, "Ein Feuerwehrmann verletzte sich", "wounded", 1, 1, "exact", None, "asserted", None, L, actor="fire brigade", optional=True, note="count of one")
C(D, "9 weitere Bewohner", "other", 9, 9, "exact", None, "asserted", None, L, optional=True, note="checked by paramedics, not injured")
C(D, "4 weitere Wohnungen", "other", 4, 4, "exact", None, "asserted", None, L, optional=True, note="flats")
C(D, "Die 11 betroffenen Bewohner", "displaced", 11, 11, "exact", None, "asserted", None, L, note="residents who cannot return home")
C(D, "über 2 Drehleitern", "equipment", 2, 2, "exact", None, "asserted", None, L, actor="fire brigade", optional=True, note="turntable ladders")
C(D, "4 RTW", "equipment", 4, 4, "exact", None, "asserted", None, L, actor="rescuers", optional=True, note="ambulances")
C(D, "ca. 65 Einsatzkräfte", "troops", 65, 65, "about", None, "asserted", None, L, actor="rescuers", optional=True, note="fire and rescue deployment")
A("Bielefeld", "Bielefeld-Sieker", "Sieker", "Otto-Brenner-Straße")
A("fire brigade", "Feuerwehr", "Feuerwehr Bielefeld", "Berufsfeuerwehr", "Feuerwehrleute", "Feuerwehrmann")
A("rescuers", "Einsatzkräfte", "Rettungskräfte", "Helfer")
