"""Sentence splitting against the WMT German-original news documents (one sentence a segment).

    .venv/bin/python benchmarks/eval_sentences.py [wmt_de_original_docs.jsonl] [--domain news] [--show N]

Exact-match precision/recall of sentence strings per document; segments are the
translators' sentence units, so a few hold two sentences and count as misses.
Documents whose paragraphs were joined with spaces (headline glued to the first
sentence, wmttest2022) are skipped: no splitter can recover those boundaries.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from lagebild import lang
from lagebild.analysis.sentences import sentence_spans

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wmt_de_news" / "wmt_de_original_docs.jsonl"


def _glued_headline(doc: dict) -> bool:
    text = doc["text"]
    for segment in doc["segments"]:
        segment = segment.strip()
        if segment and segment[-1] not in ".!?:\"“”'" and text.find(segment + " ") >= 0:
            return True
    return False


def main(argv: list[str]) -> None:
    domain = argv[argv.index("--domain") + 1] if "--domain" in argv else "news"
    show = int(argv[argv.index("--show") + 1]) if "--show" in argv else 0
    paths = [a for a in argv if a.endswith(".jsonl")]
    path = Path(paths[0]) if paths else DEFAULT
    data = lang.load("de")
    matched = system = gold = 0
    misses: list[tuple[str, list[str]]] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            if domain != "all" and doc.get("domain") != domain:
                continue
            if _glued_headline(doc):
                continue  # paragraphs were joined with spaces: headlines run into the text
            text = doc["text"]
            ours = Counter(span.text(text) for span in sentence_spans(text, data))
            theirs = Counter(segment.strip() for segment in doc["segments"] if segment.strip())
            common = ours & theirs
            matched += sum(common.values())
            system += sum(ours.values())
            gold += sum(theirs.values())
            misses.extend((segment, [s for s in ours - theirs]) for segment in theirs - ours)
    precision, recall = matched / max(system, 1), matched / max(gold, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    print(f"domain={domain}: {gold} gold sentences, {system} ours, P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    for segment, _ in misses[:show]:
        print("  missed:", repr(segment[:160]))


if __name__ == "__main__":
    main(sys.argv[1:])
