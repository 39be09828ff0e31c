"""Properties over any input (hypothesis), adding to test_number_properties.py and the
time property in test_times.py: one-decimal round trips, times against anchors of every
precision and any date, sentences covering all text, Span laws, and the whole `analyze`
on arbitrary text keeping every span inside the text and equal to its recorded text.
"""

from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lagebild.analysis import analyze, make_doc
from lagebild.analysis.numbers import format_number, parse_number
from lagebild.analysis.sentences import split_sentences, tokenize
from lagebild.analysis.times import find_times, iso_prefix
from lagebild.model import Article, Span, claim_record, statement_record

from test_number_properties import german_like

# What a resolved TimeRef's value may look like, by precision.
VALUE_FORMS = {
    "year": r"\d{4}", "halfyear": r"\d{4}-H[12]", "season": r"\d{4}-(?:SP|SU|AU|WI)",
    "quarter": r"\d{4}-Q[1-4]", "month": r"\d{4}-(?:0[1-9]|1[0-2])", "week": r"\d{4}-W(?:0[1-9]|[1-4]\d|5[0-3])",
    "day": r"\d{4}-\d{2}-\d{2}",
}
ISO_PREFIX = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
TIME_WORDS = ["am 3. Oktober", "im Mai", "Mai 2023", "gestern", "vorgestern", "morgen", "heute", "letzte Woche",
              "vor zwei Wochen", "vor 3 Jahren", "im Sommer", "im vergangenen Winter", "Ende des Jahres",
              "in der zweiten Jahreshälfte", "im ersten Quartal", "am Montag", "am Wochenende",
              "Nacht zu Samstag", "14.02.2025", "2024-10-03", "seit Februar", "Anfang März", "Mitte 2024",
              "im Jahr 1999", "31. Dezember", "29. Februar", "1. Januar 2000", "nächsten Monat", "Vorjahr"]
MIXED = st.one_of(
    st.text(max_size=120),
    german_like(),
    st.lists(st.one_of(st.sampled_from(TIME_WORDS), st.sampled_from([" ", ". ", ", ", "\n\n", " und "]),
                       st.text(max_size=5)), max_size=20).map("".join),
)


def anchors() -> st.SearchStrategy[str | None]:
    """Publication dates of every precision over a wide range of years (leap days, year ends)."""
    day = st.dates(min_value=date(1800, 1, 1), max_value=date(2199, 12, 31))
    return st.one_of(st.none(), day.map(lambda d: f"{d:%Y}"), day.map(lambda d: f"{d:%Y-%m}"),
                     day.map(lambda d: f"{d:%Y-%m-%d}"))


# -- numbers ------------------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_one_decimal_figures_round_trip(tenths: int) -> None:
    value = tenths / 10
    text = format_number(value)
    assert parse_number(text) == value
    assert "." not in text.split(",")[-1] or "," not in text  # German style: comma for decimals


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("0123456789.,- +–½¼eE") + ["Mio.", "Millionen", "Tausend", "zwei"]),
                max_size=20).map("".join))
def test_parse_number_never_raises_on_number_like_text(text: str) -> None:
    value = parse_number(text)
    assert value is None or value == value  # never NaN


# -- times --------------------------------------------------------------------

@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED, anchors())
def test_times_resolve_to_valid_intervals_against_any_anchor(text: str, anchor: str | None) -> None:
    doc = make_doc(Article(id="t", text=text, published=anchor))
    find_times(doc)
    for ref in doc.times:
        assert 0 <= ref.span.start < ref.span.end <= len(text)
        assert text[ref.span.start:ref.span.end] == ref.text
        if ref.value is None:
            continue
        assert ref.precision in VALUE_FORMS, ref
        assert re.fullmatch(VALUE_FORMS[ref.precision], ref.value), ref
        if ref.start is not None or ref.end is not None:
            start, end = date.fromisoformat(ref.start), date.fromisoformat(ref.end)
            assert start <= end, ref
        prefix = iso_prefix(ref)
        assert prefix is None or ISO_PREFIX.fullmatch(prefix), (ref, prefix)
        if prefix and ref.start:
            # the prefix names a period that contains the interval's start
            assert ref.start.startswith(prefix) or ref.end.startswith(prefix), (ref, prefix)


