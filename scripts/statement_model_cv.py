"""Does the statement model beat the rules on a gold folder it was not trained on?

Leave-one-batch-out over every gold folder (seeds, heldout, each tests/data/blind_h*): for each
folder the model is trained on all the others, its threshold chosen by cross-validation over those
only (scripts/train_statement_model.py), and the project's scorer compares the rules' statements
with those the model keeps on the folder left out. Printed per folder, pooled, and pooled again
over each `--subset` (repeatable; by default the folder groups h13-h28, h29-h40, h41-h43: the batches
of sessions 4-6, 7-9 and 10).

    python scripts/statement_model_cv.py [--folds ...] [--subset f1,f2 ...] [--l2 2.0]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import statement_model_data as data  # noqa: E402
import train_statement_model as train  # noqa: E402

GROUPS = tuple(",".join(f"blind_h{n}" for n in range(first, last + 1))
               for first, last in ((13, 28), (29, 40), (41, 43)))


def prf(m: float, s: float, g: float) -> str:
    p, r = (m / s if s else 1.0), (m / g if g else 1.0)
    return f"{p:.3f} {r:.3f} {train.f1(int(m), int(s), int(g)):.3f}"


def pooled(title: str, totals: dict[str, np.ndarray]) -> None:
    rules, model = tuple(map(int, totals["rules"])), tuple(map(int, totals["model"]))
    print(f"{title:11} {prf(*rules)}   {prf(*model)}   {train.f1(*model) - train.f1(*rules):+.3f}  "
          f"(F1 {train.f1(*rules):.4f} -> {train.f1(*model):.4f}; matched/system/gold {rules} -> {model})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default=",".join(data.FOLDS))
    parser.add_argument("--subset", action="append", help="folders pooled apart (repeatable)")
    parser.add_argument("--l2", type=float, default=train.L2)
    args = parser.parse_args()
    names = args.folds.split(",")
    subsets = [set(group.split(",")) & set(names) for group in (args.subset or GROUPS)]
    folds = [data.collect(name) for name in names]
    print(f"l2 {args.l2}")
    print(f"{'held out':11} {'rules P/R/F1':>17}   {'+model P/R/F1':>17}   dF1    thr  dropped (right/false)")
    totals = {"rules": np.zeros(3), "model": np.zeros(3)}
    subset_totals = [{"rules": np.zeros(3), "model": np.zeros(3)} for _ in subsets]
    for k, fold in enumerate(folds):
        training = [f for j, f in enumerate(folds) if j != k]
        threshold, _ = train.choose_threshold(training, args.l2)
        model = train.fitted(training, args.l2)
        drop = train.dropped(fold, model, threshold)
        row = {"rules": data.counts(fold), "model": data.counts(fold, drop)}
        for key in row:
            totals[key] += row[key]
            for subset, subtotal in zip(subsets, subset_totals):
                if fold.name in subset:
                    subtotal[key] += row[key]
        right = sum(1 for c in fold.candidates if id(c.record) in drop and c.label)
        delta = train.f1(*row["model"]) - train.f1(*row["rules"])
        print(f"{fold.name:11} {prf(*row['rules'])}   {prf(*row['model'])}   {delta:+.3f}  {threshold:4.2f}  "
              f"{len(drop)} ({right}/{len(drop) - right})", flush=True)
    pooled("pooled", totals)
    for subset, subtotal in zip(subsets, subset_totals):
        if subset:
            first, last = min(subset), max(subset)
            pooled(f"{first[6:]}-{last[6:]}" if first != last else first, subtotal)
            print(f"  ({len(subset)} folders: {', '.join(sorted(subset))})")


if __name__ == "__main__":
    main()
