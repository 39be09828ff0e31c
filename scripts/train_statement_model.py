"""Train the statement model (lagebild/analysis/statement_model.py) on the project's gold folders.

A binary logistic regression over the features of every named statement the attribution rules
make (`scripts/statement_model_data.py`), labelled 1 when the project's scorer pairs it with a
gold statement. L2-regularised, fitted by L-BFGS from zero weights: the same folders give the
same file. The threshold below which a statement is dropped is chosen by leave-one-folder-out
cross-validation over the training folders (each scored by the project's scorer with a model
trained on the others), never on anything else.

    python scripts/train_statement_model.py [--folds ...] [--out lagebild/models/statement_model.json]

numpy and scipy are needed here only; the analysis reads the JSON in plain Python.
"""

from __future__ import annotations

import argparse
import os
import sys

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
os.environ["LAGEBILD_STATEMENT_MODEL"] = "0"  # the rules' statements are what the model judges
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import statement_model_data as data  # noqa: E402
from model_training import commit, design_matrix, dumps  # noqa: E402

L2 = 1.0
MIN_COUNT = 3  # a feature seen once or twice teaches nothing general
THRESHOLDS = [0.0] + [round(0.1 + 0.05 * k, 2) for k in range(11)]  # 0.0: drop nothing


def fit(candidates: list[data.Candidate], l2: float = L2) -> dict[str, Any]:
    """Weights as the JSON the analysis reads (without threshold and meta)."""
    x, column = design_matrix([c.features for c in candidates], MIN_COUNT)
    y = np.array([c.label for c in candidates], dtype=float)
    xt = x.T.tocsr()
    width = len(column)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:width], theta[width]
        z = x @ w + b
        # log(1 + e^z) - y z, stably
        value = float(np.logaddexp(0, z).sum() - (y * z).sum() + 0.5 * l2 * (w * w).sum())
        residual = 1 / (1 + np.exp(-z)) - y
        return value, np.concatenate([xt @ residual + l2 * w, [residual.sum()]])

    result = minimize(loss, np.zeros(width + 1), jac=True, method="L-BFGS-B", options={"maxiter": 1000})
    w, b = result.x[:width], result.x[width]
    weights = {f: round(float(w[k]), 5) for f, k in column.items() if abs(w[k]) >= 1e-4}
    return {"bias": round(float(b), 5), "weights": weights}


def as_model(weights: dict[str, Any], threshold: float = 0.0, meta: dict[str, Any] | None = None):
    from lagebild.analysis.statement_model import parse

    return parse({**weights, "threshold": threshold, "meta": meta or {}})


_FITTED: dict[tuple[frozenset[str], float], Any] = {}


def fitted(folds: list[data.Fold], l2: float = L2):
    key = (frozenset(f.name for f in folds), l2)
    if key not in _FITTED:
        _FITTED[key] = as_model(fit([c for f in folds for c in f.candidates], l2))
    return _FITTED[key]


def dropped(fold: data.Fold, model, threshold: float) -> set[int]:
    """Record ids of the fold's statements the model drops at `threshold`."""
    return {id(c.record) for c in fold.candidates if model.probability(c.features) < threshold}


def f1(matched: int, system: int, gold: int) -> float:
    return 2 * matched / (system + gold) if system + gold else 1.0


def choose_threshold(folds: list[data.Fold], l2: float = L2) -> tuple[float, dict[float, float]]:
    """The threshold with the best pooled statement F1 over `folds`, each scored with a model
    trained on the others (ties: the lower threshold, which drops less)."""
    totals = {t: np.zeros(3) for t in THRESHOLDS}
    for k, fold in enumerate(folds):
        model = fitted([f for j, f in enumerate(folds) if j != k], l2)
        for t in THRESHOLDS:
            totals[t] += data.counts(fold, dropped(fold, model, t))
    scores = {t: f1(*map(int, totals[t])) for t in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda t: (round(scores[t], 6), -t))
    return best, scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default=",".join(data.FOLDS))
    parser.add_argument("--out", default=str(ROOT / "lagebild" / "models" / "statement_model.json"))
    parser.add_argument("--l2", type=float, default=L2)
    args = parser.parse_args()
    names = args.folds.split(",")
    folds = [data.collect(name) for name in names]
    threshold, scores = choose_threshold(folds, args.l2)
    print("cross-validated pooled statement F1 by threshold: "
          + ", ".join(f"{t}: {s:.4f}" for t, s in scores.items()))
    weights = fit([c for fold in folds for c in fold.candidates], args.l2)
    meta = {"trained_on": names, "commit": commit(), "l2": args.l2, "min_count": MIN_COUNT,
            "statements": sum(len(f.candidates) for f in folds),
            "threshold_by": "pooled statement F1, leave-one-folder-out over the training folders"}
    Path(args.out).write_text(dumps({**weights, "threshold": threshold, "meta": meta}), "utf-8")
    print(f"{args.out}: {len(weights['weights'])} features, threshold {threshold}")


if __name__ == "__main__":
    main()
