"""`lagebild export`: claims, statements, tracks or a UCDP-style table to CSV, JSON lines or Parquet."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import console, err_console
from lagebild.cli.picture_cmd import PARQUET_OPTION, SETTINGS_OPTION, open_picture_source
from lagebild.cli.serve_cmd import settings_or_exit
from lagebild.cli.store_cmd import DB_OPTION


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class ExportWhat(str, Enum):
    claims = "claims"
    statements = "statements"
    tracks = "tracks"
    ucdp = "ucdp"


@app.command()
def export(
    output: Path = typer.Option(..., "--output", "-o", help="File to write."),
    fmt: ExportFormat = typer.Option(ExportFormat.csv, "--format", "-f", help="File format."),
    what: ExportWhat = typer.Option(ExportWhat.claims, "--what", "-w",
                                    help="claims, statements, tracks, or ucdp (per track and month: low/best/high)."),
    db: Optional[str] = DB_OPTION,
    settings: Optional[Path] = SETTINGS_OPTION,
    parquet: Optional[Path] = PARQUET_OPTION,
) -> None:
    """Export the store (or a Spark job's output) as a table file (CSV, JSON lines or Parquet)."""
    from lagebild.views.export import export as run_export

    picture_settings = settings_or_exit(settings)
    if not output.parent.is_dir():
        err_console.print(f"[red]error[/red] {output}: folder {output.parent} does not exist", highlight=False)
        raise typer.Exit(2)
    store = open_picture_source(db, parquet)
    try:
        count = run_export(store, what.value, output, fmt.value, picture_settings)
    except OSError as error:
        err_console.print(f"[red]error[/red] {output}: cannot write: {error.strerror or error}", highlight=False)
        raise typer.Exit(1) from None
    finally:
        store.close()
    console.print(f"{count} {what.value} rows written to {output}", highlight=False)
