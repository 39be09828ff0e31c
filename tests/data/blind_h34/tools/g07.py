from common import C, S
DOC = "j19_07_vadodara"
# published Thursday 2026-10-29; Mittwoch = 2026-10-28
A = {
    "authorities": ["Behörden", "Behördenangaben"],
    "Anupam Singh Gahlaut": ["Gahlaut", "Polizeichef des Bezirks"],
    "SSG Hospital": ["SSG-Krankenhaus", "staatliche SSG-Krankenhaus in Vadodara", "Krankenhaus"],
    "Ranjan Iyer": ["Iyer", "Dr. Ranjan Iyer", "Chefarzt Dr. Ranjan Iyer"],
    "Vadodara district administration": ["Bezirksverwaltung"],
    "Narmada Agrochem": ["Pflanzenschutzmittelhersteller Narmada Agrochem"],
    "investigators": ["Ermittlerkreise", "Ermittlerkreisen", "Ermittler"],
    "PTI": ["Nachrichtenagentur PTI", "Press Trust of India"],
    "Bhupendra Patel": ["Patel", "Gujarats Ministerpräsident Bhupendra Patel"],
    "IndustriALL Global Union": ["Industriall Global Union", "IndustriALL"],
    "Vadodara": ["Industriegebiet von Vadodara", "Gujarat"],
    "Bhopal": [],
    "India": ["Indien"],
}
V = "Vadodara"; H = "SSG Hospital"
CLAIMS = [
    C("Neun Arbeiter tot", "killed", 9, 9, "exact", loc=V, optional=True, note="headline restates the body"),
    C("neun Arbeiter ums Leben gekommen", "killed", 9, 9, "exact", "authorities", loc=V),
    C("Mehr als 70 Menschen hätten Atembeschwerden erlitten", "wounded", 70, None, "at_least", "Anupam Singh Gahlaut", loc=V),
    C("46 Patienten in Behandlung", "wounded", 46, 46, "exact", H, time="2026-10-29", loc=V),
    C("elf davon auf der Intensivstation", "wounded", 11, 11, "exact", H, time="2026-10-29", loc=V),
    C("Zwei weitere Arbeiter würden noch vermisst", "missing", 2, 2, "exact", H, loc=V, note="'weitere' after the dead: other people, not additional"),
    C("Rund 2.500 Bewohner", "displaced", 2500, 2500, "about", "Vadodara district administration", loc=V),
    C("zwei leitende Angestellte", "arrested", 2, 2, "exact", "investigators", loc=V, note="PTI citing investigators"),
    C("Tausende Menschen starben", "killed", 1000, None, "at_least", time="1984", loc="Bhopal", optional=True),
    C("mindestens 130 Beschäftigte", "killed", 130, None, "at_least", "IndustriALL Global Union", time="2025", loc="India"),
]
P = "person"; O = "org"; NA = "Narmada Agrochem"
STATEMENTS = [
    S("Anupam Singh Gahlaut", P, "sagte", "In einem Werk des Pflanzenschutzmittelherstellers Narmada Agrochem im Industriegebiet von Vadodara sei in der Nacht zu Mittwoch Chlorgas aus einem beschädigten Tank ausgetreten", role="Polizeichef des Bezirks"),
    S("Anupam Singh Gahlaut", P, "hätten", "Mehr als 70 Menschen hätten Atembeschwerden erlitten, darunter Anwohner eines nahe gelegenen Dorfes", role="Polizeichef des Bezirks"),
    S(H, O, "meldete", "am Donnerstag 46 Patienten in Behandlung, elf davon auf der Intensivstation"),
    S("Ranjan Iyer", P, "sagte", "Einige von ihnen werden bleibende Lungenschäden davontragen", mode="direct", role="Chefarzt"),
    S(H, O, "hieß es", "Zwei weitere Arbeiter würden noch vermisst"),
    S(H, O, "befürchte", "Man befürchte, dass sie sich zum Zeitpunkt des Austritts in der Nähe des Tanks aufgehalten hätten"),
    S("Vadodara district administration", O, "nach Angaben", "Rund 2.500 Bewohner umliegender Siedlungen wurden nach Angaben der Bezirksverwaltung vorsorglich in Sicherheit gebracht"),
    S(NA, O, "wies", "Vorwürfe zurück, es habe Sicherheitsvorschriften missachtet", denial=True),
    S(NA, O, "teilte", "Unsere Anlagen wurden zuletzt im August von den Behörden geprüft und nicht beanstandet", mode="direct"),
    S(NA, O, "sei", "Die Ursache des Lecks sei noch unklar"),
    S(NA, O, "arbeite", "Man arbeite eng mit den Ermittlern zusammen"),
    S("PTI", O, "berichtete", "Die Polizei nahm zwei leitende Angestellte des Werks fest"),
    S("PTI", O, "werde", "Gegen sie werde wegen fahrlässiger Tötung ermittelt"),
    S("Bhupendra Patel", P, "kündigte", "eine Entschädigung von 400.000 Rupien für die Familien jedes Todesopfers an", role="Ministerpräsident"),
    S("IndustriALL Global Union", O, "Nach Zahlen", "kamen allein im vergangenen Jahr mindestens 130 Beschäftigte bei Unfällen in indischen Chemiebetrieben ums Leben"),
]
