from common import C, S
DOC = "j19_18_tarifstreit"
# no-claim article: percentages, money, months, staff, share price
A = {
    "Verdi": ["Gewerkschaft Verdi", "ver.di"],
    "Sandra Bilgin": ["Bilgin", "Verdi-Verhandlungsführerin Sandra Bilgin"],
    "Hanseatic Logistik": ["Konzern", "Logistikkonzern Hanseatic Logistik"],
    "Jan-Hendrik Vos": ["Vos", "Personalvorstand Jan-Hendrik Vos"],
    "Clara Osterkamp": ["Osterkamp", "Berenberg-Analystin Clara Osterkamp"],
}
CLAIMS = []
P = "person"; O = "org"; B = "Sandra Bilgin"; V = "Jan-Hendrik Vos"
STATEMENTS = [
    S("Verdi", O, "erklärte", "die Verhandlungen am Donnerstagabend nach elf Stunden für gescheitert"),
    S("Verdi", O, "kündigte", "für die kommende Woche unbefristete Streiks an den Standorten Hamburg, Bremen und Duisburg an"),
    S(B, P, "sagte", "Das Angebot ist eine Provokation", mode="direct", role="Verdi-Verhandlungsführerin"),
    S("Verdi", O, "fordert", "eine Erhöhung der Löhne um 8,5 Prozent, mindestens aber 350 Euro im Monat"),
    S(V, P, "wies", "den Vorwurf zurück, das Unternehmen spiele auf Zeit", role="Personalvorstand", denial=True),
    S(V, P, "sagte", "Man habe sich \"deutlich bewegt\"", role="Personalvorstand"),
    S(V, P, "sei", "Mehr sei angesichts der Lage nicht drin", role="Personalvorstand"),
    S(V, P, "sei", "Der Umsatz sei im dritten Quartal um 6 Prozent auf 1,12 Milliarden Euro gesunken, die operative Marge liege nur noch bei 2,8 Prozent", role="Personalvorstand"),
    S(V, P, "koste", "Ein Streik koste das Unternehmen nach eigenen Berechnungen rund 4 Millionen Euro pro Tag", role="Personalvorstand"),
    S(B, P, "hielt", "der Konzern habe im vergangenen Jahr eine Dividende von 1,40 Euro je Aktie ausgeschüttet und dem Vorstand die Bezüge um 11 Prozent erhöht", role="Verdi-Verhandlungsführerin"),
    S(B, P, "hätten", "Die Beschäftigten hätten dagegen seit 2022 real fast 7 Prozent an Kaufkraft verloren", role="Verdi-Verhandlungsführerin"),
    S(B, P, None, "Wer bei den Vorständen nicht spart, kann bei den Lagerarbeitern nicht plötzlich sparen wollen.", mode="direct", role="Verdi-Verhandlungsführerin"),
    S("Clara Osterkamp", P, "schrieb", "Ein Streik von einer Woche würde das Ergebnis je Aktie um etwa 5 Cent drücken", role="Berenberg-Analystin"),
]
