from common import C, S
DOC = "j19_13_stgallen"
# published Monday 2026-10-19; Sonntag = 2026-10-18
A = {
    "police": ["Kantonspolizei St. Gallen", "Kantonspolizei"],
    "Hanspeter Krüsi": ["Krüsi", "Polizeisprecher Hanspeter Krüsi"],
    "FC Zürich": ["Verein"],
    "Ancillo Canepa": ["Canepa", "Präsident Ancillo Canepa"],
    "Fanarbeit Zürich": ["Fanarbeit"],
    "Sonja Lüthi": ["Lüthi", "St. Galler Sicherheitsdirektorin Sonja Lüthi", "Sicherheitsdirektorin"],
    "St. Gallen": ["Kybunpark"],
}
SG = "St. Gallen"; K = "Hanspeter Krüsi"
CLAIMS = [
    C("St. Gallen: 26 Festnahmen", "arrested", 26, 26, "exact", loc=SG, optional=True, note="headline restates the body"),
    C("nahm 26 Personen fest", "arrested", 26, 26, "exact", "police", time="2026-10-19", loc=SG, note="statement date in the sentence (convention)"),
    C("Acht Polizisten seien verletzt worden", "wounded", 8, 8, "exact", "police", actor="police", loc=SG),
    C("einer von ihnen musste im Spital", "wounded", 1, 1, "exact", "police", actor="police", loc=SG, optional=True),
    C("rund 150 vermummte Anhänger", "other", 150, 150, "about", K, loc=SG, optional=True, note="crowd of rioters"),
    C("Auch vier Fans seien verletzt worden", "wounded", 4, 4, "exact", K, loc=SG),
    C("22 Männer", "arrested", 22, 22, "exact", None, loc=SG, note="own voice"),
    C("vier Frauen", "arrested", 4, 4, "exact", None, loc=SG),
    C("gut 300 Polizistinnen und Polizisten", "troops", 300, None, "at_least", "Sonja Lüthi", actor="police", time="2026-10-18", loc=SG, optional=True),
]
P = "person"; O = "org"; R = "Polizeisprecher"
STATEMENTS = [
    S("police", O, "mitteilte", "Die Kantonspolizei St. Gallen nahm 26 Personen fest"),
    S("police", O, "seien", "Acht Polizisten seien verletzt worden, einer von ihnen musste im Spital behandelt werden"),
    S(K, P, "Gemäss", "hatten rund 150 vermummte Anhänger der Gästemannschaft nach Spielende versucht, zum Sektor der Heimfans vorzudringen", role=R),
    S(K, P, "hätten", "Sie hätten Pyrotechnik und Flaschen auf die Einsatzkräfte geworfen", role=R),
    S(K, P, "habe", "Die Polizei habe Gummischrot und Reizstoff eingesetzt", role=R),
    S(K, P, "seien", "Auch vier Fans seien verletzt worden", role=R),
    S(K, P, "sei", "Wie viele Menschen insgesamt Reizstoff abbekamen, sei nicht bekannt", role=R),
    S("FC Zürich", O, "distanzierte", "distanzierte sich von den Ausschreitungen"),
    S("Ancillo Canepa", P, "sagte", "Gewalt hat im Fussball nichts zu suchen", mode="direct", role="Präsident"),
    S("Ancillo Canepa", P, "werde", "Der Verein werde die Behörden bei der Identifizierung der Täter unterstützen", role="Präsident"),
    S("Fanarbeit Zürich", O, "kritisierte", "das Vorgehen der Polizei als \"unverhältnismässig\""),
    S("Fanarbeit Zürich", O, "seien", "Es seien auch unbeteiligte Familien von Gummischrot getroffen worden"),
    S("police", O, "wies", "wies das zurück", denial=True),
    S(K, P, "sagte", "Der Einsatz sei \"angemessen und nötig\" gewesen", role=R),
    S("Sonja Lüthi", P, "kündigte", "beim nächsten Risikospiel die Zahl der Einsatzkräfte zu erhöhen", role="Sicherheitsdirektorin"),
    S("Sonja Lüthi", P, "nach ihren Angaben", "Am Sonntag waren nach ihren Angaben gut 300 Polizistinnen und Polizisten aus mehreren Kantonen im Einsatz", role="Sicherheitsdirektorin"),
]
