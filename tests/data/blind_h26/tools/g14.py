from common import c, s, meta
D = "k11_14_autobrand_nuernberg"
meta(D, "2026-09-10", "Polizeipräsidium Mittelfranken (ots)", note="police press release, own voice throughout")
L = "Nuremberg"
c(D, "Nürnberg - Zwei Tatverdächtige festgenommen", "arrested", 2, 2, "exact", loc=L, opt=True, note="headline restates the body")
c(D, "Kriminalpolizei zwei Tatverdächtige festgenommen", "arrested", 2, 2, "exact", loc=L)
c(D, "23 Brandstiftungen", "other", 23, 23, "exact", loc=L, opt=True, note="count of arsons")
c(D, "31 Fahrzeuge", "other", 31, 31, "exact", loc=L, opt=True, note="vehicles")
c(D, "19 Bewohner in Sicherheit", "displaced", 19, 19, "exact", loc=L, note="evacuated residents; 'damals': the date is in the previous sentence")
c(D, "zwei von ihnen erlitten leichte Rauchgasvergiftungen", "wounded", 2, 2, "exact", loc=L)
c(D, "bis zu 20 Beamtinnen und Beamte", "troops", None, 20, "at_most", actor="police", loc=L, opt=True, note="investigation team")
c(D, "Ein dritter Mann", "arrested", 1, 1, "exact", loc=L, opt=True, note="count of one, held temporarily")
c(D, "Brandstiftung in 23 Fällen", "other", 23, 23, "exact", loc=L, opt=True, note="count inside a charge")
