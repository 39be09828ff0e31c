from common import c, s, meta
D = "k11_20_museum_bremerhaven"
meta(D, "2026-01-08", "Nordsee-Zeitung", note="no-claim article: visitors, school groups, money, percentages, years")
s(D, "Katrin Overbeck", "person", "sagte", "indirect", "Insgesamt kamen 214.600 Menschen in das Haus am Alten Hafen", role="Direktorin")
s(D, "Katrin Overbeck", "person", "sagte", "direct", "Die Kogge ist unser Herzstück, und die Menschen haben sie vermisst")
s(D, "DSM", "org", "nach Angaben", "indirect", "Etwa jeder vierte Besucher kam nach Angaben des Museums von außerhalb Bremens und Niedersachsens")
s(D, "Jan-Hendrik Brüning", "person", "bezifferte", "indirect", "die Einnahmen aus Eintrittsgeldern auf 1,9 Millionen Euro", role="Verwaltungsdirektor des Museums")
s(D, "Katrin Overbeck", "person", "rechnet", "indirect", "trotz des Rekords nicht mit einem weiteren Anstieg")
s(D, "Katrin Overbeck", "person", "sagte", "direct", "Wenn wir das Niveau halten, bin ich hochzufrieden")
