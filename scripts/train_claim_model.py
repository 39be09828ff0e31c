"""Train the claim model (lagebild/analysis/claim_model.py) on the project's gold folders.

A multinomial logistic regression over the binary features of every number the claims step
places (`claim_model.features`), labelled "none" or the measure of the gold claim it is
(`scripts/claim_model_data.py`; numbers that match only an optional gold claim are left out).
L2-regularised, fitted by L-BFGS from zero weights: the same folders give the same file.
The threshold above which a number the rules rejected becomes a claim is chosen by
cross-validation over the training folders (each scored with out-of-fold probabilities by
the project's scorer), never on anything else.

    python scripts/train_claim_model.py [--folds ...] [--out lagebild/models/claim_model.json]

numpy and scipy are needed here only; the analysis reads the JSON in plain Python.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace

# one BLAS thread: L-BFGS on a shared machine is 25x faster so, and sums come out in one order
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
from pathlib import Path
from typing import Any, Iterable

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import claim_model_data as data  # noqa: E402
from model_training import commit, design_matrix, dumps  # noqa: E402
from lagebild.analysis.claim_model import REOPENED, reopens  # noqa: E402

L2 = 1.0
MIN_COUNT = 2  # a feature seen once teaches nothing general
THRESHOLDS = [round(0.10 + 0.05 * k, 2) for k in range(18)] + [1.01]  # 1.01: add nothing


OPTIONAL = os.environ.get("CLAIM_MODEL_OPTIONAL", "none")


def training_rows(candidates: Iterable[data.Candidate]) -> list[data.Candidate]:
    """The rows the model learns from. A number that matches only an optional gold claim: left
    out when the rules made it a claim; when they rejected it, learnt as "none" (OPTIONAL=none),
    since adding it can only cost (another measure is a false hit, the same one counts nothing);
    OPTIONAL=skip leaves it out too."""
    rows = []
    for c in candidates:
        if not c.optional:
            rows.append(c)
        elif OPTIONAL == "none" and c.step != "claim":
            rows.append(replace(c, label="none", optional=False))
    return rows


def fit(candidates: list[data.Candidate], l2: float = L2) -> dict[str, Any]:
    """Weights as the JSON the analysis reads (without threshold and meta)."""
    rows = training_rows(candidates)
    labels = sorted({c.label for c in rows} | {"none"})
    x, column = design_matrix([c.features for c in rows], MIN_COUNT)
    y = np.zeros((len(rows), len(labels)))
    y[np.arange(len(rows)), [labels.index(c.label) for c in rows]] = 1.0
    width, classes = len(column), len(labels)
    xt = x.T.tocsr()

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[:width * classes].reshape(width, classes)
        b = theta[width * classes:]
        scores = x @ w + b
        scores -= scores.max(axis=1, keepdims=True)
        logp = scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))
        value = -(y * logp).sum() + 0.5 * l2 * (w * w).sum()
        residual = np.exp(logp) - y
        grad_w = xt @ residual + l2 * w
        return value, np.concatenate([np.asarray(grad_w).ravel(), residual.sum(axis=0)])

    result = minimize(loss, np.zeros(width * classes + classes), jac=True, method="L-BFGS-B",
                      options={"maxiter": 500})
    w = result.x[:width * classes].reshape(width, classes)
    bias = result.x[width * classes:]
    weights = {f: [round(float(v), 5) for v in w[k]] for f, k in column.items() if np.abs(w[k]).max() >= 1e-4}
    return {"labels": labels, "bias": [round(float(v), 5) for v in bias], "weights": weights}


def as_model(weights: dict[str, Any], threshold: float, meta: dict[str, Any] | None = None):
    from lagebild.analysis.claim_model import parse

    return parse({**weights, "add_threshold": threshold, "meta": meta or {}})


VARIANTS = ("add", "change", "drop")


def probabilities(fold: data.Fold, model) -> list[dict[str, float]]:
    return [model.probabilities(c.features) for c in fold.candidates]


def decisions(fold: data.Fold, probs: list[dict[str, float]], threshold: float, variant: str = "add"
              ) -> tuple[dict[str, dict[int, str]], dict[str, set[int]]]:
    """What the model changes on a fold at `threshold`: numbers it makes claims (doc -> index ->
    measure) and rule claims it removes (doc -> indices). "add": numbers the rules rejected;
    "change": another measure for a rule claim; "drop": a rule claim the model calls none."""
    added: dict[str, dict[int, str]] = {}
    dropped: dict[str, set[int]] = {}
    for c, p in zip(fold.candidates, probs):
        measures = [label for label in p if label != "none"]
        best = max(measures, key=lambda label: p[label])
        if variant == "add" and c.step in REOPENED and p[best] >= threshold and p[best] > p["none"] \
                and reopens(fold.articles[c.doc].builder):
            added.setdefault(c.doc, {})[c.index] = best
        elif variant == "change" and c.step == "claim" and best != c.rule and p[best] >= threshold \
                and p[best] > p.get(c.rule, 0.0) and p[best] > p["none"]:
            added.setdefault(c.doc, {})[c.index] = best
            dropped.setdefault(c.doc, set()).add(c.index)
        elif variant == "drop" and c.step == "claim" and p["none"] >= threshold:
            dropped.setdefault(c.doc, set()).add(c.index)
    return added, dropped


def counts(fold: data.Fold, changes=None) -> tuple[int, int, int]:
    """(matched, system, required gold) claims of a fold by the project's scorer."""
    claims = data.score(fold, *(changes or ())).claims
    return claims.matched, claims.system, claims.gold


