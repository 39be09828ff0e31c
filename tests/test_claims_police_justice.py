"""Counted people and things of police and justice news as "other" claims: suspects a prosecution names,
defendants, the harmed party of a fraud. Sentences written for these tests, not taken from any gold article."""

from __future__ import annotations

import pytest

from lagebild.analysis import analyze
from lagebild.model import Article


def measures_of(text: str) -> list[tuple[str, float | None]]:
    claims = analyze(Article(id="t", text=text, published="2025-02-14", language="de")).claims
    return [(c.measure, c.low if c.low is not None else c.high) for c in claims]


@pytest.mark.parametrize("text, expected", [
    # suspects and defendants a prosecution names
    ("Die Staatsanwaltschaft Kassel ermittelt gegen elf Beschuldigte.", ("other", 11)),
    ("Vor dem Landgericht begann am Dienstag der Prozess gegen sieben Angeklagte.", ("other", 7)),
    # the harmed party of a fraud
    ("Bisher haben sich mehr als 2.300 Geschädigte bei der Polizei gemeldet.", ("other", 2300)),
    # an arrest of their own still decides
    ("Am Morgen wurden neun Beschuldigte in ihren Wohnungen festgenommen.", ("arrested", 9)),
    # ... and so does a sentence to prison: held by the state
    ("Das Landgericht hat am Freitag drei Angeklagte zu Haftstrafen verurteilt.", ("arrested", 3)),
    ("Am Samstag wurden vier Beschuldigte einem Haftrichter vorgeführt.", ("arrested", 4)),
    # offences, complaints and investigations counted
    ("Die Polizei registrierte im vergangenen Jahr rund 5.200 Anzeigen wegen Betrugs.", ("other", 5200)),
    ("Dem Duo werden 14 Wohnungseinbrüche in der Region zur Last gelegt.", ("other", 14)),
    ("Das Zollamt leitete 830 Ermittlungsverfahren wegen Schwarzarbeit ein.", ("other", 830)),
])
def test_police_and_justice_counts(text: str, expected: tuple[str, float]) -> None:
    assert expected in measures_of(text)


def test_a_plain_suspect_count_stays_no_claim() -> None:
    # "Verdächtige" alone was never a required "other" in our gold: a neutral people noun
    assert measures_of("Nach zwei Verdächtigen sucht die Polizei noch.") == []


def test_violations_of_a_ceasefire_are_no_claim() -> None:
    # "Verstöße" are left out of the counted offences: a ceasefire's violations are no figure our gold requires
    assert measures_of("Die Beobachter zählten seit Oktober mehr als 300 Verstöße gegen die Waffenruhe.") == []


def test_the_year_before_of_counted_offences_is_counted_too() -> None:
    # burglaries are counted now, so "es" with a copula repeats their figure for the year before
    measures = measures_of("Im Mai zählte das Amt 70 Einbrüche, im Vorjahr waren es noch 120.")
    assert ("other", 70) in measures and ("other", 120) in measures
