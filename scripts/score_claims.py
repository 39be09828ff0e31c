"""Score the claims step against a gold folder (match rules of shared/gold/README.md).

    .venv/bin/python scripts/score_claims.py GOLD_DIR ARTICLES_DIR [--errors]

ARTICLES_DIR holds <doc>.txt and optionally meta.jsonl (id, published, outlet).
A small stand-alone scorer for developing the claims step; `lagebild eval` is
the project's reference implementation.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from lagebild.analysis import PIPELINE, make_doc
from lagebild.model import Article, claim_record

ATTRIBUTES = ("source", "qualifier", "certainty", "future", "time", "location", "actor", "additional")


def load_articles(folder: Path) -> dict[str, Article]:
    meta: dict[str, dict] = {}
    meta_path = folder / "meta.jsonl"
    if meta_path.exists():
        for line in meta_path.read_text("utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                meta[record["id"]] = record
    articles = {}
    for path in sorted(folder.glob("*.txt")):
        info = meta.get(path.stem, {})
        articles[path.stem] = Article(id=path.stem, text=path.read_text("utf-8"),
                                      published=info.get("published"), outlet=info.get("outlet"),
                                      language="de")
    return articles


def run_pipeline(article: Article):
    """The analysis pipeline, but a step that fails (others' work in progress) is reported
    and skipped, so the claims step can still be measured."""
    doc = make_doc(article)
    for name, step in PIPELINE:
        try:
            step(doc)
        except Exception as error:  # noqa: BLE001
            print(f"step {name} failed on {article.id}: {error!r}", file=sys.stderr)
    return doc


def _aliases(folder: Path) -> dict[str, str]:
    path = folder / "aliases.json"
    table: dict[str, str] = {}
    if path.exists():
        for canonical, others in json.loads(path.read_text("utf-8")).items():
            for name in [canonical, *others]:
                table[name.casefold()] = canonical.casefold()
    return table


def _same(name: str, gold, system, aliases: dict[str, str]) -> bool:
    if name in ("future", "additional"):
        return bool(gold) == bool(system)
    if name == "time":
        if gold is None or system is None:
            return gold == system
        return str(system)[:len(str(gold))] == str(gold) and len(str(system)) >= len(str(gold))
    if name in ("source", "location", "actor"):
        if gold is None or system is None:
            return gold == system
        return aliases.get(str(gold).casefold(), str(gold).casefold()) == aliases.get(
            str(system).casefold(), str(system).casefold())
    return gold == system


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(needle)
    while start >= 0 and needle:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def score(gold_dir: Path, articles_dir: Path, show_errors: bool = False) -> dict:
    articles = load_articles(articles_dir)
    aliases = _aliases(gold_dir)
    gold = [json.loads(line) for line in (gold_dir / "claims.jsonl").read_text("utf-8").splitlines()
            if line.strip()] if (gold_dir / "claims.jsonl").exists() else []
    system = []
    for article in articles.values():
        system.extend(claim_record(c) for c in run_pipeline(article).claims)
    used: set[int] = set()
    matched_required = required = matched_system = optional_hits = 0
    correct = {name: [0, 0] for name in ATTRIBUTES}
    errors: list[str] = []
    gold_sorted = sorted(gold, key=lambda g: bool(g.get("optional")))
    for record in gold_sorted:
        if record["doc"] not in articles:
            continue
        text = articles[record["doc"]].text
        spans = _spans(text, record["evidence"])
        if not record.get("optional"):
            required += 1
        hit = None
        for index, claim in enumerate(system):
            if index in used or claim["doc"] != record["doc"] or claim["measure"] != record["measure"]:
                continue
            if claim["low"] != record["low"] or claim["high"] != record["high"]:
                continue
            if any(claim["start"] < end and start < claim["end"] for start, end in spans):
                hit = index
                break
        if hit is None:
            if not record.get("optional"):
                errors.append(f"MISS  {record['doc'][:12]} {record['measure']:<17} {record['evidence']!r}")
            continue
        used.add(hit)
        if record.get("optional"):
            optional_hits += 1
            continue
        matched_required += 1
        for name in ATTRIBUTES:
            if name not in record and name not in ("future", "additional"):
                continue
            ok = _same(name, record.get(name), system[hit].get(name), aliases)
            correct[name][0] += ok
            correct[name][1] += 1
            if not ok:
                errors.append(f"ATTR  {record['doc'][:12]} {name:<10} gold={record.get(name)!r} "
                              f"system={system[hit].get(name)!r}  {record['evidence']!r}")
    for index, claim in enumerate(system):
        if index not in used:
            errors.append(f"FALSE {claim['doc'][:12]} {claim['measure']:<17} {claim['low']}-{claim['high']} "
                          f"{claim['evidence']!r}")
    system_count = len(system) - optional_hits
    matched_system = matched_required
    precision = matched_system / system_count if system_count else 1.0
    recall = matched_required / required if required else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {
        "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
        "system": system_count, "required": required, "matched": matched_required,
        "attributes": {name: (round(c / n, 3) if n else None, n) for name, (c, n) in correct.items()},
    }
    if show_errors:
        result["errors"] = errors
    return result


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    result = score(Path(sys.argv[1]), Path(sys.argv[2]), "--errors" in sys.argv)
    for line in result.pop("errors", []):
        print(line)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
