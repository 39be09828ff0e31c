from common import c, s, meta
D = "k11_12_gasaustritt_bochum"
meta(D, "2026-11-19", "Feuerwehr Bochum (ots)", note="fire brigade press release, own voice throughout")
L = "Bochum"
c(D, "146 Bewohner evakuiert", "displaced", 146, 146, "exact", loc=L, opt=True, note="headline restates the body")
c(D, "drei Personen im Krankenhaus", "wounded", 3, 3, "exact", loc=L, opt=True, note="headline restates the body")
c(D, "146 Bewohnerinnen und Bewohner", "displaced", 146, 146, "exact", loc=L, note="evacuated residents; the date is two sentences earlier")
c(D, "58 Wohnungen", "other", 58, 58, "exact", loc=L, opt=True, note="flats")
c(D, "darunter 31 Kinder", "displaced", 31, 31, "exact", loc=L, note="subset")
c(D, "Drei Bewohner klagten", "wounded", 3, 3, "exact", loc=L, note="gas symptoms, taken to hospital")
c(D, "Weitere 14 Personen", "wounded", 14, 14, "exact", loc=L, add=True, note="more people treated on top of the three")
c(D, "Ein Feuerwehrmann", "wounded", 1, 1, "exact", actor="fire brigade", loc=L, opt=True, note="count of one")
c(D, "87 Einsatzkräften", "troops", 87, 87, "exact", actor="fire brigade", loc=L, opt=True, note="fire/rescue deployment")
