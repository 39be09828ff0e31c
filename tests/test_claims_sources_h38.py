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


def test_the_findings_of_a_court_name_the_court() -> None:
    claims = claims_of("Das Schwurgericht verhandelte den Brand in dem Wohnheim. Nach den Feststellungen der Kammer "
                       "erlitten damals 23 Menschen Verletzungen.")
    assert by_value(claims, 23).source is not None
    # the same figure in the writer's own voice has no source
    own = claims_of("Das Schwurgericht verhandelte den Brand in dem Wohnheim. Damals erlitten 23 Menschen Verletzungen.")
    assert by_value(own, 23).source is None


def test_figures_of_a_body_written_as_a_compound_name_that_body() -> None:
    claims = claims_of("Nach UNHCR-Zahlen flohen im vergangenen Monat knapp 12.000 Menschen über die Grenze.")
    assert by_value(claims, 12000).source == "UNHCR"
    unnamed = claims_of("Nach offiziellen Zahlen flohen im vergangenen Monat knapp 12.000 Menschen über die Grenze.")
    assert by_value(unnamed, 12000).source is None


def test_a_counting_body_with_its_place_after_it_is_the_source() -> None:
    claims = claims_of("Die Bezirksverwaltung von Kandy wiederum meldete am Montag 19 Tote.")
    assert by_value(claims, 19).source == "Bezirksverwaltung von Kandy"
    # people of a place are no body
    people = claims_of("Die Bewohner von Kandy zählten am Montag 19 Tote.")
    assert by_value(people, 19).source is None


def test_a_frame_between_a_figure_and_its_part_names_both() -> None:
    claims = claims_of("Neun Menschen wurden verletzt, teilte die Polizei am Montag mit, zwei davon schwer.")
    assert by_value(claims, 9).source == "Polizei"
    assert by_value(claims, 2).source == "Polizei"
    # a new clause after the frame is not what was said
    other = claims_of("Neun Menschen wurden verletzt, teilte die Polizei am Montag mit, und zwei Häuser brannten ab.")
    assert by_value(other, 9).source == "Polizei"
