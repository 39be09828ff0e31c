from common import c, s, meta
D = "k11_09_ammoniak_wilhelmshaven"
meta(D, "2026-11-12", "Nordwest-Zeitung", note="local paper, dateline 'Wilhelmshaven.'")
L = "Wilhelmshaven"
F = "fire brigade"
c(D, "Hafen: Zwei Arbeiter schwer verletzt", "wounded", 2, 2, "exact", loc=L, opt=True, note="headline restates the body")
c(D, "zwei Arbeiter schwer verletzt worden", "wounded", 2, 2, "exact", src=F, time="2026-11-11", loc=L, note="'Das teilte die Feuerwehr ... mit' closes the paragraph and attributes it")
c(D, "Elf weitere Beschäftigte", "wounded", 11, 11, "exact", src=F, loc=L, add=True, note="more injured on top of the two")
c(D, "rund 140 Kräften", "troops", 140, 140, "about", actor=F, loc=L, opt=True, note="fire brigade deployment")
c(D, "Rund 70 Beschäftigte", "displaced", 70, 70, "about", loc=L, note="evacuated from the port area")
c(D, "18 Besatzungsmitgliedern", "other", 18, 18, "exact", loc=L, opt=True, note="crew on board")
c(D, "drei Arbeiter leicht verletzt", "wounded", 3, 3, "exact", time="2026-03", loc=L, note="earlier leak in March of the publication year")

s(D, F, "org", "teilte", "indirect", "Nach dem Austritt von Ammoniak an einem Chemieterminal im Wilhelmshavener Hafen sind am Mittwochnachmittag zwei Arbeiter schwer verletzt worden")
s(D, F, "org", "nach Schätzung", "indirect", "traten nach Schätzung der Feuerwehr zwischen 300 und 500 Kilogramm des giftigen Gases aus")
s(D, "Arne Tjaden", "person", "sagte", "indirect", "Lebensgefahr bestehe nach aktuellem Stand aber nicht", role="Stadtbrandmeister")
s(D, "City of Wilhelmshaven", "org", "forderte", "indirect", "die Bewohner von Voslapp und Sengwarden über die Warn-App Nina und Lautsprecherdurchsagen auf, Fenster und Türen geschlossen zu halten")
s(D, "Jade Chemie Logistik", "org", "kündigte", "indirect", "eine umfassende Aufklärung an")
s(D, "Jade Chemie Logistik", "org", "sagte", "indirect", "das Unternehmen arbeite \"eng mit den Behörden zusammen\"", role="Sprecher")
