from common import C, S
D = "m13_06_gorontalo"
T, B, HL = "Tulabolo", "Basarnas", "Heriyanto Lubis"
claims = [
    C("Zahl der Toten steigt auf 31", "killed", 31, 31, "exact", loc=T, optional=True, note="headline restates the body"),
    C("Die Zahl der Todesopfer sei auf 31 gestiegen", "killed", 31, 31, "exact", B, time="2026-10-07", loc=T),
    C("zwölf Menschen würden noch vermisst", "missing", 12, 12, "exact", B, time="2026-10-07", loc=T),
    C("Dutzende Hütten und Stollen", "other", 12, None, "at_least", loc=T, optional=True, note="huts, vague plural"),
    C("etwa 100 Menschen in dem Gebiet", "other", 100, 100, "about", "residents", loc=T, optional=True, note="people in the pit"),
    C("bis zu 150", "other", None, 150, "at_most", "residents", loc=T, optional=True, note="people in the pit"),
    C("von zwölf Toten", "killed", 12, 12, "exact", "BNPB", time="2026-10-05", loc=T),
    C("mehr als 30 Vermissten", "missing", 30, None, "at_least", "BNPB", time="2026-10-05", loc=T),
    C("19 Tote", "killed", 19, 19, "exact", "Hamdan Pakaya", time="2026-10-06", loc=T),
    C("23 Menschen lebend", "other", 23, 23, "exact", loc=T, note="rescued alive"),
    C("vier von ihnen auf der Intensivstation", "wounded", 4, 4, "exact", loc=T, note="hospitals elsewhere; the event's place"),
    C("rund 350 Helfer", "troops", 350, 350, "about", loc=T, actor="rescuers", optional=True),
    C("drei Baggern", "other", 3, 3, "exact", loc=T, optional=True, note="machines"),
    C("rund 450 Bewohner", "displaced", 450, 450, "about", loc=T, note="evacuated; the authorities are the actor of the evacuation, own voice"),
    C("Zwei Männer, die den Goldsuchern", "arrested", 2, 2, "exact", "police", time="2026-10-06", loc="Gorontalo", note="no arrest place given; the police in Gorontalo report it"),
    C("mehr als 8.000 Menschen in illegalen Minen", "other", 8000, None, "at_least", "Walhi", "estimated", loc="Gorontalo", optional=True, note="workers"),
    C("Dutzende Menschen ums Leben gekommen", "killed", 12, None, "at_least", time="2024-07", loc="Gorontalo", optional=True),
]
st = [
    S(B, "org", "teilte", "Die Zahl der Todesopfer sei auf 31 gestiegen, zwölf Menschen würden noch vermisst"),
    S(HL, "person", "sagte", "Die Hoffnung, noch Überlebende zu finden, sei gering", role="Leiter der Behörde in der Provinz Gorontalo"),
    S(HL, "person", None, "Wir suchen weiter, aber der Boden ist nach dem Regen wie Brei.", mode="direct", role="Leiter der Behörde in der Provinz Gorontalo"),
    S("residents", "group", "Nach Angaben", "hielten sich zu diesem Zeitpunkt etwa 100 Menschen in dem Gebiet auf"),
    S("residents", "group", "sprachen", "manche sprachen sogar von bis zu 150"),
    S("BNPB", "org", "gesprochen", "zunächst von zwölf Toten und mehr als 30 Vermissten gesprochen"),
    S("Hamdan Pakaya", "person", "meldete", "meldete der Landrat von Bone Bolango, Hamdan Pakaya, 19 Tote", role="Landrat von Bone Bolango"),
    S("authorities", "group", "führten", "dass viele Goldsucher nicht aus der Gegend stammten und von niemandem als vermisst gemeldet worden seien"),
    S(HL, "person", "zufolge", "ist deshalb nicht auszuschließen, dass die Zahl der Vermissten noch steigt"),
    S("BMKG", "org", "warnte", "dass in der Region bis Ende der Woche weiter mit Starkregen zu rechnen sei"),
    S("police", "org", "sagte", "Zwei Männer, die den Goldsuchern gegen Gebühr Zugang zu dem Gelände verschafft haben sollen, wurden am Dienstag festgenommen"),
    S("Walhi", "org", "schätzt", "dass allein in der Provinz Gorontalo mehr als 8.000 Menschen in illegalen Minen arbeiten"),
    S("Prabowo Subianto", "person", "ordnete", "die Kontrollen illegaler Minen landesweit zu verschärfen", role="Präsident"),
    S("environmentalists", "group", "kritisieren", "dass lokale Behörden bei den Minen wegschauen"),
]
GOLD = {D: (claims, st)}
