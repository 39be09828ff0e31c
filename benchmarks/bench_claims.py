"""Speed of the claims step alone, and what it finds, on 10kGNAD news articles.

    .venv/bin/python benchmarks/bench_claims.py [--limit 500] [--show 20]

The earlier steps run once per article; then `build_claims` is timed on the
annotated documents. Prints articles/s of the claims step, claims per article,
the measures found and (with --show) a sample of claims to read for precision.
"""

from __future__ import annotations

import argparse
import collections
import copy
import csv
import random
import sys
import time
from pathlib import Path

from lagebild.analysis import PIPELINE, make_doc
from lagebild.analysis.claims import build_claims
from lagebild.model import Article

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "10kgnad" / "test.csv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--show", type=int, default=0)
    args = parser.parse_args()
    if not CORPUS.is_file():
        sys.exit(f"{CORPUS}: not found (the shared corpora are beside the repository)")
    with CORPUS.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle, delimiter=";", quotechar="'"))
    random.Random(1).shuffle(rows)
    docs = []
    for i, (_label, text) in enumerate(rows[:args.limit]):
        doc = make_doc(Article(id=f"gnad{i}", text=text, published="2016-01-01", language="de"))
        for name, step in PIPELINE:
            if name != "claims":
                step(doc)
        docs.append(doc)
    runs = [copy.copy(doc) for doc in docs]
    start = time.perf_counter()
    for doc in runs:
        build_claims(doc)
    seconds = time.perf_counter() - start
    claims = [claim for doc in runs for claim in doc.claims]
    measures = collections.Counter(claim.measure for claim in claims)
    print(f"articles {len(runs)}  claims step {len(runs) / seconds:,.0f} articles/s  "
          f"claims {len(claims)} ({len(claims) / max(1, len(runs)):.2f} per article)")
    print("measures", dict(measures.most_common()))
    for claim in random.Random(2).sample(claims, min(args.show, len(claims))):
        print(f"  {claim.measure:<17} {claim.low}-{claim.high} {claim.evidence_text!r}")


if __name__ == "__main__":
    main()
