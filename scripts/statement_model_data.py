"""The candidate table of the statement model: every named statement the attribution rules make
on the project's gold folders (seeds, heldout, every tests/data/blind_h* folder present), its
features (`lagebild.analysis.statement_model.features`) and its label: 1 when the project's
scorer pairs it with a gold statement, 0 when it is a false hit (a wrong speaker included).

    python scripts/statement_model_data.py [--folds heldout,blind_h24] [--table out.tsv]

prints per fold the rules' statement P/R/F1 and the false hits by cue position, speaker form and
mode, and with --table writes one row per statement as TSV.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from claim_model_data import FOLDS, fold_paths  # noqa: E402  (the same folders as the claim model)


@dataclass
class Candidate:
    doc: str
    index: int  # position among the article's statements
    label: int  # 1: the scorer pairs it with a gold statement
    features: list[str]
    record: dict[str, Any]


@dataclass
class Fold:
    name: str
    gold: Any  # scorer.Records (statements only)
    aliases: dict[str, list[str]]
    texts: dict[str, str]
    records: list[dict[str, Any]] = field(default_factory=list)  # every system statement, unnamed too
    candidates: list[Candidate] = field(default_factory=list)


def collect(name: str) -> Fold:
    """Analyse a fold's articles with every step but the statement model; label the rules' named
    statements by the project's scorer."""
    from lagebild.analysis import PIPELINE, make_doc
    from lagebild.analysis.statement_model import _Article, features
    from lagebild.evaluation import scorer
    from lagebild.model import Analysis, statement_record, written_names

    gold_dir, articles_dir = fold_paths(name)
    warnings: list[str] = []
    gold, aliases = scorer.load_gold(gold_dir, warnings)
    gold = scorer.Records(statements=gold.statements)
    articles = scorer.read_texts([articles_dir], warnings)
    fold = Fold(name, gold, aliases, {doc: a.text for doc, a in articles.items()})
    steps = [step for step_name, step in PIPELINE if step_name != "statement model"]
    by_record: dict[int, Candidate] = {}
    for doc_id, article in articles.items():
        doc = make_doc(article)
        for step in steps:
            step(doc)
        written = written_names(Analysis(article=article, mentions=doc.mentions))
        context = _Article(doc, doc.statements)
        for k, statement in enumerate(doc.statements):
            record = statement_record(statement, written)
            fold.records.append(record)
            if statement.speaker and statement.cue is not None:  # (the model never judges an interview's answers)
                candidate = Candidate(doc_id, k, 0, features(doc, doc.statements, k, context), record)
                fold.candidates.append(candidate)
                by_record[id(record)] = candidate
    for pair in score(fold).statement_pairs:
        if id(pair.system) in by_record:
            by_record[id(pair.system)].label = 1
    return fold


def score(fold: Fold, drop: set[int] | None = None):
    """The project's scorer on the fold's statements, without those whose record ids are in `drop`."""
    from lagebild.evaluation import scorer

    drop = drop or set()
    system = scorer.Records(statements=[r for r in fold.records if id(r) not in drop])
    return scorer.score(fold.gold, system, fold.texts, fold.aliases)


def counts(fold: Fold, drop: set[int] | None = None) -> tuple[int, int, int]:
    s = score(fold, drop).statements
    return s.matched, s.system, s.gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default=",".join(FOLDS))
    parser.add_argument("--table", help="write the candidate table (TSV) here")
    args = parser.parse_args()
    os.environ["LAGEBILD_STATEMENT_MODEL"] = "0"
    rows = []
    for name in args.folds.split(","):
        fold = collect(name)
        m, s, g = counts(fold)
        false = [c for c in fold.candidates if not c.label]
        shape = Counter()
        for c in false:
            picked = [f for f in c.features if f.startswith(("cue_at=", "speaker_how=", "mode="))]
            shape[" ".join(sorted(picked))] += 1
        print(f"== {name}: statements P/R/F1 {m / s if s else 1:.3f}/{m / g if g else 1:.3f}/"
              f"{2 * m / (s + g) if s + g else 1:.3f} ({m}/{s}/{g}); false hits by shape: "
              + ", ".join(f"{k} {n}" for k, n in shape.most_common(6)))
        rows += [(name, c) for c in fold.candidates]
    if args.table:
        with open(args.table, "w", encoding="utf-8") as out:
            out.write("fold\tdoc\tlabel\tspeaker\tcue\tmode\tcontent\tfeatures\n")
            for name, c in rows:
                r = c.record
                out.write("\t".join([name, c.doc, str(c.label), str(r["speaker"]), str(r["cue"]), r["mode"],
                                     r["content"][:200], " ".join(c.features)]).replace("\n", " ") + "\n")


if __name__ == "__main__":
    main()
