from common import doc, c, s, a
doc("v15_04_masar")
a("Mazar-i-Sharif", "Masar-i-Scharif", "Mazar-e Sharif")
a("Taliban authorities", "Taliban-Behörden", "Taliban")
a("Abdul Ghani Nuri", "Nuri", "Sprecher der Provinzpolizei von Balch")
a("Mazar regional hospital doctor", "Arzt des Regionalkrankenhauses")
M = "Mazar-i-Sharif"
c("mindestens neun Menschen getötet", "killed", 9, None, "at_least", src="Taliban authorities", time="2026-11-19", loc=M)
c("31 verletzt", "wounded", 31, 31, "exact", src="Taliban authorities", time="2026-11-19", loc=M)
c("17 Leichen eingeliefert", "killed", 17, 17, "exact", src="Mazar regional hospital doctor", loc=M, note="bislang: open total; unnamed single speaker as descriptive source")
s("Taliban authorities", "org", "nach Angaben", "indirect", "mindestens neun Menschen getötet und 31 verletzt worden")
s("Abdul Ghani Nuri", "person", "machte", "indirect", "machte einen Selbstmordattentäter verantwortlich", role="Sprecher der Provinzpolizei von Balch")
