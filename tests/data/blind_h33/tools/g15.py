from common import C, S
D = "f18_15_vogelgrippe_weinviertel"
G, HL, BH = "Guntersdorf", "Hollabrunn district", "Bezirkshauptmannschaft Hollabrunn"
claims = [
    C("rund 4.000 Hennen verendet", "other", 4000, 4000, "about", BH, loc=G, note="dead hens"),
    C("etwa 38.000 Legehennen", "other", 38000, 38000, "about", BH, time="2026-11-15", loc=G, note="culled; 'bis Sonntagabend'"),
    C("weitere 21.500 Tiere getötet", "other", 21500, 21500, "exact", "Landesveterinärdirektion Niederösterreich", "possible", time="2026-11-17", loc=HL, future=True, additional=True, note="planned cull 'heute und morgen'"),
    C("knapp 60.000 Tiere betroffen", "other", 60000, 60000, "about", None, "possible", loc=HL, future=True, note="own voice, 'könnten' including the planned cull"),
    C("143 Geflügelhaltungen", "other", 143, 143, "exact", "Land Niederösterreich", loc=HL, optional=True, note="holdings in the zones"),
    C("Sechs Mitarbeiter des Betriebs", "other", 6, 6, "exact", loc=G, optional=True, note="people tested, all negative"),
    C("zwei Amtstierärzte", "other", 2, 2, "exact", loc=G, optional=True, note="people tested, all negative"),
    C("mehr als 350 Ausbrüche", "other", 350, None, "at_least", "EFSA", loc="Europe", optional=True, note="outbreaks, not individuals"),
    C("mehr als zwei Millionen Tiere", "other", 2000000, None, "at_least", "Friedrich-Loeffler-Institut", loc="Germany", note="culled; 'heuer bereits': open"),
    C("17 tote Wildgänse", "other", 17, 17, "exact", time="2026-11", loc=HL, note="'vergangene Woche': the month"),
    C("bei zwei von ihnen wurde H5N1 nachgewiesen", "other", 2, 2, "exact", time="2026-11", loc=HL, note="positive cases among the geese"),
]
st = [
    S("AGES", "org", "bestätigte", "Das bestätigte die Agentur für Gesundheit und Ernährungssicherheit (AGES) am Freitag"),
    S(BH, "org", "teilte", "Zuvor waren in dem Stall binnen drei Tagen rund 4.000 Hennen verendet"),
    S(BH, "org", "nach Angaben", "Der gesamte Bestand des Betriebs, nach Angaben der Behörde etwa 38.000 Legehennen, wurde bis Sonntagabend gekeult"),
    S("Landesveterinärdirektion Niederösterreich", "org", "laut", "In zwei Nachbarbetrieben, die als Kontaktbetriebe gelten, werden laut Landesveterinärdirektion heute und morgen weitere 21.500 Tiere getötet"),
    S("Land Niederösterreich", "org", "nach Angaben", "Darin liegen nach Angaben des Landes 143 Geflügelhaltungen"),
    S("AGES", "org", "sagt", "Nach derzeitigem Wissensstand ist das Risiko für die Bevölkerung gering"),
    S("AGES", "org", "laut", "Eier und Geflügelfleisch aus dem Handel können laut AGES ohne Bedenken gegessen werden"),
    S("EFSA", "org", "meldete", "seit Anfang Oktober mehr als 350 Ausbrüche bei Geflügel in 21 Staaten"),
    S("Friedrich-Loeffler-Institut", "org", "nach Angaben", "In Deutschland mussten nach Angaben des Friedrich-Loeffler-Instituts heuer bereits mehr als zwei Millionen Tiere getötet werden"),
    S("Landwirtschaftskammer Niederösterreich", "org", "rechnet", "rechnet mit mehreren Hunderttausend Euro"),
]
GOLD = {D: (claims, st)}
