"""Does the statement model beat the rules on a gold folder it was not trained on?

Leave-one-batch-out over every gold folder (seeds, heldout, each tests/data/blind_h*): for each
folder the model is trained on all the others, its threshold chosen by cross-validation over those
only (scripts/train_statement_model.py), and the project's scorer compares the rules' statements
with those the model keeps on the folder left out. Printed per folder, pooled, and pooled again
over `--subset` (by default blind_h24-h28, on which the rules were never tuned).

    python scripts/statement_model_cv.py [--folds ...] [--subset ...] [--l2 2.0]
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

UNTUNED = tuple(f"blind_h{n}" for n in range(24, 29))


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
    parser.add_argument("--subset", default=",".join(UNTUNED))
    parser.add_argument("--l2", type=float, default=train.L2)
    args = parser.parse_args()
    names = args.folds.split(",")
    subset = set(args.subset.split(",")) & set(names)
    folds = [data.collect(name) for name in names]
    print(f"l2 {args.l2}")
    print(f"{'held out':11} {'rules P/R/F1':>17}   {'+model P/R/F1':>17}   dF1    thr  dropped (right/false)")
    totals = {"rules": np.zeros(3), "model": np.zeros(3)}
    subset_totals = {"rules": np.zeros(3), "model": np.zeros(3)}
    for k, fold in enumerate(folds):
        training = [f for j, f in enumerate(folds) if j != k]
        threshold, _ = train.choose_threshold(training, args.l2)
        model = train.fitted(training, args.l2)
        drop = train.dropped(fold, model, threshold)
        row = {"rules": data.counts(fold), "model": data.counts(fold, drop)}
        for key in row:
            totals[key] += row[key]
            if fold.name in subset:
                subset_totals[key] += row[key]
        right = sum(1 for c in fold.candidates if id(c.record) in drop and c.label)
        delta = train.f1(*row["model"]) - train.f1(*row["rules"])
        print(f"{fold.name:11} {prf(*row['rules'])}   {prf(*row['model'])}   {delta:+.3f}  {threshold:4.2f}  "
              f"{len(drop)} ({right}/{len(drop) - right})", flush=True)
    pooled("pooled", totals)
    if subset:
        pooled("subset", subset_totals)
        print(f"subset: {', '.join(sorted(subset))}")


if __name__ == "__main__":
    main()
