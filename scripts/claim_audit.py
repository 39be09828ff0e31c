"""Audit claim extraction on real news from ../shared/corpora, for judging by hand.

The blind batches are small; the corpora are large. This runs lagebild.analysis.analyze
over N articles and prints three lists to judge against ../shared/gold/README.md:

  (a) claims   a random sample of produced claims: sentence, measure, value, qualifier,
               source, location, actor (judge: is it a claim, is the measure right?)
  (b) suspects sentences with a number right before a counted word of measures.toml
               (people, casualties, equipment) that no claim covers (judge: a true miss?)
  (c) numbers  claims whose number looks like a year, money, percentage, age, score,
               vote, phone or list number (judge: a false claim?)

The same --seed and --limit give the same sample, so a change can be judged on it again
(--keys FILE writes the keys of (a) and (b); --compare FILE prints how the claims of those
keys changed).

Usage: python scripts/claim_audit.py [--corpus gnad|wmt] [--sections International,Panorama,Inland]
           [--limit 400] [--sample 150] [--suspects 100] [--seed 1]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpora import SHARED_CORPORA  # noqa: E402
from lagebild.analysis import analyze, prepare  # noqa: E402
from lagebild.model import Article  # noqa: E402

MEASURES = ROOT / "lagebild" / "lang" / "de" / "measures.toml"
TOKEN = re.compile(r"\w[\w.,:/-]*\w|\w|[^\w\s]")


def load_articles(corpus: str, sections: set[str], limit: int) -> list[Article]:
    if corpus == "gnad":
        with (SHARED_CORPORA / "10kgnad" / "test.csv").open(encoding="utf-8", newline="") as handle:
            rows = [row for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]
        rows = [row for row in rows if not sections or row[0] in sections]
        return [Article(id=f"gnad-{i}", text=text) for i, (_label, text) in enumerate(rows[:limit])]
    with (SHARED_CORPORA / "wmt_de_news" / "wmt_de_original_docs.jsonl").open(encoding="utf-8") as handle:
        docs = [json.loads(line) for line in handle]
    return [Article(id=f"wmt-{i}", text=d["text"], title=d.get("title")) for i, d in enumerate(docs[:limit])]


def counted_words() -> re.Pattern:
    """One pattern for every noun measures.toml counts: fixed, role, people, vehicles."""
    data = tomllib.loads(MEASURES.read_text(encoding="utf-8"))
    patterns: list[str] = []
    for table in ("fixed", "role"):
        for words in data[table].values():
            patterns += words
    patterns += data["people"]["words"] + data["vehicles"]["nouns"]
    return re.compile("(?:" + "|".join(patterns) + ")")


# numbers that count something else: (label, pattern on the text around the number)
OTHER_NUMBER = [
    ("year", re.compile(r"^(?:1[89]\d\d|20\d\d)$")),
    ("money", re.compile(r"^\s*(?:Mio\.?|Millionen|Milliarden|Mrd\.?)?\s*(?:Euro|€|Dollar|US-Dollar|\$|Pfund|Franken|Rubel)")),
    ("percent", re.compile(r"^\s*(?:Prozent|%|Prozentpunkte)")),
    ("age", re.compile(r"^(?:-[Jj]ährige|\s*Jahre alt|-jährig)")),
    ("score", re.compile(r"^:\d")),
    ("vote", re.compile(r"^\s*(?:Stimmen|Ja-Stimmen|Nein-Stimmen|Mandate|Sitze)")),
    ("phone", re.compile(r"^[\d /-]{6,}")),
    ("list", re.compile(r"(?:Nr\.|Nummer|Platz|Rang|Artikel|§|Paragraf)\s*$")),
]


def number_kind(text: str, start: int, end: int) -> str | None:
    number = text[start:end]
    after, before = text[end:end + 30], text[max(0, start - 20):start]
    for label, pattern in OTHER_NUMBER:
        subject = number if label == "year" else before if label == "list" else after
        if pattern.search(subject):
            return label
    return None


def sentence_of(analysis, start: int) -> str:
    for span in analysis.sentences:
        if span.start <= start < span.end:
            return analysis.article.text[span.start:span.end].replace("\n", " ")
    return ""


def audit(articles: list[Article]) -> tuple[list[dict], list[dict]]:
    words = counted_words()
    claims, suspects = [], []
    for article in articles:
        analysis = analyze(article)
        text = article.text
        for claim in analysis.claims:
            claims.append({
                "key": f"{article.id}:{claim.evidence.start}:{claim.measure}",
                "doc": article.id, "start": claim.evidence.start, "end": claim.evidence.end,
                "evidence": claim.evidence_text, "measure": claim.measure, "low": claim.low, "high": claim.high,
                "qualifier": claim.qualifier, "source": claim.source, "location": claim.location,
                "actor": claim.actor, "certainty": claim.certainty, "optional": claim.optional,
                "sentence": sentence_of(analysis, claim.evidence.start),
                "kind": None,
            })
        covered = [(c.evidence.start, c.evidence.end) for c in analysis.claims]
        for quantity in analysis.quantities:
            span = quantity.span
            if any(start < span.end and span.start < end for start, end in covered):
                continue
            following = TOKEN.findall(text[span.end:span.end + 60])[:3]
            noun = next((t for t in following if words.fullmatch(t)), None)
            if noun is None:
                continue
            suspects.append({
                "key": f"{article.id}:{span.start}", "doc": article.id, "number": quantity.text, "noun": noun,
                "kind": number_kind(text, span.start, span.end),
                "sentence": sentence_of(analysis, span.start),
            })
    for claim in claims:
        text = next(a.text for a in articles if a.id == claim["doc"])
        # the number is where the evidence starts with a digit or number word; check each digit run in it
        for match in re.finditer(r"\d[\d.,]*", claim["evidence"]):
            kind = number_kind(text, claim["start"] + match.start(), claim["start"] + match.end())
            if kind:
                claim["kind"] = kind
                break
    return claims, suspects


def show_claim(index: int, claim: dict) -> str:
    value = claim["low"] if claim["low"] == claim["high"] else f"{claim['low']}..{claim['high']}"
    return (f"[{index}] {claim['key']} {claim['measure']} {value} {claim['qualifier']}"
            f"{' opt' if claim['optional'] else ''} | ev={claim['evidence']!r} | src={claim['source']}"
            f" loc={claim['location']} actor={claim['actor']} cert={claim['certainty']}\n      {claim['sentence'][:300]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=["gnad", "wmt"], default="gnad")
    parser.add_argument("--sections", default="International,Panorama,Inland")
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--sample", type=int, default=150)
    parser.add_argument("--suspects", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keys", help="write the sampled keys of (a) and (b) to this JSON file")
    parser.add_argument("--compare", help="keys file of an earlier run: show what changed for them")
    parser.add_argument("--only", choices=["claims", "suspects", "numbers"], action="append")
    args = parser.parse_args()

    prepare("de")
    articles = load_articles(args.corpus, set(filter(None, args.sections.split(","))), args.limit)
    claims, suspects = audit(articles)
    rng = random.Random(args.seed)
    print(f"# {len(articles)} articles, {len(claims)} claims, {len(suspects)} suspects for missed claims")

    if args.compare:
        keys = json.loads(Path(args.compare).read_text(encoding="utf-8"))
        by_key = {c["key"]: c for c in claims}
        gone = [k for k in keys["claims"] if k not in by_key]
        print(f"# sampled claims gone: {len(gone)}")
        for key in gone:
            print("  -", key)
        by_suspect = {s["key"] for s in suspects}
        covered = [k for k in keys["suspects"] if k not in by_suspect]
        print(f"# sampled suspects now covered by a claim: {len(covered)}")
        for key in covered:
            doc, start = key.rsplit(":", 1)
            hits = [c for c in claims if c["doc"] == doc and c["start"] <= int(start) < c["end"] + 1]
            print("  +", key, [f"{c['measure']} {c['low']} {c['evidence']!r}" for c in hits])
        return

    sample = rng.sample(claims, min(args.sample, len(claims)))
    suspect_sample = rng.sample(suspects, min(args.suspects, len(suspects)))
    if args.keys:
        Path(args.keys).write_text(json.dumps({"claims": [c["key"] for c in sample],
                                               "suspects": [s["key"] for s in suspect_sample]}), encoding="utf-8")
    only = set(args.only or ["claims", "suspects", "numbers"])
    if "claims" in only:
        print(f"\n## (a) {len(sample)} sampled claims")
        for index, claim in enumerate(sample):
            print(show_claim(index, claim))
    if "suspects" in only:
        print(f"\n## (b) {len(suspect_sample)} sampled suspects for missed claims")
        for index, suspect in enumerate(suspect_sample):
            print(f"[{index}] {suspect['key']} {suspect['number']!r} {suspect['noun']}"
                  f"{' (' + suspect['kind'] + ')' if suspect['kind'] else ''}\n      {suspect['sentence'][:300]}")
    if "numbers" in only:
        odd = [c for c in claims if c["kind"]]
        print(f"\n## (c) {len(odd)} claims whose number looks like something else")
        for index, claim in enumerate(odd):
            print(f"({claim['kind']}) " + show_claim(index, claim))


if __name__ == "__main__":
    main()
