"""Claim locations (sentences written for this test): a figure whose own sentence names no scene got a
country or state from the sentences around it; the one town its headline names inside it is the
event's more specific place, but not for a total of a longer period, for a headline town that is who
speaks, or when the figure's own sentence names another place."""

from __future__ import annotations

from claim_helpers import by_value, claims_of

KASSALA = ("Granaten auf den Markt von Kassala\n\n"
           "Die Stadt Kassala im Osten galt lange als sicherer Ort im Sudan. Am Morgen schlugen dort mehrere "
           "Granaten ein. ")
MBOUR = ("Bootsunglück vor Mbour\n\n"
         "Vor der Küste Senegals ist ein Boot mit Migranten gekentert. Die Marine barg nach eigenen Angaben 23 Leichen.")


def test_the_headline_town_places_a_figure_the_country_placed() -> None:
    assert by_value(claims_of(KASSALA + "Ein Ärzteverband sprach am Abend von 17 Toten."), 17).location == "Kassala"


def test_the_headline_town_places_a_figure_the_coast_of_a_country_placed() -> None:
    assert by_value(claims_of(MBOUR), 23).location == "Mbour"


def test_a_total_of_the_year_keeps_the_country() -> None:
    claims = claims_of(MBOUR + " In diesem Jahr ertranken bislang mehr als 900 Menschen.")
    assert by_value(claims, 23).location == "Mbour"
    assert by_value(claims, 900).location == "Senegal"


def test_another_place_of_the_figures_sentence_keeps_the_headline_town_out() -> None:
    text = KASSALA + "Ein Ärzteverband sprach am Abend von 17 Toten, weitere 9 Menschen starben über dem Gebiet Gedaref."
    assert by_value(claims_of(text), 17).location == "Sudan"


def test_a_headline_town_that_speaks_is_no_scene() -> None:
    text = ("Moskau meldet Abschuss von Drohnen über Belgorod\n\n"
            "Die Ukraine hat die russische Region Belgorod in der Nacht mit Drohnen angegriffen. Sieben Menschen "
            "seien verletzt worden, schrieb der Gouverneur.")
    assert by_value(claims_of(text), 7).location == "Belgorod"
