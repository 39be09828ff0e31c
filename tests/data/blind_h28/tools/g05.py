from common import C, S
D = "m13_05_vaesteraas"
P, V, AL, R = "police", "Västerås", "Anna Lindqvist", "Region Västmanland"
claims = [
    C("Drei Tote, Tatverdächtiger gefasst", "killed", 3, 3, "exact", loc=V, optional=True, note="headline restates the first body figure"),
    C("drei Menschen getötet worden", "killed", 3, 3, "exact", time="2026-11-14", loc=V),
    C("Fünf weitere wurden verletzt", "wounded", 5, 5, "exact", P, loc=V, note="'am Abend' without a day: null; not additional"),
    C("zwei von ihnen lebensgefährlich", "wounded", 2, 2, "exact", P, loc=V),
    C("Ein 17-Jähriger sei kurz nach der Tat", "arrested", 1, 1, "exact", AL, time="2026-11-14", loc=V, optional=True, note="count of one"),
    C("insgesamt acht Menschen in das Krankenhaus", "wounded", 8, 8, "exact", R, loc=V),
    C("darunter drei mit leichteren Verletzungen", "wounded", 3, 3, "exact", R, loc=V),
    C("Eine der Schwerverletzten", "killed", 1, 1, "exact", R, time="2026-11-15", loc=V, optional=True, note="count of one"),
    C("Zahl der Toten auf vier", "killed", 4, 4, "exact", loc=V),
    C("mehr als 20 Schüsse", "other", 20, None, "at_least", "investigator circles", loc=V, optional=True, note="shots"),
    C("rund 1.500 Menschen in dem Einkaufszentrum", "other", 1500, 1500, "about", "investigator circles", loc=V, optional=True, note="crowd present"),
    C("44 Menschen bei Schießereien getötet", "killed", 44, 44, "exact", P, time="2025", loc="Sweden"),
    C("96 verletzt", "wounded", 96, 96, "exact", P, time="2025", loc="Sweden"),
    C("zehn Menschen erschossen", "killed", 10, 10, "exact", time="2025-02", loc="Örebro"),
]
st = [
    S(P, "org", "mitteilte", "Fünf weitere wurden verletzt, zwei von ihnen lebensgefährlich"),
    S(AL, "person", "sagte", "Ein 17-Jähriger sei kurz nach der Tat in der Nähe des Einkaufszentrums Erikslund festgenommen worden", role="Polizeisprecherin"),
    S(R, "org", "Nach Angaben", "wurden insgesamt acht Menschen in das Krankenhaus von Västerås gebracht"),
    S(R, "org", "mitteilte", "Eine der Schwerverletzten, eine 34-jährige Frau, starb am Sonntagmorgen"),
    S("Aftonbladet", "org", "berichtete", "der Schütze habe in einem Schuhgeschäft das Feuer eröffnet und mehr als 20 Schüsse abgegeben"),
    S("Aftonbladet", "org", "hätten", "Zum Zeitpunkt der Tat hätten sich rund 1.500 Menschen in dem Einkaufszentrum aufgehalten"),
    S(P, "org", "wies", "Berichte über einen zweiten Schützen wies die Polizei am Sonntag zurück", denial=True),
    S(AL, "person", "sagte", "Wir haben keinerlei Hinweise auf einen weiteren Täter", mode="direct", role="Polizeisprecherin", denial=True),
    S(P, "org", "nach eigenen Angaben", "ob die Tat mit einem Konflikt zwischen kriminellen Banden zusammenhängt"),
    S("Ulf Kristersson", "person", "sprach", 'von einem "schwarzen Tag" für das Land', role="Ministerpräsident"),
    S("Ulf Kristersson", "person", "kündigte", "die Polizei in Västerås mit zusätzlichen Beamten aus Stockholm zu verstärken", role="Ministerpräsident"),
    S(P, "org", "Nach einer Statistik", "wurden im vergangenen Jahr landesweit 44 Menschen bei Schießereien getötet und 96 verletzt"),
]
GOLD = {D: (claims, st)}
