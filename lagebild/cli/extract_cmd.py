"""`lagebild extract`: articles in, claims and statements out, no database."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, List, Optional

import typer

from lagebild.analysis import analyze, prepare
from lagebild.cli import app
from lagebild.cli.output import Format, emit, err_console
from lagebild.ingest import IngestError, Overrides, read_articles
from lagebild.ingest.readers import describe
from lagebild.model import Analysis, claim_record, statement_record, written_names

CLAIM_COLUMNS = ("doc", "measure", "actor", "low", "high", "qualifier", "source", "certainty",
                 "future", "time", "location", "evidence")


def analyses(paths: list[Path], overrides: Overrides, errors: list[IngestError]) -> Iterator[Analysis]:
    prepare()
    for item in read_articles(paths, overrides):
        if not isinstance(item, IngestError):
            try:
                yield analyze(item)
                continue
            except Exception as error:  # noqa: BLE001 - one article's bug must not end the batch
                item = IngestError(item.source_path or item.id, f"analysis failed: {describe(error)}")
        errors.append(item)
        err_console.print(f"[red]error[/red] {item}", highlight=False, soft_wrap=True)


@app.command()
def extract(
    paths: List[Path] = typer.Argument(..., help="Article files (.txt, .html, .jsonl) or folders."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    outlet: Optional[str] = typer.Option(None, help="Outlet for articles that do not name one."),
    published: Optional[str] = typer.Option(None, help="Publication date (ISO) for articles without one."),
    url: Optional[str] = typer.Option(None, help="URL for articles without one."),
) -> None:
    """Extract claims and statements from articles and print them (nothing is stored)."""
    errors: list[IngestError] = []
    records = []
    for analysis in analyses(paths, Overrides(outlet=outlet, published=published, url=url), errors):
        written = written_names(analysis)
        records.extend(claim_record(c, written) for c in analysis.claims)
        records.extend(statement_record(s, written) for s in analysis.statements)
    if fmt is Format.table:
        emit([r for r in records if r["kind"] == "claim"], fmt, CLAIM_COLUMNS, title="Claims")
    else:
        emit(records, fmt)
    if errors:
        raise typer.Exit(1)
