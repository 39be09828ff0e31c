"""Entity recognition measured on GermEval 2014 (NoSta-D): precision, recall, F1 per type.

The corpus is a 4-column TSV (index, token, outer tag, nested tag) with one "#" comment
line before each sentence and a blank line after it; tags are BIO over PER/LOC/ORG/OTH
and their *deriv (adjectives such as "deutsche") and *part (compound parts such as
"Ukraine-Krieg") variants. We score the outer tags of PER, LOC and ORG with exact token
span matching. Our kinds map person -> PER, place -> LOC, org and group -> ORG; *deriv and
*part are other classes, so a prediction on such a span counts as a false positive.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Mapping

from lagebild import lang
from lagebild.analysis.entities import recognise
from lagebild.evaluation.metrics import prf

TYPES = ("PER", "LOC", "ORG")
KIND_TO_TYPE = {"person": "PER", "place": "LOC", "org": "ORG", "group": "ORG"}
SPLITS = {"dev": "NER-de-dev.tsv", "test": "NER-de-test.tsv"}


class CorpusError(ValueError):
    """The corpus file is missing or not in the GermEval format."""


@dataclass(slots=True)
class Sentence:
    tokens: list[str]
    entities: set[tuple[int, int, str]]  # (first token, one past last, tag type)


@dataclass
class NerScores:
    sentences: int = 0
    tokens: int = 0
    seconds: float = 0.0
    true_positive: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    predicted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TYPES, 0))
    gold_other: dict[str, int] = field(default_factory=dict)  # OTH, *deriv, *part counts

    def row(self, name: str) -> dict[str, Any]:
        names = TYPES if name == "all" else (name,)
        tp = sum(self.true_positive[t] for t in names)
        predicted = sum(self.predicted[t] for t in names)
        gold = sum(self.gold[t] for t in names)
        return {"type": name, "gold": gold, "predicted": predicted, "correct": tp,
                **prf(tp, predicted, gold=gold)}

    def report(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "tokens": self.tokens,
            "seconds": round(self.seconds, 3),
            "tokens_per_second": round(self.tokens / self.seconds) if self.seconds else None,
            "scores": [self.row(t) for t in (*TYPES, "all")],
            "gold_other_classes": dict(sorted(self.gold_other.items())),
        }


def read_germeval(path: Path, limit: int | None = None) -> Iterator[Sentence]:
    """Sentences of a GermEval 2014 TSV file with their outer-tag entities."""
    if not path.is_file():
        raise CorpusError(f"{path}: no such corpus file")
    tokens: list[str] = []
    tags: list[str] = []
    count = 0
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            if not line.strip():
                if tokens:
                    yield Sentence(tokens, _spans(tags))
                    count += 1
                    tokens, tags = [], []
                    if limit is not None and count >= limit:
                        return
                continue
            columns = line.split("\t")
            if len(columns) < 3:
                raise CorpusError(f"{path}:{number}: expected 4 tab-separated columns")
            tokens.append(columns[1])
            tags.append(columns[2])
    if tokens and (limit is None or count < limit):
        yield Sentence(tokens, _spans(tags))


def _spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans = set()
    start, label = None, None
    for index, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and label == tag[2:]
        if start is not None and not inside:
            spans.add((start, index, label))
            start, label = None, None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = index, tag[2:]
    return spans


def predict(tokens: list[str], data: Mapping[str, Any], groups: bool = True) -> set[tuple[int, int, str]]:
    """Our entity spans over a pre-tokenised sentence (tokens joined by spaces)."""
    starts, ends, offset = [], [], 0
    for token in tokens:
        starts.append(offset)
        offset += len(token)
        ends.append(offset)
        offset += 1
    text = " ".join(tokens)
    spans = set()
    for mention in recognise(text, data, {0}):
        label = KIND_TO_TYPE.get(mention.kind)
        if label is None or (mention.kind == "group" and not groups):
            continue
        first = next((k for k, end in enumerate(ends) if end > mention.span.start), None)
        last = next((k for k in range(len(starts) - 1, -1, -1) if starts[k] < mention.span.end), None)
        if first is not None and last is not None and last >= first:
            spans.add((first, last + 1, label))
    return spans


def evaluate(path: Path, limit: int | None = None, groups: bool = True,
             data: Mapping[str, Any] | None = None) -> NerScores:
    data = data if data is not None else lang.load("de")
    scores = NerScores()
    sentences = list(read_germeval(path, limit))
    recognise("Warm-up in Berlin.", data)  # compile the gazetteer outside the timing
    began = time.perf_counter()
    predictions = [predict(s.tokens, data, groups) for s in sentences]
    scores.seconds = time.perf_counter() - began
    for sentence, predicted in zip(sentences, predictions):
        scores.sentences += 1
        scores.tokens += len(sentence.tokens)
        for _start, _end, label in sentence.entities:
            if label in TYPES:
                scores.gold[label] += 1
            else:
                scores.gold_other[label] = scores.gold_other.get(label, 0) + 1
        for span in predicted:
            scores.predicted[span[2]] += 1
            if span in sentence.entities:
                scores.true_positive[span[2]] += 1
    return scores


def corpus_file(corpus: Path, split: str) -> Path:
    if split not in SPLITS:
        raise CorpusError(f"unknown split {split!r} (choose from {', '.join(SPLITS)})")
    return corpus / SPLITS[split] if corpus.is_dir() else corpus
