"""`lagebild demo`: ingest the bundled corpus into a fresh database and show what was found.

The output is a sequence of sections, each a function of the finished `DemoRun`
(summary, articles, claims by measure, the optional HTML report); later stages
add theirs to `SECTIONS`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

import typer
from babel.numbers import format_decimal

from lagebild.cli import app
from lagebild.cli.output import Format, console, emit, err_console
from lagebild.demo import corpus_path, load_corpus
from lagebild.ingest.pipeline import IngestSummary, ingest_paths
from lagebild.model import MEASURES
from lagebild.store import Store, StoreError, open_store

DEFAULT_DB = Path("lagebild-demo") / "demo.db"
REPORT_NAME = "report.html"
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
EVIDENCE_WIDTH = 70

# "#" numbers the articles by date; the claims tables and duplicate_of refer to them by it.
ARTICLE_COLUMNS = ("#", "date", "outlet", "title", "claims", "statements", "duplicate_of")
CLAIM_COLUMNS = ("#", "value", "qualifier", "actor", "source", "certainty", "future", "time", "location",
                 "evidence")


class DemoError(RuntimeError):
    pass


@dataclass(slots=True)
class DemoRun:
    store: Store
    db: Path
    summary: IngestSummary
    report: Path | None = None


Section = Callable[[DemoRun], None]


def fresh_database(path: Path, *, replace_any: bool) -> None:
    """Remove an earlier demo database at `path` so the demo always starts empty.

    A file the user named with --db is only replaced when it holds nothing but
    demo articles: the demo must never wipe a real database by a typo.
    """
    if path.exists() and not replace_any:
        _check_is_demo_database(path)
    for candidate in (path, *(path.with_name(path.name + suffix) for suffix in SQLITE_COMPANIONS)):
        candidate.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)


def _check_is_demo_database(path: Path) -> None:
    demo_ids = {record["id"] for record in load_corpus()}
    try:
        with open_store(str(path), create=False) as store:
            stored = {article["id"] for article in store.articles()}
    except StoreError as error:
        raise DemoError(f"refusing to replace {path}: not a lagebild demo database ({error})") from error
    if not stored <= demo_ids:
        raise DemoError(f"refusing to replace {path}: it holds articles that are not from the demo corpus")


def show_summary(run: DemoRun) -> None:
    console.print(f"[bold]Demo corpus[/bold] {corpus_path()} → {run.db}", highlight=False)
    console.print(run.summary.line(), highlight=False)
    for error in run.summary.errors:
        err_console.print(f"[red]error[/red] {error}", highlight=False)


def articles_by_date(store: Store) -> list[dict[str, Any]]:
    """Stored articles oldest first, each with its number "#" in that order."""
    articles = sorted(store.articles(), key=lambda a: (a["published"] or "", a["id"]))
    return [{**article, "#": number} for number, article in enumerate(articles, 1)]


def show_articles(run: DemoRun) -> None:
    articles = articles_by_date(run.store)
    number = {article["id"]: article["#"] for article in articles}
    rows = [{**article, "date": article["published"],
             "duplicate_of": f"#{number[article['duplicate_of']]}" if article["duplicate_of"] in number
             else article["duplicate_of"]} for article in articles]
    emit(rows, Format.table, ARTICLE_COLUMNS, title=f"Articles ({len(rows)})")


def show_claims(run: DemoRun) -> None:
    by_measure: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in run.store.claims():
        by_measure[claim["measure"]].append(claim)
    if not by_measure:
        console.print("No claims found.")
        return
    number = {article["id"]: article["#"] for article in articles_by_date(run.store)}
    order = {measure: i for i, measure in enumerate(MEASURES)}
    for measure in sorted(by_measure, key=lambda m: (order.get(m, len(order)), m)):
        claims = sorted(by_measure[measure], key=lambda c: (number.get(c["doc"], 0), c["start"]))
        rows = [{**claim, "#": number.get(claim["doc"]), "value": claim_value(claim),
                 "future": "future" if claim["future"] else None, "evidence": shorten(claim["evidence"])}
                for claim in claims]
        emit(rows, Format.table, CLAIM_COLUMNS, title=f"Claims: {measure} ({len(rows)})")


def show_picture(run: DemoRun) -> None:
    """The cross-article picture: stories, tracked figures, contradictions, anomalies."""
    from lagebild.picture.records import picture_from_store, story_row, track_row

    picture = picture_from_store(run.store)
    emit([story_row(s, picture) for s in picture.story_list()], Format.table,
         ("label", "articles", "claims", "first", "last"), title="Stories (figures are compared only within one)")
    emit([track_row(t) for t in picture.tracks], Format.table,
         ("track", "story_label", "claims", "origins", "low", "best", "high", "latest"), title="Tracked figures")
    for title, items in (("Contradictions", picture.conflicts), ("Anomalies", picture.anomalies)):
        console.print(f"[bold]{title} ({len(items)})[/bold]")
        for item in items:
            story = picture.story(item.story)
            where = f" [dim]({story.label})[/dim]" if story else ""
            console.print(f"  • [cyan]{item.kind}[/cyan]{where} {item.explanation}", highlight=False)


def write_report(run: DemoRun) -> None:
    if run.report is None:
        return
    from lagebild.views.report import report_from_store

    html = report_from_store(run.store, title="Lagebild demo")
    try:
        run.report.parent.mkdir(parents=True, exist_ok=True)
        run.report.write_text(html, encoding="utf-8")
    except OSError as error:
        raise DemoError(f"cannot write the report to {run.report}: {error.strerror or error}") from error
    console.print(f"HTML report written to {run.report}", highlight=False)


SECTIONS: tuple[Section, ...] = (show_summary, show_articles, show_claims, show_picture, write_report)


def claim_value(claim: dict[str, Any]) -> str:
    """A claim's interval as German readers write it: "≥ 3.000", "≤ 30.000", "10.000–20.000"."""
    low, high = claim["low"], claim["high"]
    if low is None and high is None:
        return "?"
    if high is None:
        return f"≥ {_number(low)}"
    if low is None:
        return f"≤ {_number(high)}"
    if low == high:
        return _number(low)
    return f"{_number(low)}–{_number(high)}"


