from common import c, s, meta
D = "k11_17_ski_soelden"
meta(D, "2026-10-25", "Keystone-SDA (sda)", note="no-claim article: times, ranks, ages, points, spectators")
s(D, "Marco Odermatt", "person", "sagte", "direct", "Ich habe im Sommer viel am Material getüftelt, heute hat alles gepasst")
s(D, "Thomas Stauffer", "person", "sagte", "direct", "Wir wussten, dass die Mannschaft breit aufgestellt ist, aber sieben Fahrer unter den besten 30, das ist außergewöhnlich", role="Swiss-Ski-Cheftrainer")
s(D, "organisers", "group", "meldeten", "indirect", "rund 15.500 Zuschauer an beiden Renntagen")
