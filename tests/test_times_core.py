"""Months without a year, by the tense of their sentence."""

from __future__ import annotations

import pytest

from lagebild.analysis import make_doc
from lagebild.analysis.times import find_times
from lagebild.model import Article


def value(text: str, anchor: str) -> str | None:
    doc = make_doc(Article(id="t", text=text, published=anchor))
    find_times(doc)
    assert len(doc.times) == 1, [(t.text, t.value) for t in doc.times]
    return doc.times[0].value


@pytest.mark.parametrize("text, anchor, expected", [
    # past sentences: the nearest such month that has begun by the publication date
    ("Mitte Oktober wurden bei Gefechten 40 Soldaten getötet.", "2025-10-10", "2025-10"),
    ("Ende März kamen die ersten Familien in der Stadt an.", "2025-03-02", "2025-03"),
    ("Im November wurden die Lager geräumt.", "2025-03-10", "2024-11"),
    # hearsay about the past with "soll ... worden sein" is no plan
    ("Im Oktober sollen dort 300 Soldaten getötet worden sein.", "2025-03-10", "2024-10"),
    # future sentences: the next such month not over before the publication date
    ("Im Oktober sollen weitere Soldaten eintreffen.", "2025-03-10", "2025-10"),
    ("Mitte Januar will die Regierung neue Truppen schicken.", "2025-03-10", "2026-01"),
])
def test_month_without_year_follows_the_tense(text: str, anchor: str, expected: str) -> None:
    assert value(text, anchor) == expected


def test_a_weekday_joined_to_another_is_a_time() -> None:
    doc = make_doc(Article(id="t", text="Die Kämpfe dauerten am Sonntag und Montag an.", published="2025-10-28"))
    find_times(doc)
    assert [(t.text, t.value) for t in doc.times] == [("Sonntag", "2025-10-26"), ("Montag", "2025-10-27")]
