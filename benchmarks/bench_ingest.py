"""`lagebild ingest` end to end: articles/s, CPU seconds and peak memory, beside the analysis alone.

    .venv/bin/python benchmarks/bench_ingest.py [--articles 1000] [--jobs 1,2] [--analysis-sample 200]
                                                [--shared ../shared/corpora] [--json PATH]

The corpus cycles 10kGNAD test and WMT news texts with distinct ids (a line
"Meldung N." keeps the copies from being exact duplicates; the store marks most
of them as near-duplicates once the texts repeat). Each run is a fresh
`python -m lagebild ingest CORPUS --db fresh.db -q --jobs N`; its memory is the
peak of the summed RSS of the CLI process and all its descendants (forkserver and
workers; pages shared between them are counted once per process), sampled every
50 ms. CPU seconds are those of the whole process tree. "analysis alone" runs
`analyze_for_store` over the first `--analysis-sample` articles of the same corpus
in a fresh process, for the ratio the ingest should stay close to.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from corpora import SHARED_CORPORA

ROOT = Path(__file__).resolve().parents[1]


def _sources(shared: Path):
    """10kGNAD test texts, then WMT news documents, one at a time."""
    with (shared / "10kgnad" / "test.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle, delimiter=";", quotechar="'"):
            if len(row) > 1:
                yield {"text": row[1]}
    with (shared / "wmt_de_news" / "wmt_de_original_docs.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield {"text": record["text"], "outlet": record.get("outlet")}


def write_corpus(path: Path, count: int, shared: Path) -> int:
    """`count` articles with distinct ids, written line by line; returns the number of words."""
    words = 0
    pool = list(itertools.islice(_sources(shared), count))  # at most `count` texts, cycled
    with path.open("w", encoding="utf-8") as handle:
        for i, record in zip(range(count), itertools.cycle(pool)):
            text = f"Meldung {i}.\n\n{record['text']}"
            words += len(text.split())
            handle.write(json.dumps({"id": f"a{i}", "text": text, "outlet": record.get("outlet")},
                                    ensure_ascii=False) + "\n")
    return words


# -- memory of a process tree ----------------------------------------------------------

def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                found += [int(child) for child in handle.read().split()]
    except OSError:
        pass
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cpu_s(pid: int) -> float | None:
    """User + system CPU seconds of one process so far (without its children)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rpartition(")")[2].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def tree_pids(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo += _children(current)
    return found


class PeakSampler:
    """Samples a process tree every `interval` seconds: peak summed RSS, CPU seconds per process.

    Workers are children of multiprocessing's forkserver, which the CLI never
    waits for, so their CPU time is read from /proc while they run (the last
    interval of each process is missed).
    """

    def __init__(self, pid: int, interval: float = 0.05) -> None:
        self.pid, self.interval = pid, interval
        self.peak_mb, self.processes = 0.0, 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = tree_pids(self.pid)
            mb = sum(_rss_kb(pid) for pid in pids) / 1024
            if mb > self.peak_mb:
                self.peak_mb, self.processes = mb, len(pids)
            for pid in pids:
                seconds = _cpu_s(pid)
                if seconds is not None:
                    self.cpu[pid] = max(seconds, self.cpu.get(pid, 0.0))
            self._stop.wait(self.interval)

    @property
    def cpu_s(self) -> float:
        return sum(self.cpu.values())

    def __enter__(self) -> "PeakSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}


def run_ingest(corpus: Path, db: Path, jobs: int, count: int) -> dict:
    cpu_before, started = _children_cpu(), time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "lagebild", "ingest", str(corpus), "--db", str(db),
                                "-q", "--jobs", str(jobs)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=_env())
    with PeakSampler(process.pid) as sampler:
        out, err = process.communicate()
    wall = time.perf_counter() - started
    # the CLI itself exactly (it was waited for), the others as last sampled
    cpu = _children_cpu() - cpu_before + sampler.cpu_s - sampler.cpu.get(process.pid, 0.0)
    return {"part": "ingest", "corpus": f"{count} articles (10kgnad+wmt cycled)", "tool": f"ingest --jobs {jobs}",
            "articles": count, "wall_s": round(wall, 2), "cpu_s": round(cpu, 2),
            "articles_per_s": round(count / wall, 1), "articles_per_cpu_s": round(count / cpu, 1),
            "peak_tree_rss_mb": round(sampler.peak_mb), "processes": sampler.processes,
            "summary": (out.strip().splitlines() or [err.strip()[-300:]])[-1]}


ANALYSIS_ALONE = """
import json, sys, time
from lagebild.ingest.workers import analyze_for_store
from lagebild.model import Article
articles = []
with open(sys.argv[1], encoding="utf-8") as handle:
    for line in handle:
        record = json.loads(line)
        articles.append(Article(id=record["id"], text=record["text"], outlet=record.get("outlet"), language="de"))
        if len(articles) == int(sys.argv[2]):
            break
analyze_for_store(articles[0])  # loads the language data
started = time.process_time()
for article in articles:
    analyze_for_store(article)
print(json.dumps({"articles": len(articles), "cpu_s": time.process_time() - started}))
"""


def run_analysis_alone(corpus: Path, sample: int) -> dict:
    out = subprocess.run([sys.executable, "-c", ANALYSIS_ALONE, str(corpus), str(sample)], check=True,
                         capture_output=True, text=True, env=_env()).stdout
    result = json.loads(out)
    return {"part": "ingest", "tool": "analysis alone (same corpus)", "articles": result["articles"],
            "cpu_s": round(result["cpu_s"], 2), "articles_per_cpu_s": round(result["articles"] / result["cpu_s"], 1)}


def _print(row: dict) -> None:
    keys = ("articles", "wall_s", "cpu_s", "articles_per_s", "articles_per_cpu_s", "peak_tree_rss_mb",
            "processes", "summary")
    print(f"{row['tool']:30} " + "  ".join(f"{k}={row[k]}" for k in keys if k in row), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values")
    parser.add_argument("--analysis-sample", type=int, default=300, help="0 skips the analysis-alone run")
    parser.add_argument("--shared", type=Path, default=SHARED_CORPORA)
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        words = write_corpus(corpus, args.articles, args.shared)
        print(f"{args.articles} articles, {words} words; load {os.getloadavg()[0]:.1f}", flush=True)
        if args.analysis_sample:
            rows.append(run_analysis_alone(corpus, min(args.analysis_sample, args.articles)))
            _print(rows[-1])
        for jobs in (int(j) for j in args.jobs.split(",")):
            rows.append(run_ingest(corpus, Path(tmp) / f"jobs{jobs}.db", jobs, args.articles))
            _print(rows[-1])
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
