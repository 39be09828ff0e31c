"""Rules of the picture stage on small hand-made claim sets, with the no-conflict cases."""

from __future__ import annotations

import itertools

import pytest

from lagebild.picture import PictureSettings, build_picture, load_settings

_offsets = itertools.count(0, 100)


def claim(doc, low, high=..., qualifier="exact", measure="troops", actor="North Korea", source=None,
          time=None, location="Russia", future=False, additional=False, certainty="asserted", optional=False):
    start = next(_offsets)
    return {"doc": doc, "start": start, "end": start + 10, "evidence": f"evidence {start}",
            "measure": measure, "actor": actor, "low": low, "high": low if high is ... else high,
            "qualifier": qualifier, "source": source, "time": time, "location": location,
            "future": future, "additional": additional, "certainty": certainty, "optional": optional}


def articles(**published):
    return {doc: {"id": doc, "outlet": f"outlet-{doc}", "published": date} for doc, date in published.items()}


REGIONS = {"Kursk": "Russia", "Vladivostok": "Russia"}.get


def picture(claims, arts, future_times=(), **settings):
    return build_picture(claims, arts, future_times, PictureSettings(**settings), region_of=REGIONS)


def test_tracks_separate_stock_increment_forecast_and_contain_places():
    claims = [claim("a", 11000, qualifier="about", location="Kursk", time="2024-11"),
              claim("a", 12000, location="Russia", time="2024-12"),
              claim("b", None, 30000, "at_most", future=True),
              claim("b", 2000, additional=True, time="2025-01"),
              claim("b", 300, measure="killed", location="Vladivostok")]
    result = picture(claims, articles(a="2024-12-20", b="2025-02-01"))
    kinds = {(t.measure, t.region, t.kind): len(t.points) for t in result.tracks}
    assert kinds == {("troops", "Russia", "stock"): 2, ("troops", "Russia", "forecast"): 1,
                     ("troops", "Russia", "increment"): 1, ("killed", "Russia", "stock"): 1}


def test_timeline_is_in_time_order_and_undated_claims_take_the_article_date():
    claims = [claim("late", 11000, time="2025-01"), claim("early", 3000, time="2024-10"),
              claim("middle", 10000)]
    track = picture(claims, articles(late="2025-01-15", early="2024-10-20", middle="2024-11-10")).tracks[0]
    assert [p.doc for p in track.points] == ["early", "middle", "late"]
    assert track.points[1].dated_by_article and not track.points[0].dated_by_article


def test_reading_counts_each_origin_once_and_keeps_the_range():
    claims = [claim("a", 11000, source="NIS", time="2025-01"), claim("b", 11000, source="NIS", time="2025-01"),
              claim("c", 10000, source="Pentagon", time="2025-01"),
              claim("d", 12000, 14000, "range", source="Ukrainian intelligence", time="2025-01")]
    track = picture(claims, articles(a="2025-01-20", b="2025-01-21", c="2025-01-22", d="2025-01-23")).tracks[0]
    reading = track.reading
    assert reading.origins == ["NIS", "Pentagon", "Ukrainian intelligence"]
    assert (reading.low, reading.best, reading.high) == (10000, 11000, 14000)
    assert "3 independent origin" in reading.derivation


def test_copied_wire_story_and_relayed_source_count_once():
    arts = articles(wire="2025-01-10", copy="2025-01-11", other="2025-01-12")
    arts["copy"]["duplicate_of"] = "wire"
    claims = [claim("wire", 500, time="2025-01"), claim("copy", 500, time="2025-01"),
              claim("other", 11000, source="NIS", time="2025-01"),
              claim("wire", 11000, source="NIS", time="2025-01")]
    track = picture(claims, arts).tracks[0]
    assert track.origins == ["NIS", "outlet-wire (own reporting)"]


@pytest.mark.parametrize("first,second,conflict", [
    (dict(low=3000, qualifier="at_least"), dict(low=10000), False),  # "at least 3,000" fits 10,000
    (dict(low=11000, qualifier="about"), dict(low=10000), False),  # rounding, within tolerance
    (dict(low=3000), dict(low=11000, qualifier="about"), True),
    (dict(low=10000, high=20000, qualifier="range"), dict(low=15000), False),
    (dict(low=None, high=5000, qualifier="at_most"), dict(low=11000), True),
])
def test_value_conflicts_respect_qualifiers(first, second, conflict):
    claims = [claim("a", source="US government", time="2024-11", **first),
              claim("b", source="NIS", time="2024-11", **second)]
    result = picture(claims, articles(a="2024-11-05", b="2024-11-06"))
    assert [c.kind for c in result.conflicts] == (["values"] if conflict else [])
    if conflict:
        text = result.conflicts[0].explanation
        assert "US government" in text and "NIS" in text and "cannot both hold" in text


