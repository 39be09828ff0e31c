"""Measures on constructions the rules missed on the outside batches h29-h31 (session 7) and
that recur in the tuned folders too: gapped conjuncts, the whole's own count after "unter den",
separable arrest verbs around the count, an adverbial number before the verb, illnesses counted,
burials, nationalities. German sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "0")


def test_a_gapped_conjunct_repeats_the_claim_before_it_for_another_place() -> None:
    claims = claims_of("Das Gesundheitsamt teilte mit, neun Schwerverletzte würden in Sucre behandelt, vier in Tarija.")
    assert by_value(claims, 4).measure == "wounded"
    claims = claims_of("Die Behörde meldete 31 Tote in der Provinz Ica und 12 in der Provinz Arequipa.")
    assert by_value(claims, 12).measure == "killed"


def test_a_gapped_conjunct_by_degree_keeps_the_injury() -> None:
    claims = claims_of("Beim Stadtfest wurden 17 Personen leicht verletzt, drei Personen schwer.")
    assert by_value(claims, 3).measure == "wounded"


def test_a_bare_number_with_another_preposition_is_no_gapped_conjunct() -> None:
    claims = claims_of("Die Behörde meldete 31 Tote in der Provinz Ica, 12 davon Kinder, und sprach mit 40 Helfern.")
    assert 40 not in [c.low for c in claims if c.measure == "killed"]


def test_among_the_dead_counted_again_the_part_takes_their_measure() -> None:
    claims = claims_of("Bei dem Hausbrand starben elf Menschen. Unter den elf Toten waren drei Kinder.")
    assert by_value(claims, 3).measure == "killed"
    claims = claims_of("Bei dem Unfall wurden zwölf Menschen verletzt. Von den zwölf Verletzten mussten "
                       "sieben operiert werden.")
    assert by_value(claims, 7).measure == "wounded"


def test_a_separable_arrest_verb_around_an_unlisted_noun_and_before_a_coordinated_verb() -> None:
    claims = claims_of("Die Polizei nahm am Abend drei Ordner und zwei Platzwarte vorübergehend fest.")
    assert [by_value(claims, v).measure for v in (3, 2)] == ["arrested", "arrested"]
    claims = claims_of("Die Beamten nahmen 14 Personen vorläufig fest und erteilten 20 Platzverweise.")
    assert by_value(claims, 14).measure == "arrested"
    assert 20 not in [c.low for c in claims]


def test_a_number_of_an_adverbial_before_the_verb_leaves_the_verb_to_the_count() -> None:
    claims = claims_of("Bei Razzien in drei Lokalen in Neukölln nahmen die Ermittler am Abend vier Männer fest.")
    assert by_value(claims, 4).measure == "arrested"
    assert 3 not in [c.low for c in claims]


def test_illnesses_and_fevers_count_the_sick() -> None:
    claims = claims_of("Das Denguefieber breitet sich in Paraguay aus. Die Behörden meldeten 312 bestätigte Fälle "
                       "und fünf Todesfälle.")
    assert by_value(claims, 312).measure == "other"
    claims = claims_of("Der Masernausbruch weitet sich aus. Auch in Tirol wurden drei Erkrankungen gemeldet.")
    assert by_value(claims, 3).measure == "other"


def test_the_buried_are_dead() -> None:
    claims = claims_of("Im Dorf seien am Sonntag 19 Menschen beigesetzt worden, sagte der Bürgermeister.")
    assert by_value(claims, 19).measure == "killed"


def test_people_named_by_their_nationality() -> None:
    claims = claims_of("Die Polizei nahm acht Personen fest, fünf Schweizer und drei Niederländer.")
    assert [by_value(claims, v).measure for v in (8, 5, 3)] == ["arrested", "arrested", "arrested"]
