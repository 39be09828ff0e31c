"""Score extracted claims and statements against gold files (``shared/gold/README.md``).

`score(gold, system, texts, aliases) -> Report` is a pure function; `load_gold`,
`read_system`, `system_from_articles` and `evaluate` do the reading around it.

Claims: a system claim matches a gold claim when doc and measure agree, low and
high are equal (numerically; null only with null) and the evidence spans overlap
in the article text. Matching is one-to-one and maximal: first as many required
gold claims as possible, then as many pairs as possible, then the pairs that
agree on more attributes. A system claim matched to an optional gold claim is
left out of precision; unmatched optional gold claims are no misses.

Choices where the README is silent:
- Attribute accuracy counts only pairs whose gold claim is required (optional
  gold is "neither required nor counted"). A gold record without an attribute
  key does not count for that attribute, except the flags `future`/`additional`
  (absent means false).
- A gold claim whose evidence is not in its article is reported as a warning
  and left out of scoring; so is a gold record for a document not evaluated.
- Statement contents overlap when the tokens (``\\w+``) of the shorter content
  that lie inside the other content's span are at least half of its tokens; when
  a content cannot be located in the article, token multisets of the two strings
  are compared instead (case-insensitive).
- A ratio with a zero denominator is None (shown as "-").
- A system record may carry ``as_written``: for each name attribute, the ways
  the article writes the entity the system named (``{"location": ["Hudaida"]}``).
  A name agrees when the gold name equals, through aliases.json, the system's
  canonical name or one of those spellings: gold aliases list the article's
  German forms, while the system's canonical names follow its own gazetteer
  ("Al Hudaydah"). `Report.written_only` counts the agreements that needed a
  spelling, so the canonical-only figure stays visible.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping

from lagebild.model import Span

Record = dict[str, Any]

CLAIM_ATTRIBUTES = ("source", "qualifier", "certainty", "future", "time", "location")
EXTRA_CLAIM_ATTRIBUTES = ("actor", "additional")
STATEMENT_ATTRIBUTES = ("mode", "cue")
EXTRA_STATEMENT_ATTRIBUTES = ("denial",)
NAME_ATTRIBUTES = frozenset({"source", "location", "actor", "speaker"})
FLAG_ATTRIBUTES = frozenset({"future", "additional", "denial"})  # absent means false

# Matching weights: lexicographic priorities packed into one integer.
_LEVEL = 10**9
_WORD = re.compile(r"\w+")


class EvaluationError(Exception):
    """Input the evaluation cannot start from (a missing gold folder, no articles)."""


@dataclass(slots=True)
class Records:
    claims: list[Record] = field(default_factory=list)
    statements: list[Record] = field(default_factory=list)


class Aliases:
    """Name equality through aliases.json: every alias and canonical maps to its canonical."""

    def __init__(self, table: Mapping[str, Iterable[str]] | None = None) -> None:
        self._canonical: dict[str, str] = {}
        for canonical, others in (table or {}).items():
            if isinstance(others, str):
                others = [others]
            for name in (canonical, *(others or ())):
                if isinstance(name, str) and _fold(name):
                    self._canonical[_fold(name)] = _fold(canonical)

    def canonical(self, name: Any) -> str | None:
        key = _fold(name)
        return self._canonical.get(key, key) if key else None

    def same(self, a: Any, b: Any) -> bool:
        return self.canonical(a) == self.canonical(b)


@dataclass(slots=True)
class Ratio:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.correct += ok
        self.total += 1

    def as_dict(self) -> dict[str, Any]:
        return {"accuracy": self.value, "correct": self.correct, "total": self.total}


@dataclass(slots=True)
class Prf:
    matched: int = 0
    system: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.matched / self.system if self.system else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        total = self.system + self.gold
        return 2 * self.matched / total if total else None

    def __iadd__(self, other: Prf) -> Prf:
        self.matched += other.matched
        self.system += other.system
        self.gold += other.gold
        return self

    def as_dict(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "matched": self.matched, "system": self.system, "gold": self.gold}


@dataclass(slots=True)
class Pair:
    gold: Record
    system: Record
    optional: bool
    mismatches: dict[str, tuple[Any, Any]]  # attribute -> (gold value, system value)


@dataclass(slots=True)
class DocReport:
    doc: str
    claims: Prf
    statements: Prf
    optional_matched: int = 0


@dataclass(slots=True)
class Report:
    claims: Prf
    attributes: dict[str, Ratio]
    statements: Prf
    statement_attributes: dict[str, Ratio]
    documents: list[DocReport]
    claim_pairs: list[Pair]
    claim_misses: list[Record]
    claim_false_hits: list[Record]
    statement_pairs: list[Pair]
    statement_misses: list[Record]
    statement_false_hits: list[Record]
    optional_gold: int = 0
    optional_matched: int = 0
    warnings: list[str] = field(default_factory=list)
    # name attribute -> agreements reached only through the article's spelling (`as_written`)
    written_only: Counter = field(default_factory=Counter)

    def as_dict(self, errors: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = {
            "claims": {**self.claims.as_dict(), "optional_gold": self.optional_gold,
                       "optional_matched": self.optional_matched},
            "claim_attributes": {name: ratio.as_dict() for name, ratio in self.attributes.items()},
            "attribute_pairs": "matched pairs with required gold",
            "statements": self.statements.as_dict(),
            "statement_attributes": {name: ratio.as_dict()
                                     for name, ratio in self.statement_attributes.items()},
            "documents": {d.doc: {"claims": d.claims.as_dict(), "statements": d.statements.as_dict(),
                                  "optional_matched": d.optional_matched} for d in self.documents},
            "names_agreeing_only_as_written": dict(self.written_only),
            "warnings": list(self.warnings),
        }
        if errors:
            result["errors"] = {
                "claim_misses": [_public(r) for r in self.claim_misses],
                "claim_false_hits": [_public(r) for r in self.claim_false_hits],
                "claim_mismatches": [_mismatch_row(p) for p in self.claim_pairs if p.mismatches],
                "statement_misses": [_public(r) for r in self.statement_misses],
                "statement_false_hits": [_public(r) for r in self.statement_false_hits],
                "statement_mismatches": [_mismatch_row(p) for p in self.statement_pairs if p.mismatches],
            }
        return result


# ---------------------------------------------------------------- the pure scorer

def score(gold: Records, system: Records, texts: Mapping[str, str],
          aliases: Aliases | Mapping[str, Iterable[str]] | None = None) -> Report:
    """Score `system` against `gold` on the documents in `texts` (doc id -> article text)."""
    if not isinstance(aliases, Aliases):
        aliases = Aliases(aliases)
    warnings: list[str] = []
    gold_claims = _by_doc(gold.claims, texts, "gold claim", warnings)
    gold_statements = _by_doc(gold.statements, texts, "gold statement", warnings)
    system_claims = _by_doc(system.claims, texts, "system claim", warnings)
    # the gold format holds statements with a named speaker; unnamed sources ("Berichten zufolge")
    # are statements of the system but outside what the gold counts
    system_statements = _by_doc([r for r in system.statements if r.get("speaker")], texts,
                                "system statement", warnings)

    report = Report(claims=Prf(), statements=Prf(), documents=[],
                    attributes={name: Ratio() for name in CLAIM_ATTRIBUTES + EXTRA_CLAIM_ATTRIBUTES},
                    statement_attributes={name: Ratio() for name in
                                          STATEMENT_ATTRIBUTES + EXTRA_STATEMENT_ATTRIBUTES},
                    claim_pairs=[], claim_misses=[], claim_false_hits=[],
                    statement_pairs=[], statement_misses=[], statement_false_hits=[],
                    warnings=warnings)
    for doc, text in texts.items():
        claims = _score_claims(doc, text, gold_claims.get(doc, []), system_claims.get(doc, []),
                               aliases, report)
        statements = _score_statements(doc, text, gold_statements.get(doc, []),
                                       system_statements.get(doc, []), aliases, report)
        report.documents.append(DocReport(doc, claims[0], statements, claims[1]))
        report.claims += claims[0]
        report.statements += statements
    return report


def _score_claims(doc: str, text: str, gold: list[Record], system: list[Record],
                  aliases: Aliases, report: Report) -> tuple[Prf, int]:
    gold_items = []
    for record in gold:
        problem = _claim_problem(record)
        if problem:
            report.warnings.append(f"{_origin(record)}: {problem}; ignored")
            continue
        spans = _gold_spans(text, record.get("evidence"), record)
        if not spans:
            report.warnings.append(f"{_origin(record)}: evidence not found in {doc}: "
                                   f"{record.get('evidence')!r}; ignored")
            continue
        if len(spans) > 1:
            report.warnings.append(f"{_origin(record)}: evidence occurs {len(spans)} times in {doc}")
        gold_items.append((record, spans, _flag(record.get("optional"))))
    system_items = []
    for record in system:
        span = _system_span(text, record, "start", "end", "evidence")
        if span is None:
            report.warnings.append(f"{_origin(record)}: evidence of a system claim not found in {doc}: "
                                   f"{record.get('evidence')!r}")
        system_items.append((record, span))

    weights: dict[tuple[int, int], int] = {}
    for g, (gold_record, gold_spans, optional) in enumerate(gold_items):
        for s, (system_record, system_span) in enumerate(system_items):
            if system_span is not None and _claims_match(gold_record, gold_spans, system_record, system_span):
                agreement = sum(_agrees(name, gold_record, system_record, aliases) is True
                                for name in CLAIM_ATTRIBUTES + EXTRA_CLAIM_ATTRIBUTES)
                weights[g, s] = (0 if optional else _LEVEL * _LEVEL) + _LEVEL + agreement

    counts, optional_matched = Prf(), 0
    matched_gold, matched_system = set(), set()
    for g, s in _max_weight_matching(weights):
        gold_record, _, optional = gold_items[g]
        system_record = system_items[s][0]
        matched_gold.add(g)
        matched_system.add(s)
        if optional:
            optional_matched += 1
            report.claim_pairs.append(Pair(gold_record, system_record, True, {}))
            continue
        counts.matched += 1
        for name in NAME_ATTRIBUTES & set(gold_record):
            if _same_name(name, gold_record, system_record, aliases) \
                    and not aliases.same(gold_record[name], system_record.get(name)):
                report.written_only[name] += 1
        mismatches = _tally(report.attributes, gold_record, system_record, aliases)
        report.claim_pairs.append(Pair(gold_record, system_record, False, mismatches))

    report.optional_gold += sum(optional for _, _, optional in gold_items)
    report.optional_matched += optional_matched
    counts.gold = sum(not optional for _, _, optional in gold_items)
    counts.system = len(system_items) - optional_matched
    report.claim_misses.extend(record for g, (record, _, optional) in enumerate(gold_items)
                               if g not in matched_gold and not optional)
    report.claim_false_hits.extend(record for s, (record, _) in enumerate(system_items)
                                   if s not in matched_system)
    return counts, optional_matched


def _score_statements(doc: str, text: str, gold: list[Record], system: list[Record],
                      aliases: Aliases, report: Report) -> Prf:
    gold_items = []
    for record in gold:
        if not _fold(record.get("speaker")) or not _fold(record.get("content")):
            report.warnings.append(f"{_origin(record)}: gold statement without speaker or content; ignored")
            continue
        spans = _gold_spans(text, record.get("content"), record, "content_start", "content_end")
        if not spans:
            report.warnings.append(f"{_origin(record)}: content not found in {doc}; "
                                   "compared by token overlap of the strings")
        gold_items.append((record, spans))
    system_items = []
    for record in system:
        span = _system_span(text, record, "content_start", "content_end", "content")
        system_items.append((record, [span] if span else []))

    weights: dict[tuple[int, int], int] = {}
    for g, (gold_record, gold_spans) in enumerate(gold_items):
        for s, (system_record, system_spans) in enumerate(system_items):
            if aliases.canonical(system_record.get("speaker")) is None \
                    or not _same_name("speaker", gold_record, system_record, aliases):
                continue
            inside, total = _content_overlap(text, gold_record, gold_spans, system_record, system_spans)
            if total and 2 * inside >= total:
                agreement = sum(_agrees(name, gold_record, system_record, aliases) is True
                                for name in STATEMENT_ATTRIBUTES + EXTRA_STATEMENT_ATTRIBUTES)
                weights[g, s] = _LEVEL + agreement * 1001 + inside * 1000 // total

    counts = Prf(gold=len(gold_items), system=len(system_items))
    matched_gold, matched_system = set(), set()
    for g, s in _max_weight_matching(weights):
        gold_record, system_record = gold_items[g][0], system_items[s][0]
        matched_gold.add(g)
        matched_system.add(s)
        counts.matched += 1
        if not aliases.same(gold_record.get("speaker"), system_record.get("speaker")):
            report.written_only["speaker"] += 1
        mismatches = _tally(report.statement_attributes, gold_record, system_record, aliases)
        report.statement_pairs.append(Pair(gold_record, system_record, False, mismatches))
    report.statement_misses.extend(r for g, (r, _) in enumerate(gold_items) if g not in matched_gold)
    report.statement_false_hits.extend(r for s, (r, _) in enumerate(system_items) if s not in matched_system)
    return counts


# ---------------------------------------------------------------- comparisons

def _claim_problem(record: Record) -> str | None:
    for key in ("evidence", "measure"):
        if not isinstance(record.get(key), str) or not record[key]:
            return f"gold claim without {key}"
    for key in ("low", "high"):
        if _number(record.get(key)) is _INVALID:
            return f"gold claim with a non-numeric {key} {record.get(key)!r}"
    return None


def _claims_match(gold: Record, gold_spans: list[Span], system: Record, system_span: Span) -> bool:
    return (_fold(gold.get("measure")) == _fold(system.get("measure"))
            and _same_number(gold.get("low"), system.get("low"))
            and _same_number(gold.get("high"), system.get("high"))
            and any(span.overlaps(system_span) for span in gold_spans))


_INVALID = object()


def _number(value: Any) -> Any:
    """A JSON value as a float, None for null, `_INVALID` for anything else."""
    if value is None:
        return None
    if isinstance(value, bool):
        return _INVALID
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).strip())
    except ValueError:
        return _INVALID


def _same_number(gold: Any, system: Any) -> bool:
    a, b = _number(gold), _number(system)
    return a is not _INVALID and b is not _INVALID and a == b


def _tally(ratios: dict[str, Ratio], gold: Record, system: Record,
           aliases: Aliases) -> dict[str, tuple[Any, Any]]:
    """Count a matched pair's agreement per attribute; return the disagreements."""
    mismatches = {}
    for name, ratio in ratios.items():
        agrees = _agrees(name, gold, system, aliases)
        if agrees is not None:
            ratio.add(agrees)
            if not agrees:
                mismatches[name] = (gold.get(name), system.get(name))
    return mismatches


