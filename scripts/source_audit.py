"""Where do claim sources go wrong, and does it differ between the folders the rules were tuned on
and the outside batches (blind_h24-h28) nobody tuned on?

For every gold folder: analyse its articles as `lagebild eval` does, score, and sort each matched
pair (required gold) whose source disagrees into one category:

  missing     system null, gold named (a carry-over or an attribution the rules did not find)
  too_far     system named, gold null (carried into the writer's own voice)
  relay       gold is the claim's relay/speaker, or the system named the relay of gold's source
  naming      the same entity under another canonical name (the names share a word)
  other_named both named, different, gold named elsewhere in the sentence or the one before
  elsewhere   both named, different, gold not named nearby

    PYTHONPATH=CHECKOUT python scripts/source_audit.py [--folds seeds,...] [--show CATEGORY] [--dump out.jsonl]

Also prints source accuracy per folder, pooled over the tuned folders and over h24-h28, and the
claim records other than `source` as a digest (to check a change leaves them byte-identical).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
# lagebild comes from PYTHONPATH, so the same script scores another checkout (main) for comparison

from claim_model_data import FOLDS, fold_paths  # noqa: E402

UNTUNED = tuple(f"blind_h{n}" for n in range(29, 32))  # session 6's outside batches, never tuned on
CATEGORIES = ("missing", "too_far", "relay", "naming", "other_named", "elsewhere")


def _words(name: str | None) -> set[str]:
    return {w for w in re.findall(r"\w+", (name or "").lower()) if len(w) > 2}


def categorise(pair, aliases, text: str, sentence_text: str) -> str:
    gold, system = pair.gold.get("source"), pair.system.get("source")
    if system is None:
        return "missing"
    if gold is None:
        return "too_far"
    relay = pair.system.get("relay")
    if relay is not None and aliases.same(gold, relay):
        return "relay"
    canonical = aliases.canonical(gold) or gold
    spellings = {canonical.lower(), gold.lower()} | {s.lower() for s in aliases_table(aliases).get(canonical, [])}
    if _words(gold) & _words(system) or any(_words(s) & _words(system) for s in spellings):
        return "naming"
    if any(s and s in sentence_text.lower() for s in spellings):
        return "other_named"
    return "elsewhere"


def aliases_table(aliases) -> dict[str, list[str]]:
    return getattr(aliases, "_table_cache", {})


def run_fold(name: str):
    from lagebild.analysis import analyze
    from lagebild.evaluation import scorer
    from lagebild.model import claim_record, statement_record, written_names

    gold_dir, articles_dir = fold_paths(name)
    warnings: list[str] = []
    gold, table = scorer.load_gold(gold_dir, warnings)
    articles = scorer.read_texts([articles_dir], warnings)
    system = scorer.Records()
    analyses = {}
    for doc, article in articles.items():
        analysis = analyze(article)
        analyses[doc] = analysis
        written = written_names(analysis)
        system.claims.extend(claim_record(c, written) for c in analysis.claims)
        system.statements.extend(statement_record(s, written) for s in analysis.statements)
    texts = {doc: a.text for doc, a in articles.items()}
    aliases = scorer.Aliases(table)
    aliases._table_cache = {k: list(v) for k, v in table.items()}
    report = scorer.score(gold, system, texts, aliases)
    return report, system, texts, analyses, aliases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default=",".join(FOLDS))
    parser.add_argument("--show", default="", help="print the pairs of these categories (comma list)")
    parser.add_argument("--dump", help="write every source mismatch as JSON lines")
    parser.add_argument("--records", help="write the claim records without source/relay (what must not change)")
    args = parser.parse_args()
    os.environ.setdefault("LAGEBILD_STRICT", "1")
    show = set(filter(None, args.show.split(",")))
    pooled = {"tuned": Counter(), "untuned": Counter()}
    digest = hashlib.sha256()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    records = open(args.records, "w", encoding="utf-8") if args.records else None
    print(f"{'folder':10} {'source':>6} {'ok/pairs':>9}  stmtF1  " + " ".join(f"{c:>11}" for c in CATEGORIES))
    for name in args.folds.split(","):
        report, system, texts, analyses, aliases = run_fold(name)
        for record in sorted(system.claims, key=lambda r: (r["doc"], r["start"], r["end"], r["measure"])):
            rest = {k: v for k, v in record.items() if k not in ("source", "relay", "as_written")}
            digest.update(json.dumps(rest, sort_keys=True, ensure_ascii=False).encode())
            if records:
                records.write(json.dumps(rest, sort_keys=True, ensure_ascii=False) + "\n")
        counts = Counter()
        for pair in report.claim_pairs:
            if pair.optional or "source" not in pair.gold:
                continue
            if "source" not in pair.mismatches:
                continue
            doc = pair.gold["doc"]
            text = texts[doc]
            analysis = analyses[doc]
            start = pair.system["start"]
            sentences = [s for s in analysis_sentences(analysis) if s.start <= start]
            here = sentences[-1] if sentences else None
            before = sentences[-2] if len(sentences) > 1 else here
            context = text[before.start:here.end] if here else ""
            category = categorise(pair, aliases, text, context)
            counts[category] += 1
            row = {"folder": name, "doc": doc, "category": category, "gold": pair.gold.get("source"),
                   "system": pair.system.get("source"), "relay": pair.system.get("relay"),
                   "evidence": pair.gold.get("evidence"), "context": context}
            if dump:
                dump.write(json.dumps(row, ensure_ascii=False) + "\n")
            if category in show:
                print(f"  [{category}] {doc}: gold {row['gold']!r} system {row['system']!r} relay {row['relay']!r}\n"
                      f"      {context[-400:]!r}")
        ratio = report.attributes["source"]
        group = "untuned" if name in UNTUNED else "tuned"
        pooled[group]["ok"] += ratio.correct
        pooled[group]["pairs"] += ratio.total
        pooled[group] += Counter({f"c_{k}": v for k, v in counts.items()})
        st = report.statements
        pooled[group]["sm"] += st.matched
        pooled[group]["ss"] += st.system
        pooled[group]["sg"] += st.gold
        print(f"{name:10} {ratio.correct / max(ratio.total, 1):6.3f} {ratio.correct:>4}/{ratio.total:<4}  "
              f"{st.f1 or 0:.3f}  " + " ".join(f"{counts[c]:>11}" for c in CATEGORIES), flush=True)
    for group, c in pooled.items():
        if not c["pairs"]:
            continue
        f1 = 2 * c["sm"] / (c["ss"] + c["sg"]) if c["ss"] + c["sg"] else 0
        print(f"{group:10} {c['ok'] / c['pairs']:6.3f} {c['ok']:>4}/{c['pairs']:<4}  {f1:.3f}  "
              + " ".join(f"{c['c_' + k]:>11}" for k in CATEGORIES))
    print("claims other than source:", digest.hexdigest()[:16])


def analysis_sentences(analysis):
    doc = getattr(analysis, "doc", None)
    if doc is not None:
        return doc.sentences
    return getattr(analysis, "sentences", [])


if __name__ == "__main__":
    main()
