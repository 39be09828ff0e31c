"""Measures on constructions the rules missed on the outside batches h35-h37 (session 9). German
sentences written for these tests (not the batches' wording), run through the whole analysis."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "0")


def test_a_sickness_named_only_in_the_lead_makes_later_bare_cases_the_sick() -> None:
    # the headline names no disease; the lead below it does
    text = ("Welle in Westafrika: Behörden zählen Hunderte Betroffene\n\n"
            "In mehreren Provinzen breitet sich das Lassa-Fieber aus, meldete das Ministerium.\n\n"
            "In der Hauptstadt wurden bis Freitag 340 Fälle gezählt.")
    assert by_value(claims_of(text), 340).measure == "other"


def test_bare_cases_far_from_any_sickness_count_nothing() -> None:
    text = ("Bilanz der Verkehrspolizei\n\n"
            "Die Beamten kontrollierten am Wochenende die Autobahn.\n\n"
            "In der Stadt wurden bis Freitag 340 Fälle gezählt.")
    assert all(c.low != 340 for c in claims_of(text))


@pytest.mark.parametrize("text, value", [
    ("Die Grippewelle erfasst das Land. Bisher wurden 1.250 Infektionen nachgewiesen.", 1250),
    ("Im Heim ist das Norovirus ausgebrochen; das Amt bestätigte 27 Infektionen.", 27),
])
def test_infections_count_the_sick_in_a_story_of_sickness(text: str, value: int) -> None:
    assert by_value(claims_of(text), value).measure == "other"



@pytest.mark.parametrize("text", [
    "Nach dem Brand im Keller mussten 42 Bewohner das Gebäude verlassen.",
    "Wegen des Gaslecks mussten 42 Anwohnerinnen und Anwohner das Hochhaus verlassen, fünf von ihnen kamen ins Spital.",
])
def test_people_made_to_leave_a_building_are_displaced(text: str) -> None:
    assert by_value(claims_of(text), 42).measure == "displaced"


def test_leaving_a_building_of_ones_own_accord_is_no_count() -> None:
    assert all(c.measure != "displaced" for c in claims_of("Am Abend verließen 42 Besucher das Gebäude der Oper."))


def test_a_list_after_a_colon_names_parts_of_the_casualty_figure() -> None:
    claims = claims_of("Beim Überfall auf den Konvoi starben 15 Menschen: elf Soldaten, drei Zivilisten und ein Fahrer.")
    assert [by_value(claims, v).measure for v in (15, 11, 3)] == ["killed"] * 3


def test_a_list_after_a_colon_is_no_part_of_a_smaller_figure_or_of_a_non_casualty() -> None:
    claims = claims_of("Beim Überfall starben drei Menschen: Im Ort leben 40 Soldaten.")
    assert all(c.low != 40 or c.measure != "killed" for c in claims)
    claims = claims_of("Im Einsatz standen 300 Helfer: 200 Soldaten und 100 Polizisten.")
    assert by_value(claims, 200).measure == "troops"


@pytest.mark.parametrize("text, value, measure", [
    ("Das Landgericht verurteilte den Fahrer wegen fahrlässiger Tötung in vier Fällen.", 4, "killed"),
    ("Angeklagt ist die Frau wegen Totschlags in zwei Fällen.", 2, "killed"),
    ("Die Anklage wirft ihm gefährliche Körperverletzung in 13 Fällen vor.", 13, "wounded"),
    ("Er muss sich wegen versuchten Mordes in sechs Fällen verantworten.", 6, "wounded"),
    ("Die Kriminalstatistik verzeichnete im Vorjahr 212 Morde.", 212, "killed"),
])
def test_a_charge_counted_in_cases_counts_its_victims(text: str, value: int, measure: str) -> None:
    assert by_value(claims_of(text), value).measure == measure


def test_other_charges_in_cases_count_nothing() -> None:
    assert claims_of("Der Mann wurde wegen Betrugs in 40 Fällen zu einer Bewährungsstrafe verurteilt.") == []
