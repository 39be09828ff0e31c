from common import C, S
D = "u16_16_prozess_lyon"
RPB, CRT, HM, OS, SB, CL = "Rue Paul-Bert", "Lyon criminal court", "Hélène Marchetti", "Olivier Sauvage", "Samia Benali", "City of Lyon"
claims = [
    C("mit neun Toten", "killed", 9, 9, "exact", loc=RPB, note="own voice; the date is in the next paragraph"),
    C("fahrlässigen Tötung in neun Fällen", "killed", 9, 9, "exact", CRT, loc=RPB, optional=True, note="charge"),
    C("fahrlässigen Körperverletzung in 27 Fällen", "wounded", 27, 27, "exact", CRT, loc=RPB, optional=True, note="charge"),
    C("Unter den neun Toten", "killed", 9, 9, "exact", loc=RPB, optional=True, note="restates the nine"),
    C("waren vier Kinder", "killed", 4, 4, "exact", loc=RPB, note="date only in the previous sentence"),
    C("27 Bewohner wurden verletzt", "wounded", 27, 27, "exact", loc=RPB),
    C("Eine Frau aus Guinea", "wounded", 1, 1, "exact", loc=RPB, optional=True, note="count of one"),
    C("für 22 Bewohner zugelassen", "other", 22, 22, "exact", loc=RPB, optional=True, note="capacity"),
    C("mindestens 58 Menschen", "other", 58, None, "at_least", "investigators", loc=RPB, optional=True, note="people living in the house"),
    C("41 als Nebenkläger", "other", 41, 41, "exact", optional=True, note="joint plaintiffs"),
    C('"Neun Menschen sind tot', "killed", 9, 9, "exact", SB, loc=RPB, note="restated by a named lawyer"),
    C("112 Gebäude kontrolliert", "other", 112, 112, "exact", CL, loc="Lyon", optional=True, note="buildings"),
    C("in 14 Fällen eine Räumung", "other", 14, 14, "exact", CL, loc="Lyon", optional=True, note="evictions"),
    C("rund 300 Bewohner in Notunterkünfte", "displaced", 300, 300, "about", CL, loc="Lyon", note="residents moved to shelters; 'seit dem Brand': open"),
]
st = [
    S(CRT, "org", "Nach Überzeugung", "hatte der Eigentümer über Jahre Warnungen der Stadt ignoriert"),
    S("investigators", "group", "nach Feststellung", "lebten zum Zeitpunkt des Brands nach Feststellung der Ermittler mindestens 58 Menschen"),
    S(HM, "person", "sagte", "Rauchmelder habe es nicht gegeben, die Notbeleuchtung sei seit Monaten defekt gewesen", role="Vorsitzende Richterin"),
    S(HM, "person", None, "Der Angeklagte hat aus der Not dieser Menschen ein Geschäft gemacht", mode="direct", role="Vorsitzende Richterin"),
    S("Lyon prosecutor", "org", "gefordert", "Die Staatsanwaltschaft hatte sechs Jahre Haft gefordert"),
    S(OS, "person", "kündigte", "in Berufung zu gehen", role="Verteidiger des Eigentümers"),
    S(OS, "person", "habe", 'Sein Mandant habe von der Überbelegung nichts gewusst und sei "kein Menschenhändler"', role="Verteidiger des Eigentümers", denial=True),
    S(OS, "person", "sei", "Die Vermietung sei über einen Untervermieter gelaufen, der seit dem Brand untergetaucht sei", role="Verteidiger des Eigentümers"),
    S(SB, "person", "sagte", "Neun Menschen sind tot, und er wird nicht einmal zwei Jahre im Gefängnis sitzen", mode="direct", role="Anwältin mehrerer Familien"),
    S(CL, "org", "nach eigenen Angaben", "seit dem Brand 112 Gebäude kontrolliert und in 14 Fällen eine Räumung angeordnet"),
    S(CL, "org", "seien", "dabei seien rund 300 Bewohner in Notunterkünfte gebracht worden"),
]
GOLD = {D: (claims, st)}
