from common import C, S
D = "m13_02_bankass"
SE, B, G, MA, DNA = "Sembéré", "Bankass", "Amadou Guindo", "Malian army", "Dan Na Ambassagou"
claims = [
    C("Zahl der Toten steigt auf mindestens 61", "killed", 61, None, "at_least", loc=SE, optional=True, note="headline restates the body"),
    C("auf mindestens 61 gestiegen", "killed", 61, None, "at_least", "local officials", loc=SE),
    C("61 Menschen beerdigt", "killed", 61, 61, "exact", G, loc=SE, note="'gestern und heute' dates the burials, not the killing: null"),
    C("darunter 23 Kinder", "killed", 23, 23, "exact", G, loc=SE),
    C("Mehr als 30 Dorfbewohner würden noch vermisst", "missing", 30, None, "at_least", G, loc=SE),
    C('"etwa 20" getöteten Zivilisten', "killed", 20, 20, "about", MA, time="2026-09-20", loc=SE),
    C("mehr als 40 Terroristen neutralisiert", "killed", 40, None, "at_least", MA, time="2026-09-21", loc=B, actor="JNIM", note="air strike near the border, in the Bankass district"),
    C("Zwei Soldaten seien bei der Operation leicht verletzt", "wounded", 2, 2, "exact", MA, loc=B, actor=MA),
    C('35 "Milizionäre" getötet', "killed", 35, 35, "exact", "JNIM", loc=SE, actor=DNA),
    C('"höchstens fünf" ihrer Kämpfer', "troops", None, 5, "at_most", DNA, loc=SE, actor=DNA),
    C("Es waren Dutzende", "troops", 12, None, "at_least", "survivor", loc=SE, actor="JNIM", optional=True, note="attackers, vague plural"),
    C("vielleicht hundert Männer", "troops", 100, 100, "exact", "survivor", "possible", loc=SE, actor="JNIM", optional=True),
    C("rund 4.200 Menschen", "displaced", 4200, 4200, "about", "OCHA", "estimated", loc=B, note="counted where they fled to; seit dem Wochenende: open"),
    C("drei Nachbardörfern", "other", 3, 3, "exact", optional=True, note="villages"),
    C("bis zu 2.000 weitere Menschen ankommen", "displaced", None, 2000, "at_most", "NRC", "possible", loc=B, future=True, additional=True),
    C("mindestens 480 zivile Todesopfer", "killed", 480, None, "at_least", "OHCHR", loc="Central Mali", note="seit Jahresbeginn: open; two regions -> central Mali"),
    C("rund 2.500 russische Kämpfer", "troops", 2500, 2500, "about", "Western intelligence", "estimated", loc="Mali", actor="Africa Corps"),
    C("etwa 160 Menschen getötet", "killed", 160, 160, "about", time="2019-03", loc="Ogossagou"),
]
st = [
    S("local officials", "group", "nach Angaben", "ist die Zahl der Todesopfer nach Angaben örtlicher Behördenvertreter auf mindestens 61 gestiegen"),
    S(G, "person", "sagte", "Bewaffnete hätten in der Nacht zu Sonntag das Dorf Sembéré im Kreis Bankass überfallen", role="Bürgermeister der Gemeinde"),
    S(G, "person", "sagte", "Wir haben gestern und heute 61 Menschen beerdigt, darunter 23 Kinder", mode="direct", role="Bürgermeister der Gemeinde"),
    S(G, "person", "würden", "Mehr als 30 Dorfbewohner würden noch vermisst", role="Bürgermeister der Gemeinde"),
    S(MA, "org", "gesprochen", 'von "etwa 20" getöteten Zivilisten gesprochen'),
    S(MA, "org", "hieß es", 'Die Streitkräfte (FAMa) hätten nach dem Angriff "die Verfolgung der Terroristen" aufgenommen'),
    S(MA, "org", "seien", "Zwei Soldaten seien bei der Operation leicht verletzt worden"),
    S("JNIM", "org", "erklärte", 'sie habe "Stellungen der Dozo-Milizen" angegriffen und dabei 35 "Milizionäre" getötet'),
    S("JNIM", "org", "seien", "Zivilisten seien nicht ihr Ziel gewesen", denial=True),
    S(DNA, "org", "wies", "Eine Sprecherin der Dogon-Miliz Dan Na Ambassagou, die in der Region mit der Armee zusammenarbeitet, wies das zurück", denial=True),
    S(DNA, "org", "hätten", 'In Sembéré hätten sich zum Zeitpunkt des Angriffs "höchstens fünf" ihrer Kämpfer aufgehalten'),
    S("OCHA", "org", "Nach Schätzungen", "sind seit dem Wochenende rund 4.200 Menschen aus Sembéré und drei Nachbardörfern in die Kreisstadt Bankass geflohen"),
    S("OCHA", "org", "teilte", "In der Stadt seien Schulen und eine Moschee zu Notunterkünften umgewandelt worden"),
    S("NRC", "org", "rechnet", "dass in den kommenden Tagen bis zu 2.000 weitere Menschen ankommen könnten"),
    S("Volker Türk", "person", "forderte", "forderte eine unabhängige Untersuchung", role="UN-Hochkommissar für Menschenrechte"),
    S("OHCHR", "org", "erklärte", "Sein Büro habe seit Jahresbeginn in den Regionen Mopti und Ségou mindestens 480 zivile Todesopfer von Gewalt dokumentiert"),
    S("OHCHR", "org", "seien", "Für einen Teil davon seien auch Soldaten und ihre Verbündeten verantwortlich"),
    S("Western intelligence", "group", "nach Schätzungen", "rund 2.500 russische Kämpfer des Africa Corps im Land"),
]
GOLD = {D: (claims, st)}
