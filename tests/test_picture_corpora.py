"""The picture over real article sets, end to end: ingest → store → picture.

The seed articles (with their meta.jsonl) and the bundled demo corpus must show a
troop-count track over time by source, the casualty disagreement, the year
anomaly — and on the seeds the total-vs-increment contradiction — found by the
general rules, not by rules about these articles.
"""

from __future__ import annotations

import pytest

from lagebild.picture.records import picture_from_store
from lagebild.demo import corpus_path
from lagebild.ingest.pipeline import ingest_paths
from lagebild.store import open_store


def build(tmp_path, *paths):
    with open_store(str(tmp_path / "picture.db")) as store:
        summary = ingest_paths(store, list(paths), progress=False)
        assert summary.failed == 0
        return picture_from_store(store)


@pytest.fixture(scope="module")
def seeds_picture(shared, tmp_path_factory):
    return build(tmp_path_factory.mktemp("seeds"), shared / "seeds")


@pytest.fixture(scope="module")
def demo_picture(tmp_path_factory):
    return build(tmp_path_factory.mktemp("demo"), corpus_path())


def troop_stock_tracks(picture):
    return [t for t in picture.tracks if t.measure == "troops" and t.kind == "stock"]


def test_seeds_troop_track_over_time_by_source(seeds_picture):
    track = max(troop_stock_tracks(seeds_picture), key=lambda t: len(t.points))
    assert len(track.origins) >= 2
    whens = [p.when for p in track.points]
    assert whens == sorted(whens, key=lambda w: w[1])


def test_seeds_show_every_kind_of_contradiction(seeds_picture):
    kinds = {c.kind for c in seeds_picture.conflicts}
    assert {"derived_total", "total_vs_increment", "forecasts"} <= kinds
    casualty = next(c for c in seeds_picture.conflicts if c.kind == "derived_total")
    assert {p.measure for p in casualty.points} == {"killed", "wounded"}
    assert casualty.against[0].measure == "killed_or_wounded"
    assert casualty.points[0].origin != casualty.against[0].origin


def test_seeds_show_the_forecast_dated_in_the_past(seeds_picture):
    past = [a for a in seeds_picture.anomalies if a.kind == "past_time_in_future"]
    assert len(past) == 1 and "2023" in past[0].evidence


def test_demo_troop_track_has_several_independent_origins(demo_picture):
    track = max(troop_stock_tracks(demo_picture), key=lambda t: len(t.origins))
    assert len(track.origins) >= 3
    assert track.reading is not None and track.reading.low <= track.reading.best <= track.reading.high


def test_demo_casualty_disagreement_and_year_anomaly(demo_picture):
    assert any(c.kind == "derived_total" for c in demo_picture.conflicts)
    assert any(a.kind == "past_time_in_future" and "2023" in a.evidence for a in demo_picture.anomalies)


def test_demo_copied_wire_story_counts_once(demo_picture):
    for track in demo_picture.tracks:
        by_origin = {}
        for point in track.points:
            by_origin.setdefault(point.origin, set()).add(point.outlet)
        # a copy's own-reporting claims go back to the outlet of the original
        for origin, outlets in by_origin.items():
            if origin.endswith("(own reporting)"):
                assert origin.removesuffix(" (own reporting)") in outlets
