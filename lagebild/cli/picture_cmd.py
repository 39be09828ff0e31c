"""`lagebild tracks | timeline | conflicts | anomalies`: the cross-article picture."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any, Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import Format, emit, err_console
from lagebild.picture import Picture, build_picture, load_settings
from lagebild.picture.points import Point, describe_value

DB_OPTION = typer.Option(None, "--db", envvar="LAGEBILD_DB", help="Database path or URL (default lagebild.db).")
FORMAT_OPTION = typer.Option(Format.table, "--format", "-f", help="Output format.")
SETTINGS_OPTION = typer.Option(None, "--settings", help="TOML file with a [picture] table of tolerances.")


def picture_from_store(store: Any, settings_path: Path | None = None) -> Picture:
    articles = {a["id"]: a for a in store.articles()}
    future_times = store.future_times() if hasattr(store, "future_times") else []
    return build_picture(store.claims(), articles, future_times, load_settings(settings_path))


def load_picture(db: str | None, settings_path: Path | None) -> Picture:
    from lagebild.cli.store_cmd import open_store_or_exit

    store = open_store_or_exit(db, create=False)
    try:
        return picture_from_store(store, settings_path)
    finally:
        store.close()


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 1)


def track_row(track) -> dict[str, Any]:
    reading = track.reading
    return {
        "track": track.id, "measure": track.measure, "actor": track.actor, "region": track.region,
        "kind": track.kind, "claims": len(track.points), "origins": len(track.origins),
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
        "evidence": point.evidence,
    }


def _evidence(points: list[Point]) -> list[dict[str, Any]]:
    return [{"doc": p.doc, "start": p.start, "end": p.end, "evidence": p.evidence, "origin": p.origin}
            for p in points]


@app.command()
def tracks(db: Optional[str] = DB_OPTION, fmt: Format = FORMAT_OPTION,
           settings: Optional[Path] = SETTINGS_OPTION) -> None:
    """Tracked figures with their current best reading (low / best / high)."""
    rows = [track_row(t) for t in load_picture(db, settings).tracks]
    columns = ("track", "claims", "origins", "low", "best", "high", "latest")
    emit(rows, fmt, columns if fmt is Format.table else None, title="Tracked figures")


@app.command()
def timeline(track: str = typer.Argument(..., help="Track id (or a unique prefix), see `lagebild tracks`."),
             db: Optional[str] = DB_OPTION, fmt: Format = FORMAT_OPTION,
             settings: Optional[Path] = SETTINGS_OPTION) -> None:
    """Every claim of one track in time order: who said what, when."""
    picture = load_picture(db, settings)
    found = picture.track(track)
    if found is None:
        err_console.print(f"error: no single track matches {track!r}; see `lagebild tracks`")
        raise typer.Exit(2)
    rows = [point_row(p) for p in found.points]
    if fmt is Format.json:
        emit([{**track_row(found), "points": rows}], fmt)
        return
    emit(rows, fmt, ("when", "value", "origin", "certainty", "outlet", "evidence") if fmt is Format.table else None,
         title=found.label)


@app.command()
def conflicts(db: Optional[str] = DB_OPTION, fmt: Format = FORMAT_OPTION,
              settings: Optional[Path] = SETTINGS_OPTION) -> None:
    """Contradictions between sources, each with both evidence spans."""
    rows = [{"kind": c.kind, "track": c.track, "explanation": c.explanation,
             "evidence": _evidence(c.points), "against": _evidence(c.against)}
            for c in load_picture(db, settings).conflicts]
    if fmt is Format.table:
        for row in rows:
            row["evidence"] = " | ".join(e["evidence"] for e in row["evidence"])
            row["against"] = " | ".join(e["evidence"] for e in row["against"])
        emit(rows, fmt, ("kind", "explanation", "evidence", "against"), title="Contradictions")
    else:
        emit(rows, fmt)


@app.command()
def anomalies(db: Optional[str] = DB_OPTION, fmt: Format = FORMAT_OPTION,
              settings: Optional[Path] = SETTINGS_OPTION) -> None:
    """Forecasts dated in the past, jumps against a track, sources revising themselves."""
    rows = []
    for anomaly in load_picture(db, settings).anomalies:
        row = asdict(anomaly)
        row["points"] = _evidence(anomaly.points)
        rows.append(row)
    emit(rows, fmt, ("kind", "explanation", "evidence") if fmt is Format.table else None, title="Anomalies")
