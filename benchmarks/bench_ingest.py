"""Articles per second of `ingest_paths` on 10kGNAD: read + dedup + store, with and without analysis.

    .venv/bin/python benchmarks/bench_ingest.py [path/to/10kgnad/test.csv] [--limit N]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from corpora import GNAD_TEST, gnad_texts

from lagebild.ingest.pipeline import ingest_paths
from lagebild.model import Analysis
from lagebild.store import open_store


def main(argv: list[str]) -> None:
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 500
    paths = [a for a in argv if a.endswith(".csv")]
    source = Path(paths[0]) if paths else GNAD_TEST
    texts = gnad_texts(source, limit)
    words = sum(len(t.split()) for t in texts)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("".join(json.dumps({"id": f"gnad-{i}", "text": t}, ensure_ascii=False) + "\n"
                                  for i, t in enumerate(texts)), "utf-8")
        print(f"{len(texts)} articles, {words} words from {source.name}")
        runs = (("store only (no analysis)", "bare.db", lambda article: Analysis(article=article)),
                ("full analysis + store", "full.db", None))
        for label, name, analyze in runs:
            with open_store(str(Path(tmp) / name)) as store:
                kwargs = {"analyze": analyze} if analyze else {}
                for phase in ("first ingest", "re-ingest (unchanged)"):
                    started = time.perf_counter()
                    summary = ingest_paths(store, [corpus], progress=False, **kwargs)
                    seconds = time.perf_counter() - started
                    print(f"  {label:26} {phase:22} {seconds:7.2f} s {len(texts) / seconds:8.1f} articles/s"
                          f"  ({summary.line()})")
            size = (Path(tmp) / name).stat().st_size + sum(p.stat().st_size for p in Path(tmp).glob(name + "-*"))
            print(f"  {label:26} database size {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main(sys.argv[1:])
