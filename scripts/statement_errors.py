"""List the statement errors of `lagebild eval` on gold folders, by kind.

    python scripts/statement_errors.py tests/data/blind_h17 tests/data/heldout [--summary]

Each argument is a batch folder with `gold/` and `articles/` (or a gold folder,
followed by `=ARTICLES`). Per batch: statements P/R/F1, cue accuracy, then every

  wrong-speaker  a system statement whose content overlaps a missed gold one but
                 whose speaker differs (printed once, not also as false and missed)
  false          a system statement that overlaps no gold statement
  missed         a gold statement no system statement overlaps
  cue            a matched pair whose cue differs (also mode, denial)

with the sentence it sits in, so the errors can be grouped by cause by reading.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from lagebild.evaluation.scorer import Aliases, _find, evaluate, load_gold

_WORD = re.compile(r"\w+")


def _tokens(text: str) -> Counter:
    return Counter(_WORD.findall(text.casefold()))


def _overlaps(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    shorter = min(sum(ta.values()), sum(tb.values()))
    return bool(shorter) and 2 * sum((ta & tb).values()) >= shorter


def _sentence(text: str, needle: str) -> str:
    spans = _find(text, needle)
    if not spans:
        return ""
    start, end = spans[0].start, spans[0].end
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return " ".join(text[left:right].split())


def _show(record: dict) -> str:
    return (f"{record.get('speaker')!s} | {record.get('cue')!s} | {record.get('mode')!s}"
            f"{' | denial' if record.get('denial') else ''} | {record.get('content')!s}")


def batch(gold_dir: Path, articles: Path, summary: bool) -> Counter:
    report = evaluate(gold_dir, [articles])
    _, alias_table = load_gold(gold_dir, [])
    aliases = Aliases(alias_table)
    texts = {p.stem: p.read_text("utf-8") for p in articles.glob("*.txt")}
    s = report.statements
    cue = report.statement_attributes.get("cue")
    print(f"== {gold_dir}: statements P/R/F1 {s.precision or 0:.3f}/{s.recall or 0:.3f}/"
          f"{s.f1 or 0:.3f} ({s.matched}/{s.system}/{s.gold}), cue accuracy "
          f"{(cue.value if cue and cue.value is not None else 0):.3f}; claims F1 {report.claims.f1 or 0:.3f}, "
          + ", ".join(f"{name} {ratio.value:.3f}" for name, ratio in report.attributes.items()
                      if ratio.value is not None))
    kinds: Counter = Counter()
    misses = list(report.statement_misses)
    false_hits = list(report.statement_false_hits)
    rows: list[tuple[str, str, str]] = []
    for system in list(false_hits):
        gold = next((g for g in misses if g["doc"] == system.get("doc")
                     and _overlaps(g.get("content") or "", system.get("content") or "")), None)
        if gold is not None and not aliases.same(gold.get("speaker"), system.get("speaker")):
            misses.remove(gold)
            false_hits.remove(system)
            rows.append((system["doc"], "wrong-speaker",
                         f"gold {_show(gold)}\n      sys  {_show(system)}"))
    rows += [(r["doc"], "false", _show(r)) for r in false_hits]
    rows += [(r["doc"], "missed", _show(r)) for r in misses]
    for pair in report.statement_pairs:
        for name, (gold_value, system_value) in pair.mismatches.items():
            rows.append((pair.gold["doc"], name, f"gold {gold_value!r} sys {system_value!r} | "
                         f"{pair.gold.get('speaker')} | {pair.gold.get('content')}"))
    for doc, kind, line in sorted(rows):
        kinds[kind] += 1
        if not summary:
            content = line.split(" | ")[-1]
            sentence = _sentence(texts.get(doc, ""), content) if kind != "wrong-speaker" else ""
            print(f"  {doc} {kind}: {line}")
            if sentence:
                print(f"      > {sentence[:300]}")
    print("  counts: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
    return kinds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batches", nargs="+", help="batch folder (gold/ + articles/) or GOLD=ARTICLES")
    parser.add_argument("--summary", action="store_true", help="only the scores and counts")
    args = parser.parse_args(argv)
    total: Counter = Counter()
    for item in args.batches:
        if "=" in item:
            gold, articles = (Path(p) for p in item.split("=", 1))
        else:
            gold, articles = Path(item) / "gold", Path(item) / "articles"
        total += batch(gold, articles, args.summary)
    if len(args.batches) > 1:
        print("all: " + ", ".join(f"{k} {n}" for k, n in total.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
