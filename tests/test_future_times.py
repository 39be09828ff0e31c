"""Dates written out in forecast sentences: marked by the times step, kept by the store,
and flagged by the picture when they lie before the article's own date."""

from __future__ import annotations

import pytest

from lagebild.analysis import analyze
from lagebild.model import Article
from lagebild.picture import build_picture
from lagebild.store import open_store


def times_of(text: str, published: str = "2025-06-10"):
    article = Article(id="a", text=text, published=published, language="de")
    return {t.text: t for t in analyze(article).times}


@pytest.mark.parametrize("sentence,expression,future", [
    ("Nordkorea könnte in der zweiten Jahreshälfte 2023 weitere Truppen entsenden.", "zweiten Jahreshälfte 2023", True),
    ("Die Regierung plant für März 2026 eine neue Offensive.", "März 2026", True),
    ("Seit 2023 plant die Regierung eine neue Offensive.", "2023", False),
    ("Im November 2024 entsandte Nordkorea Truppen nach Russland.", "November 2024", False),
    ("Pjöngjang bereitet eine Verlegung vor, die im Herbst 2023 beginnen soll.", "Herbst 2023", True),
    ("Im Herbst 2023 sollen dort 300 Soldaten getötet worden sein.", "Herbst 2023", False),
])
def test_forecast_dates_are_marked(sentence, expression, future):
    times = times_of(sentence)
    assert times[expression].future is future


def test_relative_dates_are_never_forecast_dates():
    times = times_of("Wie im vergangenen Jahr könnte die Armee im Juli angreifen.")
    assert times and not any(t.future for t in times.values())


def test_store_keeps_forecast_dates_and_the_picture_flags_past_ones(tmp_path):
    text = ("Nordkorea könnte in der zweiten Jahreshälfte 2023 weitere Truppen entsenden. "
            "Die Regierung plant für März 2026 eine neue Offensive.")
    article = Article(id="a", text=text, published="2025-06-10", language="de")
    with open_store(str(tmp_path / "t.db")) as store:
        store.add(article, analyze(article))
        future = store.future_times()
        articles = {a["id"]: a for a in store.articles()}
    assert [t["text"] for t in future] == ["zweiten Jahreshälfte 2023", "März 2026"]
    assert future[0]["first_day"] == "2023-07-01" and future[0]["last_day"] == "2023-12-31"
    anomalies = build_picture([], articles, future).anomalies
    assert [(a.kind, a.evidence) for a in anomalies] == [("past_time_in_future", "zweiten Jahreshälfte 2023")]
