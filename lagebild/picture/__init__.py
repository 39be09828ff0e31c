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
from lagebild.picture.tracks import Reading, Track, group_tracks

__all__ = ["Anomaly", "Conflict", "Picture", "PictureSettings", "Point", "Reading", "Track",
           "build_picture", "load_settings"]


@dataclass(slots=True)
class Picture:
    tracks: list[Track] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    anomalies: list[Anomaly] = field(default_factory=list)

    def track(self, key: str) -> Track | None:
        """A track by id, or by a unique id prefix or label fragment."""
        for track in self.tracks:
            if track.id == key:
                return track
        matches = [t for t in self.tracks if t.id.startswith(key) or key.lower() in t.label.lower()]
        return matches[0] if len(matches) == 1 else None


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
) -> Picture:
    """Claim records + article records (by id) → the picture.

    `future_times` are time expressions found in future-tense sentences
    (doc, start, end, text, value), used to spot forecasts dated in the past.
    """
    settings = settings or PictureSettings()
    points = make_points(claims, articles, region_of or default_region_of())
    tracks = group_tracks(points, settings)
    return Picture(
        tracks=tracks,
        conflicts=find_conflicts(tracks, settings),
        anomalies=find_anomalies(tracks, future_times, articles, settings),
    )
