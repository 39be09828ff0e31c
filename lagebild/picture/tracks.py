"""Tracked figures: claims grouped by measure, actor, place and kind, with a best reading."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from statistics import median
from typing import Iterable, Mapping

from lagebild.picture.points import Point, describe_value
from lagebild.picture.settings import PictureSettings

UNKNOWN = "unknown"


@dataclass(slots=True)
class Reading:
    """The current best reading of a track, kept as a range the way UCDP keeps low/best/high."""

    low: float | None
    best: float | None
    high: float | None
    period: tuple[date, date] | None
    origins: list[str]
    derivation: str


@dataclass(slots=True)
class Track:
    id: str
    measure: str
    actor: str
    region: str
    kind: str  # stock | increment | forecast
    points: list[Point] = field(default_factory=list)
    reading: Reading | None = None
    story: str | None = None  # story id: figures of different stories never share a track
    story_label: str | None = None

    @property
    def origins(self) -> list[str]:
        return sorted({p.origin for p in self.points})

    @property
    def label(self) -> str:
        label = f"{self.measure} · {self.actor} · {self.region} · {self.kind}"
        return f"{label} · {self.story_label}" if self.story_label else label


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or UNKNOWN


def track_key(point: Point) -> tuple[str, str, str, str, str | None]:
    return point.measure, point.actor or UNKNOWN, point.region or UNKNOWN, point.kind, point.story


def track_id(measure: str, actor: str, region: str, kind: str, story: str | None = None) -> str:
    """"troops/north-korea/russia/stock", then the story id when there are stories."""
    return "/".join(slug(p) for p in (measure, actor, region, kind) + ((story,) if story else ()))


def group_tracks(points: Iterable[Point], settings: PictureSettings,
                 story_labels: Mapping[str, str] | None = None) -> list[Track]:
    grouped: dict[tuple[str, str, str, str, str | None], list[Point]] = defaultdict(list)
    for point in points:
        grouped[track_key(point)].append(point)
    tracks = []
    for (measure, actor, region, kind, story), members in grouped.items():
        members.sort(key=sort_key)
        track = Track(id=track_id(measure, actor, region, kind, story),
                      measure=measure, actor=actor, region=region, kind=kind, points=members,
                      story=story, story_label=(story_labels or {}).get(story) if story else None)
        track.reading = current_reading(members, settings)
        tracks.append(track)
    tracks.sort(key=lambda t: (-len({p.origin for p in t.points}), -len(t.points), t.id))
    return tracks


def sort_key(point: Point) -> tuple:
    when = point.when[1] if point.when else date.max
    return when, point.published or "", point.doc, point.start


def current_reading(points: list[Point], settings: PictureSettings) -> Reading | None:
    """Low/best/high over the latest period, one vote per independent origin.

    Each origin counts once, with its latest figure; the period reaches back far
    enough for `reading_min_origins` origins to have a say, so one late outlier
    cannot carry the reading alone. Best is the median of the origins' values,
    low and high the extremes of their bounds. Optional claims (vague plurals)
    only widen the range.
    """
    dated = [p for p in points if p.when and p.value is not None]
    if not dated:
        return None
    latest = max(p.when[1] for p in dated)
    since = latest - timedelta(days=settings.current_days)
    by_origin: dict[str, Point] = {}
    for point in dated:  # points are in time order: the last one per origin wins
        by_origin[point.origin] = point
    newest_first = sorted(by_origin.values(), key=lambda p: p.when[1], reverse=True)
    chosen = [p for p in newest_first if p.when[1] >= since]
    chosen += newest_first[len(chosen):max(len(chosen), settings.reading_min_origins)]
    since = min(since, *(p.when[1] for p in chosen))
    by_origin = {p.origin: p for p in chosen}
    voters = [p for p in by_origin.values() if not p.optional] or list(by_origin.values())
    best = median(p.value for p in voters)
    # an open side counts at the figure's own value, so low <= best <= high always holds
    lows = [p.low if p.low is not None else p.value for p in by_origin.values()]
    highs = [p.high if p.high is not None else p.value for p in by_origin.values()]
    origins = sorted(by_origin)
    figures = "; ".join(f"{o}: {describe_value(by_origin[o].low, by_origin[o].high, by_origin[o].qualifier)}"
                        for o in origins)
    derivation = (f"median of the latest figure of {len(voters)} independent origin(s) "
                  f"between {since.isoformat()} and {latest.isoformat()} ({figures})")
    return Reading(low=min(lows + [best]), best=best, high=max(highs + [best]),
                   period=(since, latest), origins=origins, derivation=derivation)
