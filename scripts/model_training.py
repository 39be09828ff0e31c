"""What the scripts that train the project's models share: the commit a model was trained at and
its JSON file written so that a retrained model diffs readably."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any, Iterable, Sequence

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parents[1]


def commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def dumps(model: dict[str, Any]) -> str:
    """JSON with one feature's weights a line."""
    head = {k: v for k, v in model.items() if k != "weights"}
    lines = [json.dumps(head, ensure_ascii=False, sort_keys=True)[:-1] + ', "weights": {']
    rows = [f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" for f, w in sorted(model["weights"].items())]
    return "\n".join(lines + [",\n".join(rows), "}}"]) + "\n"


def design_matrix(features: Sequence[Iterable[str]], min_count: int) -> tuple[sparse.csr_matrix, dict[str, int]]:
    """One row per example, one 0/1 column per feature seen in at least `min_count` examples
    (columns in sorted feature order), and each feature's column."""
    counts: dict[str, int] = {}
    for row in features:
        for f in set(row):
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, n in counts.items() if n >= min_count)
    column = {f: k for k, f in enumerate(vocab)}
    indptr, indices = [0], []
    for row in features:
        indices += sorted({column[f] for f in row if f in column})
        indptr.append(len(indices))
    x = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(features), len(vocab)))
    return x, column
