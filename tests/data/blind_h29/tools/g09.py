from common import C, S
D = "w14_09_karaganda"
SA, QK, RI, HD, EM = "Saran", "Qazkömir", "Ruslan Imankulow", "Karaganda health department", "Kazakh emergency ministry"
claims = [
    C("Mindestens 14 Bergleute sterben", "killed", 14, None, "at_least", loc=SA, optional=True, note="headline restates the body"),
    C("mindestens 14 Bergleute ums Leben gekommen", "killed", 14, None, "at_least", loc=SA, note="own voice; the ministry is named in the next sentence only"),
    C("Neun weitere Kumpel würden noch vermisst", "missing", 9, 9, "exact", EM, time="2026-10-22", loc=SA, note="'weitere' after the dead: not additional"),
    C("312 Arbeiter unter Tage", "other", 312, 312, "exact", QK, loc=SA, optional=True, note="people in the pit"),
    C("289 von ihnen", "other", 289, 289, "exact", QK, loc=SA, note="brought out / rescued"),
    C("17 Bergleute wurden mit Verbrennungen", "wounded", 17, 17, "exact", HD, loc=SA),
    C("vier davon in kritischem Zustand", "wounded", 4, 4, "exact", HD, loc=SA),
    C("Rund 160 Retter", "troops", 160, 160, "about", RI, loc=SA, actor="rescuers", optional=True, note="rescue deployment"),
    C("Drei leitende Angestellte des Bergwerks", "arrested", 3, 3, "exact", loc=SA),
    C("46 Bergleute", "killed", 46, 46, "exact", time="2023-10", loc="Kostenko mine"),
]
st = [
    S(EM, "org", "teilte", "Neun weitere Kumpel würden noch vermisst"),
    S(QK, "org", "nach Angaben des Betreibers", "befanden sich nach Angaben des Betreibers Qazkömir 312 Arbeiter unter Tage"),
    S(QK, "org", "hätten", "289 von ihnen hätten sich selbst in Sicherheit bringen können oder seien von Grubenwehren an die Oberfläche gebracht worden"),
    S(HD, "org", "mitteilte", "17 Bergleute wurden mit Verbrennungen und Rauchvergiftungen in Krankenhäuser in Saran und Karaganda eingeliefert, vier davon in kritischem Zustand"),
    S(RI, "person", "sagte", "In dem betroffenen Abschnitt seien nach der Explosion ein Brand und hohe Gaskonzentrationen gemessen worden", role="Vizeminister"),
    S(RI, "person", "seien", "Rund 160 Retter seien im Einsatz, sie arbeiteten in Schichten", role="Vizeminister"),
    S(RI, "person", "seien", 'Die Chancen, noch Überlebende zu finden, seien "äußerst gering"', role="Vizeminister"),
    S("Tengrinews", "org", "berichtete", "Messgeräte hätten bereits am Vorabend erhöhte Methanwerte angezeigt"),
    S("Tengrinews", "org", "sei", "Die Schicht sei trotzdem eingefahren"),
    S(QK, "org", "wies", "Alle Sicherheitsvorschriften seien eingehalten worden", denial=True),
    S("Kassym-Jomart Tokayev", "person", "ordnete", "eine Untersuchung an", role="Präsident"),
    S("Kassym-Jomart Tokayev", "person", "erklärte", "den Freitag zum nationalen Trauertag", role="Präsident"),
]
ALIASES = {
    SA: ["Grube Saranskaja", "Saranskaja", "Stadt Saran", "Saran, Karaganda", "Gebiet Karaganda", "Karaganda"],
    "Kostenko mine": ["Kostenko-Grube"],
    EM: ["Katastrophenschutzministerium", "kasachisches Katastrophenschutzministerium"],
    QK: ["Betreiber Qazkömir", "Betreiber"],
    HD: ["Gesundheitsamt der Region", "Gesundheitsamt"],
    RI: ["Imankulow", "Vizeminister Ruslan Imankulow"],
    "Tengrinews": ["Nachrichtenseite Tengrinews"],
    "Kassym-Jomart Tokayev": ["Kassym-Schomart Tokajew", "Tokajew", "Präsident Kassym-Schomart Tokajew"],
    "rescuers": ["Retter", "Grubenwehren"],
}
GOLD = {D: (claims, st)}
