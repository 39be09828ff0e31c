"""Claim sources in constructions that the outside batches h38-h40 showed the rules missing, kept
general. German sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_the_syrian_observatory_is_a_known_body() -> None:
    claims = claims_of("Nach Angaben der Syrischen Beobachtungsstelle für Menschenrechte wurden bei den Angriffen "
                       "am Freitag 17 Menschen getötet.")
    assert by_value(claims, 17).source == "Syrian Observatory for Human Rights"


def test_a_body_after_an_attribute_with_its_own_place_speaks_and_its_parts_keep_it() -> None:
    claims = claims_of("Die in London ansässige Syrische Beobachtungsstelle für Menschenrechte zählte am Mittwoch "
                       "63 Tote, darunter neun Frauen.")
    assert by_value(claims, 63).source == "Syrian Observatory for Human Rights"
    # the counted figure after the verb is never who speaks
    assert by_value(claims, 9).source == "Syrian Observatory for Human Rights"
