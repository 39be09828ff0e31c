"""Exports: claims, statements, tracks and a UCDP-style table as CSV, JSON lines or Parquet."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

from lagebild.picture import Picture, PictureSettings
from lagebild.picture.points import Point
from lagebild.picture.tracks import current_reading

FORMATS = ("csv", "jsonl", "parquet")
WHAT = ("claims", "statements", "tracks", "ucdp")
# Columns of the UCDP-style table, in order (also its header when it has no rows).
UCDP_COLUMNS = ("track", "measure", "actor", "region", "kind", "story", "story_label", "period", "low", "best", "high",
                "origins", "claims", "origin_names")


def _number(value: float | None) -> float | None:
    return None if value is None else float(value)


def track_rows(picture: Picture) -> list[dict[str, Any]]:
    """One row per track with its current reading (as `lagebild tracks`)."""
    from lagebild.picture.records import track_row

    rows = []
    for track in picture.tracks:
        row = track_row(track)
        for name in ("low", "best", "high"):
            row[name] = _number(row[name])
        rows.append(row)
    return rows


def month_of(point: Point) -> str | None:
    """The month a point counts for: the last day it speaks of, as the readings use."""
    return point.when[1].strftime("%Y-%m") if point.when else None


def ucdp_rows(picture: Picture, settings: PictureSettings | None = None) -> list[dict[str, Any]]:
    """Per track and month: low / best / high and the number of independent origins.

    Each month is read exactly like a track's current reading, with the month's
    claims as the window: one vote per origin (its latest figure), best the median.
    """
    month_settings = replace(settings or PictureSettings(), current_days=31)
    rows = []
    for track in picture.tracks:
        by_month: dict[str, list[Point]] = defaultdict(list)
        for point in track.points:  # already in time order
            month = month_of(point)
            if month and point.value is not None:
                by_month[month].append(point)
        for month in sorted(by_month):
            reading = current_reading(by_month[month], month_settings)
            if reading is None:
                continue
            rows.append({"track": track.id, "measure": track.measure, "actor": track.actor,
                         "region": track.region, "kind": track.kind, "story": track.story,
                         "story_label": track.story_label, "period": month,
                         "low": _number(reading.low), "best": _number(reading.best), "high": _number(reading.high),
                         "origins": len(reading.origins), "claims": len(by_month[month]),
                         "origin_names": "; ".join(reading.origins)})
    return rows


def _plain(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Numbers of claim/statement records as floats in the value columns, so every row has one type."""
    out = []
    for row in rows:
        row = dict(row)
        for name in ("low", "high"):
            if name in row:
                row[name] = _number(row[name])
        out.append(row)
    return out


def export_rows(store: Any, what: str, settings: PictureSettings | None = None) -> list[dict[str, Any]]:
    if what == "claims":
        return _plain(store.claims())
    if what == "statements":
        return _plain(store.statements())
    picture = picture_of(store, settings or PictureSettings())
    return track_rows(picture) if what == "tracks" else ucdp_rows(picture, settings)


def picture_of(store: Any, settings: PictureSettings) -> Picture:
    from lagebild.picture.records import picture_from_store

    return picture_from_store(store, settings)


def write_rows(rows: list[dict[str, Any]], path: Path, fmt: str, columns: Iterable[str] = ()) -> None:
    """Write rows; `columns` names the header when there are no rows to take it from."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    fields = list(rows[0].keys()) if rows else list(columns)
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(rows)
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(rows) if rows else pa.table({name: pa.array([], pa.string()) for name in fields})
        pq.write_table(table, path)


def export(store: Any, what: str, path: Path, fmt: str, settings: PictureSettings | None = None) -> int:
    """Export one table of the store to `path`; returns the number of rows written."""
    if what not in WHAT:
        raise ValueError(f"unknown export {what!r} (known: {', '.join(WHAT)})")
    rows = export_rows(store, what, settings)
    write_rows(rows, path, fmt, UCDP_COLUMNS if what == "ucdp" else ())
    return len(rows)
