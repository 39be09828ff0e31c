from common import S
GOLD = {
    "m13_17_handball": ([], [
        S("Sven Hartwig", "person", "sagte", "Danach haben wir die Räume eng gemacht und endlich unser Tempospiel aufziehen können", mode="direct", role="Trainer"),
        S("Arne Lindemann", "person", "sagte", "Wir haben allein in der zweiten Halbzeit sechs freie Bälle am Kreis vergeben", mode="direct", role="BHC-Trainer"),
        S("ThSV Eisenach", "org", "nach Vereinsangaben", "die Halle mit 3.100 Plätzen ist nach Vereinsangaben seit Wochen ausverkauft"),
    ]),
    "m13_18_baufuchs": ([], [
        S("Baufuchs", "org", "mitteilte", "Der Umsatz stieg im Vergleich zum Vorjahreszeitraum um 3,4 Prozent auf 2,18 Milliarden Euro"),
        S("analysts", "group", "gerechnet", "Analysten hatten im Schnitt mit 91 Millionen Euro gerechnet"),
        S("Sabine Leutner", "person", "sagte", "Wir haben unsere Hausaufgaben gemacht und die Kosten im Griff", mode="direct", role="Vorstandschefin"),
        S("Baufuchs", "org", "bestätigte", "Der Umsatz soll um zwei bis vier Prozent wachsen, das bereinigte Ebit zwischen 175 und 190 Millionen Euro liegen"),
        S("Jörg Hammes", "person", "verwies", "auf Risiken durch die Zurückhaltung der Verbraucher und steigende Lohnkosten", role="Finanzvorstand"),
    ]),
    "m13_19_stichwahl_landshut": ([], [
        S("Katrin Hofbauer", "person", "sagte", "Ich freue mich riesig und bin allen dankbar, die mir ihr Vertrauen geschenkt haben", mode="direct", role="Grünen-Politikerin"),
        S("Katrin Hofbauer", "person", "wolle", 'Sie wolle "Oberbürgermeisterin für alle Landshuterinnen und Landshuter" sein', role="Grünen-Politikerin"),
        S("Katrin Hofbauer", "person", "kündigte", "einen Neustart beim umstrittenen Bau der Westtangente und ein Programm für 500 geförderte Wohnungen bis 2032", role="Grünen-Politikerin"),
        S("Florian Weigl", "person", "sagte", "Die Bürger haben entschieden, das respektiere ich", mode="direct", role="CSU-Stadtrat"),
        S("Florian Weigl", "person", "bleibe", 'Die CSU bleibe mit 14 von 44 Sitzen stärkste Fraktion im Stadtrat und werde "konstruktiv, aber kritisch" mitarbeiten', role="CSU-Stadtrat"),
    ]),
    "m13_20_buchbasel": ([], [
        S("organisers", "group", "Nach Angaben", "kamen an den vier Festivaltagen rund 21.500 Besucherinnen und Besucher zu den Lesungen und Gesprächen"),
        S("BuchBasel", "org", "nach Angaben", "Besonders gefragt waren nach Angaben des Festivals die Abende im Literaturhaus"),
        S("Johanna Prader", "person", "sagte", "Das Buch ist lebendiger, als es die Kulturpessimisten wahrhaben wollen", mode="direct", role="Festivalleiterin"),
        S("Johanna Prader", "person", "sei", "Der Anteil der Besucher unter 30 Jahren sei auf 37 Prozent gestiegen", role="Festivalleiterin"),
        S("Thomas Reisinger", "person", "verwies", "auf die stabile Lage der Branche", role="Präsident des Schweizer Buchhändler- und Verleger-Verbands"),
        S("publisher", "org", "nach Verlagsangaben", "Das Buch hat sich nach Verlagsangaben bereits mehr als 15.000 Mal verkauft"),
    ]),
}
