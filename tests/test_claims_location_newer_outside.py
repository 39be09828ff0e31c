"""Claim locations in constructions the newer outside batches h29-h43 showed (sentences written
for this test): roads, datelines, nationwide words, scenes several words after their
preposition, the paragraph's own places."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_a_kind_of_road_is_no_place_the_town_beside_it_is_the_scene() -> None:
    text = ("Beim Sturz eines Busses sind 19 Menschen ums Leben gekommen. Der Bus war auf der Schnellstraße "
            "zwischen den Städten nahe der Ortschaft Wamalenga von der Fahrbahn abgekommen.")
    assert by_value(claims_of(text), 19).location == "Wamalenga"


def test_a_town_that_is_also_a_common_word_is_no_town_after_im() -> None:
    # "im Zug" is the train: a town takes no article (the Swiss town Zug is "in Zug")
    text = "Bei einem Messerangriff im Zug bei Kassel wurden am Abend 4 Fahrgäste verletzt."
    assert by_value(claims_of(text), 4).location == "Kassel"


def test_a_scene_after_six_words_of_place_nouns_and_adjectives() -> None:
    # preposition, area noun, article, adjective and a compound place noun before the name
    text = "An der Grenze der spanischen Nordafrika-Exklave Ceuta wurden in der Nacht 80 Migranten aufgegriffen."
    assert by_value(claims_of(text), 80).location == "Ceuta"


def test_a_station_compound_stands_between_preposition_and_place() -> None:
    text = "Bei einer Explosion im Hauptbahnhof von Uppsala wurden am Abend 12 Menschen verletzt."
    assert by_value(claims_of(text), 12).location == "Uppsala"


def test_a_part_of_a_country_is_refined_by_a_town_of_its_own_paragraph_before_the_headline() -> None:
    text = ("Nigeria: Schüsse auf Markt nahe Kaduna\n\n"
            "Bei einem Überfall im Norden Nigerias sind am Mittwoch 12 Menschen getötet worden. "
            "Bewaffnete hätten den Markt der Kleinstadt Wamalenga gestürmt, teilte die Polizei mit.")
    assert by_value(claims_of(text), 12).location == "Wamalenga"


def test_a_dateline_name_that_is_also_a_common_word_is_a_place() -> None:
    # "Bordeaux" is also the wine, "Gießen" also a verb: in a dateline the word names a place
    text = "Bordeaux (AFP) - Bei einem Brand in einem Wohnhaus sind am Sonntag 4 Menschen ums Leben gekommen."
    assert by_value(claims_of(text), 4).location == "Bordeaux"


def test_the_second_name_of_a_dateline_of_two_places_is_a_place_too() -> None:
    # "Wamalenga" is unknown to the gazetteer: the dateline makes it a place, "um" after a
    # compound region noun makes it the scene
    text = ("Damaskus/Wamalenga (Reuters) - Bei Gefechten in der Küstenregion um Wamalenga sind "
            "am Sonntag 40 Menschen getötet worden.")
    assert by_value(claims_of(text), 40).location == "Wamalenga"


def test_a_compound_region_noun_makes_um_a_scene() -> None:
    text = "Bei Gefechten im Grenzgebiet um Kupjansk sind am Sonntag 17 Soldaten getötet worden."
    assert by_value(claims_of(text), 17).location == "Kupiansk"


def test_an_unnamed_force_at_an_unlisted_place_is_not_of_the_country_an_organisation_sits_in() -> None:
    # the country of "Wamalenga" is the story's Syria, not Britain where the observatory sits
    text = ("Syrien: Gefechte an der Küste\n\n"
            "Nach Angaben der in Großbritannien ansässigen Beobachtungsstelle wurden im Dorf Wamalenga "
            "am Montag 29 Soldaten getötet.")
    claim = by_value(claims_of(text), 29)
    assert (claim.location, claim.actor) == ("Wamalenga", "Syria")


def test_a_country_wide_word_of_austria_or_an_inflected_nationwide_adjective_gives_the_country() -> None:
    text = ("Innsbruck (APA) - Im Tiroler Oberland sind 41 Masernfälle bestätigt worden.\n\n"
            "Österreichweit wurden heuer bisher 286 Masernfälle registriert.")
    assert by_value(claims_of(text), 286).location == "Austria"
    text = "Berlin (dpa) - Bei einem bundesweiten Salmonellen-Ausbruch sind bislang 34 Menschen erkrankt."
    assert by_value(claims_of(text), 34).location == "Germany"


def test_where_a_victim_comes_from_does_not_refine_a_part_of_a_country() -> None:
    # the district a victim comes from lies in another country: the part of Nepal stays Nepal's
    text = ("Lawine in Nepal\n\n"
            "Kathmandu (APA) - Bei einem Lawinenabgang im Westen Nepals sind 7 Bergsteiger ums Leben gekommen. "
            "Unter den Opfern sei ein Mann aus dem Bezirk Schwaz, sagte ein Sprecher.")
    assert by_value(claims_of(text), 7).location == "Nepal"
