"""Constructions found by auditing claims on real news (scripts/claim_audit.py over 10kGNAD
and WMT articles), one general group per test. Sentences written for these tests, not taken
from any corpus or gold article."""

from __future__ import annotations

import pytest

from lagebild.analysis import analyze
from lagebild.analysis import claims as claims_step
from lagebild.model import Article

from claim_helpers import claims_of


def measures_of(text: str) -> list[tuple[str, float | None]]:
    return [(c.measure, c.low if c.low is not None else c.high) for c in claims_of(text, "2025-02-14")]


@pytest.mark.parametrize("text, expected, wrong", [
    # the bodies of refugees were killed people, not displaced ones
    ("Vor der Insel wurden die Leichen von sieben Flüchtlingen entdeckt.", ("killed", 7), ("displaced", 7)),
    ("Taucher haben die Leichen von weiteren 12 Migranten geborgen.", ("killed", 12), ("displaced", 12)),
    ("Im Wrack fand man die Leichname von drei Soldaten.", ("killed", 3), ("troops", 3)),
])
def test_bodies_of_a_group_were_killed(text: str, expected: tuple, wrong: tuple) -> None:
    found = measures_of(text)
    assert expected in found and wrong not in found


def test_bodies_beside_living_refugees_keep_each_measure() -> None:
    found = measures_of("Ein Boot mit 230 Flüchtlingen und den Leichen von vier Migranten erreichte den Hafen.")
    assert ("displaced", 230) in found and ("killed", 4) in found


STORY = "Tausende Flüchtlinge warten an der Grenze. "


def test_people_come_to_a_country_in_a_refugee_story_are_displaced() -> None:
    found = measures_of(STORY + "Seit Jahresbeginn sind mehr als 48.000 Menschen über das Meer nach Italien gekommen.")
    assert ("displaced", 48000) in found


@pytest.mark.parametrize("text", [
    "Zum Stadtfest sind 3.000 Menschen gekommen.",  # no refugee story: coming counts nothing
    STORY + "Bei dem Gedränge sind zwölf Menschen zu Schaden gekommen.",  # idioms of "kommen"
    STORY + "Im Lager sind seit dem Sommer 30 Kinder zur Welt gekommen.",
])
def test_coming_that_is_no_arrival(text: str) -> None:
    assert not [m for m in measures_of(text) if m[0] == "displaced" and m[1] != 1000]


def test_coming_to_death_stays_a_death() -> None:
    assert ("killed", 20) in measures_of(STORY + "Dabei sind 20 Menschen ums Leben gekommen.")


def test_part_of_a_whole_named_in_the_genitive() -> None:
    # "32 der mehr als 4.200 Menschen": the 32 died, not the 4.200 on board
    found = measures_of("Beim Untergang der Fähre kamen 57 der mehr als 900 Passagiere ums Leben.")
    assert ("killed", 57) in found and ("killed", 900) not in found


def test_genitive_part_then_a_new_figure_is_no_whole() -> None:
    found = measures_of("Bei dem Angriff wurden vier der Insassen getötet, zwei Frauen und zwei Männer.")
    assert ("killed", 4) in found


@pytest.mark.parametrize("text, expected", [
    (STORY + "Am Freitag kamen 2.300 Menschen über die Grenze nach Slowenien.", ("displaced", 2300)),
    (STORY + "Täglich kommen bis zu 900 Personen aus Griechenland.", ("displaced", 900)),
])
def test_coming_by_a_way_in_a_refugee_story_is_arrival(text: str, expected: tuple) -> None:
    assert expected in measures_of(text)


@pytest.mark.parametrize("text, expected", [
    # coming without a way is no arrival
    (STORY + "Zur Kundgebung am Rathaus kamen 3.000 Menschen.", None),
    (STORY + "Zur Kundgebung kamen 3.000 Menschen zusammen.", None),
    # idioms of "kommen" keep their own event
    (STORY + "Bei dem Brand kamen vier Menschen in der Nacht ums Leben.", ("killed", 4)),
    (STORY + "Nach der Schlägerei kamen sechs Männer in Untersuchungshaft.", ("arrested", 6)),
])
def test_coming_that_counts_no_arrival(text: str, expected: tuple | None) -> None:
    found = measures_of(text)
    assert not [m for m in found if m[0] == "displaced" and m[1] != 1000]
    if expected is not None:
        assert expected in found


@pytest.mark.parametrize("text", [
    # animals are no casualties of a conflict or a disaster
    "Das vergiftete Aas hat insgesamt 400 Geier getötet.",
    "Bei dem Hochwasser im Tal ertranken 250 Schafe und 40 Rinder.",
    # a rate, not a count
    "Das Amt meldete 830 Neuinfektionen je 100.000 Einwohner.",
    # a number naming a stage of a series
    "Nun fällt auch der Verlag Phase zwei zum Opfer.",
])
def test_numbers_that_count_no_people(text: str) -> None:
    assert measures_of(text) == []


