"""Quotation attribution measured on the German Wikinews quotation corpus.

Each corpus line is one article: ``originalText`` and ``annotations`` (quote spans,
speaker spans, cue, type Direct/Indirect/Reported/FreeIndirect/IndirectFreeIndirect),
all as character offsets into the text. We run sentences -> entities -> attribution
on the text and compare our statements with the gold quotations:

- a statement *matches* a gold quotation when their contents share at least half of
  the shorter one's tokens (one-to-one, best overlaps first);
- a match is *speaker-correct* when the statement's speaker mention overlaps a gold
  speaker span.

Precision is over our statements, recall over the gold quotations. Recall is broken
down by gold type; precision by our statement mode (direct / indirect), since an
unmatched statement has no gold type.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from lagebild.analysis import PIPELINE, make_doc
from lagebild.analysis.doc import Doc
from lagebild.evaluation.metrics import prf
from lagebild.model import Article, Span, Statement

TOKEN_RE = re.compile(r"\w+|[^\w\s]")
DEFAULT_CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "wikinews_de_quotes"


class QuoteEvalError(ValueError):
    """A corpus file that cannot be read; the message names the file and the problem."""


@dataclass(slots=True)
class GoldQuote:
    spans: list[Span]
    speakers: list[Span]
    type: str


@dataclass(slots=True)
class Counts:
    system: int = 0
    gold: int = 0
    matched_system: int = 0
    matched_gold: int = 0
    speaker_system: int = 0
    speaker_gold: int = 0


@dataclass(slots=True)
class QuoteReport:
    documents: int = 0
    seconds: float = 0.0
    characters: int = 0
    total: Counts = field(default_factory=Counts)
    by_type: dict[str, Counts] = field(default_factory=dict)  # gold type -> recall counts
    by_mode: dict[str, Counts] = field(default_factory=dict)  # system mode -> precision counts
    named_only: Counts = field(default_factory=Counts)  # the statements with a named speaker (the gold format's)

    def as_dict(self) -> dict[str, Any]:
        t = self.total
        return {
            "documents": self.documents,
            "gold_quotes": t.gold,
            "system_statements": t.system,
            "quotation": prf(t.matched_system, t.system, t.matched_gold, t.gold),
            "speaker_correct": prf(t.speaker_system, t.system, t.speaker_gold, t.gold),
            "recall_by_type": {
                name: {"gold": c.gold, "recall": _ratio(c.matched_gold, c.gold),
                       "speaker_recall": _ratio(c.speaker_gold, c.gold)}
                for name, c in sorted(self.by_type.items())
            },
            "precision_by_mode": {
                name: {"system": c.system, "precision": _ratio(c.matched_system, c.system),
                       "speaker_precision": _ratio(c.speaker_system, c.system)}
                for name, c in sorted(self.by_mode.items())
            },
            "named_speakers_only": {
                "system": self.named_only.system,
                "quotation": prf(self.named_only.matched_system, self.named_only.system,
                                  self.named_only.matched_gold, t.gold),
                "speaker_correct": prf(self.named_only.speaker_system, self.named_only.system,
                                        self.named_only.speaker_gold, t.gold),
            },
            "seconds": round(self.seconds, 3),
            "docs_per_second": round(self.documents / self.seconds, 1) if self.seconds else None,
            "chars_per_second": round(self.characters / self.seconds) if self.seconds else None,
        }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def corpus_path(path: Path | None, split: str) -> Path:
    """The corpus file: PATH itself, PATH/<split>.jsonl.gz for a folder, else the shared corpus."""
    if path is None:
        path = DEFAULT_CORPUS
    if path.is_dir():
        path = path / f"{split}.jsonl.gz"
    return path


def read_corpus(path: Path, limit: int | None = None, skip: int = 0) -> Iterator[dict[str, Any]]:
    """The corpus's documents in file order: the first `skip` passed over, then at most `limit`."""
    if not path.is_file():
        raise QuoteEvalError(f"{path}: no such corpus file")
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if number <= skip:
                    continue
                if limit is not None and number > skip + limit:
                    return
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise QuoteEvalError(f"{path}:{number}: not JSON ({error.msg})") from None
                if not isinstance(record, dict) or not isinstance(record.get("originalText"), str):
                    raise QuoteEvalError(f"{path}:{number}: no originalText")
                yield record
    except (OSError, EOFError, UnicodeDecodeError) as error:
        raise QuoteEvalError(f"{path}: cannot read ({error})") from None


