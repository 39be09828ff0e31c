from common import C, S
DOC = "j19_17_koalitionsstreit"
# no-claim article: money, votes, percentages, years
A = {
    "Christoph Wendler": ["Wendler", "Finanzminister Christoph Wendler"],
    "Katrin Seifert": ["Seifert", "Landeschefin Katrin Seifert"],
    "Thomas Reinhold": ["Reinhold", "Ministerpräsident Thomas Reinhold"],
    "Sabine Kurz": ["Kurz", "Fraktionschefin Sabine Kurz"],
    "Frank Hellwig": ["Hellwig", "AfD-Fraktionschef Frank Hellwig"],
    "Infratest dimap": ["Instituts Infratest dimap", "Institut Infratest dimap"],
    "MDR": [],
}
CLAIMS = []
P = "person"; O = "org"
STATEMENTS = [
    S("Christoph Wendler", P, "lehnte", "die Forderung des Koalitionspartners ab, die Schuldenbremse für Investitionen in Schulen und Kliniken zu lockern", role="Finanzminister"),
    S("Christoph Wendler", P, "sagte", "Wer heute Schulden macht, nimmt unseren Kindern die Luft zum Atmen", mode="direct", role="Finanzminister"),
    S("Christoph Wendler", P, "komme", "Ein Kredit von 1,5 Milliarden Euro komme für ihn nicht infrage", role="Finanzminister"),
    S("Katrin Seifert", P, "nannte", "die Haltung der CDU \"realitätsfern\"", role="Landeschefin der Grünen"),
    S("Katrin Seifert", P, "belaufe", "Der Sanierungsstau an Sachsens Schulen belaufe sich nach Berechnungen des Kultusministeriums auf rund 4,2 Milliarden Euro", role="Landeschefin der Grünen"),
    S("Katrin Seifert", P, "werde", "Ohne neue Kredite werde man ihn frühestens in 25 Jahren abbauen", role="Landeschefin der Grünen"),
    S("Katrin Seifert", P, "sei", "Das sei den Eltern nicht zu vermitteln", role="Landeschefin der Grünen"),
    S("Thomas Reinhold", P, "sagte", "Er sei zuversichtlich, dass man bis zur Kabinettsklausur Mitte Dezember eine Lösung finde", role="Ministerpräsident"),
    S("Thomas Reinhold", P, "habe", "Die Koalition habe in den vergangenen zwei Jahren \"schwierigere Dinge\" gemeistert", role="Ministerpräsident"),
    S("Thomas Reinhold", P, "stehe", "Ein Bruch stehe nicht zur Debatte", role="Ministerpräsident"),
    S("Sabine Kurz", P, "erklärte", "man erwarte von beiden Seiten \"Kompromissbereitschaft statt Ultimaten\"", role="Fraktionschefin der SPD"),
    S("Frank Hellwig", P, "sagte", "die Regierung sei \"am Ende\"", role="AfD-Fraktionschef"),
    S("Infratest dimap", O, "Laut", "halten 58 Prozent der Sachsen die Schuldenbremse für richtig, 34 Prozent sind für Ausnahmen"),
]
