"""All benchmarks in one run: a table on stdout, the numbers as JSON.

    .venv/bin/python benchmarks/run.py [--only analysis,ingest,spark,picture] [--limit N]
                                       [--ingest-articles 10000] [--claims 1000000] [--json PATH]

- analysis: articles/s per core (CPU seconds, one process) and peak memory of the
  full German analysis on 10kGNAD test, WMT news documents and Wikinews quotes,
  beside dateparser.search_dates(languages=["de"]) and one regex tokenisation pass
  (the floor) over the same texts; each in a fresh process. Then one synthetic
  article, a single sentence listing 200, 400 and 800 numbers, in numbers/s per core:
  equal rates mean the analysis grows linearly with the numbers of a sentence.
- ingest: `lagebild ingest --jobs 1` and `--jobs 2` of N articles (10kGNAD and WMT
  texts cycled with distinct ids) into a fresh SQLite file, as benchmarks/bench_ingest.py
  runs it: time, CPU seconds and peak summed RSS of the whole process tree (the CLI,
  the forkserver and the workers, sampled).
- spark: `lagebild spark-extract` with local[1] against local[2].
- picture: benchmarks/bench_picture.py on N synthetic claims.
`--limit N` caps the texts per corpus (analysis, spark) for a quick run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LAGEBILD = str(Path(sys.executable).parent / "lagebild")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import CORPORA, SHARED_CORPORA as SHARED, gnad, listing_article, wmt  # noqa: E402

PARTS = ("analysis", "ingest", "spark", "picture")
TOKEN = re.compile(r"\w+|[^\w\s]")


# -- analysis ----------------------------------------------------------------------------

def _run_tool(tool: str, records: list[dict], warm_up: dict | None = None) -> dict:
    """In a fresh process: warm up on the first text (or `warm_up`), then time the tool over all texts."""
    if tool == "lagebild":
        from lagebild.analysis import analyze, prepare
        from lagebild.model import Article

        prepare()  # as the CLI, the ingest workers and Spark do before their first article

        articles = [Article(id=r["id"], text=r["text"], title=r.get("title"), outlet=r.get("outlet"),
                            published=r.get("published"), language="de") for r in [*records, warm_up or records[0]]]
        analyze(articles.pop())
        run = lambda: sum(len(analyze(a).claims) for a in articles)  # noqa: E731
    elif tool == "dateparser":
        import warnings

        from dateparser.search import search_dates

        warnings.filterwarnings("ignore")
        texts = [r["text"] for r in records]
        search_dates(texts[0], languages=["de"])
        run = lambda: sum(len(search_dates(t, languages=["de"]) or ()) for t in texts)  # noqa: E731
    else:
        texts = [r["text"] for r in records]
        run = lambda: sum(len(TOKEN.findall(t)) for t in texts)  # noqa: E731
    cpu, wall = time.process_time(), time.perf_counter()
    found = run()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"cpu_s": round(cpu, 3), "wall_s": round(wall, 3), "found": found,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def bench_analysis(limit: int | None) -> list[dict]:
    rows = []
    for corpus, load in CORPORA.items():
        records = load()[:limit]
        words = sum(len(r["text"].split()) for r in records)
        for tool in ("lagebild", "dateparser", "regex tokens"):
            with get_context("spawn").Pool(1) as pool:
                result = pool.apply(_run_tool, (tool, records))
            rows.append({"part": "analysis", "corpus": corpus, "tool": tool, "articles": len(records),
                         "words": words, **result,
                         "articles_per_core_s": round(len(records) / max(result["cpu_s"], 1e-9), 1)})
            _print_row(rows[-1])
    # One sentence with hundreds of numbers (a pasted list or table): the analysis of a
    # sentence must stay about linear in its numbers, or one such article stalls a batch.
    warm_up = {"id": "warm-up", "text": "In Bezirk 1 gab es 12 Tote und 100 Verletzte."}
    for pairs in (100, 200, 400):
        record = listing_article(pairs)
        with get_context("spawn").Pool(1) as pool:
            result = pool.apply(_run_tool, ("lagebild", [record], warm_up))
        rows.append({"part": "analysis", "corpus": f"one sentence, {2 * pairs} numbers", "tool": "lagebild",
                     "articles": 1, "words": len(record["text"].split()), **result,
                     "numbers_per_core_s": round(2 * pairs / max(result["cpu_s"], 1e-9), 1)})
        _print_row(rows[-1])
    return rows


# -- ingest ------------------------------------------------------------------------------

def bench_ingest(count: int) -> list[dict]:
    """benchmarks/bench_ingest.py's runs: `lagebild ingest --jobs 1` and `--jobs 2`, peak summed RSS and
    CPU seconds of the CLI process and all its descendants (forkserver and workers)."""
    import bench_ingest as measured

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        measured.write_corpus(corpus, count, SHARED)
        for jobs in (1, 2):
            rows.append(measured.run_ingest(corpus, Path(tmp) / f"jobs{jobs}.db", jobs, count))
            _print_row(rows[-1])
    return rows


# -- spark -------------------------------------------------------------------------------

def bench_spark(limit: int | None) -> list[dict]:
    rows = []
    records = (gnad() + wmt())[:limit or 1000]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "articles.jsonl"
        corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
        for master in ("local[1]", "local[2]"):
            started = time.perf_counter()
            done = subprocess.run([LAGEBILD, "spark-extract", str(corpus), str(Path(tmp) / master.replace("[", "").replace("]", "")), "--master", master,
                                   "--partitions", "8", "--driver-memory", "1g"], capture_output=True, text=True)
            seconds = time.perf_counter() - started
            rows.append({"part": "spark", "corpus": "10kgnad+wmt", "tool": f"spark-extract {master}",
                         "articles": len(records), "wall_s": round(seconds, 2),
                         "articles_per_s": round(len(records) / seconds, 1),
                         "summary": (done.stdout.strip().splitlines() or [done.stderr.strip()[-200:]])[-1]})
            _print_row(rows[-1])
    return rows


# -- picture -----------------------------------------------------------------------------

def bench_picture_part(claims: int) -> list[dict]:
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_picture import measure

    with get_context("spawn").Pool(1) as pool:
        result = pool.apply(measure, (claims,))
    row = {"part": "picture", "corpus": "synthetic", "tool": "build_picture", **result}
    _print_row(row)
    return [row]


# -- output ------------------------------------------------------------------------------

def _print_row(row: dict) -> None:
    keys = [k for k in ("articles", "claims", "cpu_s", "wall_s", "seconds", "articles_per_core_s", "numbers_per_core_s",
                        "articles_per_s", "articles_per_cpu_s", "claims_per_s", "peak_rss_mb", "peak_tree_rss_mb", "found",
                        "summary")
            if k in row]
    details = "  ".join(f"{k}={row[k]}" for k in keys)
    print(f"{row['part']:<9} {row['corpus']:<32} {row['tool']:<22} {details}", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(PARTS), help="Comma-separated parts: " + ", ".join(PARTS))
    parser.add_argument("--limit", type=int, help="At most N texts per corpus (analysis, spark).")
    parser.add_argument("--ingest-articles", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=1_000_000, help="Synthetic claims for the picture.")
    parser.add_argument("--json", default=str(Path(__file__).parent / "results.json"),
                        help="Where the rows go; rows of parts not run are kept from it.")
    parser.add_argument("--note", help="How and under what load this run was made (kept in the JSON).")
    args = parser.parse_args(argv)
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    unknown = set(parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s) {', '.join(sorted(unknown))} (known: {', '.join(PARTS)})")
    if not SHARED.is_dir():
        parser.error(f"{SHARED} not found: the corpora must be beside the repository")
    print(f"{'part':<9} {'corpus':<32} {'tool':<22} numbers  (cpu {os.cpu_count()} cores, "
          f"load {os.getloadavg()[0]:.1f})", flush=True)
    rows = []
    for part in parts:
        if part == "analysis":
            rows += bench_analysis(args.limit)
        elif part == "ingest":
            rows += bench_ingest(args.ingest_articles if args.limit is None else min(args.limit, args.ingest_articles))
        elif part == "spark":
            rows += bench_spark(args.limit)
        elif part == "picture":
            rows += bench_picture_part(args.claims)
    # the rows of parts not run now stay as they were measured
    output = Path(args.json)
    old = json.loads(output.read_text("utf-8")) if output.is_file() else {}
    kept = [row for row in old.get("rows", []) if row.get("part") not in parts]
    result = {"cores": os.cpu_count(), "note": args.note or old.get("note", ""), "rows": kept + rows}
    output.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", "utf-8")
    print(f"written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
