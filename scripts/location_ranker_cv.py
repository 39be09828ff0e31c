"""Would a learned ranker over candidate places choose claim locations better than the rules?

For every matched, required claim whose gold gives a location (the scorer's location pairs), the
candidates are the places the claims step knows in the article (each canonical name once), the
country of each, the rules' own choice and "none"; `lagebild.analysis.location_model` describes
each, and a listwise logistic regression (plain numpy, deterministic) picks one. Every gold folder
present (seeds, tests/data/heldout, tests/data/blind_h*) is a fold:

- leave-one-batch-out: per folder, trained on all the others;
- transfer: the folders outside batches never were (h13-h23, heldout, seeds) train, and the outside
  batches are scored pooled: h24-h28 (session 5's, on which session 6 tuned the location rules) and
  h29-h31 (session 6's, on which no location rule was ever tuned: the least biased comparison).

Printed: location accuracy of the rules, the ranker, a restricted learned choice (the rules'
place, the article's main place, the country, none) and the ceiling (gold among the candidates).
`--errors` classifies the rules' mismatches on the outside batches.

Usage: python scripts/location_ranker_cv.py [--no-rule-features] [--errors] [--show N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
SHARED = ROOT.parent / "shared"
OUTSIDE = {f"blind_h{n}" for n in range(24, 29)}  # session 5's outside batches: location rules tuned on them in session 6
UNTUNED = {f"blind_h{n}" for n in range(29, 32)}  # session 6's outside batches: no location rule tuned on them
# the rules' places are what the candidates are described against: never the shipped model's
os.environ["LAGEBILD_LOCATION_MODEL"] = "0"
CACHE = Path(os.environ.get("LOCATION_CV_CACHE", "/tmp/location_cv_cache"))


def folders() -> list[str]:
    names = ["seeds"] if (SHARED / "gold" / "claims.jsonl").exists() else []
    data = ROOT / "tests" / "data"
    names += sorted(p.parent.parent.name for p in data.glob("*/gold/claims.jsonl")
                    if p.parent.parent.name == "heldout" or p.parent.parent.name.startswith("blind_h"))
    return names


def paths(name: str) -> tuple[Path, Path]:
    if name == "seeds":
        return SHARED / "gold", SHARED / "seeds"
    base = ROOT / "tests" / "data" / name
    return base / "gold", base / "articles"


def code_hash() -> str:
    digest = hashlib.sha1()
    for path in sorted((ROOT / "lagebild").rglob("*")):
        if path.suffix in (".py", ".toml", ".txt", ".json") and "models" not in path.parts:
            digest.update(path.read_bytes())
    digest.update(os.environ.get("LAGEBILD_CLAIM_MODEL", "").encode())
    return digest.hexdigest()[:12]


def collect(name: str) -> list[dict]:
    """Per location pair: candidate names, feature dicts, labels, the rules' index, some context."""
    gold_dir, articles = paths(name)
    cache = CACHE / f"{name}-{code_hash()}.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from lagebild.analysis import claims as claims_module
    from lagebild.analysis.location_model import ArticlePlaces
    from lagebild.evaluation import scorer

    places: dict[str, ArticlePlaces] = {}
    claims_of: dict[str, list] = {}
    original = claims_module.Builder.build

    def build(self):
        result = original(self)
        places[self.doc.article.id] = ArticlePlaces(self, result)
        claims_of[self.doc.article.id] = result
        return result

    claims_module.Builder.build = build
    try:
        report = scorer.evaluate(gold_dir, [articles])
    finally:
        claims_module.Builder.build = original
    aliases = scorer.Aliases(json.loads((gold_dir / "aliases.json").read_text("utf-8")))
    rows = []
    for pair in report.claim_pairs:
        if pair.optional or "location" not in pair.gold:
            continue
        doc = pair.system["doc"]
        article = places[doc]
        claim = next(c for c in claims_of[doc] if c.evidence.start == pair.system["start"]
                     and c.evidence.end == pair.system["end"] and c.measure == pair.system["measure"])
        names, features = article.candidates(claim)
        gold = pair.gold["location"]
        spellings: dict[str, set[str]] = {}
        for mention in article.builder.doc.mentions:
            spellings.setdefault(mention.canonical, set()).add(mention.text)
        labels = []
        for candidate in names:
            if candidate is None or gold is None:
                labels.append(int(candidate is None and gold is None))
            else:
                labels.append(int(aliases.same(gold, candidate)
                                  or any(aliases.same(gold, s) for s in spellings.get(candidate, ()))))
        main = article.main
        country = article.country.get(claim.location) or article.country.get(main) or article.main_country
        rows.append({"names": names, "features": features, "labels": labels, "rule": names.index(claim.location),
                     "restricted": sorted({names.index(n) for n in (claim.location, main, country, None) if n in names}),
                     "doc": doc, "gold": gold, "evidence": pair.gold.get("evidence", "")[:70],
                     "kinds": {n: article.kinds.get(n, "derived") for n in names if n},
                     "country": {n: article.country.get(n) for n in names if n}})
    CACHE.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(rows))
    return rows


