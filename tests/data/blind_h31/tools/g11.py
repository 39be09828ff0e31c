from common import C, S
D = "u16_11_torkham"
B, T, PIM, KB, TM = "Pakistan-Afghanistan border", "Torkham", "Pakistani interior ministry", "Katrin Bauer", "Taliban refugee ministry"
claims = [
    C("Pakistan schiebt Tausende Afghanen ab", "displaced", 1000, None, "at_least", loc="Pakistan", optional=True, note="headline, vague plural"),
    C("mehr als 38.000 Afghaninnen und Afghanen", "displaced", 38000, None, "at_least", "IOM", time="2026-10", loc=B, note="two crossings: the border; 'in der letzten Oktoberwoche': the month"),
    C("knapp 190.000 Menschen", "displaced", 190000, 190000, "about", "IOM", loc=B, note="'Seit Anfang September': open"),
    C("schätzungsweise 85.000 Kinder", "displaced", 85000, 85000, "about", "IOM", "estimated", loc=B),
    C("rund 1,3 Millionen Menschen betroffen", "displaced", 1300000, 1300000, "about", "UNHCR", loc="Pakistan", note="registered Afghan refugees in Pakistan"),
    C("weitere 400.000 Afghanen", "displaced", 400000, 400000, "exact", PIM, "possible", time="2026", loc="Pakistan", future=True, additional=True, note="planned by year end"),
    C("täglich 3.000-5.000 Menschen", "displaced", 3000, 5000, "range", KB, loc=T, note="daily arrivals"),
    C("für 10.000 Menschen ausgelegt", "other", 10000, 10000, "exact", KB, loc=T, optional=True, note="capacity"),
    C("mehr als 14.000 Menschen ausgeharrt", "displaced", 14000, None, "at_least", KB, time="2026-11-02", loc=T, note="'in der vergangenen Nacht' = the night to Monday"),
    C('von "Hunderttausenden" Rückkehrern', "displaced", 100000, None, "at_least", TM, loc="Afghanistan", optional=True, note="vague plural"),
    C("rund 1,1 Millionen Rückkehrer", "displaced", 1100000, 1100000, "about", TM, loc="Afghanistan", note="'seit Jahresbeginn': open"),
    C("bis zu 600.000 Menschen", "displaced", None, 600000, "at_most", "OCHA", "possible", loc="Afghanistan", future=True, additional=True, note="'bis März' without a year: time null; 'noch einmal': additional"),
]
st = [
    S("IOM", "org", "teilte", "Allein in der letzten Oktoberwoche hätten mehr als 38.000 Afghaninnen und Afghanen das Land über die Grenzübergänge Torkham und Spin Boldak verlassen"),
    S("IOM", "org", "sei", "Etwa ein Drittel von ihnen sei zwangsweise abgeschoben worden"),
    S("IOM", "org", "seien", "Seit Anfang September seien es insgesamt knapp 190.000 Menschen gewesen, darunter schätzungsweise 85.000 Kinder"),
    S("Pakistani government", "org", "angekündigt", "auch Afghanen mit einer gültigen Registrierungskarte (PoR) ausweisen zu wollen"),
    S("UNHCR", "org", "nach Angaben", "Davon sind nach Angaben des UN-Flüchtlingshilfswerks UNHCR rund 1,3 Millionen Menschen betroffen"),
    S(PIM, "org", "nach Plänen", "Bis Jahresende sollen nach Plänen des Innenministeriums in Islamabad weitere 400.000 Afghanen das Land verlassen"),
    S(PIM, "org", "sagte", 'die Rückführungen verliefen "in Würde und geordnet"'),
    S(PIM, "org", "seien", 'Berichte über Misshandlungen in Abschiebelagern seien "haltlos"', denial=True),
    S("aid organisations", "group", "zeichnen", "Hilfsorganisationen zeichnen ein anderes Bild"),
    S(KB, "person", "sagte", "In Torkham kämen täglich 3.000-5.000 Menschen an, viele ohne Geld und ohne Besitz", role="Landesdirektorin der Welthungerhilfe in Afghanistan"),
    S(KB, "person", None, "Die Familien kommen mit dem, was sie tragen können. Manche haben 40 Jahre in Pakistan gelebt", mode="direct", role="Landesdirektorin der Welthungerhilfe in Afghanistan"),
    S(KB, "person", "hätten", "In dem Aufnahmezentrum an der Grenze, das für 10.000 Menschen ausgelegt sei, hätten in der vergangenen Nacht mehr als 14.000 Menschen ausgeharrt", role="Landesdirektorin der Welthungerhilfe in Afghanistan"),
    S(TM, "org", "sprach", 'von "Hunderttausenden" Rückkehrern, die versorgt werden müssten'),
    S(TM, "org", "bat", "bat um internationale Hilfe"),
    S(TM, "org", "Nach Angaben", "wurden seit Jahresbeginn rund 1,1 Millionen Rückkehrer aus Pakistan und Iran registriert"),
    S("OCHA", "org", "warnte", "mit dem Einbruch des Winters drohe eine humanitäre Katastrophe"),
    S("OCHA", "org", "fehlten", "Für die Versorgung der Rückkehrer fehlten in diesem Jahr noch 245 Millionen US-Dollar"),
    S("OCHA", "org", "Nach einer Prognose", "könnten bis März noch einmal bis zu 600.000 Menschen aus den Nachbarländern zurückkehren"),
]
GOLD = {D: (claims, st)}
