from common import C, S, A
D = "r12_20_wetter"
# no claims: temperatures, snow depths, wind speeds, rainfall, dates, percentages
S(D, "DWD", "org", "nach Angaben", "indirect", "polare Kaltluft nach Deutschland")
S(D, "Adrian Leyser", "person", "sagte", "direct", "Wer morgens früh unterwegs ist, muss mit überfrierender Nässe und Reifglätte rechnen", role="DWD-Meteorologe")
S(D, "Adrian Leyser", "person", "könne", "indirect", "Im Bergland oberhalb von etwa 400 Metern könne es schneien")
S(D, "Adrian Leyser", "person", "seien", "indirect", "seien oberhalb von 800 Metern bis Donnerstag 10 bis 20 Zentimeter Neuschnee möglich, in Staulagen auch 30 Zentimeter")
S(D, "DWD", "org", "nach Angaben", "indirect", "Ob es am ersten Adventswochenende in den Alpen bei Schnee bleibt")
A("DWD", "Deutscher Wetterdienst", "Deutschen Wetterdienstes", "Deutschen Wetterdienstes (DWD)")
A("Adrian Leyser", "Leyser", "DWD-Meteorologe Adrian Leyser")
