"""Words per second of the entity step (`find_mentions`) on 10kGNAD news articles.

    .venv/bin/python benchmarks/bench_entities.py [path/to/10kgnad/test.csv] [--limit N]

Prints one JSON line: articles, words, seconds, words/s, mentions per article by kind, and
the one-off cost of compiling the gazetteer.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from corpora import GNAD_TEST, gnad_texts

from lagebild import lang
from lagebild.analysis.doc import Doc
from lagebild.analysis.entities import find_mentions
from lagebild.lang.gazetteer import compile_gazetteer
from lagebild.model import Article


def main(argv: list[str]) -> None:
    limit = int(argv[argv.index("--limit") + 1]) if "--limit" in argv else 500
    paths = [a for a in argv if a.endswith(".csv")]
    texts = gnad_texts(Path(paths[0]) if paths else GNAD_TEST, limit)
    data = lang.load("de")
    began = time.perf_counter()
    compile_gazetteer(data)
    compile_seconds = time.perf_counter() - began
    docs = [Doc(article=Article(id=str(i), text=t), language="de", data=data) for i, t in enumerate(texts)]
    find_mentions(docs[0])  # compile the cached gazetteer outside the timing
    began = time.perf_counter()
    for doc in docs:
        find_mentions(doc)
    seconds = time.perf_counter() - began
    words = sum(len(t.split()) for t in texts)
    kinds = Counter(m.kind for doc in docs for m in doc.mentions)
    print(json.dumps({
        "benchmark": "entities", "articles": len(docs), "words": words,
        "seconds": round(seconds, 3), "words_per_second": round(words / seconds) if seconds else None,
        "mentions_per_article": {k: round(v / len(docs), 2) for k, v in sorted(kinds.items())},
        "gazetteer_compile_seconds": round(compile_seconds, 3),
    }))


if __name__ == "__main__":
    main(sys.argv[1:])
