"""Words per second of the tokens, sentences and quantities steps on 10kGNAD.

    .venv/bin/python benchmarks/bench_numbers.py [path/to/10kgnad/test.csv] [--show N] [--pathological]
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from lagebild.analysis import make_doc
from lagebild.analysis.numbers import find_quantities
from lagebild.analysis.sentences import split_sentences, tokenize
from lagebild.model import Article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "10kgnad" / "test.csv"


# Long runs that make backtracking regexes quadratic; each should take well under a second.
PATHOLOGICAL = {
    "dots": "." * 50000 + "x",
    "spaces": " " * 50000 + "x",
    "number words": "zwei" * 20000 + "x",
    "digit groups": "1." * 30000,
    "zeros": "0 " * 30000,
    "bullets": "•" * 50000,
    "abbreviations": "z. B. " * 20000,
    "at signs": "a" * 50000 + "@",
}


def pathological() -> None:
    for name, text in PATHOLOGICAL.items():
        doc = make_doc(Article(id=name, text=text))
        started = time.perf_counter()
        for step in (tokenize, split_sentences, find_quantities):
            step(doc)
        print(f"  {name:14} {len(text):7} chars  {time.perf_counter() - started:6.2f} s")


def main(argv: list[str]) -> None:
    if "--pathological" in argv:
        pathological()
        return
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    paths = [a for a in argv if a.endswith(".csv")]
    path = Path(paths[0]) if paths else DEFAULT
    with path.open(encoding="utf-8", newline="") as handle:
        texts = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]
    docs = [make_doc(Article(id=str(i), text=text)) for i, text in enumerate(texts)]
    words = sum(len(text.split()) for text in texts)
    timings = {}
    for name, step in (("tokens", tokenize), ("sentences", split_sentences), ("quantities", find_quantities)):
        started = time.perf_counter()
        for doc in docs:
            step(doc)
        timings[name] = time.perf_counter() - started
    total = sum(timings.values())
    print(f"{len(docs)} articles, {words} words from {path.name}")
    for name, seconds in timings.items():
        print(f"  {name:11} {seconds:6.2f} s  {words / seconds:12,.0f} words/s")
    print(f"  {'all three':11} {total:6.2f} s  {words / total:12,.0f} words/s  {len(docs) / total:8,.0f} articles/s")
    print(f"  {sum(len(d.sentences) for d in docs)} sentences, {sum(len(d.quantities) for d in docs)} quantities")
    for doc in docs[:show]:
        for quantity in doc.quantities:
            context = doc.text[max(0, quantity.span.start - 30):quantity.span.end + 30].replace("\n", " ")
            print(f"{quantity.text!r:28} {quantity.low} {quantity.high} {quantity.qualifier:8} | {context}")


if __name__ == "__main__":
    main(sys.argv[1:])
