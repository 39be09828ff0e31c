"""The cross-article picture: tracked figures, timelines, contradictions, anomalies.

Works on plain claim and article records (as the store returns them), so it can be
built from a database, from `extract` output, or from a Spark job's Parquet files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

from lagebild.picture.anomalies import Anomaly, find_anomalies
from lagebild.picture.conflicts import Conflict, find_conflicts
from lagebild.picture.points import Point, make_points
from lagebild.picture.settings import PictureSettings, load_settings
from lagebild.picture.stories import Story, find_stories
from lagebild.picture.tracks import Reading, Track, group_tracks

__all__ = ["Anomaly", "Conflict", "Picture", "PictureSettings", "Point", "Reading", "Story", "Track",
           "build_picture", "load_settings"]


@dataclass(slots=True)
class Picture:
    tracks: list[Track] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)
    stories: dict[str, Story] = field(default_factory=dict)  # by article id

    def track(self, key: str) -> Track | None:
        """A track by id, or by a unique id prefix or label fragment."""
        for track in self.tracks:
            if track.id == key:
                return track
        matches = [t for t in self.tracks if t.id.startswith(key) or key.lower() in t.label.lower()]
        return matches[0] if len(matches) == 1 else None

    def story_list(self) -> list[Story]:
        """Every story once: the ones with most articles first."""
        unique = {story.id: story for story in self.stories.values()}
        return sorted(unique.values(), key=lambda s: (-len(s.docs), s.first or "", s.id))

    def story(self, story_id: str | None) -> Story | None:
        return next((s for s in self.stories.values() if s.id == story_id), None) if story_id else None


def default_region_of() -> Callable[[str], str | None]:
    try:
        from lagebild.analysis.entities import country_of
    except ImportError:
        return lambda place: None
    return country_of


def build_picture(
    claims: Iterable[Mapping[str, Any]],
    articles: Mapping[str, Mapping[str, Any]],
    future_times: Iterable[Mapping[str, Any]] = (),
    settings: PictureSettings | None = None,
    region_of: Callable[[str], str | None] | None = None,
    texts: Mapping[str, str] | None = None,
) -> Picture:
    """Claim records + article records (by id) → the picture.

    `future_times` are time expressions found in future-tense sentences
    (doc, start, end, text, value), used to spot forecasts dated in the past.
    `texts` (article id → text; else an article record's "text") let the stories
    read whole articles; without them a story is judged by titles and claims.
    """
    settings = settings or PictureSettings()
    claims = list(claims)
    stories: dict[str, Story] = {}
    if settings.stories:
        places: dict[str, list[str]] = {}
        for claim in claims:
            places.setdefault(claim["doc"], [])
            if claim.get("location"):
                places[claim["doc"]].append(claim["location"])
        stories = find_stories(articles, places, settings, texts)
    points = make_points(claims, articles, region_of or default_region_of(),
                         {doc: story.id for doc, story in stories.items()})
    tracks = group_tracks(points, settings, {story.id: story.label for story in stories.values()})
    anomalies = find_anomalies(tracks, future_times, articles, settings)
    for anomaly in anomalies:
        if anomaly.story is None and anomaly.doc in stories:
            anomaly.story = stories[anomaly.doc].id
    return Picture(
        tracks=tracks,
        conflicts=find_conflicts(tracks, settings),
        anomalies=anomalies,
        stories=stories,
    )
