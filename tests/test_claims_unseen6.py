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
