from common import C, S, A
D = "r12_03_beledweyne"
C(D, "Mindestens elf Tote", "killed", 11, None, "at_least", None, "asserted", None, "Beledweyne", optional=True, note="headline restates")
C(D, "mindestens elf Menschen getötet", "killed", 11, None, "at_least", None, "asserted", "2026-11-09", "Beledweyne")
C(D, "Unter den Toten seien sieben Soldaten", "killed", 7, 7, "exact", "Somali army", "asserted", None, "Beledweyne", actor="Somali army",
  note="unnamed officer = his organisation")
C(D, "23 Verletzten", "wounded", 23, 23, "exact", "Abdiqadir Warsame", "asserted", None, "Beledweyne")
C(D, "30 Soldaten getötet", "killed", 30, 30, "exact", "Al-Shabaab", "asserted", None, "Beledweyne", actor="Somali army",
  note="militia claim, rejected by the government; stays asserted with its own source")
S(D, "Somali army", "org", "sagte", "indirect", "Unter den Toten seien sieben Soldaten", role="Offizier")
S(D, "Abdiqadir Warsame", "person", "berichtete", "indirect", "von 23 Verletzten, einige davon in kritischem Zustand", role="Direktor des örtlichen Krankenhauses")
S(D, "Al-Shabaab", "group", "behauptete", "indirect", "30 Soldaten getötet zu haben")
S(D, "Somali government", "org", "wies", "indirect", "diese Zahl als \"Lüge\" zurück", denial=True)
A("Somali army", "somalische Armee", "somalischen Armee", "Offizier der somalischen Armee", "Somali National Army", "SNA")
A("Abdiqadir Warsame", "Warsame")
A("Al-Shabaab", "Islamistenmiliz Al-Shabaab", "al-Shabaab", "Shabaab", "al-Shabab", "Al-Shabab")
A("Somali government", "Regierung in Mogadischu", "Mogadischu", "Zentralregierung", "somalische Regierung")
A("Beledweyne", "Belet Weyne", "Beledweyn", "Belet Uen")

D = "r12_04_atyrau"
C(D, "vier Tote", "killed", 4, 4, "exact", None, "asserted", None, "Atyrau", optional=True, note="headline restates")
C(D, "vier Arbeiter ums Leben gekommen", "killed", 4, 4, "exact", "Kazakh authorities", "asserted", "2026-10-27", "Atyrau")
C(D, "17 weitere seien mit Verbrennungen", "wounded", 17, 17, "exact", "Kazakh emergency ministry", "asserted", None, "Atyrau",
  note="'weitere' after a death toll: other people, not additional")
C(D, "Zwei Arbeiter würden noch vermisst", "missing", 2, 2, "exact", "Kazakh emergency ministry", "asserted", None, "Atyrau")
S(D, "Kazakh authorities", "group", "nach Behördenangaben", "indirect", "vier Arbeiter ums Leben gekommen")
S(D, "Kazakh emergency ministry", "org", "teilte", "indirect", "17 weitere seien mit Verbrennungen in Krankenhäuser gebracht worden")
S(D, "Kazakh emergency ministry", "org", "würden", "indirect", "Zwei Arbeiter würden noch vermisst")
S(D, "KazMunayGas", "org", "erklärte", "indirect", "die Produktion werde für mindestens eine Woche unterbrochen")
A("Kazakh authorities", "kasachische Behörden", "Behördenangaben")
A("Kazakh emergency ministry", "Katastrophenschutzministerium", "Katastrophenschutzministerium in Astana", "kasachisches Katastrophenschutzministerium")
A("KazMunayGas", "Betreiber KazMunayGas")
A("Atyrau", "Ölraffinerie von Atyrau", "Raffinerie von Atyrau")
A("Kazakhstan", "Kasachstan")
