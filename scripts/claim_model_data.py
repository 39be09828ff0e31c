"""The candidate table of the claim model: every number the claims step places, what the rules
did with it, its features and its gold label, per gold folder (seeds, heldout and every
tests/data/blind_h* folder present).

A number's gold label is the measure of a gold claim of its article whose low and high equal the
number's and whose evidence overlaps it; "none" when there is none. A number that matches only
an optional gold claim (vague plurals, counts of one, restated headlines, police as troops) is
left out of training: the scorer neither rewards nor penalises a claim there, so the model should
not learn from it either way.

    python scripts/claim_model_data.py [--folds heldout,blind_h22] [--table out.tsv]

prints, per fold, the required gold claims the rules miss and why (no number with the gold's
value, the rules gave it another measure, or the rules rejected it and at which step), and with
--table writes the candidate table (one row per number) as TSV.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("LAGEBILD_SHARED", ROOT.parent / "shared"))
if not (SHARED / "gold").is_dir():
    SHARED = Path("/work/shared")
DATA = ROOT / "tests" / "data"


def _gold_folders() -> list[str]:
    """Every gold folder present: the seeds, heldout, then the blind batches in their number's order."""
    blind = [p.name for p in DATA.glob("blind_h*") if (p / "gold").is_dir() and p.name[7:].isdigit()]
    return ["seeds", "heldout"] + sorted(blind, key=lambda name: int(name[7:]))


FOLDS = _gold_folders()


def fold_paths(name: str) -> tuple[Path, Path]:
    """(gold folder, articles folder) of a fold."""
    if name == "seeds":
        return SHARED / "gold", SHARED / "seeds"
    return DATA / name / "gold", DATA / name / "articles"


@dataclass
class Candidate:
    doc: str
    index: int  # position among the builder's numbers
    text: str  # the number as written
    step: str  # the rules' step that decided it ("claim" when they made a claim)
    rule: str  # the rules' measure or "none"
    label: str  # the gold measure or "none"
    optional: bool  # matches only an optional gold claim
    features: list[str]
    context: str = ""


@dataclass
class Article:
    builder: Any
    rule_claims: list[Any]  # the rules' claims before headlines are marked (copies)
    written: dict[str, list[str]]


@dataclass
class Fold:
    name: str
    gold: Any  # scorer.Records
    aliases: dict[str, list[str]]
    texts: dict[str, str]
    articles: dict[str, Article] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    claim_cache: dict[tuple[str, int, str], Any] = field(default_factory=dict)


def collect(name: str) -> Fold:
    """Analyse a fold's articles with the rules alone, keeping each article's builder."""
    sys.path.insert(0, str(ROOT))
    os.environ["LAGEBILD_CLAIM_MODEL"] = "0"
    from lagebild.analysis import analyze
    from lagebild.analysis import claims as claims_module
    from lagebild.analysis.claim_model import features
    from lagebild.evaluation import scorer
    from lagebild.model import written_names

    gold_dir, articles_dir = fold_paths(name)
    warnings: list[str] = []
    gold, aliases = scorer.load_gold(gold_dir, warnings)
    articles = scorer.read_texts([articles_dir], warnings)
    fold = Fold(name, gold, aliases, {doc: a.text for doc, a in articles.items()})
    kept: dict[str, tuple[Any, list[Any]]] = {}

    def build(self):
        self.rules()
        kept[self.doc.article.id] = (self, [replace(c) for c in self.claims])
        self._mark_restated_headlines()
        return self.claims

    original = claims_module.Builder.build
    claims_module.Builder.build = build
    try:
        for doc, article in articles.items():
            analysis = analyze(article)
            builder, rule_claims = kept[doc]
            fold.articles[doc] = Article(builder, rule_claims, written_names(analysis))
    finally:
        claims_module.Builder.build = original

    gold_by_doc: dict[str, list[dict]] = {}
    for record in gold.claims:
        gold_by_doc.setdefault(record.get("doc"), []).append(record)
    for doc, article in fold.articles.items():
        builder = article.builder
        text = builder.doc.text
        for index, found in enumerate(builder.found):
            if found is None:
                continue
            quantity = found.quantity
            label, optional = "none", False
            for record in gold_by_doc.get(doc, []):
                if not (_same(record.get("low"), quantity.low) and _same(record.get("high"), quantity.high)):
                    continue
                spans = scorer._gold_spans(text, record.get("evidence"), record)
                if not any(s.overlaps(quantity.span) for s in spans):
                    continue
                if not record.get("optional"):
                    label, optional = record["measure"], False
                    break
                label, optional = record["measure"], True
            claim = builder.step_claims.get(index)
            sentence = found.sentence.span
            fold.candidates.append(Candidate(
                doc, index, quantity.text, builder.steps[index], claim.measure if claim else "none",
                label, optional, features(builder, index),
                text[max(sentence.start, quantity.span.start - 60):min(sentence.end, quantity.span.end + 60)]))
    return fold


