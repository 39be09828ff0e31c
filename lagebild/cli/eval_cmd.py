"""`lagebild eval`: score extraction against a gold folder (format of shared/gold/README.md)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, List, Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import Format, console, emit, err_console
from lagebild.evaluation.scorer import EvaluationError, Pair, Prf, Ratio, Record, Report, evaluate

SCORE_COLUMNS = ("task", "precision", "recall", "f1", "matched", "system", "gold")
ATTRIBUTE_COLUMNS = ("attribute", "accuracy", "correct", "pairs")
DOCUMENT_COLUMNS = ("doc", "claims P", "claims R", "claims F1", "claims m/s/g",
                    "statements F1", "statements m/s/g")
CLAIM_ERROR_COLUMNS = ("doc", "measure", "low", "high", "evidence")
STATEMENT_ERROR_COLUMNS = ("doc", "speaker", "content")
MISMATCH_COLUMNS = ("doc", "measure", "attribute", "gold", "system", "evidence")


@app.command("eval")
def eval_command(
    gold_dir: Path = typer.Argument(..., help="Gold folder: claims.jsonl, statements.jsonl, aliases.json."),
    articles: List[Path] = typer.Argument(..., help="The articles the gold describes (files or folders)."),
    system: Optional[Path] = typer.Option(
        None, "--system", help="System output as JSON lines (claim/statement records) instead of "
                               "running the extraction."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object with every number."),
    show_errors: bool = typer.Option(False, "--show-errors",
                                     help="List misses, false hits and attribute mismatches."),
) -> None:
    """Score claims and statements against gold annotations: P/R/F1 and attribute accuracy."""
    try:
        report = evaluate(gold_dir, articles, system)
    except EvaluationError as error:
        err_console.print(f"error: {error}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1)
    for warning in report.warnings:
        err_console.print(f"warning: {warning}", highlight=False, markup=False, soft_wrap=True)
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(errors=show_errors), ensure_ascii=False, indent=2) + "\n")
        return
    print_report(report, show_errors)


def print_report(report: Report, show_errors: bool = False) -> None:
    emit([_score_row("claims", report.claims), _score_row("statements", report.statements)],
         Format.table, SCORE_COLUMNS, title="Scores")
    if report.optional_gold:
        console.print(f"optional gold claims: {report.optional_gold}, matched (left out of "
                      f"precision and recall): {report.optional_matched}", highlight=False)
    rows = [_ratio_row(name, ratio) for name, ratio in report.attributes.items()]
    rows += [_ratio_row(f"statement {name}", ratio) for name, ratio in report.statement_attributes.items()]
    emit(rows, Format.table, ATTRIBUTE_COLUMNS,
         title="Attribute accuracy on matched pairs (claims: required gold only)")
    if report.written_only:
        counts = ", ".join(f"{name} {count}" for name, count in sorted(report.written_only.items()))
        console.print(f"names right only through the article's spelling (as_written): {counts}",
                      highlight=False)
    emit([_document_row(d.doc, d.claims, d.statements) for d in report.documents],
         Format.table, DOCUMENT_COLUMNS, title="Per document (m/s/g: matched/system/gold)")
    if show_errors:
        print_errors(report)


def print_errors(report: Report) -> None:
    emit(report.claim_misses, Format.table, CLAIM_ERROR_COLUMNS, title="Missed gold claims")
    emit(report.claim_false_hits, Format.table, CLAIM_ERROR_COLUMNS, title="False hits (system claims)")
    emit(_mismatch_rows(report.claim_pairs), Format.table, MISMATCH_COLUMNS,
         title="Attribute mismatches on matched claims")
    emit(report.statement_misses, Format.table, STATEMENT_ERROR_COLUMNS, title="Missed gold statements")
    emit(report.statement_false_hits, Format.table, STATEMENT_ERROR_COLUMNS,
         title="False hits (system statements)")
    emit(_mismatch_rows(report.statement_pairs), Format.table,
         ("doc", "speaker", "attribute", "gold", "system", "content"),
         title="Attribute mismatches on matched statements")


def _mismatch_rows(pairs: list[Pair]) -> list[Record]:
    """One row per disagreeing attribute, with the gold record's fields for context."""
    return [{**pair.gold, "attribute": name, "gold": _show(gold), "system": _show(system)}
            for pair in pairs for name, (gold, system) in pair.mismatches.items()]


def _score_row(task: str, counts: Prf) -> Record:
    return {"task": task, "precision": _fraction(counts.precision), "recall": _fraction(counts.recall),
            "f1": _fraction(counts.f1), "matched": counts.matched, "system": counts.system,
            "gold": counts.gold}


def _ratio_row(name: str, ratio: Ratio) -> Record:
    return {"attribute": name, "accuracy": _fraction(ratio.value), "correct": ratio.correct,
            "pairs": ratio.total}


def _document_row(doc: str, claims: Prf, statements: Prf) -> Record:
    return {"doc": doc, "claims P": _fraction(claims.precision), "claims R": _fraction(claims.recall),
            "claims F1": _fraction(claims.f1),
            "claims m/s/g": f"{claims.matched}/{claims.system}/{claims.gold}",
            "statements F1": _fraction(statements.f1),
            "statements m/s/g": f"{statements.matched}/{statements.system}/{statements.gold}"}


def _fraction(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _show(value: Any) -> str:
    return "null" if value is None else str(value)