def _agrees(name: str, gold: Record, system: Record, aliases: Aliases) -> bool | None:
    """Whether system agrees with gold on one attribute; None when gold does not annotate it."""
    if name in FLAG_ATTRIBUTES:
        return _flag(gold.get(name)) == _flag(system.get(name))
    if name not in gold:
        return None
    if name in NAME_ATTRIBUTES:
        return _same_name(name, gold, system, aliases)
    if name == "time":
        return _same_time(gold[name], system.get(name))
    if name == "cue":
        return _same_cue(gold[name], system.get(name))
    return _fold(gold[name]) == _fold(system.get(name))


def _same_cue(gold: Any, system: Any) -> bool:
    """Cues agree when the words of one are all words of the other: a separable verb is written
    whole or by its finite part ("teilte mit" / "teilte"), a phrase whole or by its head word
    ("nach Angaben" / "nach"); gold files of the format do both."""
    a, b = _fold(gold), _fold(system)
    if a is None or b is None:
        return a == b
    words_a, words_b = set(_WORD.findall(a)), set(_WORD.findall(b))
    return a == b or bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def _same_name(name: str, gold: Record, system: Record, aliases: Aliases) -> bool:
    """The gold name is the system's canonical name or, through aliases, one of its spellings."""
    if aliases.same(gold.get(name), system.get(name)):
        return True
    if system.get(name) is None or gold.get(name) is None:
        return False
    written = system.get("as_written")
    spellings = written.get(name) if isinstance(written, Mapping) else None
    if isinstance(spellings, str):
        spellings = [spellings]
    return any(aliases.same(gold[name], spelling) for spelling in spellings or ())


