"""Statements of the four no-claim articles (no claims by design)."""
from common import S
BH, TWz = "Bernd Hofstätter", "Thomas Weinzierl"
AB, KW, JH, MA = "Annette Brunnhuber", "Katrin Wolff", "Jörg Hellwig", "Mirjam Aebi"
GOLD = {
    "w14_17_fussball_sturm": ([], [
        S(BH, "person", "sagte", "Wir haben in der ersten Hälfte zu viel quergespielt, nach der Pause waren wir mutiger", mode="direct", role="Trainer"),
        S(TWz, "person", "haderte", "mit der Schlussphase", role="LASK-Coach"),
        S(TWz, "person", "habe", 'Seine Mannschaft habe nach dem Ausgleich "den Kopf verloren"', role="LASK-Coach"),
    ]),
    "w14_18_quartal_hallberg": ([], [
        S("Hallberg", "org", "teilte", "Der Umsatz werde 2026 nur noch bei 3,1 bis 3,3 Milliarden Euro liegen"),
        S("analysts", "group", "gerechnet", "mit einem Umsatz von 765 Millionen Euro"),
        S(AB, "person", "sagte", "Die Landwirte halten sich bei Investitionen zurück, weil Erzeugerpreise und Zinsen sie unter Druck setzen", mode="direct", role="Vorstandschefin"),
        S(AB, "person", "sei", "Vor allem bei großen Traktoren über 300 PS sei der Auftragseingang eingebrochen", role="Vorstandschefin"),
        S(AB, "person", "reiche", "Der Auftragsbestand reiche derzeit nur noch für etwa vier Monate, vor einem Jahr seien es sieben gewesen", role="Vorstandschefin"),
        S(AB, "person", "schloss", "Betriebsbedingte Kündigungen schloss Brunnhuber aus", role="Vorstandschefin", denial=True),
        S(AB, "person", "nach ihren Worten", "Die Dividende für 2026 dürfte nach ihren Worten unter den 1,80 Euro je Aktie des Vorjahres liegen", role="Vorstandschefin"),
    ]),
    "w14_19_haushalt_magdeburg": ([], [
        S(KW, "person", "verteidigte", "die geplante Neuverschuldung von insgesamt 780 Millionen Euro", role="Finanzministerin"),
        S(KW, "person", "sagte", "Ohne die Kredite könne das Land die gestiegenen Personal- und Energiekosten nicht stemmen", role="Finanzministerin"),
        S(KW, "person", "lägen", "Die Steuereinnahmen lägen 2027 voraussichtlich 2,4 Prozent unter der Schätzung vom Frühjahr", role="Finanzministerin"),
        S(KW, "person", "steige", "Die Zinslast steige bis 2028 auf rund 410 Millionen Euro pro Jahr", role="Finanzministerin"),
        S("Städte- und Gemeindebund", "org", "nannte", 'das einen "Tropfen auf den heißen Stein"'),
        S("opposition", "group", "warf", "die Schuldenbremse auszuhöhlen"),
        S("Andreas Henke", "person", "sagte", "die Koalition verschiebe die Lasten auf künftige Generationen", role="haushaltspolitische Sprecher der Linken"),
        S("AfD", "org", "beantragte", "die Mittel für Integrationskurse um 60 Prozent zu kürzen"),
        S("Greens", "org", "verlangten", "mehr Geld für den Nahverkehr"),
        S(JH, "person", "nannte", 'den Haushalt "solide und ehrlich"', role="Ministerpräsident"),
        S(JH, "person", "habe", "Sachsen-Anhalt habe seit 2019 mehr als 1,1 Milliarden Euro an Altschulden getilgt", role="Ministerpräsident"),
    ]),
    "w14_20_tournee_rekord": ([], [
        S("Vierklang Events", "org", "mitteilte", "so viele wie noch nie bei einem Konzert einer Schweizer Band"),
        S("Vierklang Events", "org", "nach Angaben des Veranstalters", "verkaufte die Band auf ihrer Tournee durch die Schweiz, Deutschland und Österreich nach Angaben des Veranstalters rund 612'000 Tickets"),
        S(MA, "person", "sagte", 'sie habe auf der Bühne "mit den Tränen gekämpft"', role="Sängerin"),
        S(MA, "person", None, "Als wir 2001 im Jugendtreff in Thun vor 80 Leuten angefangen haben, hätten wir uns das nicht träumen lassen.", mode="direct", role="Sängerin"),
        S("police", "org", "zog", "eine positive Bilanz"),
        S("police", "org", "sei", "der Abend sei ruhig verlaufen"),
        S("Music Business Schweiz", "org", "nach Schätzung", 'Die Tournee spielte nach Schätzung der Branchenzeitschrift "Music Business Schweiz" mehr als 40 Millionen Franken ein'),
        S("Sternschnuppe", "org", "angekündigt", "Ein neues Album hat die Band für Herbst 2027 angekündigt"),
        S("Sternschnuppe management", "org", "nach Angaben ihres Managements", "die Planung für eine weitere Tournee läuft nach Angaben ihres Managements bereits"),
    ]),
}
ALIASES = {
    BH: ["Hofstätter", "Trainer Bernd Hofstätter"],
    TWz: ["Weinzierl", "LASK-Coach Thomas Weinzierl"],
    "Hallberg": ["Landmaschinenhersteller Hallberg", "Hallberg Landtechnik"],
    "analysts": ["Analysten"],
    AB: ["Brunnhuber", "Vorstandschefin Annette Brunnhuber"],
    KW: ["Wolff", "Finanzministerin Katrin Wolff"],
    "Städte- und Gemeindebund": ["Städte- und Gemeindebund Sachsen-Anhalt"],
    "opposition": ["Opposition"],
    "Andreas Henke": ["Henke"],
    "AfD": ["Alternative für Deutschland"],
    "Greens": ["Grüne", "Grünen", "Bündnis 90/Die Grünen"],
    JH: ["Hellwig", "Ministerpräsident Jörg Hellwig"],
    "Vierklang Events": ["Veranstalter Vierklang Events", "Veranstalter"],
    MA: ["Aebi", "Sängerin Mirjam Aebi"],
    "police": ["Stadtpolizei Zürich"],
    "Music Business Schweiz": ["Branchenzeitschrift Music Business Schweiz"],
    "Sternschnuppe": ["Band Sternschnuppe", "Mundart-Band Sternschnuppe"],
    "Sternschnuppe management": ["Management", "Managements"],
}
