"""`lagebild tracks | timeline | conflicts | anomalies`: the cross-article picture."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any, Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import Format, emit, err_console
from lagebild.cli.store_cmd import DB_OPTION, FORMAT_OPTION, open_store_or_exit
from lagebild.picture import Picture, load_settings
from lagebild.picture.points import Point
from lagebild.picture.records import picture_from_store, point_row, story_row, track_row

SETTINGS_OPTION = typer.Option(None, "--settings", help="TOML file with a [picture] table of tolerances.")
PARQUET_OPTION = typer.Option(None, "--parquet", metavar="FOLDER",
                              help="Read the output of `lagebild spark-extract` instead of a database.")


def open_picture_source(db: str | None, parquet: Path | None) -> Any:
    """A store, or a Spark job's output read like one."""
    if parquet is None:
        return open_store_or_exit(db, create=False)
    from lagebild.spark import SparkJobError, SparkOutput

    try:
        return SparkOutput(parquet)
    except SparkJobError as error:
        err_console.print(f"[red]error[/red] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


def load_picture(db: str | None, settings_path: Path | None, parquet: Path | None = None) -> Picture:
    store = open_picture_source(db, parquet)
    try:
        return picture_from_store(store, load_settings(settings_path))
    finally:
        store.close()


def _evidence(points: list[Point]) -> list[dict[str, Any]]:
    return [{"doc": p.doc, "start": p.start, "end": p.end, "evidence": p.evidence, "origin": p.origin}
            for p in points]


@app.command()
def tracks(db: Optional[str] = DB_OPTION, fmt: Format = FORMAT_OPTION,
           settings: Optional[Path] = SETTINGS_OPTION,
           parquet: Optional[Path] = PARQUET_OPTION) -> None:
    """Tracked figures with their current best reading (low / best / high)."""
    rows = [track_row(t) for t in load_picture(db, settings, parquet).tracks]
    columns = ("track", "story_label", "claims", "origins", "low", "best", "high", "latest")
    emit(rows, fmt, columns if fmt is Format.table else None, title="Tracked figures")


@app.command()
def stories(db: Optional[str] = DB_OPTION, fmt: Format = FORMAT_OPTION,
            settings: Optional[Path] = SETTINGS_OPTION,
            parquet: Optional[Path] = PARQUET_OPTION) -> None:
    """Stories (events): the groups of articles whose figures are compared with each other."""
    picture = load_picture(db, settings, parquet)
    rows = [story_row(s, picture) for s in picture.story_list()]
    if fmt is Format.table:
        # the article ids are in -f json/csv: in a terminal they would squeeze the label to nothing
        emit(rows, fmt, ("story", "label", "articles", "claims", "first", "last"), title="Stories")
    else:
        emit(rows, fmt)


@app.command()
def timeline(track: str = typer.Argument(..., help="Track id (or a unique prefix), see `lagebild tracks`."),
             db: Optional[str] = DB_OPTION, fmt: Format = FORMAT_OPTION,
             settings: Optional[Path] = SETTINGS_OPTION,
           parquet: Optional[Path] = PARQUET_OPTION) -> None:
    """Every claim of one track in time order: who said what, when."""
    picture = load_picture(db, settings, parquet)
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
              settings: Optional[Path] = SETTINGS_OPTION,
           parquet: Optional[Path] = PARQUET_OPTION) -> None:
    """Contradictions between sources, each with both evidence spans."""
    picture = load_picture(db, settings, parquet)
    rows = []
    for c in picture.conflicts:
        story = picture.story(c.story)
        rows.append({"kind": c.kind, "track": c.track, "story": c.story,
                     "story_label": story.label if story else None, "explanation": c.explanation,
                     "evidence": _evidence(c.points), "against": _evidence(c.against)})
    if fmt is Format.table:
        for row in rows:
            row["evidence"] = " | ".join(e["evidence"] for e in row["evidence"])
            row["against"] = " | ".join(e["evidence"] for e in row["against"])
        emit(rows, fmt, ("kind", "story_label", "explanation", "evidence", "against"), title="Contradictions")
    else:
        emit(rows, fmt)


@app.command()
def anomalies(db: Optional[str] = DB_OPTION, fmt: Format = FORMAT_OPTION,
              settings: Optional[Path] = SETTINGS_OPTION,
           parquet: Optional[Path] = PARQUET_OPTION) -> None:
    """Forecasts dated in the past, jumps against a track, sources revising themselves."""
    rows = []
    for anomaly in load_picture(db, settings, parquet).anomalies:
        row = asdict(anomaly)
        row["points"] = _evidence(anomaly.points)
        rows.append(row)
    emit(rows, fmt, ("kind", "explanation", "evidence") if fmt is Format.table else None, title="Anomalies")
