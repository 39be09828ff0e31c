"""Properties of tokens, sentences and quantities on any text (hypothesis)."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.analysis import make_doc
from lagebild.analysis.doc import Doc
from lagebild.analysis.numbers import find_quantities, format_number, parse_number
from lagebild.analysis.sentences import split_sentences, tokenize
from lagebild.model import Article

GERMAN_PIECES = [
    "Soldaten", "Tote", "Verletzte", "etwa", "rund", "mindestens", "mehr als", "bis zu", "zwischen",
    "und", "bis", "ca.", "Dr.", "z. B.", "u. a.", "Mio.", "Mrd.", "Millionen", "Hunderte", "Tausende",
    "mehrere", "Hundert", "zwei", "dreitausend", "zweieinhalb", "ein", "eine", "am", "im", "Jahr",
    "Oktober", "Uhr", "Euro", "Prozent", "%", "€", "Jährige", "-", "–", ".", ",", ":", ";", "!", "?",
    "„", "“", "\"", "(", ")", "\n", "\n\n", "\t", "•", "*", "1.", "2.700", "11.000", "1,5", "2024",
    "24.02.2022", "14:30", "2:1", "030", "+49", "www.example.de", "a@b.de", "F-16", "MH17", " ", "  ",
]


def german_like() -> st.SearchStrategy[str]:
    number = st.one_of(
        st.integers(min_value=0, max_value=10**9).map(str),
        st.integers(min_value=0, max_value=10**9).map(lambda n: format_number(float(n))),
        st.floats(min_value=0, max_value=1e7, allow_nan=False).map(format_number),
    )
    piece = st.one_of(st.sampled_from(GERMAN_PIECES), number, st.text(max_size=4))
    return st.lists(piece, max_size=40).map(" ".join)


def analysed(text: str) -> Doc:
    doc = make_doc(Article(id="p", text=text))
    tokenize(doc)
    split_sentences(doc)
    find_quantities(doc)
    return doc


def check_doc(doc: Doc) -> None:
    text = doc.text
    for token in doc.tokens:
        assert 0 <= token.start < token.end <= len(text)
        assert text[token.start:token.end] == token.text
    previous_end = 0
    for span in doc.sentences:
        assert 0 <= span.start < span.end <= len(text)
        assert span.start >= previous_end
        piece = span.text(text)
        assert piece == piece.strip()
        previous_end = span.end
    previous_start = -1
    for quantity in doc.quantities:
        assert 0 <= quantity.span.start < quantity.span.end <= len(text)
        assert quantity.span.text(text) == quantity.text
        assert quantity.span.start >= previous_start
        previous_start = quantity.span.start
        assert quantity.low is not None or quantity.high is not None
        if quantity.low is not None and quantity.high is not None:
            assert quantity.low <= quantity.high
    for first, second in zip(doc.quantities, doc.quantities[1:]):
        assert first.span.end <= second.span.start


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_raises_and_spans_hold(text: str) -> None:
    check_doc(analysed(text))


@settings(max_examples=400, deadline=None)
@given(german_like())
def test_german_like_text_never_raises_and_spans_hold(text: str) -> None:
    check_doc(analysed(text))


@settings(max_examples=500, deadline=None)
@given(st.floats(min_value=0, allow_nan=False, allow_infinity=False))
def test_format_then_parse_round_trips(value: float) -> None:
    assert parse_number(format_number(value)) == value


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_integers_round_trip_and_use_dots(value: int) -> None:
    text = format_number(float(value))
    assert "," not in text
    assert parse_number(text) == value


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or not math.isnan(value)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999_999).map(lambda n: format_number(float(n))))
def test_counted_number_before_a_noun_is_found(number: str) -> None:
    doc = analysed(f"Nach Angaben der Behörden wurden {number} Menschen evakuiert.")
    assert [q.text for q in doc.quantities] == [number]
    assert doc.quantities[0].low == parse_number(number)
