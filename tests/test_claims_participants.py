"""People counted by taking part (protests, strikes, events, vehicles) are "other" claims, unless an
event of their own says what befell them. German sentences written for these tests, run through the
whole analysis."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of


@pytest.mark.parametrize("sentence, value", [
    ("Die Polizei zählte am Sonntag etwa 4.500 Demonstranten in der Innenstadt.", 4500),
    ("Bei der Kundgebung sprachen die Veranstalter von 8.000 Teilnehmern.", 8000),
    ("Beim Protestkonzert im Stadion saßen rund 40.000 Zuschauer.", 40000),
    ("An Bord der Fähre befanden sich 212 Passagiere.", 212),
    ("Nach Angaben der Gewerkschaft waren mehr als 900 Streikende vor dem Werk.", 900),
])
def test_a_participant_noun_counts_other(sentence: str, value: int) -> None:
    assert by_value(claims_of(sentence), value).measure == "other", sentence


@pytest.mark.parametrize("sentence, value", [
    ("Rund 5.000 Menschen haben am Samstag in Bremen gegen steigende Mieten demonstriert.", 5000),
    ("In Lyon gingen am Dienstag 20.000 Menschen auf die Straße.", 20000),
    ("Rund 300 Beschäftigte des Hafens legten am Morgen die Arbeit nieder.", 300),
    ("Etwa 1.200 Bürger folgten dem Aufruf der Initiative.", 1200),
    ("An der Kundgebung beteiligten sich 600 Menschen.", 600),
    # counted no claim until participant counts became "other" (task of session 13)
    ("An der Kundgebung nahmen 3.000 Menschen teil.", 3000),
])
def test_people_who_demonstrate_or_strike_count_other(sentence: str, value: int) -> None:
    assert by_value(claims_of(sentence), value).measure == "other", sentence


def test_the_organisers_and_the_police_are_the_sources_of_their_counts() -> None:
    found = claims_of("Die Veranstalter sprachen von 8.000 Teilnehmern, die Polizei zählte etwa 4.500 Demonstranten.")
    organisers, police = by_value(found, 8000), by_value(found, 4500)
    assert organisers.measure == police.measure == "other"
    assert organisers.source is not None and police.source is not None
    assert police.qualifier == "about"


@pytest.mark.parametrize("sentence, value, measure", [
    ("Bei den Zusammenstößen wurden mindestens 80 Demonstranten verletzt.", 80, "wounded"),
    ("Die Polizei nahm 40 Demonstranten fest.", 40, "arrested"),
    ("Bei dem Unglück kamen zwölf Passagiere ums Leben.", 12, "killed"),
    ("Zwei Fahrgäste werden noch vermisst.", 2, "missing"),
])
def test_an_event_of_their_own_still_decides(sentence: str, value: int, measure: str) -> None:
    assert by_value(claims_of(sentence), value).measure == measure, sentence


def test_people_with_no_participation_stay_no_claim() -> None:
    assert claims_of("In der Stadt leben 5.000 Menschen.") == []
    assert claims_of("Die Firma beschäftigt 300 Mitarbeiter.") == []


def test_a_crowd_outside_a_protest_is_no_claim() -> None:
    assert claims_of("Im Stadion saßen rund 40.000 Zuschauer.") == []
    assert claims_of("Die Ausstellung zählte 92.000 Besucherinnen und Besucher.") == []


def test_passengers_in_a_migrant_story_are_not_counted_other() -> None:
    found = claims_of("Vor Lampedusa kenterte ein Flüchtlingsboot. An Bord waren 80 Passagiere.")
    assert all(c.measure != "other" for c in found), [(c.measure, c.low) for c in found]


def test_millions_of_passengers_are_traffic_not_people_on_board() -> None:
    assert claims_of("Die Fluggesellschaft beförderte im vergangenen Jahr rund 2,9 Millionen Passagiere.") == []


def test_people_counted_only_by_a_participle_still_take_part() -> None:
    found = claims_of("Die Polizei hatte am Mittag 4.500 Demonstranten gezählt und 300 Gegendemonstranten.")
    assert by_value(found, 4500).measure == "other"


def test_people_with_a_predicate_of_their_own_are_no_participant_count() -> None:
    assert claims_of("Nach Angaben der Polizei wurden 200 Demonstranten festgehalten und 15 verletzt.")[0].low == 15


@pytest.mark.parametrize("sentence, value", [
    ("Gegen die Schließung des Jugendzentrums gab es eine Kundgebung. Die Polizei zählte rund 2.300 Menschen.", 2300),
    ("Die Mahnwache begann am Abend. Vor dem Rathaus versammelten sich etwa 700 Personen.", 700),
])
def test_plain_people_counted_at_a_protest_are_its_crowd(sentence: str, value: int) -> None:
    assert by_value(claims_of(sentence), value).measure == "other", sentence


def test_plain_people_outside_a_protest_or_in_a_vague_crowd_are_no_claim() -> None:
    assert claims_of("Zum Stadtfest versammelten sich etwa 700 Personen vor dem Rathaus.") == []
    assert claims_of("Nach dem Streit um den Haushalt versammelten sich mehrere Tausend Menschen zu einer Kundgebung.") == []