def _same(gold: Any, value: float | None) -> bool:
    if gold is None or value is None:
        return gold is None and value is None
    return float(gold) == float(value)


def score(fold: Fold, added: dict[str, dict[int, str]] | None = None, drop: dict[str, set[int]] | None = None):
    """The project's scorer on the fold: rules' claims, plus the claims `added` (doc -> number
    index -> measure), minus the rules' claims of the numbers in `drop`, headlines marked after."""
    from lagebild.evaluation import scorer
    from lagebild.model import claim_record

    added = added or {}
    drop = drop or {}
    system = scorer.Records()
    for doc, article in fold.articles.items():
        builder = article.builder
        copies = iter(replace(c) for c in article.rule_claims)
        rules_by_index = {i: next(copies) for i in sorted(builder.step_claims)}
        new = {}
        for index, measure in added.get(doc, {}).items():
            key = (doc, index, measure)
            if key not in fold.claim_cache:
                fold.claim_cache[key] = builder.claim_as(index, measure)
            if fold.claim_cache[key] is not None:
                new[index] = replace(fold.claim_cache[key])
        merged = {**{i: c for i, c in rules_by_index.items() if i not in drop.get(doc, set())}, **new}
        saved = builder.claims
        builder.claims = [merged[i] for i in sorted(merged)]
        builder._mark_restated_headlines()
        system.claims.extend(claim_record(c, article.written) for c in builder.claims)
        builder.claims = saved
    return scorer.score(fold.gold, system, fold.texts, fold.aliases)


def miss_breakdown(fold: Fold) -> Counter:
    """Why the rules miss each required gold claim they miss."""
    from lagebild.evaluation import scorer

    report = score(fold)
    reasons: Counter = Counter()
    by_doc: dict[str, list[Candidate]] = {}
    for c in fold.candidates:
        by_doc.setdefault(c.doc, []).append(c)
    for record in report.claim_misses:
        doc = record["doc"]
        builder = fold.articles[doc].builder
        spans = scorer._gold_spans(fold.texts[doc], record.get("evidence"), record)
        overlapping = [c for c in by_doc.get(doc, [])
                       if any(s.overlaps(builder.found[c.index].quantity.span) for s in spans)]
        right = [c for c in overlapping if _same(record.get("low"), builder.found[c.index].quantity.low)
                 and _same(record.get("high"), builder.found[c.index].quantity.high)]
        if not overlapping:
            reasons["no number in the evidence"] += 1
        elif not right:
            reasons["a number, but another value"] += 1
        elif any(c.rule == record["measure"] for c in right):
            reasons["rules' measure right, claim not matched (evidence)"] += 1
        elif any(c.rule != "none" for c in right):
            reasons[f"another measure ({'/'.join(sorted({c.rule for c in right if c.rule != 'none'}))} for {record['measure']})"] += 1
        else:
            reasons[f"rejected at {right[0].step}"] += 1
    return reasons


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default=",".join(FOLDS))
    parser.add_argument("--table", help="write the candidate table (TSV) here")
    parser.add_argument("--show", type=int, default=0, help="print up to N rejected numbers with a required gold label")
    args = parser.parse_args()
    total: Counter = Counter()
    rows = []
    for name in args.folds.split(","):
        fold = collect(name)
        reasons = miss_breakdown(fold)
        total += reasons
        labels = Counter(c.label for c in fold.candidates if not c.optional)
        print(f"== {name}: {len(fold.candidates)} numbers, {sum(labels.values()) - labels['none']} with a required gold claim; "
              f"misses: {dict(reasons.most_common())}")
        shown = 0
        for c in fold.candidates:
            if c.label != "none" and not c.optional and c.rule == "none" and shown < args.show:
                print(f"   {c.step:15} {c.label:10} {c.text!r:12} …{c.context}…".replace("\n", " "))
                shown += 1
        rows += [(name, c) for c in fold.candidates]
    print("== all folds: " + json.dumps(dict(total.most_common()), ensure_ascii=False))
    if args.table:
        with open(args.table, "w", encoding="utf-8") as out:
            out.write("fold\tdoc\tindex\tnumber\tstep\trule\tlabel\toptional\tfeatures\n")
            for name, c in rows:
                out.write("\t".join([name, c.doc, str(c.index), c.text, c.step, c.rule, c.label,
                                     str(int(c.optional)), " ".join(c.features)]).replace("\n", " ") + "\n")


if __name__ == "__main__":
    main()
