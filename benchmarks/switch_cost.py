"""CPU cost of a model switch: the whole analysis with `--switch` off ("0") and on ("1") in turn per
article, in one process, and the CPU of one function of the switched step timed inside.

    python benchmarks/switch_cost.py LAGEBILD_LOCATION_MODEL --step lagebild.analysis.location_model:relocate
        [--corpus "10kgnad test"|gold] [--limit 150] [--rounds 3]

`gold` is the articles of every gold folder (seeds, tests/data/heldout, tests/data/blind_h*),
dense with figures. The CPU's speed here swings between runs: compare only within one run. The
first round is cold (fresh word caches), later rounds warm; off and on alternate per article, so
both see the same caches.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import CORPORA, SHARED  # noqa: E402


def gold_articles() -> list[dict]:
    folders = [SHARED / "seeds", ROOT / "tests" / "data" / "heldout" / "articles"]
    folders += sorted((ROOT / "tests" / "data").glob("blind_h*/articles"))
    return [{"id": path.stem, "text": path.read_text("utf-8")} for folder in folders
            for path in sorted(folder.glob("*.txt"))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("switch", help="environment variable of the model, e.g. LAGEBILD_LOCATION_MODEL")
    parser.add_argument("--step", help="module:function of the switched step, timed inside the analysis")
    parser.add_argument("--corpus", default="10kgnad test", choices=[*CORPORA, "gold"])
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from lagebild.analysis import analyze, prepare
    from lagebild.model import Article

    records = (gold_articles() if args.corpus == "gold" else CORPORA[args.corpus]())[:args.limit]
    articles = [Article(id=r["id"], text=r["text"], published=r.get("published"), language="de") for r in records]
    prepare("de")
    inside = [0.0]
    if args.step:
        module_name, function_name = args.step.split(":")
        module = importlib.import_module(module_name)
        original = getattr(module, function_name)

        def timed(*a, **k):
            start = time.process_time()
            try:
                return original(*a, **k)
            finally:
                inside[0] += time.process_time() - start

        setattr(module, function_name, timed)
    print(f"{len(articles)} articles of {args.corpus}, {args.switch} off/on in turn, CPU s")
    for round_ in range(args.rounds):
        spent = {"0": 0.0, "1": 0.0}
        inside[0] = 0.0
        for article in articles:
            for setting in ("0", "1") if (round_ + hash(article.id)) % 2 else ("1", "0"):
                os.environ[args.switch] = setting
                start = time.process_time()
                analyze(article)
                spent[setting] += time.process_time() - start
        off, on = spent["0"], spent["1"]
        step = f", the step {inside[0]:.3f} ({100 * inside[0] / off:+.1f}% of off)" if args.step else ""
        print(f"round {round_ + 1}{' (cold)' if round_ == 0 else ''}: off {off:.3f}, on {on:.3f} "
              f"({100 * (on - off) / off:+.1f}%){step}")


if __name__ == "__main__":
    main()
