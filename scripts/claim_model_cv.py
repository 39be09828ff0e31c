"""Does the claim model beat the rules on a gold batch it was not trained on?

Leave-one-batch-out over every gold folder (seeds, heldout, each tests/data/blind_h*): for each
folder, the model is trained on all the others and its threshold chosen by cross-validation
over those only (scripts/train_claim_model.py); then the project's scorer compares the
rules alone with the rules plus the model on the folder left out. Printed per folder and pooled:
claims P/R/F1 of both and the attribute accuracies on matched pairs, and pooled again over
`--subset` (by default blind_h29-h43, the outside batches that joined after session 6's model,
which was trained on seeds-h28: the folders a retrain on all of them adds; the rules were tuned on
them later and less than on the older folders) and over the folders outside it. The rules were
tuned on most of the folders, so a gain there understates what the model does on text nobody
tuned on.

    python scripts/claim_model_cv.py [--variant add|change|drop] [--folds ...] [--subset ...] [--only ...] [--l2 1.0]
        [--train-from ...] [--one-level]

`--one-level` chooses each held out folder's threshold from one shared cross-validation instead of a
nested one: every training folder scored once by a model trained on all the other training folders,
and for the held out folder the threshold with the best pooled F1 over the other folders' scores
(those models saw the held out folder, so the choice of one number among 19 knows a little of it; its
own scores are never used). It trains one model per folder instead of one per pair of folders: 33
models instead of about 560 with 33 folders.

`--train-from` trains on those folders only (each held out folder still left out of its own model):
what a smaller training set, such as an earlier model's, would have scored on the same folders.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import claim_model_data as data  # noqa: E402
import train_claim_model as train  # noqa: E402

# the outside batches that joined after session 6's model (trained on seeds-h28), sessions 6-10's
# blind14-28: the rules were tuned on them later and less than on the older folders
UNTUNED = tuple(f"blind_h{n}" for n in range(29, 44))
ATTRIBUTES = ("source", "certainty", "time", "location", "actor", "qualifier")


def prf(m: float, s: float, g: float) -> str:
    p, r = (m / s if s else 1.0), (m / g if g else 1.0)
    return f"{p:.3f} {r:.3f} {train.f1(int(m), int(s), int(g)):.3f}"


def pooled(title: str, totals: dict[str, np.ndarray]) -> None:
    rules, model = tuple(map(int, totals["rules"])), tuple(map(int, totals["model"]))
    delta = train.f1(*model) - train.f1(*rules)
    print(f"{title:11} {prf(*totals['rules'])}   {prf(*totals['model'])}   {delta:+.3f}  "
          f"(F1 {train.f1(*rules):.4f} -> {train.f1(*model):.4f}; matched/system/gold {rules} -> {model})")


def shared_cv(folds: list[data.Fold], train_from: set[str], l2: float, variant: str
              ) -> dict[str, dict[float, np.ndarray]]:
    """Each training folder's matched/system/gold at every threshold, scored by the model trained on
    the other training folders (`--one-level`)."""
    pool = [f for f in folds if f.name in train_from]
    scores = {}
    for fold in pool:
        probs = train.probabilities(fold, train.fitted([f for f in pool if f is not fold], l2))
        scores[fold.name] = {t: np.array(train.counts(fold, train.decisions(fold, probs, t, variant)))
                             for t in train.THRESHOLDS}
    return scores


def shared_threshold(scores: dict[str, dict[float, np.ndarray]], held_out: str) -> float:
    """The threshold with the best pooled F1 over the folders other than `held_out` (ties: the higher
    one, as in train.choose_threshold)."""
    totals = {t: sum(row[t] for name, row in scores.items() if name != held_out) for t in train.THRESHOLDS}
    return max(train.THRESHOLDS, key=lambda t: (round(train.f1(*map(int, totals[t])), 6), t))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default=",".join(data.FOLDS))
    parser.add_argument("--variant", default="add", choices=train.VARIANTS)
    parser.add_argument("--subset", default=",".join(UNTUNED),
                        help="folders pooled once more on their own (default: the untuned outside batches)")
    parser.add_argument("--l2", type=float, default=train.L2)
    parser.add_argument("--json", help="also write matched/system/gold per folder, rules and model, here")
    parser.add_argument("--only", help="hold out only these folders (each still trained on all the others): "
                                       "a quicker look at a few folders, not the pooled measure")
    parser.add_argument("--train-from", help="train only on these folders (minus the one held out): "
                                             "an earlier, smaller training set scored on the same folders")
    parser.add_argument("--one-level", action="store_true",
                        help="thresholds from one shared cross-validation, not a nested one (far less CPU)")
    args = parser.parse_args()
    names = args.folds.split(",")
    subset = set(args.subset.split(",")) & set(names)
    folds = [data.collect(name) for name in names]
    print(f"variant {args.variant}, l2 {args.l2}")
    print(f"{'held out':11} {'rules P/R/F1':>17}   {'+model P/R/F1':>17}   dF1    thr  added/dropped")
    totals = {"rules": np.zeros(3), "model": np.zeros(3)}
    counts: dict[str, dict[str, tuple[int, int, int]]] = {}
    subset_totals = {"rules": np.zeros(3), "model": np.zeros(3)}
    rest_totals = {"rules": np.zeros(3), "model": np.zeros(3)}
    attributes = {"rules": {a: np.zeros(2) for a in ATTRIBUTES}, "model": {a: np.zeros(2) for a in ATTRIBUTES}}
    only = set(args.only.split(",")) if args.only else None
    train_from = set(args.train_from.split(",")) if args.train_from else set(names)
    shared = shared_cv(folds, train_from, args.l2, args.variant) if args.one_level else None
    for k, fold in enumerate(folds):
        if only is not None and fold.name not in only:
            continue
        training = [f for j, f in enumerate(folds) if j != k and f.name in train_from]
        if shared is None:
            threshold, _ = train.choose_threshold(training, args.l2, args.variant)
        else:
            threshold = shared_threshold(shared, fold.name)
        model = train.fitted(training, args.l2)
        changes = train.decisions(fold, train.probabilities(fold, model), threshold, args.variant)
        reports = {"rules": data.score(fold), "model": data.score(fold, *changes)}
        row = {}
        for key, report in reports.items():
            c = report.claims
            totals[key] += (c.matched, c.system, c.gold)
            (subset_totals if fold.name in subset else rest_totals)[key] += (c.matched, c.system, c.gold)
            row[key] = (c.matched, c.system, c.gold)
            counts.setdefault(fold.name, {})[key] = row[key]
            for a in ATTRIBUTES:
                ratio = report.attributes.get(a)
                if ratio is not None:
                    attributes[key][a] += (ratio.correct, ratio.total)
        delta = train.f1(*row["model"]) - train.f1(*row["rules"])
        n_added = sum(len(v) for v in changes[0].values())
        n_dropped = sum(len(v) for v in changes[1].values())
        print(f"{fold.name:11} {prf(*row['rules'])}   {prf(*row['model'])}   {delta:+.3f}  {threshold:4.2f}  {n_added}/{n_dropped}"
              f"  {row['rules']} -> {row['model']}", flush=True)
    pooled("pooled", totals)
    if subset:
        pooled("subset", subset_totals)
        pooled("rest", rest_totals)
        print(f"subset: {', '.join(sorted(subset))}")
    if args.json:
        Path(args.json).write_text(json.dumps(counts, indent=1) + "\n", "utf-8")
    for key in ("rules", "model"):
        print(f"attributes ({key}): " + ", ".join(
            f"{a} {r / t:.3f}" for a, (r, t) in attributes[key].items() if t))


if __name__ == "__main__":
    main()
