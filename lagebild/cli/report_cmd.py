"""`lagebild report`: the picture as one self-contained HTML file."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import console, err_console
from lagebild.cli.picture_cmd import PARQUET_OPTION, SETTINGS_OPTION, open_picture_source
from lagebild.cli.store_cmd import DB_OPTION
from lagebild.picture import load_settings
from lagebild.views.report import report_from_store


@app.command()
def report(
    output: Path = typer.Option(Path("report.html"), "--output", "-o", help="Where to write the HTML file."),
    db: Optional[str] = DB_OPTION,
    title: str = typer.Option("Lagebild", help="Title of the report."),
    settings: Optional[Path] = SETTINGS_OPTION,
    parquet: Optional[Path] = PARQUET_OPTION,
) -> None:
    """Write a self-contained HTML report (charts, contradictions, statements; works offline)."""
    store = open_picture_source(db, parquet)
    try:
        html = report_from_store(store, title, load_settings(settings))
    finally:
        store.close()
    try:
        output.write_text(html, encoding="utf-8")
    except OSError as error:
        err_console.print(f"[red]error[/red] {output}: cannot write report: {error.strerror or error}")
        raise typer.Exit(1) from None
    console.print(f"report written to {output}", highlight=False)
