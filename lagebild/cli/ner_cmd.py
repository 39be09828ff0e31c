"""`lagebild eval-ner`: entity recognition scored on GermEval 2014 (P/R/F1 per type, speed)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import Format, console, emit, err_console
from lagebild.evaluation.ner import CorpusError, corpus_file, evaluate

DEFAULT_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "germeval2014_ner"
COLUMNS = ("type", "precision", "recall", "f1", "correct", "predicted", "gold")


@app.command("eval-ner")
def eval_ner(
    corpus: Path = typer.Option(DEFAULT_CORPUS, "--corpus",
                                help="GermEval 2014 folder (or one TSV file)."),
    split: str = typer.Option("dev", "--split", help="dev or test."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N sentences."),
    groups: bool = typer.Option(True, "--groups/--no-groups",
                                help="Count unnamed groups (\"die Polizei\") as ORG predictions."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Score the entity recogniser on GermEval 2014: exact-span P/R/F1 for PER, LOC, ORG."""
    try:
        path = corpus_file(corpus, split)
        scores = evaluate(path, limit=limit, groups=groups)
    except (CorpusError, OSError, UnicodeDecodeError) as error:
        err_console.print(f"error: {error}", highlight=False, markup=False, soft_wrap=True)
        raise typer.Exit(1)
    report = {"corpus": str(path), "split": split, "groups_as_org": groups, **scores.report()}
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return
    emit(report["scores"], Format.table, COLUMNS,
         title=f"GermEval 2014 {split}: {report['sentences']} sentences, exact token spans")
    console.print(f"{report['tokens']} tokens in {report['seconds']} s "
                  f"({report['tokens_per_second']} tokens/s). Not scored (other classes: "
                  f"adjectives like \"deutsche\" are *deriv, compound parts *part): "
                  f"{report['gold_other_classes']}", highlight=False, soft_wrap=True)
