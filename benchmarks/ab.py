"""Per-step CPU time of the analysis, a git commit against this checkout, in one process.

    python benchmarks/ab.py REF [--corpus "10kgnad test"] [--limit 150] [--rounds 2]

The CPU's speed here swings up to 2x between runs, so two runs cannot be compared.
This loads REF's `lagebild` package (exported with `git archive`, imported as
`lagebild_ref`) beside the checkout's in one process and times both over the same
articles, alternating per article: every step's CPU ms per article, REF then this
checkout. The first pass is cold, as benchmarks/run.py measures (fresh word caches:
the per-word answers of the gazetteer, the time scanner and the claims lexicon), the
later passes warm. Differences of a few percent are noise; run it twice.
"""

from __future__ import annotations

import argparse
import importlib
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import CORPORA  # noqa: E402

WARM_UP = "In Bezirk 1 gab es 12 Tote und 100 Verletzte."
IMPORT_RE = re.compile(r"\b(from|import) lagebild\b|\blagebild\.")


def export(ref: str, folder: Path) -> None:
    """REF's lagebild package as folder/lagebild_ref, its absolute imports renamed."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "lagebild"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    (folder / "lagebild").rename(folder / "lagebild_ref")
    for path in (folder / "lagebild_ref").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        path.write_text(IMPORT_RE.sub(lambda m: f"{m.group(1)} lagebild_ref" if m.group(1)
                                      else "lagebild_ref.", source), encoding="utf-8")


def measure(records: list[dict], rounds: int) -> dict[str, list[dict[str, float]]]:
    """{package: [CPU seconds per step of the cold pass, of the warm passes]}."""
    packages = {}
    for name in ("lagebild_ref", "lagebild"):
        analysis = importlib.import_module(name + ".analysis")
        model = importlib.import_module(name + ".model")
        analysis.prepare("de")
        analysis.analyze(model.Article(id="warm-up", text=WARM_UP, language="de"))
        articles = [model.Article(id=r["id"], text=r["text"], title=r.get("title"), outlet=r.get("outlet"),
                                  published=r.get("published"), language="de") for r in records]
        packages[name] = (analysis, articles)
    totals: dict[str, list[dict[str, float]]] = {name: [{}, {}] for name in packages}
    clock = time.process_time
    for round_ in range(rounds + 1):
        for i in range(len(records)):
            order = ("lagebild_ref", "lagebild") if (i + round_) % 2 == 0 else ("lagebild", "lagebild_ref")
            for name in order:
                analysis, articles = packages[name]
                doc = analysis.make_doc(articles[i])
                steps = totals[name][min(round_, 1)]
                for step_name, step in analysis.PIPELINE:
                    began = clock()
                    step(doc)
                    steps[step_name] = steps.get(step_name, 0.0) + clock() - began
    return totals


def report(title: str, ref: dict[str, float], new: dict[str, float], articles: int) -> None:
    print(title)
    for step in list(ref) + ["total"]:
        old = (sum(ref.values()) if step == "total" else ref[step]) / articles * 1000
        now = (sum(new.values()) if step == "total" else new.get(step, 0.0)) / articles * 1000
        change = f"{(now / old - 1) * 100:+6.1f}%" if old else ""
        print(f"  {step:12s} {old:7.3f} -> {now:7.3f} ms  {change}")
    old, now = sum(ref.values()) / articles, sum(new.values()) / articles
    print(f"  articles/s per core: {1 / old:.0f} -> {1 / now:.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ref", help="A commit, branch or tag to compare this checkout with.")
    parser.add_argument("--corpus", default="10kgnad test", choices=list(CORPORA))
    parser.add_argument("--limit", type=int, default=150, help="Articles (default 150, as run.py --limit 150).")
    parser.add_argument("--rounds", type=int, default=2, help="Warm passes after the cold one (default 2).")
    args = parser.parse_args(argv)
    records = CORPORA[args.corpus]()[:args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        export(args.ref, Path(tmp))
        sys.path.insert(0, tmp)
        totals = measure(records, args.rounds)
    print(f"{args.corpus}, {len(records)} articles: CPU ms per article, {args.ref} -> this checkout")
    report("cold (the first pass, as benchmarks/run.py measures)", totals["lagebild_ref"][0],
           totals["lagebild"][0], len(records))
    if args.rounds:
        report(f"warm ({args.rounds} more passes)", totals["lagebild_ref"][1], totals["lagebild"][1],
               len(records) * args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
