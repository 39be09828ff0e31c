"""The document object the analysis steps annotate, one step after another."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate
from dataclasses import dataclass, field, replace
from typing import Any, Iterable, Mapping, NamedTuple

from lagebild.model import Article, Claim, Mention, Quantity, Span, Statement, TimeRef


class Token(NamedTuple):
    """A token of the text (a named tuple: articles have thousands, made in a hurry)."""

    start: int
    end: int
    text: str


@dataclass(slots=True)
class Attribution:
    """Who a sentence (or part of one) is attributed to, found by the attribution step."""

    sentence: int  # index into Doc.sentences
    source: str | None  # canonical original source ("Ukrainian intelligence")
    speaker: str | None  # canonical speaker (may be a relay such as "CNN")
    speaker_span: Span | None
    cue: str | None
    cue_span: Span | None
    scope: Span  # the part of the text the attribution covers
    relay: str | None = None
    carried: bool = False  # inherited from an earlier sentence through a marker


@dataclass(slots=True)
class Doc:
    article: Article
    language: str
    data: Mapping[str, Any]  # lagebild.lang.load(language)
    tokens: list[Token] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    # quoted words inside a reported statement of the same speaker: part of that statement, not one of their
    # own (our gold counts one statement), kept for corpora that count them too (Wikinews marks them nested)
    nested_statements: list[Statement] = field(default_factory=list)
    # named statements the statement model judges our gold would not count (a role word as speaker, a reported
    # act): out of our statement set like the nested ones, but speech the Wikinews corpus counts as a quotation
    dropped_statements: list[Statement] = field(default_factory=list)
    # a quotation marked once more for the other party of a quoting verb ("X wird von der Zeitung zitiert": X's
    # statement, the Zeitung's copy): the Wikinews corpus marks both, our gold the speaker's statement alone
    relayed_statements: list[Statement] = field(default_factory=list)
    # quotations no frame of the rules attributes ("X beschrieb den Hergang: „...“"), with the speaker phrase the
    # sentence gives where it gives one: the Wikinews corpus marks them, our gold format counts no statement without a
    # named speaker found by a frame (`Doc.quotations` alone; dropped there when another quotation covers them)
    unframed_quotations: list[Statement] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    # what hearsay "soll"/"sollen" carries on from the previous speaker: a statement of that speaker, but its
    # figures take no source from it (a source carries only through a marker or Konjunktiv I)
    hearsay: list[Span] = field(default_factory=list)
    # the content of statements that tell a speech act rather than report its words, as background in the
    # pluperfect ("Die Staatsanwaltschaft hatte sechs Jahre Haft gefordert") or an attitude ("Der Verband
    # kritisierte die Schließung"): our gold counts them, the Wikinews quotation corpus does not (kept out of
    # `quotations`)
    background: list[Span] = field(default_factory=list)
    # the phrases a speaker named without their pointing or describing words was written as ("das örtliche
    # Widerstandskomitee" for "Widerstandskomitee"): its spellings (as_written), joined to the mentions after the
    # claims (speaker_names.add_spellings), so no figure reads them
    speaker_spellings: list[Mention] = field(default_factory=list)
    # a body's name read from a speaker phrase's free words, where the phrase writes it ("Die Übergangsregierung in
    # Dhaka"): a spelling of that name only, joined to the mentions with the others (the longer ways the article
    # writes it on come with it, `written_names`), and kept here, since the statement model counts no such mention
    free_word_spellings: list[Mention] = field(default_factory=list)
    # anchor date for relative time expressions: (ISO prefix, inferred?)
    anchor: tuple[str, bool] | None = None
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    def with_nested(self) -> list[Statement]:
        """The statements and the quotations outside our statement set (nested in a statement, or dropped by the
        statement model), in text order: all the speech the rules found, what a quotation corpus counts."""
        if not self.nested_statements and not self.dropped_statements:
            return self.statements
        return sorted(self.statements + self.nested_statements + self.dropped_statements,
                      key=lambda s: (s.content_span.start, s.content_span.end))

    def quotations(self) -> list[Statement]:
        """What the Wikinews quotation corpus counts as quotations: the statements and the quotations outside our
        statement set (`with_nested`), each run of reported speech joined into one (the corpus marks the sentences that
        continue a report as one quotation, where our gold has one statement per sentence), without the speech acts
        told as background or attitude (`background`), which the corpus does not mark."""
        joined: list[Statement] = []
        runs: dict[int, int] = {}  # run_start -> index of the run's statement in `joined`
        background = set(self.background)
        for statement in self.with_nested():
            if statement.content_span in background:
                continue
            if statement.run_start is None:
                joined.append(statement)
            elif statement.run_start not in runs:
                runs[statement.run_start] = len(joined)
                joined.append(statement)
            else:
                first = joined[runs[statement.run_start]]
                content = Span(first.content_span.start, statement.content_span.end)
                joined[runs[statement.run_start]] = replace(
                    first, content_span=content, content=self.text[content.start:content.end],
                    span=Span(first.span.start, max(first.span.end, statement.span.end)))
        return joined + self._relayed(joined) + self._unframed(joined)

    def _relayed(self, joined: list[Statement]) -> list[Statement]:
        """The other party's copy of each relayed quotation, as long as the quotation it copies (a run joined)."""
        by_start = {q.content_span.start: q for q in joined}
        out = []
        for relayed in self.relayed_statements:
            quotation = by_start.get(relayed.content_span.start)
            if quotation is not None:
                out.append(replace(quotation, speaker=relayed.speaker, speaker_span=relayed.speaker_span,
                                   kind=relayed.kind, role=relayed.role, relay=None))
        return out

    def _unframed(self, joined: list[Statement]) -> list[Statement]:
        """The unframed quotations that no other quotation gives already: none overlaps them but one that holds them
        and more (a later step, such as the quotation tagger, may have found one of them)."""
        if not self.unframed_quotations:
            return []
        spans = [q.content_span for q in joined]
        return [q for q in self.unframed_quotations if not any(
            q.content_span.overlaps(s) and not (s.contains(q.content_span) and s != q.content_span) for s in spans)]

    @property
    def text(self) -> str:
        return self.article.text

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing character `offset` (nearest preceding one)."""
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.start for s in self.sentences]
        return max(0, bisect_right(self._sentence_starts, offset) - 1)

    def sentence_of(self, span: Span) -> Span:
        if not self.sentences:
            return Span(0, len(self.text))
        return self.sentences[self.sentence_index(span.start)]

    def items_in(self, items: list, span: Span) -> list:
        """Items of a list (anything with `.span`) that lie inside `span`."""
        return [item for item in items if span.contains(item.span)]


class Covered:
    """Whether one of some spans (counted figures, attributed content) covers a range: a
    bisection, not a loop over all of them per question (a listing of hundreds of numbers, a
    long article of many quotes)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        ordered = sorted((span.start, span.end) for span in spans)
        self.starts = [start for start, _end in ordered]
        self.furthest = list(accumulate((end for _start, end in ordered), max))  # max end so far

    def covers(self, start: int, end: int) -> bool:
        k = bisect_right(self.starts, start)  # the spans that start at or before `start`
        return k > 0 and self.furthest[k - 1] >= end
