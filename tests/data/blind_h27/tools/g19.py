from common import C, S, A
D = "r12_19_weihnachtsgeschaeft"
# no claims: money, percentages, years, companies surveyed
S(D, "HDE", "org", "erwartet", "indirect", "für November und Dezember einen Umsatz von 124,6 Milliarden Euro")
S(D, "HDE", "org", "mitteilte", "indirect", "Das wären nominal 1,4 Prozent mehr als im Vorjahr")
S(D, "HDE", "org", "entspreche", "indirect", "Preisbereinigt entspreche das einem Minus von etwa 0,6 Prozent")
S(D, "Alexander Rehm", "person", "sagte", "direct", "Die Kauflaune ist besser als im vergangenen Jahr, aber von Euphorie kann keine Rede sein", role="HDE-Präsident")
S(D, "HDE", "org", "nach einer Umfrage", "indirect", "301 Euro für Weihnachtsgeschenke ausgeben, sechs Euro mehr als 2025")
S(D, "HDE", "org", "seien", "indirect", "Besonders gefragt seien Gutscheine, Spielwaren und Bücher")
S(D, "Miriam Kessler", "person", "sagte", "direct", "Viele Menschen legen lieber etwas zurück, als es auszugeben", role="Volkswirtin")
A("HDE", "Handelsverband Deutschland", "Handelsverband Deutschland (HDE)", "Verband", "Verbands")
A("Alexander Rehm", "Rehm", "HDE-Präsident Alexander Rehm")
A("Miriam Kessler", "Kessler")
