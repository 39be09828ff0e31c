from common import c, s, meta
D = "k11_15_hepatitis_goerlitz"
meta(D, "2026-03-12", "Sächsische Zeitung")
L = "Görlitz district"
H = "Görlitz district health office"
c(D, "Zahl der Fälle steigt auf 23", "other", 23, 23, "exact", loc=L, opt=True, note="headline restates the body")
c(D, "inzwischen 23 Erkrankungen", "other", 23, 23, "exact", src=H, time="2026-03-11", loc=L, note="disease cases")
c(D, "15 Kinder im Alter", "other", 15, 15, "exact", src=H, loc=L, note="subset; 'demnach' carries the source")
c(D, "acht Erwachsene", "other", 8, 8, "exact", src=H, loc=L, note="subset")
c(D, "drei Erzieherinnen", "other", 3, 3, "exact", src=H, loc=L, note="subset")
c(D, "fünf Eltern", "other", 5, 5, "exact", src=H, loc=L, note="subset")
c(D, "Drei Erkrankte", "other", 3, 3, "exact", src=H, loc=L, note="hospitalised patients; 'nach Angaben der Behörde' in the same sentence")
c(D, "auf bis zu 40", "other", None, 40, "at_most", src="Sabine Krautz", cert="possible", fut=True, loc=L)
c(D, "rund 640 Menschen geimpft", "other", 640, 640, "about", time="2026-03-10", loc=L, opt=True, note="vaccinated people")
c(D, "knapp 1.200 Hepatitis-A-Fälle", "other", 1200, 1200, "about", src="RKI", time="2025", loc="Germany")
c(D, "In Sachsen waren es 61", "other", 61, 61, "exact", loc="Saxony", note="elliptical, no marker: source and time null by the own-sentence rule")

s(D, H, "org", "mitteilte", "indirect", "Das Gesundheitsamt hat inzwischen 23 Erkrankungen bestätigt")
s(D, H, "org", "demnach", "indirect", "Betroffen sind demnach 15 Kinder im Alter von zwei bis sechs Jahren sowie acht Erwachsene")
s(D, H, "org", "nach Angaben", "indirect", "Lebensgefahr besteht nach Angaben der Behörde bei keinem von ihnen")
s(D, "Sabine Krautz", "person", "geht", "indirect", "dass das Virus über ein Familienfest übertragen wurde", role="Amtsärztin")
s(D, "Sabine Krautz", "person", "sagte", "direct", "Hepatitis A ist hoch ansteckend, und Kinder haben oft kaum Symptome, können das Virus aber weitergeben")
s(D, "Sabine Krautz", "person", "rechne", "indirect", "dass die Zahl der Fälle in den kommenden Wochen noch auf bis zu 40 steigen könne, weil die Inkubationszeit bis zu 50 Tage betrage")
s(D, "RKI", "org", "Nach Angaben", "indirect", "wurden in Deutschland im vergangenen Jahr knapp 1.200 Hepatitis-A-Fälle gemeldet")
s(D, "Kreiselternrat", "org", "forderte", "indirect", "mehr Informationen")
s(D, "Kerstin Wendler", "person", "sagte", "direct", "Viele Eltern sind verunsichert und erfahren von Fällen nur über Whatsapp-Gruppen", role="Vorsitzende")
