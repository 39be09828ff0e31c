"""`lagebild ingest` stores articles; `articles`, `claims`, `statements` show what is stored."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, List, Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import Format, console, emit, err_console
from lagebild.ingest import NEAR_DUPLICATE_THRESHOLD

if TYPE_CHECKING:  # the store (SQLAlchemy) and the ingest load when a command needs them
    from lagebild.store import Store

DB_OPTION = typer.Option(None, "--db", help="Database: a file path or SQLAlchemy URL "
                                             "(default: $LAGEBILD_DB, else lagebild.db).")
FORMAT_OPTION = typer.Option(Format.table, "--format", "-f", help="Output format.")
ARTICLE_COLUMNS = ("id", "published", "outlet", "language", "claims", "statements", "duplicate_of", "title")
CLAIM_COLUMNS = ("doc", "measure", "actor", "low", "high", "qualifier", "source", "certainty",
                 "future", "time", "location", "published", "outlet", "evidence")
STATEMENT_COLUMNS = ("doc", "speaker", "role", "cue", "mode", "denial", "published", "content")


def _show(db: Optional[str], fmt: Format, columns: tuple[str, ...], title: str,
          query: Callable[[Store], list[dict]]) -> None:
    """Query an existing store and print: tables show the main columns, exports every field."""
    with open_store_or_exit(db, create=False) as store:
        rows = query(store)
    emit(rows, fmt, columns if fmt is Format.table or not rows else None, title=title)


def open_store_or_exit(db: Optional[str], create: bool) -> "Store":
    from lagebild.store import StoreError, open_store

    try:
        return open_store(db, create=create)
    except StoreError as error:
        err_console.print(f"[red]error[/red] {error}", highlight=False)
        raise typer.Exit(2) from None


@app.command()
def ingest(
    paths: List[str] = typer.Argument(..., help="Article files (.txt, .html, .jsonl), folders, "
                                                "feed files (.xml, .rss, .atom) or http(s) URLs of pages or feeds."),
    db: Optional[str] = DB_OPTION,
    outlet: Optional[str] = typer.Option(None, help="Outlet for articles that do not name one."),
    published: Optional[str] = typer.Option(None, help="Publication date (ISO) for articles without one."),
    url: Optional[str] = typer.Option(None, help="URL for articles without one."),
    meta: Optional[Path] = typer.Option(None, help="Metadata JSONL (records with file or id, no text)."),
    duplicate_threshold: float = typer.Option(NEAR_DUPLICATE_THRESHOLD, "--duplicate-threshold", min=0.05, max=1.0,
                                              help="Word-shingle Jaccard similarity above which an "
                                                   "article counts as a near-duplicate."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for the analysis "
                                                            "(one process still writes, in input order)."),
) -> None:
    """Read, analyse and store articles; print a summary and one line per failure."""
    from lagebild.ingest import Overrides
    from lagebild.ingest.dates import normalize_published
    from lagebild.ingest.pipeline import ingest_paths

    if published:
        try:
            published = normalize_published(published)
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--published") from None
    if meta is not None and not meta.is_file():
        raise typer.BadParameter(f"no such file: {meta}", param_hint="--meta")
    if jobs == 1:  # the analysis runs here; with workers, each prepares its own
        from lagebild.analysis import prepare

        prepare()
    store = open_store_or_exit(db, create=True)
    try:
        summary = ingest_paths(store, paths, Overrides(outlet=outlet, published=published, url=url, meta=meta),
                               progress=not quiet, near_duplicate_threshold=duplicate_threshold, jobs=jobs)
    finally:
        store.close()
    for note in summary.notes:
        err_console.print(f"[yellow]note[/yellow] {note}", highlight=False, soft_wrap=True)
    for error in summary.errors:
        err_console.print(f"[red]error[/red] {error}", highlight=False, soft_wrap=True)
    console.print(summary.line(), highlight=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def articles(
    db: Optional[str] = DB_OPTION,
    fmt: Format = FORMAT_OPTION,
    doc: Optional[str] = typer.Option(None, "--doc", help="Only this article id."),
    outlet: Optional[str] = typer.Option(None, help="Only articles of this outlet."),
    all_versions: bool = typer.Option(False, "--all-versions", help="Also earlier versions of edited articles."),
) -> None:
    """List stored articles with their claim and statement counts."""
    columns = ARTICLE_COLUMNS + (("version", "latest") if all_versions else ())
    _show(db, fmt, columns, "Articles",
          lambda store: store.articles(doc=doc, outlet=outlet, all_versions=all_versions))


@app.command()
def claims(
    db: Optional[str] = DB_OPTION,
    fmt: Format = FORMAT_OPTION,
    doc: Optional[str] = typer.Option(None, "--doc", help="Only claims of this article id."),
    measure: Optional[str] = typer.Option(None, "--measure", help="Only this measure (troops, killed, ...)."),
    source: Optional[str] = typer.Option(None, "--source", help="Only claims from this source."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Only claims about this actor."),
) -> None:
    """List stored claims (counted figures with their source and evidence)."""
    _show(db, fmt, CLAIM_COLUMNS, "Claims",
          lambda store: store.claims(doc=doc, measure=measure, source=source, actor=actor))


@app.command()
def statements(
    db: Optional[str] = DB_OPTION,
    fmt: Format = FORMAT_OPTION,
    doc: Optional[str] = typer.Option(None, "--doc", help="Only statements of this article id."),
    speaker: Optional[str] = typer.Option(None, "--speaker", help="Only statements by this speaker."),
) -> None:
    """List stored statements (who said what)."""
    _show(db, fmt, STATEMENT_COLUMNS, "Statements", lambda store: store.statements(doc=doc, speaker=speaker))
