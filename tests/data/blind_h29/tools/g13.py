from common import C, S
D = "w14_13_a31_nebel"
M, JS = "Meppen", "Jannik Schepers"
claims = [
    C("Zahl der Toten steigt auf drei", "killed", 3, 3, "exact", loc=M, note="headline: the total of three is stated nowhere else as a number -> required"),
    C("ein weiterer Verletzter gestorben", "killed", 1, 1, "exact", loc=M, optional=True, additional=True, note="count of one"),
    C("Der 78 Jahre alte Mann aus dem Kreis Steinfurt", "killed", 1, 1, "exact", "police", time="2026-11-17", loc=M, optional=True, note="count of one"),
    C("38 Fahrzeuge", "other", 38, 38, "exact", "police", time="2026-11-16", loc=M, optional=True, note="vehicles"),
    C("darunter vier Lastwagen", "other", 4, 4, "exact", "police", time="2026-11-16", loc=M, optional=True, note="vehicles"),
    C("Zwei Autofahrer", "killed", 2, 2, "exact", loc=M, note="own voice, no date in the sentence"),
    C("27 Menschen verletzt", "wounded", 27, 27, "exact", "police", loc=M),
    C("sechs von ihnen schwer", "wounded", 6, 6, "exact", "police", loc=M),
    C("rund 220 Kräften", "troops", 220, 220, "about", loc=M, actor="rescuers", optional=True, note="rescue deployment"),
    C("drei Rettungshubschrauber", "equipment", 3, 3, "exact", loc=M, optional=True, note="rescue helicopters"),
    C("mehr als 20 Fahrzeugen", "other", 20, None, "at_least", time="2019-11", loc="Emsland", optional=True, note="vehicles"),
    C("elf Menschen verletzt", "wounded", 11, 11, "exact", time="2019-11", loc="Emsland"),
]
st = [
    S("police", "org", "mitteilte", "Der 78 Jahre alte Mann aus dem Kreis Steinfurt erlag in der Nacht zu Dienstag im Krankenhaus Lingen seinen schweren Kopfverletzungen"),
    S("police", "org", "nach Polizeiangaben", "zwischen den Anschlussstellen Meppen und Geeste in Fahrtrichtung Süden nach Polizeiangaben 38 Fahrzeuge ineinander gefahren, darunter vier Lastwagen"),
    S(JS, "person", "sagte", "Die Sichtweite habe stellenweise unter 50 Metern gelegen", role="Polizeisprecher"),
    S("police", "org", "nach der vorläufigen Bilanz", "Insgesamt wurden nach der vorläufigen Bilanz der Polizei 27 Menschen verletzt, sechs von ihnen schwer"),
    S("police", "org", "schätzt", "Den Sachschaden schätzt die Polizei auf mehr als 1,2 Millionen Euro"),
    S(JS, "person", "sagte", "Nach ersten Erkenntnissen seien viele Fahrer trotz des Nebels deutlich zu schnell unterwegs gewesen", role="Polizeisprecher"),
    S(JS, "person", None, "Wer bei 50 Metern Sicht mit 120 fährt, hat keine Chance.", mode="direct", role="Polizeisprecher"),
]
ALIASES = {
    M: ["A 31", "Autobahn 31", "A 31 bei Meppen", "Geeste", "Meppen, Emsland"],
    "Emsland": ["Abschnitt der A 31 im Emsland", "Landkreis Emsland"],
    JS: ["Schepers", "Polizeisprecher Jannik Schepers"],
    "police": ["Polizeiinspektion Emsland/Grafschaft Bentheim"],
    "rescuers": ["Rettungsdienst", "Technisches Hilfswerk", "Kräfte"],
}
GOLD = {D: (claims, st)}
