"""Measures on constructions the rules missed on the newest outside batches (session 16, claims: troops,
equipment, arrested, displaced). German sentences written for these tests (not the batches' wording), run
through the whole analysis with the rules alone."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "0")


@pytest.mark.parametrize("text, value", [
    ("Die Rebellen hätten bei dem Gefecht 200 Kämpfer und 25 Fahrzeuge verloren.", 25),
    ("Nach Angaben der Armee zerstörte die Marine in der Nacht sieben unbemannte Boote.", 7),
    ("Die Miliz habe drei Pick-ups der Regierungstruppen zerstört.", 3),
])
def test_vehicles_destroyed_or_lost_in_fighting_are_equipment(text: str, value: int) -> None:
    assert by_value(claims_of(text), value).measure == "equipment"


@pytest.mark.parametrize("text", [
    "Bei dem Brand in der Tiefgarage wurden 30 Fahrzeuge zerstört.",
    "Die Explosion zerstörte zwölf Geschäfte und neun Autos, als ein Gasleck Feuer fing.",
])
def test_vehicles_wrecked_without_a_force_are_no_equipment(text: str) -> None:
    assert all(c.measure != "equipment" for c in claims_of(text))


@pytest.mark.parametrize("text, value", [
    ("Kiew bestätigte den Austausch und sprach von 120 Soldaten.", 120),
    ("Die Regierung fordert die Freilassung von 45 Soldaten, die in der Hand der Miliz sind.", 45),
])
def test_soldiers_counted_in_a_sentence_of_an_exchange_or_release_are_captured(text: str, value: int) -> None:
    assert by_value(claims_of(text), value).measure == "captured"


def test_soldiers_returning_in_a_story_of_an_exchange_of_prisoners_are_captured() -> None:
    text = ("Armenien und Aserbaidschan tauschen Gefangene aus\n\n"
            "Beide Länder haben am Montag Kriegsgefangene ausgetauscht. Die Übergabe fand an der Grenze statt.\n\n"
            "Das Verteidigungsministerium in Baku bestätigte die Zahl von 32 heimgekehrten Soldaten.")
    assert by_value(claims_of(text), 32).measure == "captured"


def test_soldiers_sent_home_without_captivity_stay_a_force() -> None:
    text = "Die Bundeswehr hat 300 Soldaten aus Litauen zurückgeholt, wo sie an einem Manöver teilgenommen hatten."
    assert by_value(claims_of(text), 300).measure == "troops"


def test_a_quoted_counted_noun_is_read_through_its_quote_marks() -> None:
    text = "Die Luftabwehr habe in der Nacht zwölf „Kamikazedrohnen“ abgeschossen."
    assert by_value(claims_of(text), 12).measure == "equipment"


def test_a_part_named_among_the_dead_keeps_their_measure_before_a_clause_of_the_hurt() -> None:
    text = "Bei dem Angriff starben 20 Menschen. Unter den Toten seien sieben Kinder, mehr als 40 Menschen seien verletzt worden."
    assert by_value(claims_of(text), 7).measure == "killed"
    assert by_value(claims_of(text), 40).measure == "wounded"


def test_a_part_opening_the_sentence_may_have_its_source_named_before_the_number() -> None:
    text = ("Am Abend ließ die Regierung 80 inhaftierte Oppositionelle frei. "
            "Unter ihnen waren nach Angaben der Menschenrechtskommission des Landes 14 Frauen.")
    assert by_value(claims_of(text), 14).measure == "arrested"


def test_victims_of_an_article_that_counted_only_dead_are_dead() -> None:
    text = ("Bei dem Hochwasser kamen mindestens 25 Menschen ums Leben.\n\n"
            "Unter den Opfern sind sechs Kinder, die auf dem Schulweg von den Fluten erfasst wurden.")
    assert by_value(claims_of(text), 6).measure == "killed"


def test_victims_of_an_article_that_counted_dead_and_hurt_stay_victims() -> None:
    text = ("Bei dem Anschlag starben zwölf Menschen, 30 wurden verletzt.\n\n"
            "Unter den Opfern sind sechs Kinder, teilte die Polizei mit.")
    assert by_value(claims_of(text), 6).measure == "killed_or_wounded"
