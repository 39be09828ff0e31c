from common import c, s, meta
D = "k11_19_abstimmung_luzern"
meta(D, "2026-09-27", "SRF / Luzerner Zeitung", note="no-claim article: votes, percentages, money, years, municipalities")
s(D, "Fabian Peter", "person", "sagte", "direct", "Das ist ein wichtiges Signal nach Bern, dass die Zentralschweiz hinter diesem Jahrhundertprojekt steht", role="Regierungsrat, Vorsteher des Bau-, Umwelt- und Wirtschaftsdepartements")
s(D, "Fabian Peter", "person", "müsse", "indirect", "Der Bund müsse nun die restlichen rund 3,2 Milliarden Franken im nächsten Ausbauschritt für die Bahninfrastruktur freigeben")
s(D, "referendum committee", "group", "gewarnt", "indirect", "vor einem finanziellen Risiko für den Kanton")
s(D, "Martina Bucher", "person", "sagte", "indirect", "das Resultat sei \"kein Blankoscheck\"", role="Komitee-Sprecherin")
s(D, "Martina Bucher", "person", "werde", "indirect", "Man werde genau beobachten, ob der Bund seine Zusagen einhalte")
