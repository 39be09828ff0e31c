from common import C, S
DOC = "j19_20_studie_gletscher"
# no-claim article: percentages, years, volumes, degrees, glaciers, money
A = {
    "ETH Zürich": ["ETH", "Forschungsteam der ETH Zürich und der Universität Innsbruck", "Forschungsteam der ETH Zürich"],
    "Annika Lüscher": ["Lüscher", "Studienleiterin Annika Lüscher"],
    "Florian Raich": ["Raich", "Innsbrucker Glaziologe Florian Raich"],
    "Reto Gasser": ["Gasser"],
    "SRF": ["Schweizer Radio SRF"],
}
CLAIMS = []
P = "person"; O = "org"; L = "Annika Lüscher"; R = "Florian Raich"
STATEMENTS = [
    S("ETH Zürich", O, "berichtet", "Zwischen 2000 und 2025 hätten sie im Schnitt 39 Prozent ihres Volumens verloren"),
    S("ETH Zürich", O, "schreiben", "Allein in den Hitzesommern 2022 und 2023 seien zusammen gut 10 Prozent des Eisvolumens verschwunden"),
    S("ETH Zürich", O, "entspreche", "Das entspreche etwa 13 Kubikkilometern Eis"),
    S(L, P, "sagte", "Wir haben die Geschwindigkeit des Rückgangs unterschätzt", mode="direct", role="Studienleiterin"),
    S(L, P, "seien", "Vor allem kleinere Gletscher unter einem Quadratkilometer Fläche seien betroffen; viele von ihnen würden die nächsten 15 Jahre nicht überstehen", role="Studienleiterin"),
    S(L, P, "gingen", "Selbst wenn die Erderwärmung auf 1,5 Grad begrenzt werde, gingen bis 2100 voraussichtlich zwei Drittel des heutigen Eises verloren", role="Studienleiterin"),
    S(L, P, "blieben", "Bei einer Erwärmung um 3 Grad blieben nach den Modellrechnungen kaum 5 Prozent übrig", role="Studienleiterin"),
    S(R, P, "verwies", "auf die Folgen für Wasserversorgung und Energie", role="Glaziologe"),
    S(R, P, "stamme", "In trockenen Sommern stamme in manchen Tälern bis zu 40 Prozent des Abflusses aus Gletscherschmelze", role="Glaziologe"),
    S(R, P, "sagte", "Wenn dieser Puffer wegfällt, bekommen Landwirtschaft und Wasserkraft ein Problem", mode="direct", role="Glaziologe"),
    S("Reto Gasser", P, "sagte", "Die Daten deckten sich mit den Messreihen des Schweizer Gletschermessnetzes Glamos", role="Leiter von Glamos"),
    S("Reto Gasser", P, "seien", "Allerdings seien Hochrechnungen über 75 Jahre naturgemäß mit großen Unsicherheiten behaftet", role="Leiter von Glamos"),
]
