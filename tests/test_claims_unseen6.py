"""Measures on constructions the rules missed on the outside batches h24-h37 (session 9, claims14).
German sentences written for these tests (not the batches' wording), run through the whole analysis."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "0")


@pytest.mark.parametrize("text, value", [
    ("Der Verband sprach am Dienstag von „rund 20.000 Menschen“, die aus ihren Dörfern geflohen seien.", 20000),
    ("Ein Helfer nannte \"gut 700 Bewohner\", die ihre Siedlung verlassen hätten.", 700),
])
def test_a_quoted_count_keeps_the_event_of_its_relative_clause(text: str, value: int) -> None:
    assert by_value(claims_of(text), value).measure == "displaced"


def test_people_who_hurt_others_in_an_active_relative_clause_stay_uncounted() -> None:
    text = "Die Polizei sucht nach zwei Männern, die am Abend drei Passanten verletzt hatten."
    assert all(c.low != 2 for c in claims_of(text))


@pytest.mark.parametrize("text, value, measure", [
    ("Die Miliz habe bei den Kämpfen um den Flughafen 14 Kämpfer verloren, sagte ihr Kommandeur.", 14, "killed"),
    ("Nach Angaben des Generalstabs verlor der Gegner an einem Tag rund 1.300 Soldaten.", 1300, "killed_or_wounded"),
])
def test_fighters_lost_are_the_dead_while_soldiers_lost_stay_casualties(text: str, value: int, measure: str) -> None:
    assert by_value(claims_of(text), value).measure == measure


def test_a_quoted_count_longer_than_a_few_words_reaches_its_verb() -> None:
    text = "Die Rebellen hätten „deutlich mehr als 60 Kämpfer“ verloren, erklärte der Armeesprecher."
    assert by_value(claims_of(text), 60).measure == "killed"


def test_people_who_find_shelter_with_others_through_the_separable_verb_are_displaced() -> None:
    text = "Nach dem Kellerbrand kamen 17 Bewohner bei Freunden oder in einer Pension unter."
    assert by_value(claims_of(text), 17).measure == "displaced"


def test_arriving_with_kommen_stays_arriving() -> None:
    text = "Am Montag kamen in der Hafenstadt 300 Besucher zum Stadtfest an."
    assert all(c.measure != "displaced" for c in claims_of(text))


@pytest.mark.parametrize("text, value, measure", [
    ("Ihr Kommandeur bezifferte die Verluste der Miliz am Abend auf 14 Kämpfer.", 14, "killed"),
    ("Der Generalstab bezifferte die Verluste des Gegners auf 1.200 Soldaten.", 1200, "killed_or_wounded"),
])
def test_losses_put_at_fighters_are_the_dead(text: str, value: int, measure: str) -> None:
    assert by_value(claims_of(text), value).measure == measure


def test_a_compound_naming_migrants_makes_a_rescue_at_sea_displacement() -> None:
    text = "Vor der Insel ist ein Migrantenboot gesunken. Die Marine rettete 23 Insassen aus dem Meer."
    assert by_value(claims_of(text), 23).measure == "displaced"


def test_a_rescue_with_no_migrants_named_stays_other() -> None:
    text = "Vor der Insel ist ein Fischerboot gesunken. Die Marine rettete 23 Insassen aus dem Meer."
    assert by_value(claims_of(text), 23).measure == "other"


def test_the_middle_of_a_list_of_gapped_places_is_counted() -> None:
    text = "Allein in Bayern seien 23 Menschen bei dem Sturm gestorben, in Hessen 14 und in Thüringen sieben."
    claims = claims_of(text)
    assert by_value(claims, 14).measure == "killed"
    assert by_value(claims, 7).measure == "killed"


def test_a_hall_number_stays_a_name() -> None:
    assert all(c.low != 4 for c in claims_of("Bei dem Brand in Halle 4 wurden zwei Arbeiter verletzt."))


def test_homeless_people_among_the_dead_are_dead() -> None:
    text = "Bei der Kältewelle starben in der Hauptstadt 31 Menschen, unter ihnen mindestens 17 Obdachlose."
    assert by_value(claims_of(text), 17).measure == "killed"


def test_homeless_people_on_their_own_stay_displaced() -> None:
    text = "Nach dem Hochwasser kamen 120 Obdachlose in Schulen und Turnhallen unter."
    assert by_value(claims_of(text), 120).measure == "displaced"


def test_the_casualties_as_subject_of_a_copula_name_who_they_were() -> None:
    text = ("Bei dem Lawinenunglück starben sieben Menschen. "
            "Die übrigen Toten seien drei einheimische Bergführer, ein Arzt und ein Koch.")
    assert by_value(claims_of(text), 3).measure == "killed"


def test_guests_as_subject_of_a_copula_count_nothing() -> None:
    assert all(c.low != 40 for c in claims_of("Die Gäste waren 40 Studenten aus Köln."))
