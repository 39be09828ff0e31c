"""Claim locations (sentences written for this test): a town the gazetteer lacks after a bare preposition
stays a town where the article also writes it before another capitalised word ("des Flagstaff Medical
Center": part of a longer name) or after an article and a place's adjective ("im texanischen Port
Arthur"); "Tal" and "Wadi" open an Arabic place's name as "Tel" and "Ain" do ("in Tal Rifaat")."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_a_town_inside_a_longer_name_stays_a_town() -> None:
    text = ("Zugunglück\n\n"
            "In Flagstaff ist ein Zug entgleist. Fünf Menschen kamen ums Leben, sagte ein Sprecher des Flagstaff "
            "Medical Center.")
    assert by_value(claims_of(text), 5).location == "Flagstaff"


def test_a_town_after_an_article_and_a_place_adjective_stays_a_town() -> None:
    text = ("Explosion in Raffinerie\n\n"
            "Bei einer Explosion in einer Raffinerie im texanischen Port Arthur sind zwei Arbeiter ums Leben "
            "gekommen. Die Behörde schickte Inspektoren nach Port Arthur.")
    assert by_value(claims_of(text), 2).location == "Port Arthur"


def test_tal_and_wadi_open_a_place_name() -> None:
    assert by_value(claims_of("Kämpfe in Syrien\n\nIn Tal Rifaat sind bei Kämpfen sieben Menschen getötet worden."),
                    7).location == "Tal Rifaat"
    assert by_value(claims_of("Rückkehr in den Sudan\n\nIn Wadi Halfa kamen am Montag 6.000 Rückkehrer an."),
                    6000).location == "Wadi Halfa"


def test_a_name_after_an_article_elsewhere_is_a_common_noun() -> None:
    text = "Neuer Chemiepark\n\nIn Chemiepark wurden zwölf Menschen verletzt. Der Chemiepark liegt am Fluss."
    assert by_value(claims_of(text), 12).location is None