# -- sentences ----------------------------------------------------------------

@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=200), german_like()))
def test_sentences_cover_every_letter_and_digit_in_order(text: str) -> None:
    """Bullets and stray punctuation between sentences may stay outside; words never."""
    doc = make_doc(Article(id="s", text=text))
    tokenize(doc)
    split_sentences(doc)
    previous_end = 0
    covered = [False] * len(text)
    for span in doc.sentences:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end  # ordered, never overlapping
        previous_end = span.end
        for i in range(span.start, span.end):
            covered[i] = True
    missing = [i for i, ch in enumerate(text) if ch.isalnum() and not covered[i]]
    assert not missing, [text[i] for i in missing[:10]]


# -- spans --------------------------------------------------------------------

spans = st.tuples(st.integers(0, 50), st.integers(0, 50)).map(sorted).map(lambda p: Span(p[0], p[1]))


@given(spans, spans, st.text(max_size=60))
def test_span_laws(a: Span, b: Span, text: str) -> None:
    assert len(a) == a.end - a.start >= 0
    assert a.overlaps(b) == b.overlaps(a)
    assert a.contains(a)
    if a.contains(b) and len(b) > 0:
        assert a.overlaps(b)
    if a.contains(b) and b.contains(a):
        assert a == b
    assert len(a.text(text)) == max(0, min(a.end, len(text)) - min(a.start, len(text)))


@given(st.integers(-50, 50), st.integers(-50, 50))
def test_invalid_spans_are_refused(start: int, end: int) -> None:
    try:
        span = Span(start, end)
    except ValueError:
        assert start < 0 or end < start
    else:
        assert 0 <= span.start <= span.end


# -- the whole analysis -------------------------------------------------------

NEWS_PIECES = st.sampled_from([
    "Nach Angaben des Innenministeriums wurden", "laut Polizei", "sagte ein Sprecher am Montag",
    "„Wir haben 300 Soldaten verloren“, sagte der Kommandeur.", "Berichten zufolge", "sollen",
    "mindestens 23 Menschen getötet", "etwa 2.700 Verletzte", "bis zu 30.000 Soldaten", "Hunderte Flüchtlinge",
    "zwischen 200 und 300 Festnahmen", "in Kursk", "in der Ukraine", "nordkoreanische Truppen", "Selenskyj",
    "der Pentagon-Sprecher John Kirby", "dementierte", "erklärte", "Ende Oktober", "im Jahr 2023", ".", ",",
    "\n\n", "(NIS)", "demnach", "den Angaben zufolge", "10.000 bis 20.000", "1,5 Millionen",
])
ARTICLES = st.one_of(st.text(max_size=150), german_like(),
                     st.lists(st.one_of(NEWS_PIECES, st.text(max_size=6)), max_size=30).map(" ".join))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES, st.sampled_from([None, "2024-11", "2024-11-05"]))
def test_analyze_keeps_every_span_inside_the_text(text: str, published: str | None) -> None:
    analysis = analyze(Article(id="a", text=text, published=published))

    def inside(span: Span) -> None:
        assert 0 <= span.start <= span.end <= len(text), (span, len(text))

    for sentence in analysis.sentences:
        inside(sentence)
    for group in (analysis.quantities, analysis.mentions, analysis.times):
        for item in group:
            inside(item.span)
            assert text[item.span.start:item.span.end] == item.text, item
    for claim in analysis.claims:
        inside(claim.evidence)
        assert claim.evidence.text(text) == claim.evidence_text
        record = claim_record(claim)
        assert text[record["start"]:record["end"]] == record["evidence"]
        if claim.low is not None and claim.high is not None:
            assert claim.low <= claim.high, claim
    for statement in analysis.statements:
        inside(statement.span)
        inside(statement.content_span)
        assert statement.span.contains(statement.content_span), statement
        assert statement.content_span.text(text) == statement.content
        if statement.speaker_span is not None:
            inside(statement.speaker_span)
        if statement.cue_span is not None:
            inside(statement.cue_span)
        record = statement_record(statement)
        assert text[record["content_start"]:record["content_end"]] == record["content"]
