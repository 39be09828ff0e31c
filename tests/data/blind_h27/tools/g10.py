from common import C, S, A
D = "r12_10_lawine_pontresina"
L = "Pontresina"
C(D, "Zwei Skitourengänger tot", "killed", 2, 2, "exact", None, "asserted", None, L, optional=True, note="headline restates")
C(D, "drei im Spital", "wounded", 3, 3, "exact", None, "asserted", None, L, optional=True, note="headline restates")
C(D, "Eine Gruppe von zwölf Tourengängern", "other", 12, 12, "exact", None, "asserted", "2026-03-14", L, optional=True, note="group size")
C(D, "Für zwei Personen kam jede Hilfe zu spät", "killed", 2, 2, "exact", None, "asserted", None, L, optional=True, note="lead restates")
C(D, "zwei Skitourengänger ums Leben gekommen", "killed", 2, 2, "exact", None, "asserted", "2026-03-14", L, note="own voice; the police are named in the next sentence")
C(D, "Drei weitere Personen wurden verletzt", "wounded", 3, 3, "exact", "police", "asserted", "2026-03-15", L,
  note="statement date 'am Sonntag mitteilte'; 'weitere' after the dead: not additional")
C(D, "Eine von ihnen befinde sich in kritischem Zustand", "wounded", 1, 1, "exact", "police", "asserted", None, L, optional=True, note="count of one")
C(D, "Die Gruppe von zwölf Tourengängern", "other", 12, 12, "exact", "police", "asserted", None, L, optional=True, note="group size")
C(D, "Fünf Personen wurden ganz oder teilweise verschüttet", "other", 5, 5, "exact", None, "asserted", None, L, note="people buried by the avalanche")
C(D, "rund 40 Retterinnen und Retter", "troops", 40, 40, "about", "police", "asserted", None, L, actor="rescuers", optional=True, note="rescue deployment")
C(D, "drei Helikopter", "equipment", 3, 3, "exact", "police", "asserted", None, L, actor="rescuers", optional=True, note="rescue helicopters")
C(D, "Die beiden Todesopfer", "killed", 2, 2, "exact", None, "asserted", None, L, optional=True, note="restates")
C(D, "bereits 17 Menschen in Lawinen ums Leben gekommen", "killed", 17, 17, "exact", "SLF", "asserted", None, "Switzerland", note="open total since the start of winter")
C(D, "rund 20 Menschen in Lawinen", "killed", 20, 20, "about", None, "asserted", None, "Switzerland", optional=True, note="long-term yearly average")

S(D, "police", "org", "mitteilte", "indirect", "Drei weitere Personen wurden verletzt und mit Helikoptern der Rega ins Kantonsspital Graubünden nach Chur geflogen")
S(D, "police", "org", "befinde", "indirect", "Eine von ihnen befinde sich in kritischem Zustand")
S(D, "police", "org", "laut", "indirect", "kurz nach 11 Uhr auf rund 2700 Metern über Meer unterwegs")
S(D, "police", "org", "nach Angaben", "indirect", "rund 40 Retterinnen und Retter der Alpinen Rettung Schweiz, vier Lawinenhunde sowie drei Helikopter")
S(D, "Roman Rüegg", "person", "sagte", "direct", "Die Verschüttungstiefe betrug teilweise über zwei Meter", role="Polizeisprecher")
S(D, "SLF", "org", "hiess es", "indirect", "Besonders an Nord- und Osthängen oberhalb von 2400 Metern sei der Schneedeckenaufbau ungünstig")
S(D, "SLF", "org", "nach Zahlen", "indirect", "bereits 17 Menschen in Lawinen ums Leben gekommen")

A("police", "Kantonspolizei Graubünden", "Kantonspolizei")
A("Roman Rüegg", "Rüegg", "Polizeisprecher Roman Rüegg")
A("SLF", "WSL-Institut für Schnee- und Lawinenforschung SLF", "WSL-Institut für Schnee- und Lawinenforschung", "Lawinenbulletin", "Institut für Schnee- und Lawinenforschung")
A("Pontresina", "Val Languard", "Oberengadin")
A("Switzerland", "Schweiz", "Schweizer Alpen")
A("Chur", "Kantonsspital Graubünden")
