"""Stories: does the picture compare only figures of one event? Prints numbers.

    python benchmarks/stories.py [--db /tmp/stories.db] [--settings lagebild.toml]

Ingests (once; --db keeps the store between runs) the demo corpus, the seed articles
and every gold batch (tests/data/heldout, tests/data/blind_h*) as one stream, then
builds the picture with stories off (as before stories) and on, over the demo alone
and over everything pooled. Ground truth (benchmarks/data/story_labels.toml): a demo
article's story is its id before the date, the seeds are the demo's North Korea
story, every gold article is its own event except the follow-ups listed there.

Reported: pairwise story precision / recall / F1 and B-cubed F1 of the clustering;
contradictions whose two sides come from different true stories (false) and from one
(kept); tracks mixing true stories; CPU seconds of the clustering.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tomllib
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from lagebild.demo import corpus_path  # noqa: E402
from lagebild.picture import build_picture, load_settings  # noqa: E402
from lagebild.picture.stories import find_stories  # noqa: E402

LABELS = REPO / "benchmarks" / "data" / "story_labels.toml"
# the part to tune thresholds on (demo, seeds, gold batches h13-h18 by their id prefixes);
# the rest (heldout, h19-h23) is for checking
TUNING_PREFIXES = ("b0", "b1", "b2_", "b14_", "b15_", "x4_", "y5_")
DEMO_ID = re.compile(r"(.+?)-\d{4}-\d{2}-\d{2}")
SEED_ID = re.compile(r"\d{3}_[0-9a-f]{16}$")


def corpus_paths(shared: Path) -> list[Path]:
    batches = [REPO / "tests/data/heldout/articles"] + sorted((REPO / "tests/data").glob("blind_h*/articles"))
    return [corpus_path(), shared / "seeds"] + batches


def truth_of(labels: dict) -> callable:
    follow_ups = labels.get("follow_ups", {})

    def truth(doc: str) -> str:
        match = DEMO_ID.match(doc)
        if match:
            return match.group(1)
        if SEED_ID.match(doc):
            return labels["seeds"]
        return follow_ups.get(doc, doc)
    return truth


def load(db: str, shared: Path):
    from lagebild.ingest.pipeline import ingest_paths
    from lagebild.store import open_store

    fresh = not Path(db).exists()
    with open_store(db) as store:
        if fresh:
            summary = ingest_paths(store, corpus_paths(shared), progress=False)
            print(f"ingested {summary.total} articles into {db} ({summary.failed} failed)")
        articles = {a["id"]: a for a in store.articles()}
        return articles, store.claims(), store.future_times(), store.texts()


def pair_scores(story_of: dict[str, str], truth, docs: list[str]) -> tuple[float, float, float, float]:
    """Pairwise precision, recall, F1 and B-cubed F1 of a doc -> story assignment."""
    tp = fp = fn = 0
    for a, b in combinations(docs, 2):
        same_true, same_found = truth(a) == truth(b), story_of[a] == story_of[b]
        tp += same_true and same_found
        fp += same_found and not same_true
        fn += same_true and not same_found
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    found, true = defaultdict(list), defaultdict(list)
    for doc in docs:
        found[story_of[doc]].append(doc)
        true[truth(doc)].append(doc)
    bp = sum(sum(truth(o) == truth(d) for o in found[story_of[d]]) / len(found[story_of[d]]) for d in docs)
    br = sum(sum(story_of[o] == story_of[d] for o in true[truth(d)]) / len(true[truth(d)]) for d in docs)
    bp, br = bp / len(docs), br / len(docs)
    return precision, recall, f1, 2 * bp * br / (bp + br)


def tuning_part(doc: str) -> bool:
    return bool(DEMO_ID.match(doc) or SEED_ID.match(doc) or doc.startswith(TUNING_PREFIXES))


def part_numbers(picture, truth, docs: list[str], story_of: dict[str, str]) -> str:
    """False contradictions and wrongly joined pairs of articles, in the tuning part and the rest."""
    out = []
    for name, wanted in (("tuning part", True), ("check part", False)):
        part = [d for d in docs if tuning_part(d) == wanted]
        false = sum(1 for c in picture.conflicts if all(tuning_part(p.doc) == wanted for p in c.points + c.against)
                    and len({truth(p.doc) for p in c.points + c.against}) > 1)
        joined = sum(1 for a, b in combinations(part, 2) if story_of[a] == story_of[b] and truth(a) != truth(b))
        out.append(f"{name} ({len(part)} articles): false conflicts {false}, wrongly joined pairs {joined}")
    return "; ".join(out)


def picture_numbers(picture, truth) -> dict[str, int]:
    false = kept = 0
    for conflict in picture.conflicts:
        stories = {truth(p.doc) for p in conflict.points + conflict.against}
        false += len(stories) > 1
        kept += len(stories) == 1
    mixed = sum(len({truth(p.doc) for p in t.points}) > 1 for t in picture.tracks)
    return {"tracks": len(picture.tracks), "mixed tracks": mixed, "conflicts": len(picture.conflicts),
            "false conflicts": false, "kept conflicts": kept}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default="/tmp/lagebild-stories-bench.db")
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--settings", type=Path, default=None)
    parser.add_argument("--show", action="store_true", help="print the stories mixing true stories")
    args = parser.parse_args()
    with LABELS.open("rb") as handle:
        truth = truth_of(tomllib.load(handle))
    articles, claims, future_times, texts = load(args.db, args.shared)
    settings = load_settings(args.settings)
    demo = sorted(d for d in articles if DEMO_ID.match(d))
    sets = {"demo": demo, "pooled": sorted(articles)}
    for name, docs in sets.items():
        subset = {d: articles[d] for d in docs}
        sub_claims = [c for c in claims if c["doc"] in subset]
        sub_future = [t for t in future_times if t["doc"] in subset]
        print(f"== {name}: {len(docs)} articles, {len(set(map(truth, docs)))} true stories, "
              f"{len(sub_claims)} claims")
        for label, on in (("before (stories off)", False), ("after (stories on)", True)):
            use = replace(settings, stories=on)
            picture = build_picture(sub_claims, subset, sub_future, use, texts=texts)
            if on:
                places = defaultdict(list)
                for claim in sub_claims:
                    if claim.get("location"):
                        places[claim["doc"]].append(claim["location"])
                started = time.process_time()
                stories = find_stories(subset, places, use, texts)
                cpu = time.process_time() - started
                story_of = {d: stories[d].id for d in docs}
            else:
                cpu, story_of = 0.0, {d: "all" for d in docs}
            p, r, f1, b3 = pair_scores(story_of, truth, docs)
            numbers = picture_numbers(picture, truth)
            print(f"  {label:21} stories {len(set(story_of.values())):3}  pairwise P/R/F1 "
                  f"{p:.3f}/{r:.3f}/{f1:.3f}  B-cubed F1 {b3:.3f}  "
                  + "  ".join(f"{k} {v}" for k, v in numbers.items())
                  + (f"  clustering {cpu:.3f} CPU s" if on else ""))
            if name == "pooled":
                print(f"    {part_numbers(picture, truth, docs, story_of)}")
            if on and args.show:
                groups = defaultdict(list)
                for doc, story in story_of.items():
                    groups[story].append(doc)
                for story, members in sorted(groups.items()):
                    if len({truth(d) for d in members}) > 1:
                        print(f"    mixes: {stories[members[0]].label}: {', '.join(sorted(members))}")
    # order independence: the same stories whatever order the articles come in
    reordered = dict(reversed(list(articles.items())))
    places = defaultdict(list)
    for claim in reversed(claims):
        if claim.get("location"):
            places[claim["doc"]].append(claim["location"])
    forward = find_stories(articles, {}, settings, texts)
    backward = find_stories(reordered, {}, settings, dict(reversed(list(texts.items()))))
    same = all(forward[d].id == backward[d].id for d in articles)
    print(f"same stories in reversed input order: {same}")
    # scale: clustering 300 articles (the pooled set, topped up with renamed copies of the demo)
    extra = {f"copy{i}-{d}": {**articles[d], "id": f"copy{i}-{d}", "duplicate_of": None}
             for i in range(3) for d in demo}
    many = {**articles, **dict(list(extra.items())[:max(0, 300 - len(articles))])}
    many_texts = {**texts, **{k: texts[v["id"].split("-", 1)[1]] for k, v in extra.items()}}
    started = time.process_time()
    find_stories(many, {}, settings, many_texts)
    print(f"clustering {len(many)} articles: {time.process_time() - started:.3f} CPU s")


if __name__ == "__main__":
    main()
