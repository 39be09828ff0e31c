"""Claims placed in time, with the interval of values they allow and their origin."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from typing import Any, Callable, Iterable, Mapping

from lagebild.picture.settings import PictureSettings

INFINITY = float("inf")


@lru_cache(maxsize=65536)
def iso_interval(value: str | None) -> tuple[date, date] | None:
    """"2024" / "2024-11" / "2024-11-05" → the first and last day they cover."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value[:10].split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        day = date(parts[0], parts[1], parts[2])
        return day, day
    except (ValueError, IndexError):
        return None


@dataclass(slots=True)
class Point:
    """One claim as the picture sees it."""

    id: str
    doc: str
    measure: str
    actor: str | None
    location: str | None
    region: str | None  # the country the location lies in (containment), else the location
    low: float | None
    high: float | None
    qualifier: str
    source: str | None
    relay: str | None
    certainty: str
    future: bool
    additional: bool
    optional: bool
    time: str | None  # the claim's own time, if the text gives one
    when: tuple[date, date] | None  # time, else the article's date
    dated_by_article: bool
    outlet: str | None
    published: str | None
    origin: str  # the independent origin this figure goes back to
    evidence: str
    start: int
    end: int
    story: str | None = None  # the story (event) the article reports, see lagebild.picture.stories

    @property
    def kind(self) -> str:
        if self.additional:
            return "increment"
        return "forecast" if self.future else "stock"

    @property
    def value(self) -> float | None:
        """A single representative number: the point value, a range's middle, or an open bound."""
        if self.low is not None and self.high is not None:
            return (self.low + self.high) / 2
        return self.low if self.low is not None else self.high

    @property
    def open_ended(self) -> bool:
        return self.low is None or self.high is None

    def allowed(self, settings: PictureSettings) -> tuple[float, float]:
        """The interval of true values this claim is compatible with, qualifiers respected."""
        low = self.low if self.low is not None and self.qualifier != "at_most" else 0.0
        high = self.high if self.high is not None and self.qualifier != "at_least" else INFINITY
        if self.qualifier == "about":
            return low * (1 - settings.about_tolerance), high * (1 + settings.about_tolerance)
        if self.qualifier == "exact":
            return low * (1 - settings.exact_tolerance), high * (1 + settings.exact_tolerance)
        if self.qualifier == "at_most" and self.future and self.high is not None:
            # "could rise to up to 30,000" expects the top end, not anything below it
            return self.high * (1 - settings.forecast_top_tolerance), self.high
        return low, high

    def describe(self) -> str:
        return f"{describe_value(self.low, self.high, self.qualifier)} ({self.origin}, {self.when_text})"

    @property
    def when_text(self) -> str:
        if self.time:
            return self.time
        return f"article of {self.published}" if self.published else "undated"


def describe_value(low: float | None, high: float | None, qualifier: str) -> str:
    def number(value: float) -> str:
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"

    if qualifier == "range" and low is not None and high is not None:
        return f"{number(low)}–{number(high)}"
    if low is None and high is not None:
        return f"up to {number(high)}"
    if high is None and low is not None:
        return f"at least {number(low)}"
    if low is None:
        return "unknown"
    prefix = {"about": "about ", "at_least": "at least ", "at_most": "up to "}.get(qualifier, "")
    return prefix + number(low)


def origin_of(source: str | None, article: Mapping[str, Any], root: Mapping[str, Any]) -> str:
    """A named source is its own origin wherever it is repeated; an outlet's own
    reporting goes back to the outlet of the original when the article is a copy."""
    if source:
        return source
    return f"{root.get('outlet') or root.get('id')} (own reporting)"


def original_of(article: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> Mapping[str, Any]:
    """Follow `duplicate_of` links back to the article that was copied."""
    seen = {article.get("id")}
    while article.get("duplicate_of") in articles and article["duplicate_of"] not in seen:
        article = articles[article["duplicate_of"]]
        seen.add(article.get("id"))
    return article


def make_points(
    claims: Iterable[Mapping[str, Any]],
    articles: Mapping[str, Mapping[str, Any]],
    region_of: Callable[[str], str | None] = lambda place: None,
    story_of: Mapping[str, str] | None = None,
) -> list[Point]:
    """Claim records (as `lagebild.model.claim_record` gives them) → points."""
    points = []
    roots: dict[str, Mapping[str, Any]] = {}
    for claim in claims:
        article = articles.get(claim["doc"], {"id": claim["doc"]})
        root = roots.get(claim["doc"])
        if root is None:
            root = roots[claim["doc"]] = original_of(article, articles)
        own_time = iso_interval(claim.get("time"))
        when = own_time or iso_interval(article.get("published"))
        location = claim.get("location")
        points.append(Point(
            id=f"{claim['doc']}:{claim['start']}-{claim['end']}:{claim['measure']}",
            doc=claim["doc"], measure=claim["measure"], actor=claim.get("actor"),
            location=location, region=(region_of(location) or location) if location else None,
            low=_number(claim.get("low")), high=_number(claim.get("high")),
            qualifier=claim.get("qualifier") or "exact", source=claim.get("source"),
            relay=claim.get("relay"), certainty=claim.get("certainty") or "asserted",
            future=bool(claim.get("future")), additional=bool(claim.get("additional")),
            optional=bool(claim.get("optional")), time=claim.get("time"), when=when,
            dated_by_article=own_time is None, outlet=article.get("outlet"),
            published=article.get("published"), origin=origin_of(claim.get("source"), article, root),
            evidence=claim.get("evidence", ""), start=claim["start"], end=claim["end"],
            story=story_of.get(claim["doc"]) if story_of else None,
        ))
    return points


def _number(value: Any) -> float | None:
    return None if value is None else float(value)
