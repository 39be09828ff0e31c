"""Claim sources named in free words (no mention names them): the name in its nominative, the words as
written kept as its spelling (as_written). German sentences written for these tests."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of
from lagebild import lang
from lagebild.analysis.speaker_names import plain_body_name


def test_a_feminine_body_after_der_is_named_in_the_nominative() -> None:
    claims = claims_of("Nach Angaben der Kroatischen Beobachtungsstelle für Flüchtlingsrechte wurden 35 Menschen "
                       "an der Grenze festgenommen.")
    assert by_value(claims, 35).source == "Kroatische Beobachtungsstelle für Flüchtlingsrechte"


def test_the_genitive_phrase_stays_a_spelling_of_the_nominative_name() -> None:
    from lagebild.analysis import analyze
    from lagebild.model import Article, claim_record, written_names

    analysis = analyze(Article(id="t", text="Am Montag stieg die Zahl der Toten nach Angaben des Ministeriums "
                                            "für Notfallplanung auf 23."))
    record = claim_record(analysis.claims[0], written_names(analysis))
    assert record["source"] == "Ministerium für Notfallplanung"
    assert record["as_written"]["source"] == ["Ministeriums für Notfallplanung"]


@pytest.mark.parametrize("name,article,expected", [
    ("Syrischen Beobachtungsstelle für Menschenrechte", "der", "Syrische Beobachtungsstelle für Menschenrechte"),
    ("Vereinten Nationen", "der", "Vereinte Nationen"),
    ("Katastrophenschutzamts NDMA", "des", "Katastrophenschutzamt NDMA"),
    # a masculine or neuter noun with an adjective needs its gender for the strong ending: left as written
    ("Österreichischen Kuratoriums für Alpine Sicherheit", "des", "Österreichischen Kuratoriums für Alpine Sicherheit"),
    # a word that only points at the body is no part of its name
    ("dortige Katastrophenschutzamt", "das", "Katastrophenschutzamt"),
    # a noun after the adjective-like word is no adjective's: "Gesundheitsbeauftragten der Region" stays
    ("Gesundheitsbeauftragten der Region", "den", "Gesundheitsbeauftragten der Region"),
    # a description before a name and a role before a comma name no one but the name
    ("spanischen Organisation Centro de Estudios", "der", "Centro de Estudios"),
    ("Sprecher, Tomás Iriarte", "ein", "Tomás Iriarte"),
])
def test_plain_body_name(name: str, article: str, expected: str) -> None:
    assert plain_body_name(name, article, lang.load("de")) == expected
