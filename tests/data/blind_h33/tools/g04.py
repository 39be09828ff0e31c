from common import C, S
D = "f18_04_dschalalabad"
J, H = "Jalalabad", "Sayed Tayeb Hammad"
claims = [
    C("von 27 Toten", "killed", 27, 27, "exact", H, loc=J, note="'am Abend' of the Friday named earlier: time only in the first paragraph"),
    C("64 Verletzten", "wounded", 64, 64, "exact", H, loc=J),
    C("41 Leichen", "killed", 41, 41, "exact", "hospital doctor", loc=J),
    C('"mehr als 70 getöteten und verletzten Abtrünnigen"', "killed_or_wounded", 70, None, "at_least", "ISKP", loc=J),
    C("mehr als 700 Menschen getötet oder verletzt", "killed_or_wounded", 700, None, "at_least", "UNAMA", loc="Afghanistan", note="seit 2021: open total"),
    C("drei mutmaßliche Helfer des Attentäters festgenommen", "arrested", 3, 3, "exact", "Zabihullah Mujahid", time="2026-11-13", loc=J),
    C("mehr als 50 Tote", "killed", 50, None, "at_least", "Zabihullah Mujahid", "denied", loc=J, note="reports he rejects"),
    C("auf 2.000 bis 3.500", "troops", 2000, 3500, "range", "UN experts", "estimated", loc="Afghanistan", actor="ISKP"),
]
st = [
    S("Taliban authorities", "org", "nach Angaben", "Der Attentäter zündete seinen Sprengsatz nach Angaben der Taliban-Behörden während des Freitagsgebets"),
    S(H, "person", "sprach", "am Abend von 27 Toten und 64 Verletzten", role="Sprecher der Provinzpolizei"),
    S(H, "person", "könne", "Einige der Verletzten schwebten in Lebensgefahr, die Zahl der Opfer könne daher noch steigen", role="Sprecher der Provinzpolizei"),
    S("ISKP", "org", "reklamierte", "reklamierte die Tat über ihr Sprachrohr Amak für sich"),
    S("ISKP", "org", "ist", 'von "mehr als 70 getöteten und verletzten Abtrünnigen" die Rede'),
    S("United Nations", "org", "verurteilten", "Die Vereinten Nationen verurteilten den Anschlag scharf"),
    S("UNAMA", "org", "forderte", "die Taliban auf, religiöse Minderheiten besser zu schützen"),
    S("UNAMA", "org", "Nach Zählung", "wurden bei Anschlägen auf schiitische Einrichtungen in Afghanistan seit 2021 mehr als 700 Menschen getötet oder verletzt"),
    S("Zabihullah Mujahid", "person", "schrieb", 'die Täter würden "ihrer gerechten Strafe nicht entgehen"', role="Taliban-Sprecher"),
    S("Zabihullah Mujahid", "person", "hätten", "Sicherheitskräfte hätten noch am Freitagabend in einem Vorort der Stadt drei mutmaßliche Helfer des Attentäters festgenommen", role="Taliban-Sprecher"),
    S("Zabihullah Mujahid", "person", "wies", 'Berichte in sozialen Medien über mehr als 50 Tote wies er als "Propaganda" zurück', role="Taliban-Sprecher", denial=True),
    S("Taliban authorities", "org", "geben an", "den Ableger des IS weitgehend zerschlagen zu haben"),
    S("UN experts", "group", "schätzen", "die Zahl seiner Kämpfer in Afghanistan jedoch weiterhin auf 2.000 bis 3.500"),
]
GOLD = {D: (claims, st)}