def f1(matched: int, system: int, gold: int) -> float:
    return 2 * matched / (system + gold) if system + gold else 1.0


def choose_threshold(folds: list[data.Fold], l2: float = L2, variant: str = "add") -> tuple[float, dict[float, float]]:
    """The add threshold with the best pooled F1 over `folds`, each fold scored with a model
    trained on the others (ties: the higher threshold, which adds less)."""
    totals = {t: np.zeros(3) for t in THRESHOLDS}
    for k, fold in enumerate(folds):
        probs = probabilities(fold, fitted([f for j, f in enumerate(folds) if j != k], l2))
        for t in THRESHOLDS:
            totals[t] += counts(fold, decisions(fold, probs, t, variant))
    scores = {t: f1(*totals[t]) for t in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda t: (round(scores[t], 6), t))
    return best, scores


_FITTED: dict[tuple[frozenset[str], float], Any] = {}


def fitted(folds: list[data.Fold], l2: float = L2):
    """The model trained on `folds` (remembered: leave-one-out inside leave-one-out trains the
    same set of folders twice)."""
    key = (frozenset(f.name for f in folds), l2)
    if key not in _FITTED:
        _FITTED[key] = as_model(fit([c for f in folds for c in f.candidates], l2), 1.0)
    return _FITTED[key]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default=",".join(data.FOLDS))
    parser.add_argument("--out", default=str(ROOT / "lagebild" / "models" / "claim_model.json"))
    parser.add_argument("--l2", type=float, default=L2)
    args = parser.parse_args()
    names = args.folds.split(",")
    folds = [data.collect(name) for name in names]
    threshold, scores = choose_threshold(folds, args.l2)
    print("cross-validated pooled F1 by threshold: " + ", ".join(f"{t}: {s:.4f}" for t, s in scores.items()))
    weights = fit([c for fold in folds for c in fold.candidates], args.l2)
    meta = {"trained_on": names, "commit": commit(), "l2": args.l2, "min_count": MIN_COUNT,
            "candidates": sum(len(training_rows(f.candidates)) for f in folds),
            "threshold_by": "pooled F1 of out-of-fold additions over the training folders"}
    model = {**weights, "add_threshold": threshold, "meta": meta}
    Path(args.out).write_text(dumps(model), "utf-8")
    print(f"{args.out}: {len(weights['weights'])} features, {len(weights['labels'])} labels, threshold {threshold}")


if __name__ == "__main__":
    main()
