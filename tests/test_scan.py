"""RuleScanner finds exactly what finditer finds, rule by rule, only faster."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild import lang
from lagebild.analysis.scan import HEAD_CHARS, RuleScanner, Unreadable, read_head
from lagebild.analysis.times import lexicon


def found_by_finditer(rules, text):
    return [(name, m.span(), m.groupdict()) for name, pattern in rules for m in pattern.finditer(text)]


def found_by_scanner(scanner, text):
    return [(name, m.span(), m.groupdict()) for name, m in scanner.finditer(text)]


TIME_RULES = lexicon(lang.load("de")["time"]).rules
TIME_SCANNER = RuleScanner(TIME_RULES)

SENTENCES = [
    "Anfang März 2024 kamen nach Angaben des Ministeriums 3.000 Soldaten an; Mitte Mai folgten weitere.",
    "Am vergangenen Dienstagabend, dem 4. Juni, sprach sie von Verhandlungen bis zum 1., 2. oder 3. Juli 2023.",
    "Vor zwei Wochen und drei Tage später: Im Frühjahr 2022/23, in den 1990er-Jahren, im Q3/2024 und H1 2025.",
    "Die Zahl stieg seit 2019-05-03 auf 12.2024 Personen; im zweiten Halbjahr des Jahres 2023 sank sie.",
    "Heute Morgen, gestern Abend und am Wochenende; am 3.10.2024 und am 3.10. – Zwölf Monate später.",
    "Mai, Juni oder Juli? Im Laufe des Jahres 2021 und Ende der Achtzigerjahre, am Ostermontag 2020.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_time_rules_find_the_same_matches(text):
    expected = found_by_finditer(TIME_RULES, text)
    assert expected, "the sentence should contain time expressions"
    assert found_by_scanner(TIME_SCANNER, text) == expected


PIECES = ["im", "Im", "Anfang", "Mitte", "März", "Mai", "Jan.", "vergangenen", "nächsten", "Woche",
          "Wochen", "Tage", "später", "zwei", "ZWEI", "Zwölf", "2024", "12.", "3.10.", "1990er", "Jahre",
          "Frühjahr", "Sommers", "Q2", "H1", "/", "–", "-", ",", ".", "am", "Dienstag", "abend", "heute",
          "Morgen", "des", "Jahres", "vor", "Vor", "und", "bis", "zum", "Ostern", "ſ", "ſieben", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14), st.lists(st.sampled_from([" ", "", "  ", "\n"]), max_size=14))
def test_any_mix_of_time_words_gives_the_same_matches(words, gaps):
    text = "".join(word + (gaps[i] if i < len(gaps) else " ") for i, word in enumerate(words))
    assert found_by_scanner(TIME_SCANNER, text) == found_by_finditer(TIME_RULES, text)


def test_heads_cover_case_insensitive_and_optional_starts():
    head = read_head(re.compile(r"\b(?:(?P<part>Anfang|Mitte)\s+)?(?P<n>\d{1,3}|(?i:zwei|drei|sieben))\s+Tage"))
    for start in ("Anfang 3 Tage", "Mitte zwei", "12 Tage", "ZWEI Tage", "Drei Tage", "ſieben Tage"):
        assert head.match(start[:HEAD_CHARS]), start
    for start in ("Ende", "vier Tage", "Anfänge"):
        assert not head.match(start[:HEAD_CHARS]), start


def test_rules_without_a_word_start_are_scanned_in_full():
    with pytest.raises(Unreadable):
        read_head(re.compile(r"(?:ab)?c"))  # no \b: may start inside a word
    with pytest.raises(Unreadable):
        read_head(re.compile(r"\b(?:x)?"))  # may match the empty string
    with pytest.raises(Unreadable):
        read_head(re.compile(r"\b[-–]\d+"))  # starts with a dash, not at a word start
    rules = [("inner", re.compile(r"(?:ab)?c")), ("word", re.compile(r"\bMai\b"))]
    scanner = RuleScanner(rules)
    assert scanner.heads[0] is None and scanner.heads[1] is not None
    text = "abc Maiabc Mai c"
    assert found_by_scanner(scanner, text) == found_by_finditer(rules, text)
    assert [name for name, _ in scanner.finditer(text)] == ["inner", "inner", "inner", "word"]


def test_heads_read_through_repeats():
    head = read_head(re.compile(r"\b(?:[Dd]ie\s+)?nächsten\s+Tage"))
    assert head.match("die nächsten"[:HEAD_CHARS]) and head.match("Die  nächsten"[:HEAD_CHARS])
    assert head.match("nächsten"[:HEAD_CHARS])
    assert not head.match("dieser"[:HEAD_CHARS])  # "die" then a letter: no \s after it


def test_a_full_key_cache_starts_afresh_without_losing_matches(monkeypatch):
    import lagebild.analysis.scan as scan

    monkeypatch.setattr(scan, "CACHE_LIMIT", 3)
    scanner = RuleScanner(TIME_RULES)
    for text in SENTENCES * 2:
        assert found_by_scanner(scanner, text) == found_by_finditer(TIME_RULES, text)
        assert len(scanner._rules_at) <= len(set(re.findall(r"\w+", text))) + 3
