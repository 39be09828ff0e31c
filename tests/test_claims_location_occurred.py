"""Claim locations (sentences written for this test): a sentence saying where the event happened ("Das
Unglück ereignete sich ... vor dem Fischereihafen X") names its most specific place, for the casualty
figures that got only the country around it (also from another paragraph); not a place in another
country, not without such a sentence, not for a total of a longer period or a figure of another
measure."""

from __future__ import annotations

from claim_helpers import by_value, claims_of

BOAT = ("Bootsunglück mit Migranten\n\n"
        "Vor der Küste Senegals ist ein Boot gekentert. Die Marine barg 27 Leichen. ")
OCCURRED = "Das Unglück geschah wenige Kilometer vor dem Fischereihafen Mbour."


def test_the_place_where_the_event_happened_places_the_figure() -> None:
    assert by_value(claims_of(BOAT + OCCURRED), 27).location == "Mbour"


def test_also_from_the_next_paragraph() -> None:
    text = BOAT + "\n\nDas Unglück ereignete sich in der Nacht vor dem Fischereihafen Mbour."
    assert by_value(claims_of(text), 27).location == "Mbour"


def test_a_place_in_another_country_is_not_the_scene() -> None:
    text = BOAT + "Das Unglück ereignete sich vor dem Hafen von Banjul."
    assert by_value(claims_of(text), 27).location == "Senegal"


def test_a_place_no_sentence_says_happened_there_stays_a_detail() -> None:
    text = BOAT + "Der Fischereihafen Mbour liegt südlich von Dakar."
    assert by_value(claims_of(text), 27).location == "Senegal"


def test_a_total_of_a_longer_period_keeps_the_country() -> None:
    claims = claims_of(BOAT + OCCURRED + "\n\nSeit Jahresbeginn ertranken 140 Migranten.")
    assert by_value(claims, 27).location == "Mbour"
    assert by_value(claims, 140).location == "Senegal"


def test_a_figure_of_another_measure_keeps_its_place() -> None:
    claims = claims_of(BOAT + OCCURRED + "\n\nDie Polizei nahm zwölf mutmaßliche Schleuser fest.")
    assert by_value(claims, 12).location == "Senegal"