def _number(value: float) -> str:
    return format_decimal(value, locale="de")


def shorten(text: str | None, width: int = EVIDENCE_WIDTH) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def run_demo(db: Path, report: Path | None = None, *, replace_any: bool = False,
             sections: tuple[Section, ...] = SECTIONS, progress: bool = True) -> IngestSummary:
    fresh_database(db, replace_any=replace_any)
    with open_store(str(db)) as store:
        summary = ingest_paths(store, [corpus_path()], progress=progress)
        run = DemoRun(store=store, db=db, summary=summary, report=report)
        for section in sections:
            section(run)
    return summary


@app.command()
def demo(
    db: Optional[str] = typer.Option(
        None, "--db", metavar="PATH",
        help=f"Database file for the demo (default: {DEFAULT_DB}); replaced on every run, "
             "but only if it holds nothing except demo articles."),
    report: Optional[Path] = typer.Option(None, "--report",
                                          help=f"Where to write the HTML report (default: {REPORT_NAME} beside the database)."),
) -> None:
    """Ingest the bundled demo corpus into a fresh database and show what was found."""
    try:
        if db is not None and "://" in db:
            raise DemoError(f"--db takes a file path, not a URL ({db}): the demo starts from a fresh SQLite file")
        db_path = Path(db) if db else DEFAULT_DB
        summary = run_demo(db_path, report or db_path.with_name(REPORT_NAME), replace_any=db is None)
    except (DemoError, StoreError) as error:
        err_console.print(f"[red]error[/red] {error}", highlight=False)
        raise typer.Exit(1) from None
    if summary.failed:
        raise typer.Exit(1)
