from common import C, S
DOC = "j19_09_tacna"
# published Wednesday 2026-10-21; Dienstag = 2026-10-20; Wochenende = 2026-10-17/18
A = {
    "United Nations": ["Vereinte Nationen", "Vereinten Nationen", "UN"],
    "Federico Agusti": ["Agusti"],
    "UNHCR": ["UN-Flüchtlingshilfswerk UNHCR", "UN-Flüchtlingshilfswerk"],
    "Carlos Malaver": ["Malaver", "Perus Innenminister Carlos Malaver"],
    "RPP": ["Sender RPP"],
    "Peru": ["peruanisch"],
    "Chile": ["Chiles Regierung", "chilenische Regierung"],
    "Álvaro Elizalde": ["Elizalde", "Innenminister Álvaro Elizalde"],
    "Josué Gutiérrez": ["Gutiérrez", "Ombudsmann Josué Gutiérrez"],
    "La República": ["Zeitung \"La República\""],
    "Tacna authority sources": ["Behördenkreise in Tacna", "Behördenkreisen in Tacna"],
    "R4V": ["UN-Plattform R4V"],
    "Chacalluta": ["Grenzübergang Chacalluta", "Tacna"],
}
CH = "Chacalluta"; M = "Carlos Malaver"; AG = "Federico Agusti"
CLAIMS = [
    C("Hunderte Migranten", "displaced", 100, None, "at_least", loc=CH, optional=True),
    C("mehr als 1.200 Migranten", "displaced", 1200, None, "at_least", "United Nations", loc=CH),
    C("rund 300 Kinder", "displaced", 300, 300, "about", AG, loc=CH),
    C("Mindestens 40 Menschen", "other", 40, None, "at_least", AG, loc=CH, note="treated for hypothermia and exhaustion"),
    C("Ein älterer Mann sei am Wochenende gestorben", "killed", 1, 1, "exact", AG, time="2026-10", loc=CH, optional=True),
    C("mehr als 85.000 Venezolaner", "displaced", 85000, None, "at_least", M, loc="Peru", note="'Seit Jahresbeginn': open total"),
    C("500 zusätzliche Polizisten und Soldaten", "troops", 500, 500, "exact", M, cert="possible", future=True, actor="Peru", loc=CH, additional=True),
    C("rund 2.700 Menschen ausgewiesen", "displaced", 2700, 2700, "about", "Álvaro Elizalde", loc="Chile", note="'in diesem Jahr bereits': open total"),
    C("auf 2.000 anwachsen", "displaced", 2000, 2000, "exact", "Tacna authority sources", cert="possible", future=True, time="2026-10", loc=CH),
    C("fast acht Millionen Menschen", "displaced", 8000000, 8000000, "about", "R4V", note="spans countries"),
    C("rund 1,6 Millionen von ihnen leben in Peru", "displaced", 1600000, 1600000, "about", "R4V", loc="Peru"),
]
P = "person"; O = "org"
STATEMENTS = [
    S("United Nations", O, "nach Angaben", "An der Grenze zwischen Chile und Peru sitzen nach Angaben der Vereinten Nationen mehr als 1.200 Migranten fest"),
    S(AG, P, "sagte", "Es gibt kaum Wasser, keine Toiletten, und nachts wird es bitterkalt", mode="direct", role="Sprecher des UNHCR in Peru"),
    S(AG, P, "seien", "Unter den Gestrandeten seien rund 300 Kinder", role="Sprecher des UNHCR in Peru"),
    S(AG, P, "hätten", "Mindestens 40 Menschen hätten wegen Unterkühlung und Erschöpfung medizinisch behandelt werden müssen", role="Sprecher des UNHCR in Peru"),
    S(AG, P, "sei", "Ein älterer Mann sei am Wochenende gestorben", role="Sprecher des UNHCR in Peru"),
    S(M, P, "verteidigte", "verteidigte die Grenzschließung", role="Innenminister"),
    S(M, P, "sagte", "Sein Land könne \"nicht länger die Last der gesamten Region tragen\"", role="Innenminister"),
    S(M, P, "seien", "Seit Jahresbeginn seien mehr als 85.000 Venezolaner irregulär nach Peru eingereist", role="Innenminister"),
    S(M, P, "kündigte", "500 zusätzliche Polizisten und Soldaten an die Grenze zu schicken", role="Innenminister"),
    S("Chile", O, "wies", "wies jede Verantwortung zurück", denial=True),
    S("Álvaro Elizalde", P, "sagte", "Chile habe in diesem Jahr bereits rund 2.700 Menschen ausgewiesen und werde sich \"nicht erpressen lassen\"", role="Innenminister"),
    S("Álvaro Elizalde", P, "seien", "Die Migranten seien aus freiem Willen ausgereist", role="Innenminister"),
    S("Josué Gutiérrez", P, "forderte", "beide Regierungen auf, einen humanitären Korridor zu öffnen", role="Ombudsmann"),
    S("Josué Gutiérrez", P, "erklärte", "Die Lage sei \"unhaltbar\"", role="Ombudsmann"),
    S("La República", O, "berichtete", "die Zahl der Festsitzenden könne bis zum Wochenende auf 2.000 anwachsen, wenn keine Lösung gefunden werde"),
    S("R4V", O, "Nach Zahlen", "haben seit 2015 fast acht Millionen Menschen Venezuela verlassen, rund 1,6 Millionen von ihnen leben in Peru"),
]
