"""Claim location when the gazetteer lacks the town: a capitalised name right after a bare
"in", "bei" or "nahe" is a place, a common noun there ("in Haft") is not. Sentences
written for this test; the towns are invented."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of, only


@pytest.mark.parametrize(("text", "value", "place"), [
    # a town the gazetteer lacks, after a bare preposition, is the scene ...
    ("In Wolvabu sind bei einem Überfall auf einen Armeeposten 23 Soldaten getötet worden.", 23, "Wolvabu"),
    ("Bei Kestrinau wurden nach einem Unwetter 14 Menschen verletzt.", 14, "Kestrinau"),
    # a name of two capitalised parts joined by a hyphen is one name
    ("Bei einem Angriff rund 20 Kilometer südlich von Bara-Kulé sind 18 Soldaten getötet worden.", 18, "Bara-Kulé"),
    # ... also for a figure in the next sentence, and where the article names it again alone
    ("Bewaffnete haben einen Stützpunkt im Norden von Mali überfallen. Der Angriff auf den Posten in "
     "Wolvabu dauerte Stunden. Ein Bewohner von Wolvabu sagte, er habe 31 Leichen gesehen.", 31, "Wolvabu"),
    # a common noun after a bare preposition is no place
    ("Bei Protesten in Kenia wurden 12 Demonstranten festgenommen und in Haft gebracht.", 12, "Kenya"),
    ("In Kenia wurden bei Nacht 7 Menschen verletzt.", 7, "Kenya"),
])
def test_unlisted_town_after_a_bare_preposition(text: str, value: float, place: str) -> None:
    assert by_value(claims_of(text), value).location == place


# each: text, a value of the figure, the place it happened
SCENES = [
    # a place after darunter belongs to the part
    (('Ein Waldbrand nordöstlich von Madrid hat mehrere Vororte erreicht. Es wurden rund 2.000 '
     'Bewohner aus acht Ortschaften in Sicherheit gebracht, darunter die Bewohner eines Pflegeheims '
     'in Wolvabu.'),
     2000, 'Madrid'),
    # a town near a border takes the country the article is about
    (('Burkina Faso: Angriff auf Armeeposten\n\nIn Burkina Faso haben Dschihadisten einen Posten in '
     'Wolvabu nahe der Grenze zu Mali angegriffen. Im ganzen Land sind etwa zwei Millionen Menschen '
     'auf der Flucht.'),
     2000000, 'Burkina Faso'),
    # a region named after a compound ending in gebiet is the scene
    ('Im russischen Grenzgebiet Kerbelowo wurden bei einem Unwetter elf Menschen verletzt.',
     11, 'Kerbelowo'),
    # several regions of one country are the country
    (('In der südrussischen Region Krasnodar brannte ein Depot. Moskau meldete den Abschuss von 61 '
     'ukrainischen Drohnen über mehreren Regionen.'),
     61, 'Russia'),
    # a two word village taken by an army is the scene of its captives
    (('Im Osten der Ukraine gehen die Kämpfe um die Stadt Pokrowsk weiter.\n\nDie russischen Truppen '
     'hätten das Dorf Nowa Marjiwka eingenommen und dabei 14 ukrainische Soldaten gefangen genommen.'),
     14, 'Nowa Marjiwka'),
    # losses without a period stay in the leads town
    (('Kiew (dpa) - Im Osten der Ukraine toben schwere Kämpfe um die Stadt Pokrowsk.\n\nBei dem Sturm '
     'auf die Stellungen seien elf Panzer zerstört worden, teilte der Generalstab mit.'),
     11, 'Pokrovsk'),
    # a country opening the lead is the scene before the agency dateline
    (('Cholera in Malawi: Kliniken in Lilongwe überlastet\n\nLilongwe (dpa) - Malawi erlebt den '
     'schwersten Cholera-Ausbruch seit Jahren. Binnen einer Woche seien 412 Patienten eingeliefert '
     'worden.'),
     412, 'Malawi'),
    # a town an earlier sentence announces by its place noun is the scene
    (('Im Bundesstaat Rakhine gehen die Kämpfe weiter.\n\nBesonders schwer getroffen wurde die '
     'Kleinstadt Wolvabu. Bei einem Luftangriff auf den Markt seien 17 Menschen getötet worden.'),
     17, 'Wolvabu'),
    # a where clause takes the place before it
    (('Viele Flüchtlinge kommen aus der Gegend um Wolvabu, wo Milizen im Juli 73 Dorfbewohner getötet '
     'haben sollen.'),
     73, 'Wolvabu'),
    # a province with an accented capital is a place
    ('In der Provinz Équateur sind an dem Fieber bereits 48 Menschen gestorben.',
     48, 'Équateur'),
    # a district a local police is named after refines a part of the country
    (('Nach tagelangem Regen ist im Osten Nepals ein Hang abgerutscht. Mindestens 19 Menschen kamen '
     'ums Leben, wie die Polizei des Distrikts Wolvabu mitteilte.'),
     19, 'Wolvabu'),
    # a weeks drones against a country are the countrys
    (('Kiew (dpa) - Bei einem Angriff auf Dnipro sind fünf Menschen getötet worden.\n\nPräsident '
     'Selenskyj forderte mehr Flugabwehr. Allein in dieser Woche habe Russland mehr als 1.300 Drohnen '
     'gegen die Ukraine eingesetzt.'),
     1300, 'Ukraine'),
    # a province opening the sentence stays the scene beside a speaker
    (('Manila (dpa) - Ein Taifun hat in der Provinz Cagayan schwere Schäden angerichtet.\n\nIn der '
     'Provinz Wolvabu zählte Gouverneur Ramon Dela Cruz seinen eigenen Angaben zufolge neun '
     'Todesopfer.'),
     9, 'Wolvabu'),
    # a name joined to a region noun is the region
    ('Nach Kämpfen haben rund 12.000 Menschen im nördlichen Wolvabu-Staat ihre Dörfer verlassen.',
     12000, 'Wolvabu-Staat'),
    # years of a conflict in a part of a country are the countrys
    (('Bei einem Angriff auf das Dorf Wolvabu im Bundesstaat Borno sind elf Menschen getötet worden. '
     'Seit Beginn des Aufstands im Jahr 2009 wurden im Nordosten Nigerias rund 36.000 Menschen '
     'getötet.'),
     36000, 'Nigeria'),
    # a week in a part of a country still finds its province
    (('Im Osten der Demokratischen Republik Kongo sind seit Anfang der Woche etwa 30.000 Menschen '
     'geflohen. Viele suchten in Schulen in der Provinz Ituri Zuflucht.'),
     30000, 'Ituri'),
    # a country a verb of arriving takes as its object
    ("Seit Jahresbeginn erreichten nach Zahlen der Regierung rund 31.200 Migranten Spanien über das Meer.",
     31200, "Spain"),
]

# each: text, a value of the figure, a place that is not its scene
NOT_SCENES = [
    # a plural after a bare preposition is no town
    ('In Klöstern und Kirchen in Kenia fanden 300 Menschen Zuflucht vor den Kämpfen.',
     300, 'Klöstern'),
    # two countries opening the lead are no scene of their own
    (('Gefangenenaustausch\n\nMoskau (dpa) - Russland und die Ukraine haben erneut Gefangene '
     'ausgetauscht. Insgesamt kehrten 157 Soldaten zurück.'),
     157, 'Russia'),
    # a persons home district is no scene
    (('Bei einem Unfall auf der Autobahn 7 bei Kassel ist ein Mensch gestorben.\n\nEin Fahrer aus dem '
     'Landkreis Wolvabu starb an der Unfallstelle. Acht Menschen wurden schwer verletzt.'),
     8, 'Wolvabu'),
    # where a boat set out is no scene
    (('Vor der Insel Lampedusa ist ein Boot gekentert.\n\nDas Boot sei am Montag in Wolvabu gestartet. '
     'Zwei mutmaßliche Schleuser wurden festgenommen.'),
     2, 'Wolvabu'),
    # a mission named after its country is no scene
    (('Bei einem Anschlag sind 14 Menschen getötet worden.\n\nDie UN-Mission in Kenia teilte mit, die '
     'Zahl der Verletzten liege bei 23.'),
     23, 'Kenya'),
]


@pytest.mark.parametrize(("text", "value", "place"), SCENES)
def test_scene_of_the_figure(text: str, value: float, place: str) -> None:
    assert by_value(claims_of(text), value).location == place


@pytest.mark.parametrize(("text", "value", "place"), NOT_SCENES)
def test_no_scene_of_the_figure(text: str, value: float, place: str) -> None:
    assert by_value(claims_of(text), value).location != place


def test_a_word_the_article_also_writes_with_an_article_is_no_town() -> None:
    claims = claims_of("Explosion in Chemiewerk: 5 Verletzte\n\nIm Chemiewerk an der Elbe brach am Montag ein "
                       "Feuer aus, 5 Arbeiter wurden verletzt.")
    assert claims and all(c.location != "Chemiewerk" for c in claims)



def test_an_armys_losses_of_a_period_are_the_fronts_not_the_leads_town() -> None:
    text = ("Kiew (dpa) - Im Osten der Ukraine toben schwere Kämpfe um die Stadt Pokrowsk.\n\n"
            "Die russische Armee habe in den vergangenen 24 Stunden rund 1.270 Soldaten verloren, teilte der "
            "Generalstab mit. Zudem seien elf Panzer zerstört worden.")
    claims = claims_of(text)
    assert by_value(claims, 1270).location == "Ukraine"
    assert by_value(claims, 11).location == "Ukraine"



def test_a_town_above_or_near_which_the_event_happened_is_its_scene() -> None:
    # "oberhalb von", "in der Nähe von" before a town the gazetteer lacks, also one spelt with foreign letters
    assert only("Bei einem Lawinenabgang oberhalb von Galtür sind am Sonntag drei Skifahrer ums Leben gekommen."
                ).location == "Galtür"
    assert only("Bei einem Erdrutsch in der Nähe von Ravnå sind am Montag vier Menschen ums Leben gekommen."
                ).location == "Ravnå"


def test_a_compound_ending_in_ort_announces_a_town() -> None:
    assert only("Bei einem Brand in einem Hotel im österreichischen Skiort Obergurgl sind am Sonntag zwei "
                "Menschen ums Leben gekommen.").location == "Obergurgl"


def test_the_town_of_the_hospital_that_treats_the_injured_is_not_the_scene() -> None:
    text = ("Bei einem Busunglück in Hameln sind am Montag zwölf Menschen verletzt worden. Acht von ihnen "
            "werden im Krankenhaus von Hannover behandelt.")
    assert [c.location for c in claims_of(text)] == ["Hameln", "Hameln"]


def test_a_lake_named_by_its_compound_is_a_scene() -> None:
    assert only("Beim Kentern eines Fischerbootes auf dem Kivusee sind am Montag elf Menschen ertrunken."
                ).location == "Kivusee"
    assert only("Bei einem Badeunfall am Krebssee sind am Sonntag zwei Kinder ums Leben gekommen.").location == "Krebssee"


def test_a_border_crossing_announces_a_place() -> None:
    assert only("Am Grenzübergang Tamsaru haben Polizisten am Montag 40 Migranten aufgegriffen.").location == "Tamsaru"