EPOCHS, RATE, L2 = 400, 0.5, 1e-3


def vocabulary_of(rows: list[dict]) -> dict[str, int]:
    """Each feature of the rows' candidates, a column in sorted order."""
    return {key: k for k, key in enumerate(sorted({key for row in rows for f in row["features"] for key in f}))}


def rule_keys(vocabulary: dict[str, int]) -> frozenset[str]:
    """The features that know what the rules chose (`ArticlePlaces.candidates` without rule_features
    leaves out exactly these)."""
    return frozenset(k for k in vocabulary if "rule" in k)


def matrix(rows: list[dict], vocabulary: dict[str, int], drop: frozenset[str]) -> list[np.ndarray]:
    out = []
    for row in rows:
        x = np.zeros((len(row["names"]), len(vocabulary)))
        for k, features in enumerate(row["features"]):
            for key, value in features.items():
                if key in vocabulary and key not in drop:
                    x[k, vocabulary[key]] = value
        out.append(x)
    return out


def train(xs: list[np.ndarray], rows: list[dict], epochs: int = EPOCHS, rate: float = RATE, l2: float = L2,
          allowed: str | None = None) -> np.ndarray:
    """Softmax over each claim's candidates (a listwise logistic regression), full-batch gradient
    descent over a padded tensor (claims x candidates x features)."""
    width = xs[0].shape[1]
    usable = []
    for x, row in zip(xs, rows):
        keep = row[allowed] if allowed else list(range(len(row["names"])))
        y = np.array(row["labels"], dtype=float)[keep]
        if y.any():
            usable.append((x[keep], y / y.sum()))
    most = max(len(y) for _x, y in usable)
    tensor = np.zeros((len(usable), most, width))
    target = np.zeros((len(usable), most))
    mask = np.full((len(usable), most), -1e9)
    for i, (x, y) in enumerate(usable):
        tensor[i, :len(y)] = x
        target[i, :len(y)] = y
        mask[i, :len(y)] = 0.0
    weights = np.zeros(width)
    for _ in range(epochs):
        scores = tensor @ weights + mask
        p = np.exp(scores - scores.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        gradient = np.einsum("ncf,nc->f", tensor, p - target) / len(usable) + l2 * weights
        weights -= rate * gradient
    return weights


def pick(x: np.ndarray, row: dict, weights: np.ndarray, allowed: str | None = None) -> int:
    keep = row[allowed] if allowed else list(range(len(row["names"])))
    scores = x[keep] @ weights
    return keep[int(np.argmax(scores))]


def evaluate(train_names, test_names, data, vocabulary, drop) -> tuple[np.ndarray, dict]:
    rows = [r for n in train_names for r in data[n]]
    xs = matrix(rows, vocabulary, drop)
    weights = train(xs, rows)
    restricted = train(xs, rows, allowed="restricted")
    totals = np.zeros(5)
    picks = {}
    for name in test_names:
        test = data[name]
        for x, row in zip(matrix(test, vocabulary, drop), test):
            y = row["labels"]
            k = pick(x, row, weights)
            j = pick(x, row, restricted, "restricted")
            picks[id(row)] = (k, j)
            totals += (1, y[row["rule"]], y[k], y[j], any(y))
    return totals, {"weights": weights, "picks": picks}


def line(label: str, t: np.ndarray) -> str:
    n = t[0] or 1
    return f"{label:14} {int(t[0]):5d} {t[1] / n:6.3f} {t[2] / n:6.3f} {t[3] / n:6.3f} {t[4] / n:7.3f}"


def category(row: dict, k: int) -> str:
    """How the chosen candidate `k` relates to the gold place."""
    names, labels = row["names"], row["labels"]
    chosen, gold = names[k], row["gold"]
    if gold is None:
        return "gold null, system a " + row["kinds"].get(chosen, "?")
    if chosen is None:
        return "system null"
    if not any(labels):
        return "gold not a candidate"
    right = next(n for n, y in zip(names, labels) if y and n is not None)
    kind_s, kind_g = row["kinds"].get(chosen, "?"), row["kinds"].get(right, "?")
    country_s, country_g = row["country"].get(chosen), row["country"].get(right)
    if kind_s == "country" and country_g == chosen:
        return f"system the country, gold a {kind_g} in it"
    if kind_g == "country" and country_s == right:
        return f"system a {kind_s} in it, gold the country"
    if country_s and country_s == country_g:
        return f"same country: system a {kind_s}, gold a {kind_g}"
    return f"other: system a {kind_s}, gold a {kind_g}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-rule-features", action="store_true", help="rank without knowing the rules' choices")
    parser.add_argument("--errors", action="store_true", help="classify the rules' mismatches on h24-h28")
    parser.add_argument("--show", type=int, default=0, help="print N sampled mismatches of the rules on h24-h28")
    parser.add_argument("--only", help="comma-separated folders (default: all present)")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    names = args.only.split(",") if args.only else folders()
    data = {name: collect(name) for name in names}
    vocabulary = vocabulary_of([row for name in names for row in data[name]])
    drop = rule_keys(vocabulary) if args.no_rule_features else frozenset()
    header = f"{'':14} {'pairs':>5} {'rules':>6} {'ranker':>6} {'4-way':>6} {'ceiling':>7}"
    print("leave-one-batch-out (each folder scored by a model trained on all the others)")
    print(header)
    tuned_total, outside_total, untuned_total = np.zeros(5), np.zeros(5), np.zeros(5)
    for held in names:
        totals, _ = evaluate([n for n in names if n != held], [held], data, vocabulary, drop)
        (outside_total if held in OUTSIDE else untuned_total if held in UNTUNED else tuned_total).__iadd__(totals)
        print(line(held, totals))
    print(line("tuned pooled", tuned_total))
    print(line("h24-28 pooled", outside_total))
    print(line("h29-31 pooled", untuned_total))
    print(line("all pooled", tuned_total + outside_total + untuned_total))
    outside = [n for n in names if n in OUTSIDE]
    untuned = [n for n in names if n in UNTUNED]
    tuned = [n for n in names if n not in OUTSIDE | UNTUNED]
    if (outside or untuned) and tuned:
        print("\ntransfer: trained on the tuned folders only (no outside batch), scored pooled")
        print(header)
        for label, group in (("h24-28", outside), ("h29-31", untuned)):
            if group:
                totals, result = evaluate(tuned, group, data, vocabulary, drop)
                print(line(label, totals))
        order = np.argsort(-np.abs(result["weights"]))
        inverse = {v: k for k, v in vocabulary.items()}
        print("largest weights:", ", ".join(f"{inverse[i]} {result['weights'][i]:+.2f}" for i in order[:15]))
    if args.errors or args.show:
        cats = Counter()
        wrong = []
        for name in outside:
            for row in data[name]:
                if not row["labels"][row["rule"]]:
                    cats[category(row, row["rule"])] += 1
                    wrong.append((name, row))
        print(f"\nthe rules' location mismatches on h24-h28: {sum(cats.values())}")
        for cat, count in cats.most_common():
            print(f"{count:4d}  {cat}")
        rng = np.random.default_rng(7)
        for i in rng.permutation(len(wrong))[:args.show]:
            name, row = wrong[i]
            gold_kind = next((row["kinds"].get(n) for n, y in zip(row["names"], row["labels"]) if y and n), None)
            print(f"  {row['doc']}: gold {row['gold']} ({gold_kind}) | rules {row['names'][row['rule']]} | {row['evidence']}")


if __name__ == "__main__":
    main()
