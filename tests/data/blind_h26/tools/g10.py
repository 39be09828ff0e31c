from common import c, s, meta
D = "k11_10_grenze_belarus"
meta(D, "2026-10-06", "FAZ", note="dateline 'Warschau, 6. Oktober.'")
B = "Polish-Belarusian border"
PBG = "Polish Border Guard"
c(D, "rund 4.100 Versuche", "displaced", 4100, 4100, "about", src=PBG, time="2026-09", loc=B, opt=True, note="crossing attempts, not people")
c(D, "230 Menschen aufgegriffen", "displaced", 230, 230, "exact", src=PBG, time="2026-10-04", loc="Białowieża", note="relayed: PAP citing the border guard; 'am vergangenen Wochenende' = its Sunday")
c(D, "14 mutmaßliche Schleuser", "arrested", 14, 14, "exact", src=PBG, loc="Białowieża", note="Konjunktiv continuation of the relayed report")
c(D, "von derzeit etwa 6.000", "troops", 6000, 6000, "about", src="Władysław Kosiniak-Kamysz", actor="Polish army", loc=B)
c(D, "auf bis zu 8.000", "troops", None, 8000, "at_most", src="Władysław Kosiniak-Kamysz", cert="possible", fut=True, actor="Polish army", loc=B, note="planned increase")
c(D, "mehr als 300 solcher Zurückweisungen", "displaced", 300, None, "at_least", src="Grupa Granica", time="2026-09", loc=B, opt=True, note="push-back incidents, not people")
c(D, "mindestens neun Menschen tot aufgefunden", "killed", 9, None, "at_least", src="Zofia Wierzbicka", loc=B, note="open total since the start of the year")
c(D, "\"mehr als 50 Flüchtlinge, darunter Frauen und Kinder\"", "displaced", 50, None, "at_least", src="Belarusian border committee", time="2026-10-04", loc=B, note="people pushed back, Belarusian claim")
c(D, "Tausende Menschen", "displaced", 1000, None, "at_least", time="2021", loc="Belarus", opt=True, note="vague plural, 2021 background")

s(D, PBG, "org", "nach eigenen Angaben", "indirect", "registrierte im September nach eigenen Angaben rund 4.100 Versuche, die Grenze illegal zu überqueren")
s(D, "Ewa Dąbrowska-Lis", "person", "sagte", "indirect", "Die meisten Migranten stammten aus Somalia, Eritrea, Afghanistan und Jemen", role="Sprecherin der Behörde")
s(D, "PAP", "org", "berichtete", "indirect", "Allein am vergangenen Wochenende seien im Abschnitt um Białowieża und Hajnówka 230 Menschen aufgegriffen worden")
s(D, "PAP", "org", "seien", "indirect", "Zudem seien 14 mutmaßliche Schleuser festgenommen worden")
s(D, "Polish government", "org", "wirft", "indirect", "dem belarussischen Machthaber Alexandr Lukaschenko vor, die Migranten gezielt an die Grenze zu bringen")
s(D, "Władysław Kosiniak-Kamysz", "person", "kündigte", "indirect", "die Zahl der Soldaten im Grenzgebiet von derzeit etwa 6.000 auf bis zu 8.000 zu erhöhen", role="Verteidigungsminister")
s(D, "aid organisations", "group", "werfen", "indirect", "den Grenzschützern vor, Schutzsuchende ohne Prüfung ihrer Asylanträge nach Belarus zurückzudrängen")
s(D, "Grupa Granica", "org", "nach eigenen Angaben", "indirect", "dokumentierte nach eigenen Angaben allein im September mehr als 300 solcher Zurückweisungen")
s(D, "Zofia Wierzbicka", "person", "sagte", "indirect", "Im Grenzwald seien seit Jahresbeginn mindestens neun Menschen tot aufgefunden worden", role="Sprecherin")
s(D, "Zofia Wierzbicka", "person", "liege", "indirect", "Die tatsächliche Zahl liege vermutlich deutlich höher")
s(D, "Zofia Wierzbicka", "person", "säßen", "indirect", "Viele Menschen säßen bei nächtlichen Temperaturen um den Gefrierpunkt tagelang im Wald fest")
s(D, "Belarusian border committee", "org", "wies", "indirect", "wies die Vorwürfe zurück", denial=True)
s(D, "Belarusian border committee", "org", "erklärte", "indirect", "polnische Beamte hätten am Sonntag \"mehr als 50 Flüchtlinge, darunter Frauen und Kinder\", gewaltsam auf belarussisches Gebiet zurückgestoßen")
