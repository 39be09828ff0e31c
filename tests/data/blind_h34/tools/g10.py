from common import C, S
DOC = "j19_10_balearen"
# published Tuesday 2026-11-10; Freitag-Sonntag = 2026-11-06..08; Montag = 2026-11-09
A = {
    "Government Delegation in the Balearic Islands": ["Delegation der Zentralregierung in Palma", "Delegation der Zentralregierung", "Regierungsdelegation"],
    "Salvamento Marítimo": ["Seenotrettung", "spanische Seenotrettung Salvamento Marítimo", "spanische Seenotrettung"],
    "Alfonso Rodríguez": ["Rodríguez", "Delegierte der Zentralregierung"],
    "Marga Prohens": ["Prohens", "balearische Regionalpräsidentin Marga Prohens"],
    "Caminando Fronteras": ["Hilfsorganisation Caminando Fronteras"],
    "Guardia Civil": [],
    "Algerian authorities": ["Algerische Behörden", "algerische Behörden"],
    "APS": ["staatliche Nachrichtenagentur APS"],
    "Balearic Islands": ["Balearen", "Formentera", "Cabrera", "Felseninsel Cabrera"],
    "Palma": ["Hafen von Palma", "Palma de Mallorca"],
    "Algeria": ["Algerien", "algerische Küste"],
}
B = "Balearic Islands"; R = "Alfonso Rodríguez"; CF = "Caminando Fronteras"
CLAIMS = [
    C("Hunderte Bootsmigranten", "displaced", 100, None, "at_least", loc=B, optional=True),
    C("612 Menschen an Land", "displaced", 612, 612, "exact", "Government Delegation in the Balearic Islands", time="2026-11-08", loc=B, note="'Das teilte ... mit' in the next sentence names the source"),
    C("38 kleinen Booten", "other", 38, 38, "exact", "Government Delegation in the Balearic Islands", loc=B, optional=True, note="boats"),
    C("für 80 Menschen ausgelegt", "other", 80, 80, "exact", R, loc="Palma", optional=True, note="capacity"),
    C("mehr als 350 auf", "displaced", 350, None, "at_least", R, loc="Palma"),
    C("Etwa 150 Migranten", "displaced", 150, 150, "about", R, loc="Palma"),
    C("gut 7.800 Migranten", "displaced", 7800, None, "at_least", "Marga Prohens", loc=B, note="'Seit Jahresbeginn': open total"),
    C("mindestens vier Menschen ums Leben", "killed", 4, None, "at_least", CF, time="2026-11", note="at sea between Algeria and the islands: location null"),
    C("Ein Boot mit 17 Insassen", "missing", 17, 17, "exact", CF),
    C("zwölf mutmaßliche Bootsführer", "arrested", 12, 12, "exact", "Guardia Civil", loc=B),
    C("mehr als 1.100 Menschen an der Ausreise gehindert", "displaced", 1100, None, "at_least", "APS", time="2026-10", loc="Algeria"),
]
P = "person"; O = "org"; SM = "Salvamento Marítimo"
STATEMENTS = [
    S("Government Delegation in the Balearic Islands", O, "teilte", "Die spanische Seenotrettung Salvamento Marítimo brachte zwischen Freitag und Sonntag 612 Menschen an Land"),
    S("Government Delegation in the Balearic Islands", O, "seien", "Die meisten seien auf Formentera und der Felseninsel Cabrera angekommen"),
    S(R, P, "sprach", "von einer \"außergewöhnlichen Situation\"", role="Delegierter der Zentralregierung"),
    S(R, P, "sei", "Das Erstaufnahmezentrum im Hafen von Palma sei für 80 Menschen ausgelegt, derzeit hielten sich dort mehr als 350 auf", role="Delegierter der Zentralregierung"),
    S(R, P, "seien", "Etwa 150 Migranten seien bereits per Fähre auf das Festland gebracht worden", role="Delegierter der Zentralregierung"),
    S(R, P, "sollten", "Weitere sollten in den kommenden Tagen folgen", role="Delegierter der Zentralregierung"),
    S("Marga Prohens", P, "warf", "Madrid vor, die Inseln allein zu lassen", role="balearische Regionalpräsidentin"),
    S("Marga Prohens", P, "sagte", "Wir sind nicht das Auffanglager Europas", mode="direct", role="balearische Regionalpräsidentin"),
    S("Marga Prohens", P, "nach ihren Angaben", "Seit Jahresbeginn seien nach ihren Angaben gut 7.800 Migranten auf den Inseln angekommen", role="balearische Regionalpräsidentin"),
    S(CF, O, "nach Angaben", "kamen nach Angaben der Hilfsorganisation Caminando Fronteras am Wochenende mindestens vier Menschen ums Leben"),
    S(CF, O, "teilte", "Ein Boot mit 17 Insassen gelte zudem als verschollen"),
    S(SM, O, "bestätigte", "bestätigte die Toten nicht"),
    S(SM, O, "sagte", "man habe \"keine Kenntnis\" von einem vermissten Boot", denial=True),
    S("Guardia Civil", O, "nach eigenen Angaben", "nahm nach eigenen Angaben zwölf mutmaßliche Bootsführer fest"),
    S("Algerian authorities", O, "wiesen", "Berichte spanischer Medien zurück, wonach sie die Abfahrten bewusst duldeten", denial=True),
    S("APS", O, "meldete", "Die algerische Küstenwache habe allein im Oktober mehr als 1.100 Menschen an der Ausreise gehindert"),
]
