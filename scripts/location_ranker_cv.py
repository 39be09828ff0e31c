"""Would a learned ranker over candidate places choose claim locations better than the rules?

Leave-one-batch-out cross-validation over the project's own gold batches (tests/data/heldout,
blind_h13 ... blind_h21): for every matched claim whose gold gives a location, the candidates
are the places the claims step knows in the article (each canonical name once) plus "none";
a logistic regression (plain numpy, deterministic) scores each candidate from features of its
mentions relative to the figure (sentence distance, paragraph, headline, lead, dateline, a
locative preposition before it, country or not, how often the article names it, whether the
rules chose it for this claim or for other claims). Trained on all batches but one, it picks
the best-scoring candidate on the one left out; the script prints, per held-out batch, the
location accuracy of the rules and of the ranker on the same pairs, and the ceiling (gold
among the candidates at all).

Usage: python scripts/location_ranker_cv.py [--no-rule-features]
"""

from __future__ import annotations

import argparse
import json
import sys
from bisect import bisect_left
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
BATCHES = ["heldout"] + [f"blind_h{n}" for n in range(13, 22)]
PREPOSITIONS = {"in", "im", "bei", "beim", "nahe", "an", "am", "auf", "vor", "nach", "aus", "um"}


def collect(batch: str, rule_features: bool) -> list[tuple[list[list[float]], list[int], int]]:
    """Per matched claim with a gold location: candidate feature rows, labels, index of the rules' choice."""
    from lagebild.analysis import claims as claims_module
    from lagebild.evaluation import scorer

    builders = {}
    original = claims_module.Builder.build

    def build(self):  # keep each article's builder to read its places
        builders[self.doc.article.id] = self
        return original(self)

    claims_module.Builder.build = build
    try:
        base = ROOT / "tests" / "data" / batch
        report = scorer.evaluate(base / "gold", [base / "articles"])
    finally:
        claims_module.Builder.build = original
    aliases = scorer.Aliases(json.loads((base / "gold" / "aliases.json").read_text("utf-8")))
    chosen_by_doc: dict[str, dict[str, int]] = {}
    for pair in report.claim_pairs:
        counts = chosen_by_doc.setdefault(pair.system["doc"], {})
        name = pair.system.get("location")
        counts[name] = counts.get(name, 0) + 1
    rows = []
    for pair in report.claim_pairs:
        if pair.optional or "location" not in pair.gold:
            continue
        builder = builders[pair.system["doc"]]
        doc = builder.doc
        gold = pair.gold["location"]
        written = pair.system.get("as_written") or {}
        spellings = written.get("location") or []
        start = pair.system["start"]
        here = doc.sentence_index(start)
        paragraph = builder._paragraph(here)
        lead = builder._paragraph(0)
        body_lead = builder._paragraph(max(lead) + 1) if max(lead) + 1 < len(doc.sentences) else frozenset()
        by_name: dict[str, list] = {}
        for mention in builder.places:
            by_name.setdefault(mention.canonical, []).append(mention)
        candidates = [None] + sorted(by_name)
        rule = pair.system.get("location")
        feature_rows, labels = [], []
        rule_index = 0
        for k, name in enumerate(candidates):
            if name == rule:
                rule_index = k
            if name is None:
                label = gold is None
                row = [1.0] + [0.0] * 17
            else:
                label = gold is not None and (aliases.same(gold, name) or (
                    name == rule and any(aliases.same(gold, s) for s in spellings)))
                mentions = by_name[name]
                indices = [doc.sentence_index(m.span.start) for m in mentions]
                distances = [i - here for i in indices]
                before = [d for d in distances if d <= 0]
                after = [d for d in distances if d > 0]
                text = doc.text
                locative = 0.0
                for m in mentions:
                    words = text[max(0, m.span.start - 25):m.span.start].split()
                    if words and words[-1].lower() in PREPOSITIONS or len(words) > 1 and words[-2].lower() in PREPOSITIONS:
                        locative = 1.0
                same_sentence = float(0 in distances)
                same_paragraph = float(any(i in paragraph for i in indices))
                in_headline = float(any(i in lead for i in indices))
                in_lead = float(any(i in body_lead for i in indices))
                dateline = float(any(builder._dateline(m) for m in mentions))
                country = float(builder._is_country(name))
                row = [0.0, same_sentence, same_paragraph, in_headline, in_lead, dateline, country, locative,
                       min(-d for d in before) / 10 if before else 1.0, min(after) / 10 if after else 1.0,
                       float(bool(before)), float(bool(after)), np.log1p(len(mentions)),
                       float(min(m.span.start for m in mentions) < start),
                       float(country and same_sentence), float(locative and same_sentence),
                       float(locative and same_paragraph), float(dateline and not same_paragraph)]
            if rule_features:
                others = chosen_by_doc.get(pair.system["doc"], {}).get(name, 0) - (name == rule)
                row = row + [float(name == rule), np.log1p(max(0, others))]
            feature_rows.append(row)
            labels.append(int(label))
        rows.append((feature_rows, labels, rule_index))
    return rows


def train(rows, epochs: int = 300, rate: float = 0.5, l2: float = 1e-3) -> np.ndarray:
    """Softmax over each claim's candidates (a listwise logistic regression), full-batch gradient descent."""
    width = len(rows[0][0][0])
    weights = np.zeros(width)
    usable = [(np.array(x), np.array(y)) for x, y, _ in rows if any(y)]
    for _ in range(epochs):
        gradient = l2 * weights
        for x, y in usable:
            scores = x @ weights
            p = np.exp(scores - scores.max())
            p /= p.sum()
            target = y / y.sum()
            gradient += x.T @ (p - target) / len(usable)
        weights -= rate * gradient
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-rule-features", action="store_true", help="rank without knowing the rules' choices")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    data = {batch: collect(batch, not args.no_rule_features) for batch in BATCHES}
    print(f"{'held out':12} {'pairs':>5} {'rules':>6} {'ranker':>6} {'ceiling':>7}")
    totals = np.zeros(4)
    for held in BATCHES:
        weights = train([row for batch in BATCHES if batch != held for row in data[batch]])
        rows = data[held]
        rules = sum(y[r] for _x, y, r in rows)
        ranker = sum(y[int(np.argmax(np.array(x) @ weights))] for x, y, _r in rows)
        ceiling = sum(any(y) for _x, y, _r in rows)
        n = len(rows)
        totals += (n, rules, ranker, ceiling)
        print(f"{held:12} {n:5d} {rules / n:6.3f} {ranker / n:6.3f} {ceiling / n:7.3f}")
    n = totals[0]
    print(f"{'all':12} {int(n):5d} {totals[1] / n:6.3f} {totals[2] / n:6.3f} {totals[3] / n:7.3f}")


if __name__ == "__main__":
    main()
