"""Output equivalence of the analysis between two checkouts (for speed work).

    # dump: the analysis of N articles per corpus plus the seeds, the held-out set and a listing
    PYTHONPATH=/path/to/checkout python benchmarks/equivalence.py dump out.jsonl [--limit N]
    # compare two dumps: prints every article whose analysis differs, and how
    python benchmarks/equivalence.py compare before.jsonl after.jsonl
    # both at once: the working tree against a commit (checked out in a temporary worktree)
    python benchmarks/equivalence.py against HEAD [--limit N]

The dump is canonical JSON, one line per article: sentences, quantities, times,
mentions, statements and claims with their spans, exactly as `analyze` returns
them. `compare` exits 1 when anything differs. The code under test is whatever
`lagebild` PYTHONPATH imports, so a dump of a temporary worktree of the parent
commit against one of the working tree shows what a change did to the output.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpora import CORPORA, SHARED, listing_article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = SHARED / "seeds"
HELDOUT = ROOT / "tests" / "data" / "heldout" / "articles"
LAYERS = ("sentences", "quantities", "times", "mentions", "statements", "claims")


def articles(limit: int):
    """(label, Article) pairs: `limit` per benchmark corpus, the seeds, the held-out set, then one
    sentence listing 200 numbers (the long-sentence paths of the claims step)."""
    from lagebild.ingest import IngestError, read_articles
    from lagebild.model import Article

    for corpus, load in CORPORA.items():
        for record in load()[:limit]:
            yield corpus, Article(id=record["id"], text=record["text"], title=record.get("title"),
                                  outlet=record.get("outlet"), published=record.get("published"), language="de")
    for folder in (SEEDS, HELDOUT):
        for item in read_articles([folder]):
            if not isinstance(item, IngestError):
                yield folder.name, item
    record = listing_article(100)
    yield "listing", Article(id=record["id"], text=record["text"], language="de")


def dump(path: Path, limit: int) -> None:
    from lagebild.analysis import analyze

    import lagebild

    count, began = 0, time.process_time()
    with path.open("w", encoding="utf-8") as handle:
        for label, article in articles(limit):
            analysis = analyze(article)
            record = {"id": article.id, "corpus": label}
            record.update({layer: [asdict(item) for item in getattr(analysis, layer)] for layer in LAYERS})
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    print(f"{count} articles analysed by {Path(lagebild.__file__).parent} in "
          f"{time.process_time() - began:.1f} CPU s -> {path}")


def _load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as handle:
        return {record["id"]: record for record in map(json.loads, handle)}


def _short(item: dict) -> str:
    return json.dumps(item, ensure_ascii=False, sort_keys=True)[:300]


def compare(before_path: Path, after_path: Path, show: int) -> int:
    before, after = _load(before_path), _load(after_path)
    differing = 0
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        differing += 1
        if differing > show:
            continue
        if old is None or new is None:
            print(f"{key}: only in {'after' if old is None else 'before'}")
            continue
        for layer in LAYERS:
            gone = [item for item in old[layer] if item not in new[layer]]
            added = [item for item in new[layer] if item not in old[layer]]
            if gone or added:
                print(f"{key} {layer}:")
                print("".join(f"  - {_short(item)}\n" for item in gone) +
                      "".join(f"  + {_short(item)}\n" for item in added), end="")
            elif old[layer] != new[layer]:
                print(f"{key} {layer}: same items in a different order")
    print(f"{differing} of {len(before.keys() | after.keys())} articles differ")
    return 1 if differing else 0


def against(ref: str, limit: int, show: int) -> int:
    """Dump the analysis of `ref` (a temporary git worktree) and of this checkout, compare."""
    with tempfile.TemporaryDirectory() as tmp:
        base, dumps = Path(tmp) / "base", Path(tmp)
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(base), ref], check=True)
        try:
            for name, code in (("before", base), ("after", ROOT)):
                environment = {**os.environ, "PYTHONPATH": str(code)}
                subprocess.run([sys.executable, __file__, "dump", str(dumps / f"{name}.jsonl"), "--limit", str(limit)],
                               env=environment, check=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=True)
        return compare(dumps / "before.jsonl", dumps / "after.jsonl", show)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="Analyse the articles, write the canonical dump.")
    dumping.add_argument("output", type=Path)
    dumping.add_argument("--limit", type=int, default=100, help="Articles per benchmark corpus (default 100).")
    comparing = commands.add_parser("compare", help="Print the differences between two dumps.")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--show", type=int, default=20, help="Articles whose differences to print.")
    checking = commands.add_parser("against", help="Compare this checkout with a commit, dumping both.")
    checking.add_argument("ref", help="A commit, branch or tag (e.g. HEAD for uncommitted changes).")
    checking.add_argument("--limit", type=int, default=100, help="Articles per benchmark corpus (default 100).")
    checking.add_argument("--show", type=int, default=20, help="Articles whose differences to print.")
    args = parser.parse_args(argv)
    if args.command == "dump":
        dump(args.output, args.limit)
        return 0
    if args.command == "against":
        return against(args.ref, args.limit, args.show)
    return compare(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
