from common import c, s, meta
D = "k11_16_prozess_buehne_innsbruck"
meta(D, "2026-06-17", "Der Standard (APA)", note="no dateline besides 'Innsbruck -'; trial opened on Tuesday 2026-06-16 over the 2024-08-17 collapse")
L = "Schwaz"
P = "Innsbruck prosecutor's office"
c(D, "drei Angeklagte", "other", 3, 3, "exact", loc="Innsbruck", opt=True, note="defendants")
c(D, "Zwei Menschen, eine 24-jährige Frau", "killed", 2, 2, "exact", loc=L, note="the date is in the previous sentence")
c(D, "31 Besucher Verletzungen", "wounded", 31, 31, "exact", src=P, loc=L, note="'Laut Anklage'")
c(D, "sieben von ihnen schwere", "wounded", 7, 7, "exact", src=P, loc=L, note="subset")
c(D, "von 27 Verletzten", "wounded", 27, 27, "exact", src="police", loc=L, note="the police's first count, superseded")
c(D, "etwa 1.900 Besucher", "other", 1900, 1900, "about", src="Florian Eberharter", loc=L, opt=True, note="crowd")

s(D, P, "org", "wirft", "indirect", "dem 58-jährigen Obmann des veranstaltenden Vereins, dem 46-jährigen Geschäftsführer einer Bühnenbaufirma und einem 33-jährigen Techniker fahrlässige Tötung und grob fahrlässige Körperverletzung vor")
s(D, "defendants", "group", "bekannten", "indirect", "Alle drei bekannten sich nicht schuldig", denial=True)
s(D, P, "org", "Laut", "indirect", "Laut Anklage erlitten 31 Besucher Verletzungen, sieben von ihnen schwere")
s(D, "police", "org", "gesprochen", "indirect", "Unmittelbar nach dem Unglück hatte die Polizei noch von 27 Verletzten gesprochen")
s(D, "Florian Eberharter", "person", "sagte", "indirect", "die Bühne sei nur für Windgeschwindigkeiten bis 72 Kilometer pro Stunde zugelassen gewesen", role="Staatsanwalt")
s(D, "Florian Eberharter", "person", "sei", "indirect", "Die Unwetterwarnung der Geosphere Austria sei rund 40 Minuten vor dem Einsturz eingegangen, das Konzert aber nicht unterbrochen worden")
s(D, "Florian Eberharter", "person", "sagte", "direct", "Man hätte die ersten Reihen räumen müssen")
s(D, "Florian Eberharter", "person", "hätten", "indirect", "Zum Zeitpunkt des Unglücks hätten sich etwa 1.900 Besucher auf dem Festgelände aufgehalten")
s(D, "defence", "group", "wies", "indirect", "wies die Vorwürfe zurück", denial=True)
s(D, "Markus Höllwarth", "person", "sprach", "indirect", "von einer \"nicht vorhersehbaren Fallböe\"", role="Anwalt des Obmanns")
s(D, "Markus Höllwarth", "person", "habe", "indirect", "Nach einem von der Verteidigung in Auftrag gegebenen Gutachten habe der Wind an der Bühne Spitzen von mehr als 110 Kilometern pro Stunde erreicht")
s(D, "Markus Höllwarth", "person", "habe", "indirect", "Sein Mandant habe sich auf die Angaben der Bühnenbaufirma verlassen")
