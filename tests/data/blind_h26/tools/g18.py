from common import c, s, meta
D = "k11_18_condor_bilanz"
meta(D, "2026-03-19", "Reuters (deutscher Dienst)", note="no-claim article: money, percentages, passengers, aircraft, employees, years")
s(D, "Condor", "org", "mitteilte", "indirect", "Der Umsatz stieg 2025 um 8,4 Prozent auf 2,61 Milliarden Euro")
s(D, "Peter Gerber", "person", "sagte", "direct", "Wir haben operativ ein sehr gutes Jahr hinter uns, aber die Kosten für Treibstoff, Gebühren und Personal drücken auf die Marge", role="Vorstandschef")
s(D, "Peter Gerber", "person", "sei", "indirect", "Die Kerosinrechnung sei um rund 60 Millionen Euro gestiegen")
s(D, "Peter Gerber", "person", "belasteten", "indirect", "Zudem belasteten die Luftverkehrsteuer und höhere Flughafenentgelte das Ergebnis")
s(D, "Claudia Lenhardt", "person", "verwies", "indirect", "auf die Anlaufkosten für die neuen Airbus-Maschinen", role="Finanzchefin")
s(D, "Peter Gerber", "person", "sagte", "indirect", "Die Buchungen für den Sommer lägen derzeit rund sechs Prozent über dem Vorjahresniveau")
s(D, "Peter Gerber", "person", "schloss", "indirect", "Eine Rückkehr an die Börse schloss er für die nächsten zwei Jahre aus")
s(D, "Vereinigung Cockpit", "org", "fordert", "indirect", "zwölf Prozent mehr Gehalt")
