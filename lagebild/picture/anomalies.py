"""Anomalies: things that look wrong on their own, before any other source disagrees."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from statistics import median
from typing import Any, Iterable, Iterator, Mapping

from lagebild.picture.points import Point, describe_value, iso_interval
from lagebild.picture.settings import PictureSettings
from lagebild.picture.tracks import Track

# How many earlier figures of a track a new one is compared with.
JUMP_CONTEXT = 5


@dataclass(slots=True)
class Anomaly:
    kind: str  # past_time_in_future | jump | revision
    explanation: str
    doc: str
    start: int
    end: int
    evidence: str
    track: str | None = None
    points: list[Point] = field(default_factory=list)
    story: str | None = None


def find_anomalies(tracks: Iterable[Track], future_times: Iterable[Mapping[str, Any]],
                   articles: Mapping[str, Mapping[str, Any]], settings: PictureSettings) -> list[Anomaly]:
    tracks = list(tracks)
    anomalies = list(past_times_in_future(tracks, future_times, articles))
    for track in tracks:
        anomalies.extend(jumps(track, settings))
        anomalies.extend(revisions(track, settings))
    return anomalies


def past_times_in_future(tracks: list[Track], future_times: Iterable[Mapping[str, Any]],
                         articles: Mapping[str, Mapping[str, Any]]) -> Iterator[Anomaly]:
    """A forecast or future-tense sentence that dates its event before the article itself."""
    seen: set[tuple[str, int]] = set()
    for time in future_times:
        article = articles.get(time["doc"], {})
        anomaly = _past_in_future(time["doc"], time.get("value"), article, time["start"], time["end"],
                                  time.get("text", ""), "a future-tense sentence",
                                  _day_interval(time.get("first_day"), time.get("last_day")))
        if anomaly and (time["doc"], time["start"]) not in seen:
            seen.add((time["doc"], time["start"]))
            yield anomaly
    for track in tracks:
        for point in track.points:
            if point.future and point.time and (point.doc, point.start) not in seen:
                anomaly = _past_in_future(point.doc, point.time, articles.get(point.doc, {}), point.start,
                                          point.end, point.evidence, "a forecast")
                if anomaly:
                    anomaly.track, anomaly.points, anomaly.story = track.id, [point], track.story
                    seen.add((point.doc, point.start))
                    yield anomaly


def _day_interval(first: str | None, last: str | None) -> tuple[date, date] | None:
    try:
        return (date.fromisoformat(first), date.fromisoformat(last)) if first and last else None
    except ValueError:
        return None


def _past_in_future(doc: str, value: str | None, article: Mapping[str, Any], start: int, end: int,
                    evidence: str, what: str, when: tuple[date, date] | None = None) -> Anomaly | None:
    when, published = when or iso_interval(value), iso_interval(article.get("published"))
    if not when or not published or when[1] >= published[0]:
        return None
    inferred = " (inferred)" if article.get("published_inferred") else ""
    return Anomaly("past_time_in_future",
                   f"{what.capitalize()} in article {doc}, published {article.get('published')}{inferred}, "
                   f"dates its event to {value}, which was already past when it was written.",
                   doc, start, end, evidence)


def jumps(track: Track, settings: PictureSettings) -> Iterator[Anomaly]:
    """A point figure far from the recent figures other articles gave for its track.

    Figures of the same article are not compared with each other: an article that gives
    600 arrivals, 87 rescued and 11 children among them counts different things, which
    the track only groups by measure, actor and place.
    """
    history: list[tuple[str, float]] = []
    for point in track.points:
        if point.open_ended or point.optional or point.value is None or point.certainty == "denied":
            continue
        others = [value for doc, value in history if doc != point.doc]
        if len(others) >= 2:
            reference = median(others[-JUMP_CONTEXT:])
            if reference > 0 and point.value > 0:
                ratio = max(point.value / reference, reference / point.value)
                if ratio >= settings.jump_factor:
                    yield Anomaly("jump",
                                  f"{point.origin} gives {describe_value(point.low, point.high, point.qualifier)} "
                                  f"({point.when_text}) where the track '{track.label}' stood at about "
                                  f"{reference:,.0f}: {ratio:.1f} times off.",
                                  point.doc, point.start, point.end, point.evidence, track.id, [point],
                                  track.story)
        history.append((point.doc, point.value))


def revisions(track: Track, settings: PictureSettings) -> Iterator[Anomaly]:
    """The same origin giving a different figure later for the same track."""
    by_origin: dict[str, list[Point]] = defaultdict(list)
    for point in track.points:
        if not point.optional and point.value is not None and point.certainty != "denied":
            by_origin[point.origin].append(point)
    for origin, points in by_origin.items():
        if origin.endswith("(own reporting)"):
            continue
        for before, after in zip(points, points[1:]):
            if before.published == after.published or not before.value:
                continue
            change = abs(after.value - before.value) / before.value
            if change > settings.exact_tolerance and before.qualifier != "range" != after.qualifier:
                yield Anomaly("revision",
                              f"{origin} revised its figure for '{track.label}' from "
                              f"{describe_value(before.low, before.high, before.qualifier)} ({before.when_text}) "
                              f"to {describe_value(after.low, after.high, after.qualifier)} ({after.when_text}).",
                              after.doc, after.start, after.end, after.evidence, track.id, [before, after],
                              track.story)