def test_a_rate_word_after_the_clause_leaves_the_count() -> None:
    found = measures_of("Die Polizei nahm 12 Männer fest, je 4 in jeder Stadt.")
    assert ("arrested", 12) in found


@pytest.mark.parametrize("text, expected", [
    ("Im Wrack wurden die Leichen von drei Männern, zwei Kindern und einer Frau entdeckt.", ("killed", 2)),
    ("Die Behörden sprachen von elf getöteten Touristen und drei Busfahrern.", ("killed", 3)),
])
def test_listed_part_shares_the_measure_before_it(text: str, expected: tuple) -> None:
    assert expected in measures_of(text)


def test_listed_part_with_a_verb_of_its_own_does_not_share() -> None:
    found = measures_of("Drei Menschen wurden verletzt, 40 Passagiere blieben unverletzt.")
    assert ("wounded", 3) in found and ("wounded", 40) not in found


@pytest.mark.parametrize("text, expected", [
    (STORY + "Bis zum Abend wurden noch 1.400 Menschen am Bahnhof erwartet.", ("displaced", 1400)),
    (STORY + "Seit der Schließung der Route sitzen dort 9.000 Menschen fest.", ("displaced", 9000)),
])
def test_expected_and_stranded_people_in_a_refugee_story(text: str, expected: tuple) -> None:
    assert expected in measures_of(text)


def test_expected_people_elsewhere_count_nothing() -> None:
    assert measures_of("Zum Stadtfest werden am Wochenende 20.000 Menschen erwartet.") == []


def test_crossing_a_border_in_a_refugee_story_is_arrival() -> None:
    found = measures_of(STORY + "Am Sonntag überquerten rund 3.200 Menschen die Grenze bei Spielfeld.")
    assert ("displaced", 3200) in found


@pytest.mark.parametrize("text, expected", [
    # "Jahres" before a number only hides a year
    ("Bei einer Razzia im Mai vergangenen Jahres 48 Personen festgenommen worden.", ("arrested", 48)),
    ("Seit Beginn der Krise im April vergangenen Jahres sind mehr als 300 Menschen getötet worden.", ("killed", 300)),
])
def test_a_count_after_the_word_year(text: str, expected: tuple) -> None:
    assert expected in measures_of(text)


def test_a_year_after_the_word_year_is_no_count() -> None:
    assert measures_of("Im Laufe des Jahres 2016 wurden Menschen verletzt.") == []


@pytest.mark.parametrize("text, expected", [
    ("Gegen vier weitere Verdächtige, die am Montag in Lyon festgenommen worden waren, ermittelt die Justiz.",
     ("arrested", 4)),
    ("Es waren 120 Soldaten, die bei dem Angriff getötet wurden.", ("killed", 120)),
])
def test_event_of_a_relative_clause_about_the_counted(text: str, expected: tuple) -> None:
    assert expected in measures_of(text)


@pytest.mark.parametrize("text", [
    "Gegen drei Männer, die Passanten verletzt hatten, wird ermittelt.",  # they acted on others
    "Gegen fünf Männer, die zwei Polizisten festgenommen hatten, wird ermittelt.",
])
def test_relative_clause_of_what_the_counted_did(text: str) -> None:
    assert not [m for m in measures_of(text) if m[1] in (3, 5)]


@pytest.mark.parametrize("text, expected", [
    ("Vor der Küste sind 38 Migranten ertrunken. Unter ihnen waren auch elf Kinder.", ("killed", 11)),
    ("Bei dem Beben starben 60 Menschen. Darunter sind 14 Schüler.", ("killed", 14)),
])
def test_sentence_opening_with_a_part_of_the_figure_before(text: str, expected: tuple) -> None:
    assert expected in measures_of(text)


def test_expected_by_an_active_verb() -> None:
    assert ("displaced", 2300) in measures_of(STORY + "Am Vormittag erwartete die Polizei noch 2.300 Menschen.")


def test_people_named_as_stranded_in_a_refugee_story() -> None:
    assert ("displaced", 4000) in measures_of(STORY + "Das Militär übernahm die Versorgung von 4.000 Gestrandeten.")


def test_stranded_travellers_elsewhere_count_nothing() -> None:
    assert measures_of("Wegen des Streiks am Flughafen versorgte das Rote Kreuz 3.000 Gestrandete.") == []


def test_people_picked_up_on_the_way_in_a_refugee_story() -> None:
    assert ("displaced", 16) in measures_of(STORY + "Bei einer Kontrolle im Zug wurden 16 Personen aufgegriffen.")


def test_a_failing_claim_is_skipped_in_production_but_raised_in_strict_mode(monkeypatch):
    def broken(self, found, all_found, index):
        raise ValueError("broken rule")

    monkeypatch.setattr(claims_step.Builder, "_claim", broken)  # a rule with a bug, injected
    article = Article(id="t", text="Bei dem Unfall wurden drei Menschen verletzt.", published="2025-03-10")
    with pytest.raises(ValueError):
        analyze(article)
    monkeypatch.setenv("LAGEBILD_STRICT", "0")
    assert analyze(article).claims == []