def test_no_value_conflict_when_times_are_far_apart_or_claim_is_denied():
    far = [claim("a", 3000, source="US government", time="2024-10"),
           claim("b", 30000, source="NIS", time="2025-08")]
    assert picture(far, articles(a="2024-10-05", b="2025-08-06")).conflicts == []
    denied = [claim("a", 3000, source="US government", time="2024-10"),
              claim("b", 11000, source="Kremlin", time="2024-10", certainty="denied")]
    assert picture(denied, articles(a="2024-10-05", b="2024-10-06")).conflicts == []


def casualties(killed, wounded, combined, tolerance=None):
    claims = [claim("a", killed, measure="killed", source="NIS", time="2025-01", location="Kursk"),
              claim("a", wounded, qualifier="about", measure="wounded", source="NIS", time="2025-01", location="Kursk"),
              claim("b", combined, qualifier="about", measure="killed_or_wounded", source="Ukrainian commanders",
                    location="Kursk")]
    settings = {} if tolerance is None else {"about_tolerance": tolerance}
    return picture(claims, articles(a="2025-01-20", b="2025-02-03"), **settings).conflicts


def test_derived_total_contradiction():
    conflicts = casualties(300, 2700, 4000)
    assert [c.kind for c in conflicts] == ["derived_total"]
    assert "NIS" in conflicts[0].explanation and "Ukrainian commanders" in conflicts[0].explanation
    assert len(conflicts[0].points) == 2 and len(conflicts[0].against) == 1


def test_derived_total_agreeing_or_within_a_wider_tolerance_is_no_conflict():
    assert casualties(300, 3600, 4000) == []
    assert casualties(300, 2700, 4000, tolerance=0.3) == []


def test_total_against_increment_inside_one_article():
    claims = [claim("a", 11000, qualifier="about", time="2025-07", source="Ukrainian intelligence"),
              claim("a", None, 30000, "at_most", future=True, source="Ukrainian intelligence"),
              claim("a", None, 30000, "at_most", future=True, additional=True)]
    conflicts = picture(claims, articles(a="2025-07-01")).conflicts
    assert [c.kind for c in conflicts] == ["total_vs_increment"]
    assert "additional" in conflicts[0].explanation


def test_total_and_increment_that_add_up_are_no_conflict():
    claims = [claim("a", 11000, qualifier="about", time="2025-07"),
              claim("a", None, 30000, "at_most", future=True),
              claim("a", None, 19000, "at_most", future=True, additional=True)]
    assert picture(claims, articles(a="2025-07-01")).conflicts == []


def test_disagreeing_forecasts():
    claims = [claim("a", None, 30000, "at_most", future=True, source="Ukrainian intelligence"),
              claim("a", 10000, 20000, "range", future=True, source="Jenny Town", certainty="estimated")]
    conflicts = picture(claims, articles(a="2025-07-01")).conflicts
    assert [c.kind for c in conflicts] == ["forecasts"]
    agreeing = [claim("a", None, 30000, "at_most", future=True, source="Ukrainian intelligence"),
                claim("a", 25000, 30000, "range", future=True, source="Jenny Town")]
    assert picture(agreeing, articles(a="2025-07-01")).conflicts == []


def test_past_year_in_a_future_sentence_is_an_anomaly():
    times = [{"doc": "a", "start": 10, "end": 35, "text": "zweiten Jahreshälfte 2023", "value": "2023"},
             {"doc": "a", "start": 50, "end": 60, "text": "Juli 2025", "value": "2025-07"}]
    result = picture([], articles(a="2025-06"), future_times=times)
    assert [(a.kind, a.start) for a in result.anomalies] == [("past_time_in_future", 10)]
    undated = picture([], {"a": {"id": "a", "published": None}}, future_times=times)
    assert undated.anomalies == []


def test_forecast_claim_dated_in_the_past_is_an_anomaly():
    claims = [claim("a", None, 5000, "at_most", future=True, time="2023")]
    result = picture(claims, articles(a="2025-03-01"))
    assert [a.kind for a in result.anomalies] == ["past_time_in_future"]


