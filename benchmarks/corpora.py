"""The shared corpora the benchmarks read (beside the repository, in ../shared/corpora)."""

from __future__ import annotations

import csv
from pathlib import Path

SHARED_CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
GNAD_TEST = SHARED_CORPORA / "10kgnad" / "test.csv"


def gnad_texts(path: Path = GNAD_TEST, limit: int | None = None) -> list[str]:
    """Article texts of the 10kGNAD test split ("label;'text'" rows)."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        texts = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]
    return texts[:limit] if limit is not None else texts
