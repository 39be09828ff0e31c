from common import C, S, A
D = "r12_05_interview_karabach"
AB = "Lusine Abrahamyan"
C(D, "genau 100.617 Menschen registriert", "displaced", 100617, 100617, "exact", AB, "asserted", "2023-10-01", "Armenia",
  note="closed period 24 Sept - 1 Oct 2023 gives its end; counted where they arrived")
C(D, "gut 30.000 Kinder", "displaced", 30000, None, "at_least", AB, "asserted", None, "Armenia")
C(D, "115.000 Geflüchteten", "displaced", 115000, 115000, "exact", "Armenian government", "asserted", None, "Armenia", note="figure in the interviewer's question")
C(D, "rund 14.000 Menschen mit", "displaced", 14000, 14000, "about", AB, "asserted", None, "Armenia")
C(D, "etwa 88.000", "displaced", 88000, 88000, "about", AB, "asserted", None, "Armenia", note="answer to 'heute noch'; the answer sentence has no date")
C(D, "Ungefähr 12.000 sind weitergezogen", "displaced", 12000, 12000, "about", AB, "asserted", None, None, note="moved on to several countries")
C(D, "knapp 6.500 Menschen leben noch immer in Sammelunterkünften", "displaced", 6500, 6500, "about", AB, "asserted", None, "Armenia")
C(D, "etwa 4.000 Familien", "other", 4000, 4000, "about", AB, "possible", "2026", "Armenia", future=True, optional=True, note="families to receive housing grants")
C(D, "bis zu 5.000 Menschen abwandern", "displaced", None, 5000, "at_most", AB, "possible", "2027", "Armenia", future=True, additional=True,
  note="'noch einmal' on top of the 12,000 who left")
C(D, "mehr als 200 Menschen ums Leben", "killed", 200, None, "at_least", None, "asserted", "2023-09", "Stepanakert",
  note="interviewer's question, own voice; 'damals' = September 2023 of the first question")
C(D, "21 Menschen als vermisst", "missing", 21, 21, "exact", "Armenian government", "asserted", None, "Stepanakert",
  note="relayed by the interviewee from the authorities in Yerevan")

S(D, AB, "person", None, "direct", "Wir haben zwischen dem 24. September und dem 1. Oktober 2023 genau 100.617 Menschen registriert, die über den Latschin-Korridor kamen", role="Leiterin des UNHCR-Büros in Jerewan")
S(D, AB, "person", None, "direct", "Darunter waren gut 30.000 Kinder")
S(D, "Armenian government", "org", "spricht von", "indirect", "115.000 Geflüchteten")
S(D, AB, "person", None, "direct", "Die Regierung zählt auch jene rund 14.000 Menschen mit")
S(D, AB, "person", None, "direct", "Nach unseren Daten etwa 88.000. Ungefähr 12.000 sind weitergezogen, die meisten nach Russland")
S(D, AB, "person", None, "direct", "knapp 6.500 Menschen leben noch immer in Sammelunterkünften")
S(D, AB, "person", None, "direct", "könnten nach unserer Einschätzung bis Ende 2027 noch einmal bis zu 5.000 Menschen abwandern")
S(D, "Armenian government", "org", "Nach Angaben", "indirect", "gelten bis heute 21 Menschen als vermisst")
S(D, AB, "person", None, "direct", "Uns fehlen rund 38 Millionen Dollar")

A(AB, "Abrahamyan", "Frau Abrahamyan", "UNHCR", "UN-Flüchtlingshilfswerk UNHCR", "UN-Flüchtlingshilfswerk", "UN-Flüchtlingshilfswerks UNHCR")
A("Armenian government", "armenische Regierung", "Behörden in Jerewan", "Armenia's government")
A("Armenia", "Armenien", "Jerewan")
A("Stepanakert", "Tankstelle bei Stepanakert", "Chankendi", "Khankendi")
A("Nagorno-Karabakh", "Bergkarabach", "Karabach", "Berg-Karabach")
