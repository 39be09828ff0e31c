"""Contradictions between claims, each explained in a plain sentence with both evidences.

Comparisons stay near-linear: claims meet only inside their track and time bucket,
each origin votes once per bucket, and a crowded bucket reports its extreme pair.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Iterable, Iterator

from lagebild.picture.points import INFINITY, Point, describe_value
from lagebild.picture.settings import PictureSettings
from lagebild.picture.tracks import Track, track_id



@dataclass(slots=True)
class Conflict:
    kind: str  # values | forecasts | derived_total | total_vs_increment
    track: str
    explanation: str
    points: list[Point] = field(default_factory=list)  # the first side
    against: list[Point] = field(default_factory=list)  # the other side
    story: str | None = None  # both sides always come from this one story


def time_buckets(point: Point, settings: PictureSettings) -> range:
    """Bucket numbers a point's (widened) time covers: two points whose times lie
    within `window_days` of each other always share one."""
    if not point.when:
        return range(0)
    half = timedelta(days=settings.window_days / 2)
    first = (point.when[0] - half).toordinal() // settings.window_days
    last = (point.when[1] + half).toordinal() // settings.window_days
    return range(first, last + 1)


def close_in_time(a: Point, b: Point, settings: PictureSettings) -> bool:
    if not a.when or not b.when:
        return False
    gap = max((a.when[0] - b.when[1]).days, (b.when[0] - a.when[1]).days, 0)
    return gap <= settings.window_days


def disjoint(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] > b[1] or b[0] > a[1]


def find_conflicts(tracks: Iterable[Track], settings: PictureSettings) -> list[Conflict]:
    tracks = list(tracks)
    conflicts: list[Conflict] = []
    for track in tracks:
        if track.kind in ("stock", "forecast"):
            conflicts.extend(value_conflicts(track, settings))
    conflicts.extend(derived_total_conflicts(tracks, settings))
    conflicts.extend(total_vs_increment_conflicts(tracks, settings))
    return conflicts


def value_conflicts(track: Track, settings: PictureSettings) -> Iterator[Conflict]:
    buckets: dict[int, dict[str, Point]] = defaultdict(dict)
    for point in track.points:  # time order: an origin's latest figure in a bucket stands
        if point.certainty == "denied" or point.optional:
            continue
        for bucket in time_buckets(point, settings):
            buckets[bucket][point.origin] = point
    reported: set[tuple[str, str]] = set()
    for bucket in sorted(buckets):
        voters = list(buckets[bucket].values())
        if len(voters) < 2:
            continue
        pairs = opposing_pairs(voters, settings)
        for a, b in pairs:
            key = tuple(sorted((a.id, b.id)))
            if key in reported or not close_in_time(a, b, settings):
                continue
            if disjoint(a.allowed(settings), b.allowed(settings)):
                reported.add(key)
                low, high = sorted((a, b), key=lambda p: p.value or 0)
                kind = "forecasts" if track.kind == "forecast" else "values"
                subject = f"{'expected ' if kind == 'forecasts' else ''}{track.measure} of {track.actor}"
                yield Conflict(kind, track.id,
                               f"{subject[0].upper()}{subject[1:]} in {track.region}: "
                               f"according to {low.origin}, {describe_value(low.low, low.high, low.qualifier)} "
                               f"({low.when_text}); according to {high.origin}, "
                               f"{describe_value(high.low, high.high, high.qualifier)} ({high.when_text}). "
                               f"The two cannot both hold.",
                               [low], [high], track.story)


def opposing_pairs(voters: list[Point], settings: PictureSettings) -> Iterator[tuple[Point, Point]]:
    """Each figure against the figure furthest from it on the other side, if they
    cannot both hold: every disagreeing origin is named, in O(n) per bucket."""
    highest_low = max(voters, key=lambda p: p.allowed(settings)[0])
    lowest_high = min(voters, key=lambda p: p.allowed(settings)[1])
    for voter in voters:
        if voter is not highest_low:
            yield voter, highest_low
        if voter is not lowest_high:
            yield lowest_high, voter


def derived_total_conflicts(tracks: list[Track], settings: PictureSettings) -> Iterator[Conflict]:
    """Killed plus wounded from one article against a combined casualty figure."""
    by_key: dict[tuple[str, str, str | None], dict[str, list[Point]]] = defaultdict(lambda: defaultdict(list))
    for track in tracks:
        if track.kind == "stock" and track.measure in ("killed", "wounded", "killed_or_wounded"):
            by_key[(track.actor, track.region, track.story)][track.measure].extend(track.points)
    for (actor, region, story), measures in by_key.items():
        combined = [p for p in measures.get("killed_or_wounded", []) if not p.optional]
        if not combined:
            continue
        parts_by_doc: dict[str, dict[str, Point]] = defaultdict(dict)
        for measure in ("killed", "wounded"):
            for point in measures.get(measure, []):
                if not point.optional and point.certainty != "denied":
                    parts_by_doc[(point.doc, point.origin)][measure] = point
        for (doc, origin), parts in parts_by_doc.items():
            if len(parts) < 2:
                continue
            killed, wounded = parts["killed"], parts["wounded"]
            k_low, k_high = killed.allowed(settings)
            w_low, w_high = wounded.allowed(settings)
            total = (k_low + w_low, k_high + w_high)
            for other in combined:
                if other.origin == origin or not close_in_time(other, killed, settings):
                    continue
                if disjoint(total, other.allowed(settings)):
                    yield Conflict(
                        "derived_total", track_id("killed_or_wounded", actor, region, "stock", story),
                        f"According to {origin}, {describe_value(killed.low, killed.high, killed.qualifier)} "
                        f"were killed and {describe_value(wounded.low, wounded.high, wounded.qualifier)} "
                        f"wounded ({killed.when_text}), together {_sum_text(killed, wounded)}; according to "
                        f"{other.origin}, {describe_value(other.low, other.high, other.qualifier)} were killed "
                        f"or wounded ({other.when_text}).",
                        [killed, wounded], [other], story)


def _sum_text(a: Point, b: Point) -> str:
    if a.value is None or b.value is None:
        return "unknown"
    return f"about {a.value + b.value:,.0f}"


def total_vs_increment_conflicts(tracks: list[Track], settings: PictureSettings) -> Iterator[Conflict]:
    """A future total and a future increment for the same step that do not add up with
    the current figure: inside one article, or from one named source across articles."""
    by_key: dict[tuple[str, str, str, str | None], dict[str, list[Point]]] = defaultdict(lambda: defaultdict(list))
    for track in tracks:
        usable = [p for p in track.points if not p.optional and p.certainty != "denied"]
        by_key[(track.measure, track.actor, track.region, track.story)][track.kind].extend(usable)
    for (measure, actor, region, story), kinds in by_key.items():
        increments = [p for p in kinds.get("increment", []) if p.future]
        if not increments or not kinds.get("forecast") or not kinds.get("stock"):
            continue
        for increment in increments:
            step = _same_step(increment, kinds["forecast"], kinds["stock"], settings)
            if step is None:
                continue
            stock, total = step
            s_low, s_high = stock.allowed(settings)
            t_low, t_high = total.allowed(settings)
            implied = (max(t_low - s_high, 0.0), t_high - s_low if t_high != INFINITY else INFINITY)
            if disjoint(implied, increment.allowed(settings)):
                where = (f"Article {increment.doc}" if total.doc == increment.doc
                         else f"{increment.origin} (articles {total.doc} and {increment.doc})")
                yield Conflict(
                    "total_vs_increment", track_id(measure, actor, region, "forecast", story),
                    f"{where} expects {measure} to go from "
                    f"{describe_value(stock.low, stock.high, stock.qualifier)} to "
                    f"{describe_value(total.low, total.high, total.qualifier)} in total, but also speaks of "
                    f"{describe_value(increment.low, increment.high, increment.qualifier)} additional: "
                    f"the increment and the total do not add up.",
                    [stock, total], [increment], story)


def _same_step(increment: Point, totals: list[Point], stocks: list[Point],
               settings: PictureSettings) -> tuple[Point, Point] | None:
    """The total this increment restates (same article, else same named source, close
    in time; the closest in value) and the current figure it starts from."""
    def related(point: Point) -> bool:
        if point.doc == increment.doc:
            return True
        return (not increment.origin.endswith("(own reporting)") and point.origin == increment.origin
                and close_in_time(point, increment, settings))

    candidates = [t for t in totals if related(t) and t.value]
    if not candidates:
        return None
    total = min(candidates, key=lambda t: abs(t.value - (increment.value or 0)))
    # the figure the total grows from: smaller than it, stated with it
    starts = [p for p in stocks if p.value and p.value < total.value
              and (p.doc == total.doc or p.origin == total.origin)]
    if not starts:
        return None
    same_doc = [p for p in starts if p.doc == total.doc]
    stock = min(same_doc or starts, key=lambda p: abs(p.start - total.start) if p.doc == total.doc else 0)
    return stock, total
