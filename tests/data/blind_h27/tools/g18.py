from common import C, S, A
D = "r12_18_landratswahl"
# no claims: percentages, votes, voters, districts, money, years, ages, area
S(D, "Michael Krüger", "person", "sagte", "direct", "Ich habe in allen Ämtern vorn gelegen oder knapp dahinter, darauf lässt sich aufbauen")
S(D, "Sandra Lemke", "person", "sprach von", "direct", "starken Signal für einen Politikwechsel im Kreis", role="AfD-Kandidatin")
S(D, "Landkreis Vorpommern-Greifswald", "org", "nach Angaben", "indirect", "rund 11.900 Euro brutto im Monat")
A("Michael Krüger", "Krüger")
A("Sandra Lemke", "Lemke")
A("Landkreis Vorpommern-Greifswald", "Landkreis", "Landkreises", "Vorpommern-Greifswald")
