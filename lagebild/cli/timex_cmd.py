"""`lagebild eval-timex`: time expressions against WikiWarsDE TIMEX2 gold, beside dateparser."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import Format, console, emit, err_console
from lagebild.evaluation.timex import DEFAULT_CORPUS, TimexError, default_systems, evaluate_timex, report_rows

REPO = Path(__file__).resolve().parents[2]
COLUMNS = ("system", "strict P", "strict R", "strict F1", "lenient P", "lenient R", "lenient F1",
           "R in scope", "value acc", "values", "found", "words/s")


def _default_corpus() -> Path:
    """The corpus beside the working directory, else beside the repository."""
    return DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else REPO / DEFAULT_CORPUS


@app.command("eval-timex")
def eval_timex_command(
    path: Optional[Path] = typer.Argument(None, help="TIMEX2 corpus as JSON lines "
                                                     "(default: ../shared/corpora/wikiwarsde_timex/wikiwarsde_timex2.jsonl)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object with every number."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N documents."),
    dateparser: bool = typer.Option(True, "--dateparser/--no-dateparser",
                                    help="Also run dateparser.search_dates for comparison (slow)."),
) -> None:
    """Score time expression detection (P/R/F1) and values against TIMEX2 gold, with dateparser beside."""
    corpus = path or _default_corpus()
    systems = default_systems(with_dateparser=dateparser)
    if dateparser:
        try:
            import dateparser as _  # noqa: F401
        except ImportError:
            err_console.print("warning: dateparser is not installed; comparing lagebild only", highlight=False)
            systems = default_systems(with_dateparser=False)
    try:
        report = evaluate_timex(corpus, systems, limit=limit)
    except TimexError as error:
        err_console.print(f"error: {error}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    emit(report_rows(report), Format.table, COLUMNS,
         title=f"Time expressions: {report.documents} documents of {corpus.name}")
    skipped = ", ".join(f"{kind} {count}" for kind, count in report.skipped_gold.most_common())
    console.print(f"gold out of value scope (still counted for detection): {skipped or 'none'}", highlight=False)
