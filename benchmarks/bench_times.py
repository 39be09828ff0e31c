"""Words per second of the time step (find_times) on 10kGNAD news and WikiWarsDE, beside dateparser.

    .venv/bin/python benchmarks/bench_times.py [--articles N] [--no-dateparser]

10kGNAD articles carry no date, so the anchor is inferred from each text (or
missing); WikiWarsDE uses its document creation time. dateparser runs
`search_dates` over the same WikiWarsDE texts, as `lagebild eval-timex` does.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from lagebild.analysis import make_doc
from lagebild.analysis.times import find_times
from lagebild.model import Article

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
GNAD = SHARED / "10kgnad" / "test.csv"
WIKIWARS = SHARED / "wikiwarsde_timex" / "wikiwarsde_timex2.jsonl"


def bench_lagebild(name: str, articles: list[Article]) -> None:
    docs = [make_doc(article) for article in articles]
    words = sum(len(article.text.split()) for article in articles)
    started = time.perf_counter()
    for doc in docs:
        find_times(doc)
    seconds = time.perf_counter() - started
    precisions = Counter(t.precision for doc in docs for t in doc.times)
    resolved = sum(1 for doc in docs for t in doc.times if t.value is not None)
    total = sum(precisions.values())
    print(f"{name}: {len(docs)} texts, {words} words: {seconds:.2f} s, {words / seconds:,.0f} words/s, "
          f"{total} time expressions ({resolved} resolved), {dict(precisions.most_common())}")


def bench_dateparser(records: list[dict]) -> None:
    from dateparser.search import search_dates

    words = sum(len(r["text"].split()) for r in records)
    started = time.perf_counter()
    found = 0
    for record in records:
        base = datetime.fromisoformat(record["dct"])
        found += len(search_dates(record["text"], languages=["de"], settings={"RELATIVE_BASE": base}) or [])
    seconds = time.perf_counter() - started
    print(f"dateparser on WikiWarsDE: {seconds:.2f} s, {words / seconds:,.0f} words/s, {found} matches")


def main(argv: list[str]) -> None:
    limit = int(argv[argv.index("--articles") + 1]) if "--articles" in argv else 2000
    if GNAD.exists():
        with GNAD.open(encoding="utf-8", newline="") as handle:
            texts = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]
        bench_lagebild("10kGNAD (no date)", [Article(id=str(i), text=t) for i, t in enumerate(texts[:limit])])
    if WIKIWARS.exists():
        records = [json.loads(line) for line in WIKIWARS.read_text("utf-8").splitlines() if line.strip()]
        bench_lagebild("WikiWarsDE", [Article(id=r["doc_id"], text=r["text"], published=r["dct"][:10])
                                      for r in records])
        if "--no-dateparser" not in argv:
            bench_dateparser(records)


if __name__ == "__main__":
    main(sys.argv[1:])
