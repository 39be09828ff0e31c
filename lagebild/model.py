"""The one data model every stage shares.

Sources produce `Article`s; `lagebild.analysis.analyze` turns one article into an
`Analysis` (mentions, time references, quantities, statements, claims), every item
anchored to a `Span` of the article text; the store keeps them; the picture and
the views only read them. Field meanings follow ``shared/gold/README.md``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, Mapping

Measure = Literal[
    "troops", "killed", "wounded", "killed_or_wounded", "captured", "missing",
    "arrested", "displaced", "equipment", "other",
]
MEASURES: tuple[str, ...] = (
    "troops", "killed", "wounded", "killed_or_wounded", "captured", "missing",
    "arrested", "displaced", "equipment", "other",
)
Qualifier = Literal["exact", "about", "at_least", "at_most", "range"]
QUALIFIERS: tuple[str, ...] = ("exact", "about", "at_least", "at_most", "range")
Certainty = Literal["asserted", "reported", "estimated", "possible", "denied"]
CERTAINTIES: tuple[str, ...] = ("asserted", "reported", "estimated", "possible", "denied")
# Ordered from coarse to fine; a TimeRef's `value` is an ISO prefix at its precision.
Precision = Literal["year", "halfyear", "season", "quarter", "month", "week", "day"]
EntityKind = Literal["person", "org", "place", "group", "other"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Half-open character offsets [start, end) into an article's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def text(self, source: str) -> str:
        return source[self.start:self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(slots=True)
class Article:
    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    # ISO prefix ("2025", "2025-02", "2025-02-14"); its length is its precision.
    published: str | None = None
    published_inferred: bool = False
    language: str | None = None
    source_path: str | None = None
    # id of the article this one is a near-duplicate (e.g. syndicated copy) of
    duplicate_of: str | None = None

    @property
    def published_precision(self) -> str | None:
        if not self.published:
            return None
        return {4: "year", 7: "month"}.get(len(self.published), "day")


@dataclass(slots=True)
class Mention:
    """A named entity mention, mapped to one canonical name."""

    span: Span
    text: str
    kind: EntityKind
    canonical: str
    role: str | None = None


@dataclass(slots=True)
class TimeRef:
    """A time expression resolved to a closed ISO date interval."""

    span: Span
    text: str
    value: str | None  # ISO prefix at `precision` ("2023", "2023-07", "2024-11-05"); None if unanchored
    precision: Precision | None
    start: str | None = None  # first day, "YYYY-MM-DD"
    end: str | None = None  # last day, "YYYY-MM-DD"
    relative: bool = False  # resolved against the article date rather than written out
    future: bool = False  # written out in a forecast sentence ("könnte in der zweiten Jahreshälfte 2023 ...")


@dataclass(slots=True)
class Quantity:
    """A counted number as an interval; `low`/`high` None means an open side."""

    span: Span
    text: str
    low: float | None
    high: float | None
    qualifier: Qualifier = "exact"
    vague: bool = False  # "Hunderte", "Dutzende": a lower bound from a vague plural


@dataclass(slots=True)
class Statement:
    doc: str
    span: Span  # the whole attributed stretch (usually the sentence)
    speaker: str | None  # canonical name
    speaker_span: Span | None
    content_span: Span
    content: str
    kind: EntityKind | None = None
    role: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    mode: Literal["direct", "indirect"] = "indirect"
    denial: bool = False
    relay: str | None = None  # the outlet that passed the statement on, if any
    # a sentence of a run of reported speech ("Er sagte, ... . Die Lage sei ernst. Man werde ... .": the second and
    # third sentence, which continue it without a verb of saying): where the run's content starts, shared by all
    # its sentences, each a statement of its own; None for a statement standing alone
    run_start: int | None = None


@dataclass(slots=True)
class Claim:
    doc: str
    measure: str
    evidence: Span
    evidence_text: str
    low: float | None
    high: float | None
    qualifier: str = "exact"
    actor: str | None = None
    source: str | None = None
    relay: str | None = None
    certainty: str = "asserted"
    future: bool = False
    time: str | None = None
    location: str | None = None
    additional: bool = False
    optional: bool = False  # vague plurals, counts of one: never required in gold
    sentence: Span | None = None


@dataclass(slots=True)
class Analysis:
    article: Article
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


def _plain_number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def written_names(analysis: Analysis) -> dict[str, list[str]]:
    """Canonical name -> the distinct ways the article writes it, in order of appearance."""
    spellings: dict[str, dict[str, None]] = {}
    for mention in analysis.mentions:
        spellings.setdefault(mention.canonical, {})[mention.text] = None
    if analysis.mentions:
        # a body's name as the article writes it on ("Polizei von Kelantan"): further spellings
        from lagebild import lang
        from lagebild.analysis.speaker_names import body_spellings
        data = lang.load(lang.best_supported(analysis.article.language))
        for canonical, text in body_spellings(analysis.article.text, analysis.mentions, data):
            spellings.setdefault(canonical, {})[text] = None
    return {canonical: list(texts) for canonical, texts in spellings.items()}


def _as_written(names: Mapping[str, str | None], written: Mapping[str, list[str]]) -> dict[str, list[str]]:
    return {attribute: written[name] for attribute, name in names.items() if name in written}


def claim_record(claim: Claim, written: Mapping[str, list[str]] | None = None) -> dict[str, Any]:
    """A claim as a flat JSON record: the gold fields plus doc/start/end/evidence/kind.

    With `written` (from `written_names`), `as_written` gives the article's own spellings of
    the source, actor and location, which the scorer also compares through gold aliases.
    """
    record = {
        "kind": "claim",
        "doc": claim.doc,
        "start": claim.evidence.start,
        "end": claim.evidence.end,
        "evidence": claim.evidence_text,
        "measure": claim.measure,
        "actor": claim.actor,
        "low": _plain_number(claim.low),
        "high": _plain_number(claim.high),
        "qualifier": claim.qualifier,
        "source": claim.source,
        "relay": claim.relay,
        "certainty": claim.certainty,
        "future": claim.future,
        "time": claim.time,
        "location": claim.location,
        "additional": claim.additional,
        "optional": claim.optional,
    }
    if written is not None:
        record["as_written"] = _as_written(
            {"source": claim.source, "actor": claim.actor, "location": claim.location}, written)
    return record


def statement_record(statement: Statement, written: Mapping[str, list[str]] | None = None) -> dict[str, Any]:
    """A statement as a flat JSON record in the gold field names plus offsets (and, with
    `written`, the article's spellings of the speaker, as in `claim_record`)."""
    record = {
        "kind": "statement",
        "doc": statement.doc,
        "start": statement.span.start,
        "end": statement.span.end,
        "speaker": statement.speaker,
        "speaker_kind": statement.kind,
        "speaker_start": statement.speaker_span.start if statement.speaker_span else None,
        "speaker_end": statement.speaker_span.end if statement.speaker_span else None,
        "role": statement.role,
        "cue": statement.cue,
        "mode": statement.mode,
        "content": statement.content,
        "content_start": statement.content_span.start,
        "content_end": statement.content_span.end,
        "denial": statement.denial,
        "relay": statement.relay,
        "run_start": statement.run_start,
    }
    if written is not None:
        record["as_written"] = _as_written({"speaker": statement.speaker}, written)
    return record


def article_record(article: Article) -> dict[str, Any]:
    record = asdict(article)
    record["published_precision"] = article.published_precision
    return record
