"""Latency of the web UI and API over a store of N copies of the demo corpus.

    python benchmarks/bench_web.py [--copies 1,20,100] [--json out.json]

Prints, per size, the first (cold: picture built) and the median warm time of each page.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from fastapi.testclient import TestClient

from lagebild.analysis import analyze
from lagebild.demo import load_corpus
from lagebild.model import Article
from lagebild.store import open_store
from lagebild.views.web import create_app


def build(path: Path, copies: int, analysed) -> int:
    store = open_store(path)
    count = 0
    for k in range(copies):
        for article, analysis in analysed:
            copy = replace(article, id=f"{article.id}-{k}")
            store.add(copy, replace(analysis, article=copy,
                                    claims=[replace(c, doc=copy.id) for c in analysis.claims],
                                    statements=[replace(s, doc=copy.id) for s in analysis.statements]))
            count += 1
    store.close()
    return count


def timed(client: TestClient, url: str, repeat: int = 5) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return times[0], statistics.median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", default="1,20,100")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    fields = ("id", "text", "url", "outlet", "title", "published")
    analysed = [(a, analyze(a)) for a in (Article(**{k: r.get(k) for k in fields}) for r in load_corpus())]
    results = []
    for copies in (int(c) for c in args.copies.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            articles = build(Path(folder) / "bench.db", copies, analysed)
            store = open_store(Path(folder) / "bench.db", create=False)
            client = TestClient(create_app(store))
            track = client.get("/api/tracks").json()["items"][0]["track"]
            doc = analysed[1][0].id + "-0"
            pages = {"overview": "/", "track": f"/tracks/{track}", "article": f"/articles/{doc}",
                     "claims": "/claims", "search": "/search?q=Soldaten", "api_claims": "/api/claims?limit=100",
                     "api_tracks": "/api/tracks", "conflicts": "/conflicts"}
            row = {"articles": articles}
            for name, url in pages.items():
                cold, warm = timed(client, url)
                row[name] = {"first_ms": round(cold, 1), "warm_ms": round(warm, 1)}
            store.close()
        results.append(row)
        print(f"{articles:6d} articles: " + "  ".join(f"{k} {v['first_ms']:.0f}/{v['warm_ms']:.0f}ms"
                                                    for k, v in row.items() if k != "articles"), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    sys.exit(main())