def test_jump_against_the_track():
    steady = [claim(f"d{i}", v, time=f"2025-0{i + 1}") for i, v in enumerate([10000, 11000, 11000, 12000])]
    jumped = steady + [claim("d9", 45000, time="2025-06")]
    arts = articles(**{f"d{i}": f"2025-0{i + 1}-15" for i in range(4)}, d9="2025-06-15")
    assert [a.kind for a in picture(steady, arts).anomalies] == []
    assert [a.kind for a in picture(jumped, arts).anomalies if a.kind == "jump"] == ["jump"]


def test_figures_of_one_article_are_no_jump_against_each_other():
    # one article: arrivals, the rescued among them, the children among those, the year's total
    one_article = [claim("a", v, time="2025-05") for v in (600, 87, 11, 21000)]
    arts = articles(a="2025-05-26", b="2025-05-27")
    assert [a for a in picture(one_article, arts).anomalies if a.kind == "jump"] == []
    # another article's figure far from them still is one
    later = one_article + [claim("b", 9, time="2025-05")]
    assert [a.doc for a in picture(later, arts).anomalies if a.kind == "jump"] == ["b"]


def test_a_source_revising_itself():
    claims = [claim("a", 11000, source="NIS", time="2024-12"), claim("b", 12000, source="NIS", time="2025-03")]
    result = picture(claims, articles(a="2024-12-20", b="2025-03-10"))
    assert [a.kind for a in result.anomalies] == ["revision"]
    same = [claim("a", 11000, source="NIS", time="2024-12"), claim("b", 11000, source="NIS", time="2025-03")]
    assert picture(same, articles(a="2024-12-20", b="2025-03-10")).anomalies == []


def test_settings_from_file(tmp_path):
    path = tmp_path / "lagebild.toml"
    path.write_text("[picture]\nabout_tolerance = 0.3\n")
    assert load_settings(path).about_tolerance == 0.3
    path.write_text("[picture]\nabout_tolerans = 0.3\n")
    with pytest.raises(ValueError, match="about_tolerans"):
        load_settings(path)


def test_track_lookup_by_prefix():
    result = picture([claim("a", 10, time="2025-01")], articles(a="2025-01-02"))
    assert result.track("troops/north-korea") is result.tracks[0]
    assert result.track("nothing") is None


def test_reading_low_best_high_are_ordered_with_open_bounds():
    claims = [claim("a", 1200, None, "at_least", source="A", time="2025-01"),
              claim("b", None, 300, "at_most", source="B", time="2025-01"),
              claim("c", 500, source="C", time="2025-01")]
    reading = picture(claims, articles(a="2025-01-10", b="2025-01-11", c="2025-01-12")).tracks[0].reading
    assert reading.low <= reading.best <= reading.high
    assert (reading.low, reading.best, reading.high) == (300, 500, 1200)


def test_a_late_outlier_does_not_carry_the_reading_alone():
    claims = [claim("a", 10000, source="A", time="2024-11"), claim("b", 11000, source="B", time="2024-12"),
              claim("c", 1200000, source="C", time="2025-07")]
    arts = articles(a="2024-11-20", b="2024-12-20", c="2025-07-04")
    reading = picture(claims, arts).tracks[0].reading
    assert reading.best == 11000 and reading.origins == ["A", "B", "C"]
    alone = picture(claims, arts, reading_min_origins=1).tracks[0].reading
    assert alone.best == 1200000


def test_total_and_increment_from_one_source_across_articles():
    claims = [claim("a", 11000, qualifier="about", time="2025-07", source="Ukrainian intelligence"),
              claim("a", None, 30000, "at_most", future=True, source="Ukrainian intelligence"),
              claim("b", None, 30000, "at_most", future=True, additional=True, source="Ukrainian intelligence")]
    conflicts = picture(claims, articles(a="2025-07-02", b="2025-07-04")).conflicts
    assert [c.kind for c in conflicts] == ["total_vs_increment"]
    assert "articles a and b" in conflicts[0].explanation


def test_no_total_against_increment_across_articles_of_different_origins_or_from_a_bigger_stock():
    other_source = [claim("a", 11000, qualifier="about", time="2025-07", source="Ukrainian intelligence"),
                    claim("a", None, 30000, "at_most", future=True, source="Ukrainian intelligence"),
                    claim("b", None, 30000, "at_most", future=True, additional=True, source="Pentagon")]
    assert picture(other_source, articles(a="2025-07-02", b="2025-07-04")).conflicts == []
    army_size = [claim("a", 1200000, None, "at_least", time="2025-07"),
                 claim("a", 10000, 20000, "range", future=True, source="Expert"),
                 claim("a", None, 30000, "at_most", future=True, additional=True)]
    assert [c.kind for c in picture(army_size, articles(a="2025-07-04")).conflicts] == []