def gold_quotes(record: dict[str, Any]) -> list[GoldQuote]:
    quotes = []
    for annotation in record.get("annotations") or ():
        spans = _spans(annotation.get("quote"))
        if spans:
            quotes.append(GoldQuote(spans, _spans(annotation.get("speaker")), str(annotation.get("type"))))
    return quotes


def _spans(part: Any) -> list[Span]:
    if not isinstance(part, dict):
        return []
    out = []
    for span in part.get("spans") or ():
        try:
            start, end = int(span["charBegin"]), int(span["charEnd"])
        except (KeyError, TypeError, ValueError):
            continue
        if 0 <= start < end:
            out.append(Span(start, end))
    return out


def analyse_text(text: str, doc_id: str = "doc") -> Doc:
    """The whole analysis, as `lagebild extract` runs it (optional model steps follow their
    switches), so what is scored is what a user gets."""
    doc = make_doc(Article(id=doc_id, text=text, language="de"))
    for _name, step in PIPELINE:
        step(doc)
    return doc


def system_statements(text: str, doc_id: str = "doc") -> list[Statement]:
    return analyse_text(text, doc_id).quotations()


def _token_ids(token_starts: list[tuple[int, int]], spans: Iterable[Span]) -> frozenset[int]:
    return frozenset(i for i, (s, e) in enumerate(token_starts) for span in spans if s < span.end and span.start < e)


def pair_statements(record: dict[str, Any], statements: list[Statement]) -> dict[int, int]:
    """Gold quotation index -> statement index, one to one: every pair whose content tokens overlap by at
    least half of the shorter side, the largest overlaps first; among equal overlaps the pair whose speakers agree
    (the corpus marks a relayed quotation once per party with one span: list order alone crossed the pairs)."""
    text = record["originalText"]
    tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    gold = gold_quotes(record)
    gold_tokens = [_token_ids(tokens, g.spans) for g in gold]
    system_tokens = [_token_ids(tokens, [s.content_span]) for s in statements]
    pairs = []
    for si, st in enumerate(system_tokens):
        span = statements[si].speaker_span
        for gi, gt in enumerate(gold_tokens):
            shared = len(st & gt)
            if shared and shared * 2 >= min(len(st), len(gt)):
                agrees = span is not None and any(span.overlaps(g) for g in gold[gi].speakers)
                pairs.append((shared, agrees, si, gi))
    used_s: set[int] = set()
    used_g: dict[int, int] = {}
    for _shared, _agrees, si, gi in sorted(pairs, reverse=True):
        if si in used_s or gi in used_g:
            continue
        used_s.add(si)
        used_g[gi] = si
    return used_g


def score_document(record: dict[str, Any], statements: list[Statement], report: QuoteReport) -> None:
    gold = gold_quotes(record)
    used_g = pair_statements(record, statements)

    def speaker_ok(si: int, gi: int) -> bool:
        span = statements[si].speaker_span
        return span is not None and any(span.overlaps(g) for g in gold[gi].speakers)

    t = report.total
    t.system += len(statements)
    t.gold += len(gold)
    for gi, g in enumerate(gold):
        c = report.by_type.setdefault(g.type, Counts())
        c.gold += 1
        if gi in used_g:
            c.matched_gold += 1
            t.matched_gold += 1
            if speaker_ok(used_g[gi], gi):
                c.speaker_gold += 1
                t.speaker_gold += 1
    by_system = {si: gi for gi, si in used_g.items()}
    for si, statement in enumerate(statements):
        c = report.by_mode.setdefault(statement.mode, Counts())
        c.system += 1
        if si in by_system:
            c.matched_system += 1
            t.matched_system += 1
            if speaker_ok(si, by_system[si]):
                c.speaker_system += 1
                t.speaker_system += 1


def evaluate_quotes(path: Path, limit: int | None = None, skip: int = 0) -> QuoteReport:
    report = QuoteReport()
    for record in read_corpus(path, limit, skip):
        text = record["originalText"]
        began = time.perf_counter()
        doc = analyse_text(text, str(record.get("wikinews_id") or report.documents))
        report.seconds += time.perf_counter() - began
        report.characters += len(text)
        report.documents += 1
        statements = doc.quotations()  # the corpus marks nested quotations too, and a run as one quotation
        score_document(record, statements, report)
        named = QuoteReport()
        score_document(record, [s for s in statements if s.speaker is not None], named)
        for name in ("system", "matched_system", "matched_gold", "speaker_system", "speaker_gold"):
            setattr(report.named_only, name, getattr(report.named_only, name) + getattr(named.total, name))
    return report
