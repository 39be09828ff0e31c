"""The picture as plain records: built from a store, rows for tables, exports and the API."""

from __future__ import annotations

from typing import Any

from lagebild.picture import Picture, PictureSettings, Story, build_picture
from lagebild.picture.points import Point, describe_value
from lagebild.picture.tracks import Track


def picture_from_store(store: Any, settings: PictureSettings | None = None) -> Picture:
    """The picture of everything in a store (its latest article versions).

    Stories read the articles' texts where the source keeps them (a store does; a
    Spark job's output keeps titles only)."""
    articles = {a["id"]: a for a in store.articles()}
    texts = store.texts() if hasattr(store, "texts") else None
    return build_picture(store.claims(), articles, store.future_times(), settings, texts=texts)


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 1)


def track_row(track: Track) -> dict[str, Any]:
    reading = track.reading
    return {
        "track": track.id, "measure": track.measure, "actor": track.actor, "region": track.region,
        "kind": track.kind, "story": track.story, "story_label": track.story_label,
        "claims": len(track.points), "origins": len(track.origins),
        "low": _number(reading.low) if reading else None,
        "best": _number(reading.best) if reading else None,
        "high": _number(reading.high) if reading else None,
        "latest": reading.period[1].isoformat() if reading and reading.period else None,
        "derivation": reading.derivation if reading else None,
    }


def point_row(point: Point) -> dict[str, Any]:
    return {
        "when": point.when[1].isoformat() if point.when else None,
        "time": point.time, "dated_by_article": point.dated_by_article,
        "value": describe_value(point.low, point.high, point.qualifier),
        "low": _number(point.low), "high": _number(point.high), "qualifier": point.qualifier,
        "origin": point.origin, "source": point.source, "relay": point.relay, "outlet": point.outlet,
        "certainty": point.certainty, "future": point.future, "additional": point.additional,
        "location": point.location, "doc": point.doc, "start": point.start, "end": point.end,
        "evidence": point.evidence, "story": point.story,
    }


def story_row(story: Story, picture: Picture) -> dict[str, Any]:
    claims = sum(len(t.points) for t in picture.tracks if t.story == story.id)
    return {"story": story.id, "label": story.label, "articles": len(story.docs), "claims": claims,
            "first": story.first, "last": story.last, "terms": story.terms, "docs": story.docs}


