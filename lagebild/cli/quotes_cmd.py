"""`lagebild eval-quotes`: quotation attribution scored on the Wikinews quotation corpus."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import Format, console, emit, err_console
from lagebild.evaluation.quotes import QuoteEvalError, corpus_path, evaluate_quotes


@app.command("eval-quotes")
def eval_quotes(
    path: Optional[Path] = typer.Argument(
        None, help="Corpus file (.jsonl or .jsonl.gz) or folder; default "
                   "../shared/corpora/wikinews_de_quotes."),
    split: str = typer.Option("test", "--split", help="Split to read from a folder: train, dev or test."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N documents (after --skip)."),
    skip: int = typer.Option(0, "--skip", min=0, help="Pass over the first N documents: with --limit, a split's "
                                                     "part can be held out (choose rules on --limit 500, check on --skip 500)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object with every number."),
) -> None:
    """Score statements against gold quotations: P/R/F1, speaker-correct P/R/F1, recall by type."""
    file = corpus_path(path, split)
    try:
        report = evaluate_quotes(file, limit, skip).as_dict()
    except QuoteEvalError as error:
        err_console.print(f"error: {error}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1)
    report["corpus"] = str(file)
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return
    rows = [{"task": task, **{k: f"{v:.3f}" for k, v in report[task].items()}}
            for task in ("quotation", "speaker_correct")]
    named = report["named_speakers_only"]
    rows += [{"task": f"{task} (named speakers only)", **{k: f"{v:.3f}" for k, v in named[task].items()}}
             for task in ("quotation", "speaker_correct")]
    emit(rows, Format.table, ("task", "precision", "recall", "f1"),
         title=f"Quotations: {report['documents']} documents, {report['gold_quotes']} gold, "
               f"{report['system_statements']} system")
    emit([{"gold type": name, "gold": c["gold"], "recall": f"{c['recall']:.3f}",
           "speaker recall": f"{c['speaker_recall']:.3f}"} for name, c in report["recall_by_type"].items()],
         Format.table, ("gold type", "gold", "recall", "speaker recall"), title="Recall by gold type")
    emit([{"mode": name, "system": c["system"], "precision": f"{c['precision']:.3f}",
           "speaker precision": f"{c['speaker_precision']:.3f}"} for name, c in report["precision_by_mode"].items()],
         Format.table, ("mode", "system", "precision", "speaker precision"), title="Precision by statement mode")
    console.print(f"{report['docs_per_second']} documents/s, {report['chars_per_second']} characters/s",
                  highlight=False)