def _flag(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().casefold() in ("true", "1", "yes")
    return bool(value)


def _same_time(gold: Any, system: Any) -> bool:
    """Compare on the gold's precision: the system value cut to the gold's length."""
    gold_value, system_value = _fold(gold), _fold(system)
    if gold_value is None or system_value is None:
        return gold_value is None and system_value is None
    return system_value[:len(gold_value)] == gold_value


def _fold(value: Any) -> str | None:
    """Case- and space-insensitive comparison key; blank and null are None."""
    if value is None:
        return None
    folded = " ".join(unicodedata.normalize("NFC", str(value)).casefold().split())
    return folded or None


def _content_overlap(text: str, gold: Record, gold_spans: list[Span],
                     system: Record, system_spans: list[Span]) -> tuple[int, int]:
    """(tokens of the shorter content inside the other, tokens of the shorter content)."""
    if gold_spans and system_spans:
        return max((_span_overlap(text, a, b) for a in gold_spans for b in system_spans),
                   key=lambda pair: (pair[0] / pair[1]) if pair[1] else 0.0)
    a = Counter(_WORD.findall(str(gold.get("content") or "").casefold()))
    b = Counter(_WORD.findall(str(system.get("content") or "").casefold()))
    return sum((a & b).values()), min(sum(a.values()), sum(b.values()))


def _span_overlap(text: str, a: Span, b: Span) -> tuple[int, int]:
    tokens_a = [m.span() for m in _WORD.finditer(text, a.start, a.end)]
    tokens_b = [m.span() for m in _WORD.finditer(text, b.start, b.end)]
    shorter, other = (tokens_a, b) if len(tokens_a) <= len(tokens_b) else (tokens_b, a)
    inside = sum(other.start <= start and end <= other.end for start, end in shorter)
    return inside, len(shorter)


# ---------------------------------------------------------------- locating text

def _occurrences(text: str, needle: str) -> list[Span]:
    spans, start = [], text.find(needle)
    while needle and start >= 0:
        spans.append(Span(start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def _find(text: str, needle: Any) -> list[Span]:
    """Occurrences of `needle`: exact, else NFC-normalised, else with any whitespace run
    standing for any other (ingest may have normalised tabs, spaces and line breaks)."""
    if not isinstance(needle, str) or not needle.strip():
        return []
    found = _occurrences(text, needle)
    if not found:
        needle = unicodedata.normalize("NFC", needle)
        found = _occurrences(text, needle)
    if not found:
        pattern = r"\s+".join(map(re.escape, needle.split()))
        found = [Span(*m.span()) for m in re.finditer(pattern, text)]
    return found


def _offsets(text: str, record: Record, start_key: str, end_key: str) -> Span | None:
    start, end = record.get(start_key), record.get(end_key)
    if isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool) \
            and 0 <= start < end <= len(text):
        return Span(start, end)
    return None


def _gold_spans(text: str, needle: Any, record: Record,
                start_key: str = "start", end_key: str = "end") -> list[Span]:
    """Gold text is a substring of the article; offsets, when given, only pick the occurrence."""
    span = _offsets(text, record, start_key, end_key)
    if span is not None and span.text(text) == needle:
        return [span]
    return _find(text, needle)


def _system_span(text: str, record: Record, start_key: str, end_key: str, text_key: str) -> Span | None:
    """The system's own offsets, else the first occurrence of its text."""
    span = _offsets(text, record, start_key, end_key)
    if span is not None:
        return span
    found = _find(text, record.get(text_key))
    return found[0] if found else None


# ---------------------------------------------------------------- matching

def _max_weight_matching(weights: Mapping[tuple[int, int], int]) -> list[tuple[int, int]]:
    """Maximum-weight one-to-one matching of a bipartite graph given as positive edge weights."""
    rows = sorted({g for g, _ in weights})
    cols = sorted({s for _, s in weights})
    if not rows:
        return []
    transpose = len(rows) > len(cols)
    if transpose:
        rows, cols = cols, rows
    cost = [[-weights.get((c, r) if transpose else (r, c), 0) for c in cols] for r in rows]
    pairs = []
    for i, j in _hungarian(cost).items():
        key = (cols[j], rows[i]) if transpose else (rows[i], cols[j])
        if key in weights:
            pairs.append(key)
    return sorted(pairs)


def _hungarian(cost: list[list[int]]) -> dict[int, int]:
    """Minimum-cost assignment of every row (rows <= columns) to a distinct column."""
    n, m = len(cost), len(cost[0])
    infinity = float("inf")
    u, v = [0] * (n + 1), [0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: row assigned to column j (1-based)
    for row in range(1, n + 1):
        owner[0], column = row, 0
        least = [infinity] * (m + 1)
        used = [False] * (m + 1)
        while owner[column]:
            used[column] = True
            current, delta, next_column = owner[column], infinity, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                reduced = cost[current - 1][j - 1] - u[current] - v[j]
                if reduced < least[j]:
                    least[j], way[j] = reduced, column
                if least[j] < delta:
                    delta, next_column = least[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            column = next_column
        while column:
            previous = way[column]
            owner[column] = owner[previous]
            column = previous
    return {owner[j] - 1: j - 1 for j in range(1, m + 1) if owner[j]}


# ---------------------------------------------------------------- helpers

def _by_doc(records: Iterable[Record], texts: Mapping[str, str], what: str,
            warnings: list[str]) -> dict[str, list[Record]]:
    grouped: dict[str, list[Record]] = {}
    unknown: Counter[str] = Counter()
    for record in records:
        doc = record.get("doc")
        doc = None if doc is None else str(doc)
        if doc in texts:
            grouped.setdefault(doc, []).append(record)
        else:
            unknown[doc] += 1
    for doc, count in unknown.items():
        label = f"document {doc!r}" if doc is not None else "no document"
        warnings.append(f"{count} {what}{'s' if count > 1 else ''} for {label} "
                        "not among the articles; ignored")
    return grouped


def _origin(record: Record) -> str:
    return str(record.get("_origin") or f"{record.get('doc')}")


def _public(record: Record) -> Record:
    return {key: value for key, value in record.items() if not key.startswith("_")}


def _mismatch_row(pair: Pair) -> Record:
    return {"gold": _public(pair.gold), "system": _public(pair.system),
            "mismatches": {name: {"gold": g, "system": s} for name, (g, s) in pair.mismatches.items()}}


# ---------------------------------------------------------------- reading inputs

def read_jsonl(path: Path, warnings: list[str]) -> list[Record]:
    """JSON objects, one a line; a bad line becomes a warning naming file and line."""
    records = []
    try:
        lines = path.read_text("utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise EvaluationError(f"{path}: cannot read ({error})") from error
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            warnings.append(f"{path.name}:{number}: not valid JSON ({error.msg}); ignored")
            continue
        if not isinstance(record, dict):
            warnings.append(f"{path.name}:{number}: not a JSON object; ignored")
            continue
        record["_origin"] = f"{path.name}:{number}"
        records.append(record)
    return records


def load_gold(gold_dir: str | Path, warnings: list[str]) -> tuple[Records, dict[str, list[str]]]:
    """claims.jsonl, statements.jsonl and aliases.json of a gold folder (each may be missing)."""
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise EvaluationError(f"{folder}: not a folder with gold files")
    claims_path, statements_path = folder / "claims.jsonl", folder / "statements.jsonl"
    if not claims_path.is_file() and not statements_path.is_file():
        raise EvaluationError(f"{folder}: neither claims.jsonl nor statements.jsonl")
    gold = Records()
    for path, target in ((claims_path, gold.claims), (statements_path, gold.statements)):
        if path.is_file():
            target.extend(read_jsonl(path, warnings))
        else:
            warnings.append(f"{folder}: no {path.name}; nothing of that kind is scored")
    aliases: dict[str, list[str]] = {}
    aliases_path = folder / "aliases.json"
    if aliases_path.is_file():
        try:
            loaded = json.loads(aliases_path.read_text("utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
            warnings.append(f"{aliases_path}: unreadable ({error}); names compare without aliases")
        else:
            if isinstance(loaded, dict):
                aliases = loaded
            else:
                warnings.append(f"{aliases_path}: not a JSON object; names compare without aliases")
    return gold, aliases


def split_records(records: Iterable[Record], warnings: list[str]) -> Records:
    """System records by `kind` (claim | statement), guessing from the fields when it is missing."""
    result = Records()
    for record in records:
        kind = record.get("kind")
        if kind not in ("claim", "statement"):
            kind = "claim" if "measure" in record else "statement" if "speaker" in record else None
        if kind == "claim":
            result.claims.append(record)
        elif kind == "statement":
            result.statements.append(record)
        else:
            warnings.append(f"{_origin(record)}: neither a claim nor a statement; ignored")
    return result


def read_system(path: str | Path, warnings: list[str]) -> Records:
    path = Path(path)
    if not path.is_file():
        raise EvaluationError(f"{path}: no such system output file")
    return split_records(read_jsonl(path, warnings), warnings)


def read_texts(paths: Iterable[str | Path], warnings: list[str]) -> dict[str, Any]:
    """Articles by id, read the way `lagebild ingest` reads them."""
    from lagebild.ingest import IngestError, read_articles

    articles: dict[str, Any] = {}
    for item in read_articles(list(paths)):
        if isinstance(item, IngestError):
            warnings.append(f"{item}")
        elif item.id in articles:
            warnings.append(f"{item.source_path}: second article with id {item.id!r}; ignored")
        else:
            articles[item.id] = item
    return articles


def system_from_articles(articles: Iterable[Any], warnings: list[str]) -> Records:
    """Run the analysis on each article and keep its claim and statement records."""
    from lagebild.analysis import analyze
    from lagebild.model import claim_record, statement_record, written_names

    result = Records()
    for article in articles:
        try:
            analysis = analyze(article)
        except Exception as error:  # one failing article must not stop the evaluation
            warnings.append(f"{article.id}: analysis failed ({type(error).__name__}: {error})")
            continue
        written = written_names(analysis)
        result.claims.extend(claim_record(c, written) for c in analysis.claims)
        result.statements.extend(statement_record(s, written) for s in analysis.statements)
    return result


def evaluate(gold_dir: str | Path, article_paths: Iterable[str | Path],
             system_path: str | Path | None = None) -> Report:
    """Read gold, articles and (given or freshly extracted) system output, then `score`."""
    warnings: list[str] = []
    article_paths = list(article_paths)
    gold, aliases = load_gold(gold_dir, warnings)
    articles = read_texts(article_paths, warnings)
    if not articles:
        raise EvaluationError("no readable articles among " + ", ".join(map(str, article_paths)))
    if system_path is not None:
        system = read_system(system_path, warnings)
    else:
        system = system_from_articles(articles.values(), warnings)
    report = score(gold, system, {doc: a.text for doc, a in articles.items()}, aliases)
    report.warnings[:0] = warnings
    return report
