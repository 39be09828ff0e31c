from common import C, S, A
D = "r12_13_jamundi"
L = "Jamundí"
JR = "Julián Restrepo"
C(D, "Sieben Tote vor Polizeistation", "killed", 7, 7, "exact", None, "asserted", None, L, optional=True, note="headline restates")
C(D, "sieben Menschen getötet worden", "killed", 7, 7, "exact", None, "asserted", "2026-10-21", L, note="own voice; the minister is named in the next sentence")
C(D, "zwei Polizisten", "killed", 2, 2, "exact", None, "asserted", "2026-10-21", L, actor="police")
C(D, "ein zwölfjähriges Mädchen", "killed", 1, 1, "exact", None, "asserted", "2026-10-21", L, optional=True, note="count of one")
C(D, "Mehr als 30 weitere Menschen wurden verletzt", "wounded", 30, None, "at_least", JR, "asserted", "2026-10-21", L)
C(D, "acht der Verletzten befänden sich in kritischem Zustand", "wounded", 8, 8, "exact", "Valle del Lili hospital", "asserted", None, L,
  note="relay: El Tiempo citing the hospital")
C(D, "rund 1.200 Kämpfer", "troops", 1200, 1200, "about", "Colombian army", "estimated", None, "Cauca", actor="EMC")
C(D, "zwei Verdächtige fest", "arrested", 2, 2, "exact", "Colombian attorney general's office", "asserted", "2026-10-22", L)
C(D, "500 zusätzliche Soldaten", "troops", 500, 500, "exact", "Dilian Francisca Toro", "possible", None, "Valle del Cauca", actor="Colombian army",
  future=True, additional=True, note="planned reinforcement")
C(D, "mehr als 5.000 Menschen durch Kämpfe zwischen bewaffneten Gruppen vertrieben", "displaced", 5000, None, "at_least", "Defensoría del Pueblo", "asserted", None, "Cauca",
  note="'allein in diesem Jahr' open total")

S(D, JR, "person", "sagte", "indirect", "Mehr als 30 weitere Menschen wurden verletzt", role="Verteidigungsminister")
S(D, JR, "person", "sei", "indirect", "Der Sprengsatz sei mit rund 50 Kilogramm Sprengstoff beladen gewesen")
S(D, JR, "person", "hätten", "indirect", "Die Täter hätten das Fahrzeug zwei Tage zuvor in der Nachbargemeinde Santander de Quilichao gestohlen")
S(D, "El Tiempo", "org", "berichtete", "indirect", "acht der Verletzten befänden sich in kritischem Zustand")
S(D, "El Tiempo", "org", "seien", "indirect", "Unter den Verletzten seien auch mehrere Schüler einer nahe gelegenen Schule")
S(D, JR, "person", "machte", "indirect", "die FARC-Dissidentengruppe Estado Mayor Central (EMC) für den Anschlag verantwortlich")
S(D, "Colombian army", "org", "nach Schätzungen", "indirect", "in der Region über rund 1.200 Kämpfer")
S(D, "EMC", "group", "bestritt", "indirect", "jede Beteiligung", denial=True)
S(D, "Colombian attorney general's office", "org", "mitteilte", "indirect", "Die Polizei nahm am Donnerstagmorgen in Jamundí zwei Verdächtige fest")
S(D, "Gustavo Petro", "person", "verurteilte", "direct", "barbarischen Akt gegen die Bevölkerung", role="Präsident")
S(D, "Dilian Francisca Toro", "person", "kündigte", "indirect", "die Streitkräfte würden 500 zusätzliche Soldaten in die Region verlegen", role="Gouverneur des Departamento Valle del Cauca")
S(D, "Defensoría del Pueblo", "org", "Nach Angaben", "indirect", "wurden allein in diesem Jahr im Cauca mehr als 5.000 Menschen durch Kämpfe zwischen bewaffneten Gruppen vertrieben")

A(JR, "Restrepo", "Verteidigungsminister Julián Restrepo")
A("Valle del Lili hospital", "Krankenhaus Valle del Lili", "Valle del Lili")
A("El Tiempo", "Zeitung \"El Tiempo\"", "Zeitung El Tiempo")
A("EMC", "Estado Mayor Central", "FARC-Dissidentengruppe Estado Mayor Central", "FARC-Dissidenten", "FARC dissidents")
A("Colombian army", "kolumbianische Armee", "Streitkräfte", "Armee Kolumbiens")
A("Colombian attorney general's office", "Generalstaatsanwaltschaft", "Fiscalía")
A("Gustavo Petro", "Petro", "Präsident Gustavo Petro")
A("Dilian Francisca Toro", "Toro")
A("Defensoría del Pueblo", "Ombudsstelle", "Ombudsstelle Defensoría del Pueblo")
A("police", "Polizisten", "kolumbianische Polizei")
A("Jamundí", "Jamundi", "Polizeistation in Jamundí")
A("Cauca", "Departamento Cauca", "im Cauca")
A("Valle del Cauca", "Departamento Valle del Cauca")
A("Cali")
