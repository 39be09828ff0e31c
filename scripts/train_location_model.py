"""Train the location model (lagebild/analysis/location_model.py) on the project's gold folders.

The examples are the scorer's location pairs of every gold folder present (seeds,
tests/data/heldout, tests/data/blind_h*): each matched, required claim whose gold gives a
location, with its candidate places described as the analysis describes them
(`location_model.ArticlePlaces`) against the rules' places, and labelled by whether the gold
location is that candidate (through the folder's aliases and the article's own spellings). A
listwise logistic regression (`location_ranker_cv.train`: softmax over each claim's candidates,
full-batch gradient descent from zero weights) is fitted to them: the same folders give the same
file. Without `--rule-features` (the shipped model) the features that know the rules' choice are
left out; `scripts/location_ranker_cv.py` says why.

    python scripts/train_location_model.py [--rule-features] [--out lagebild/models/location_model.json]

numpy is needed here only; the analysis reads the JSON in plain Python.
"""

from __future__ import annotations

import argparse
import os
import sys

# one BLAS thread: sums come out in one order, and the machine is shared
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import location_ranker_cv as cv  # noqa: E402  (sets LAGEBILD_LOCATION_MODEL=0: the rules' places)
from model_training import commit, dumps  # noqa: E402


def fit(rows: list[dict], rule_features: bool) -> dict[str, float]:
    """Each feature's weight (features that never moved from zero left out)."""
    vocabulary = cv.vocabulary_of(rows)
    drop = frozenset() if rule_features else cv.rule_keys(vocabulary)
    weights = cv.train(cv.matrix(rows, vocabulary, drop), rows)
    return {key: round(float(weights[k]), 6) for key, k in vocabulary.items()
            if key not in drop and abs(weights[k]) >= 1e-6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", help="comma-separated gold folders (default: every one present)")
    parser.add_argument("--rule-features", action="store_true", help="describe candidates with the rules' choice")
    parser.add_argument("--out", default=str(ROOT / "lagebild" / "models" / "location_model.json"))
    args = parser.parse_args()
    names = args.folds.split(",") if args.folds else cv.folders()
    data = {name: cv.collect(name) for name in names}
    rows = [row for name in names for row in data[name]]
    weights = fit(rows, args.rule_features)
    meta = {"trained_on": names, "commit": commit(), "pairs": len(rows), "epochs": cv.EPOCHS, "rate": cv.RATE,
            "l2": cv.L2, "labels": "gold location among the candidates, through aliases and the article's spellings"}
    model = {"rule_features": args.rule_features, "weights": weights, "meta": meta}
    Path(args.out).write_text(dumps(model), "utf-8")

    from lagebild.analysis.location_model import parse

    shipped = parse(model)

    def right(row: dict) -> int:
        return row["labels"][max(range(len(row["names"])), key=lambda k: (shipped.score(row["features"][k]), -k))]

    print(f"{args.out}: {len(weights)} weights, {len(rows)} location pairs")
    print("in sample (what `lagebild eval` prints with LAGEBILD_LOCATION_MODEL=1; says nothing about new text):")
    for name in names + ["pooled"]:
        part = rows if name == "pooled" else data[name]
        rules = sum(row["labels"][row["rule"]] for row in part) / max(1, len(part))
        print(f"  {name:10} {len(part):5d} pairs  rules {rules:.3f}  model {sum(map(right, part)) / max(1, len(part)):.3f}")

if __name__ == "__main__":
    main()
