"""Claim locations named by places the gazetteer lacks, in constructions the outside batches
h29-h31 showed (sentences written for this test): a valley written with a hyphen, a name that
opens its sentence after "Im", names of several words joined by a particle or a linking word."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of

CASES = [
    # a valley or lake written with a hyphen, also opening the sentence
    ("Im Nervia-Tal mussten nach Angaben der Feuerwehr 320 Menschen ihre Häuser verlassen.", 320, "Nervia-Tal"),
    ("Auf dem Tamsel-See kenterte ein Ausflugsboot, 14 Menschen wurden vermisst.", 14, "Tamsel-See"),
    ("Auf dem Ngiri-Tumba-See ist ein Boot gekentert, 17 Menschen ertranken.", 17, "Ngiri-Tumba-See"),
    # a particle opens the name, a linking word joins its parts (the longer name wins over a listed part)
    ("In La Quebrada saßen am Montag rund 900 Urlauber fest.", 900, "La Quebrada"),
    ("Nahe der Kleinstadt Conceição do Itabira kamen 12 Menschen ums Leben.", 12, "Conceição do Itabira"),
    ("Bei Capilla del Monte wurden 7 Menschen verletzt.", 7, "Capilla del Monte"),
    # an Arabic name whose particle a small-letter article joins to its word: the whole name, not the particle
    ("In Deir al-Hamra wurden am Dienstag 11 Menschen getötet.", 11, "Deir al-Hamra"),
    ("Im Flüchtlingslager Ain el-Sahra wurden 8 Menschen verletzt.", 8, "Ain el-Sahra"),
    # ... or a particle joined to the name by a hyphen
    ("Bei einem Angriff auf ein Zeltlager in Al-Hamadi wurden 12 Menschen getötet.", 12, "Al-Hamadi"),
    # a name whose parts a lowercase particle joins with hyphens
    ("In der westafghanischen Stadt Kala-i-Naw wurden 13 Menschen verletzt.", 13, "Kala-i-Naw"),
    # an event named after its scene by "am"
    ("Beim Busunglück am Gaisberg sind 4 Urlauber ums Leben gekommen.", 4, "Gaisberg"),
    # a town ending like a genitive after a direction's "von"
    ("Etwa 20 Kilometer südlich von Bunjis ist ein Bus in eine Schlucht gestürzt, 11 Menschen starben.", 11, "Bunjis"),
    # a city's quarter named by its noun
    ("Im Viertel Shanti Pura ist ein Wohnhaus eingestürzt, 14 Menschen starben.", 14, "Shanti Pura"),
    ("Bei einem Brand im Quartier Saint-Roch sind 3 Menschen ums Leben gekommen.", 3, "Saint-Roch"),
    # a street abroad, named by its own language's street word
    ("In der Nacht brach in einem Haus in der Rue Victor-Hugo ein Feuer aus. Dabei wurden 5 Bewohner verletzt.", 5, "Rue Victor-Hugo"),
    # a shore or a forest "von" a name lies at that name
    ("Vor dem Strand von Kalamani kenterte ein Fischerboot, 16 Menschen ertranken.", 16, "Kalamani"),
    ("Bei Luftangriffen im Wald von Kurami seien 25 Kämpfer getötet worden, teilte die Armee mit.", 25, "Kurami"),
]


@pytest.mark.parametrize("text,value,place", CASES)
def test_location_of_an_unlisted_name(text: str, value: float, place: str | None) -> None:
    assert by_value(claims_of(text), value).location == place


def test_a_town_named_a_paragraph_after_its_state_places_the_states_figures() -> None:
    text = ("Rio de Janeiro (dpa) - Nach einem Dammbruch im Bundesstaat Minas Gerais ist die Zahl der Toten auf 23 gestiegen.\n\n"
            "Am Samstag war nahe der Kleinstadt Córrego do Meio ein Rückhaltebecken eingebrochen.")
    assert by_value(claims_of(text), 23).location == "Córrego do Meio"


def test_a_city_district_named_a_paragraph_later_does_not_replace_the_city() -> None:
    text = ("Odessa (dpa) - Bei einem Angriff auf Odessa sind 9 Menschen getötet worden.\n\n"
            "Getroffen wurde ein Hochhaus im Stadtbezirk Kyjiwskyj.")
    assert by_value(claims_of(text), 9).location == "Odesa"


def test_a_listed_name_after_an_indefinite_article_is_a_common_noun() -> None:
    # "Bergstraße" is a German district too; "auf einer kurvigen Bergstraße" names no place
    text = "In der Slowakei ist ein Reisebus auf einer kurvigen Bergstraße verunglückt. 6 Menschen kamen ums Leben."
    assert by_value(claims_of(text), 6).location == "Slovakia"



@pytest.mark.parametrize("text,value,place", [
    # a river after a town: where the town lies, not the scene
    ("Beim Beschuss der Stadt Nikopol am Dnipro sind 9 Menschen getötet worden.", 9, "Nikopol"),
    # a city after a prison's place and "bei": the prison's place is the scene
    ("Im Gefängnis Korydallos bei Athen wurden 6 Häftlinge verletzt.", 6, "Korydallós"),
])
def test_a_place_after_another_place_and_a_linking_word_only_locates_it(text: str, value: float, place: str) -> None:
    assert by_value(claims_of(text), value).location == place


def test_a_town_after_a_road_and_a_linking_word_is_the_scene() -> None:
    text = "Auf der A3 bei Passau sind 5 Menschen bei einem Unfall verletzt worden."
    assert by_value(claims_of(text), 5).location == "Passau"


def test_a_name_of_two_words_a_place_noun_introduced_is_a_place_where_the_article_repeats_it() -> None:
    # "auf Bint Sahira" alone names no place; "den Bezirk Bint Sahira" a paragraph later does
    text = ("Schwere Angriffe im Südlibanon\n\nIm Süden des Libanon hat die Armee angegriffen. Bei Luftangriffen "
            "auf Bint Sahira wurden 17 Menschen getötet.\n\nAus dem Bezirk Bint Sahira flohen seither etwa 700 Menschen.")
    assert by_value(claims_of(text), 17).location == "Bint Sahira"


def test_a_city_adjective_before_a_place_noun_and_its_name_gives_way_to_the_named_place() -> None:
    # as "im Stadtteil Lindenhof in Gera": the district is the scene, the city only where it lies
    text = "Bei einem Brand im Geraer Stadtteil Lindenhof sind 4 Menschen verletzt worden."
    assert by_value(claims_of(text), 4).location == "Lindenhof"
