from common import C, S
D = "f18_08_ticker_drina"
B, CP, SRB, DA = "Bosnia and Herzegovina", "Federation civil protection", "Serbia", "Ivica Dačić"
ARMY = "Armed Forces of Bosnia and Herzegovina"
claims = [
    C("Zahl der Toten in Bosnien steigt auf 19", "killed", 19, 19, "exact", loc=B, optional=True, note="summary line restates the entry"),
    C("Todesopfer in Bosnien-Herzegowina ist auf 19 gestiegen", "killed", 19, 19, "exact", CP, loc=B, note="ticker entry: time of day only, time null"),
    C("Allein in Goražde seien elf Menschen", "killed", 11, 11, "exact", CP, loc="Goražde"),
    C("in Foča fünf", "killed", 5, 5, "exact", CP, loc="Foča"),
    C("in Višegrad drei", "killed", 3, 3, "exact", CP, loc="Višegrad"),
    C("Mindestens acht Menschen werden noch vermisst", "missing", 8, None, "at_least", loc=B, note="indicative after the Konjunktiv: own voice"),
    C("zusammen 65 Helfer", "troops", 65, 65, "exact", "European Commission", loc=B, actor="EU civil protection", optional=True, note="rescue deployment"),
    C("zwölf Pumpen", "other", 12, 12, "exact", "European Commission", loc=B, optional=True, note="pumps"),
    C("bis zu 3.000 weitere Menschen", "displaced", None, 3000, "at_most", DA, "possible", loc=SRB, future=True, additional=True, note="on top of the 1,400 evacuated (next sentence)"),
    C("rund 1.400 Menschen in Sicherheit gebracht", "displaced", 1400, 1400, "about", DA, loc=SRB),
    C("450 Soldaten", "troops", 450, 450, "exact", ARMY, loc=B, actor=ARMY),
    C("14 Hubschrauber", "equipment", 14, 14, "exact", ARMY, loc=B, actor=ARMY, note="military helicopters"),
    C("212 Menschen von Dächern", "other", 212, 212, "exact", ARMY, loc=B, note="rescued"),
    C("Etwa 6.000 Menschen sind in ihren Dörfern", "other", 6000, 6000, "about", "Milan Vukadinović", loc="Foča", note="cut off"),
    C("knapp 9.000 Menschen ihre Häuser verlassen", "displaced", 9000, 9000, "about", "Red Cross of Bosnia and Herzegovina", "estimated", loc=B),
    C("Zwei Feuerwehrleute sind bei einem Rettungseinsatz", "other", 2, 2, "exact", "N1", loc="Višegrad", actor="fire brigade", optional=True, note="swept away, one rescued himself"),
    C("der andere werde vermisst", "missing", 1, 1, "exact", "N1", loc="Višegrad", optional=True, note="count of one"),
    C("Nenad Nešić auf 14 gestiegen", "killed", 14, 14, "exact", "Nenad Nešić", loc=B),
    C("am Morgen von neun Toten", "killed", 9, 9, "exact", "Bosnian authorities", loc=B),
    C("am Dienstagabend von sechs Toten", "killed", 6, 6, "exact", "Bosnian authorities", time="2026-10-06", loc=B),
]
st = [
    S(CP, "org", "teilte", "Die Zahl der Todesopfer in Bosnien-Herzegowina ist auf 19 gestiegen"),
    S(CP, "org", "seien", "Allein in Goražde seien elf Menschen ums Leben gekommen, in Foča fünf und in Višegrad drei"),
    S("European Commission", "org", "nach Angaben", "Österreich und Slowenien schicken nach Angaben der EU-Kommission zusammen 65 Helfer und zwölf Pumpen"),
    S(DA, "person", "sagte", "in der Nacht müssten möglicherweise bis zu 3.000 weitere Menschen ihre Häuser verlassen", role="Innenminister"),
    S(DA, "person", "seien", "Bislang seien in Serbien rund 1.400 Menschen in Sicherheit gebracht worden", role="Innenminister"),
    S("hydrometeorological service", "org", "nach Angaben", "Die Drina führt nach Angaben des hydrometeorologischen Dienstes derzeit mehr als viermal so viel Wasser wie üblich"),
    S(ARMY, "org", "nach eigenen Angaben", "450 Soldaten und 14 Hubschrauber in die Katastrophengebiete verlegt"),
    S(ARMY, "org", "sagte", "die Helikopter hätten seit dem Morgen 212 Menschen von Dächern und aus eingeschlossenen Dörfern geholt"),
    S("Milan Vukadinović", "person", "bittet", "bittet im Fernsehen um Hilfe", role="Bürgermeister von Foča"),
    S("Milan Vukadinović", "person", "sagte", "Wir haben kein Trinkwasser und keinen Strom. Etwa 6.000 Menschen sind in ihren Dörfern von der Außenwelt abgeschnitten", mode="direct", role="Bürgermeister von Foča"),
    S("Red Cross of Bosnia and Herzegovina", "org", "schätzt", "dass landesweit knapp 9.000 Menschen ihre Häuser verlassen mussten"),
    S("Dragan Radović", "person", "sagte", "Viele seien in Schulen und Sporthallen untergekommen", role="Generalsekretär"),
    S("N1", "org", "berichtet", "Einer konnte sich ans Ufer retten, der andere werde vermisst"),
    S("Nenad Nešić", "person", "nach Angaben", "Die Zahl der Toten in Bosnien ist nach Angaben von Sicherheitsminister Nenad Nešić auf 14 gestiegen", role="Sicherheitsminister"),
    S("Bosnian authorities", "org", "sprachen", "Zuvor hatten die Behörden am Morgen von neun Toten gesprochen"),
    S("Bosnian authorities", "org", "sprachen", "am Dienstagabend von sechs Toten"),
]
GOLD = {D: (claims, st)}
