"""Tokens and sentence boundaries, with precompiled regexes only (fast, no model).

A sentence ends at terminal punctuation followed by whitespace (after any closing
quote mark) unless the dot belongs to an abbreviation, an initial or an ordinal,
or the text goes on in lower case. Line breaks end a sentence when the next line
starts a new block (headline, list item, table row, paragraph); a line break
inside a sentence (lower-case continuation, or hard-wrapped text) does not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial
from itertools import accumulate, chain
from operator import itemgetter
from statistics import median
from typing import Any, Mapping

from lagebild import lang
from lagebild.analysis.doc import Doc, Token
from lagebild.model import Span

URL_PATTERN = r"(?:https?://|www\.)[^\s<>\"“”„«»]+[^\s<>\"“”„«».,;:!?)\]]"
EMAIL_PATTERN = r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
TOKEN_RE = re.compile(
    rf"{URL_PATTERN}"
    r"|(?<![\d.,:/])\d+(?:[.,:/]\d+)++(?!\w)"  # 11.000 · 1,5 · 24.02.2022 · 14:30 · 2022/23
    # words, hyphen compounds (Ukraine-Krieg, 32-Jährige, F-16), host names, e-mail addresses; a full stop
    # before a capitalised word ends a sentence whose space was lost ("ruhig.Der Minister"), no host name
    r"|\w+(?:[-'’+]\w+|\.(?![A-ZÄÖÜ][a-zäöüß])\w+)*(?:@\w+(?:[-.]\w+)+)?"
    r"|[^\w\s]",
)

CLOSING = "\"'“”»«›‹’)]"
OPENING = "\"'„“«»‹›‚([*•-–"
BULLETS = "•●▪◦·‣∙"
# Terminal punctuation, optionally closed by quote marks or brackets.
# Possessive runs that start at the first mark keep long runs ("......") linear; the
# look-behind (no mark before the first) follows that mark so the scanner can skip to marks.
END_RE = re.compile(rf"[.!?…](?<![.!?…]{{2}})[.!?…]*+[{re.escape(CLOSING)}]*+(?=[^\S\n]+\S)")
# A run of whitespace containing at least one line break. (Written to start with \s, which
# the engine skips to: the first space is no space after another, and either is the break
# or begins the spaces before it.)
BREAK_RE = re.compile(r"\s(?<![^\S\n]\s)(?:(?<=\n)|[^\S\n]*+\n)\s*")
BULLET_RE = re.compile(rf"[{BULLETS}]")
WORD_BEFORE_DOT_RE = re.compile(r"(\d+(?:[.,]\d+)*|\w+)$")
# its two alternatives, matched on the reversed text before a dot (see _word_before)
DIGITS_BACKWARDS_RE = re.compile(r"\d+(?:[.,]\d+)*")
WORD_BACKWARDS_RE = re.compile(r"\w+")
ROMAN_NUMERAL_RE = re.compile(r"[IVXLC]{2,}")
LIST_ITEM_RE = re.compile(rf"(?:[{BULLETS}*–-]|\d{{1,2}}[.)]|[a-z][)])\s")
LEADING_JUNK_RE = re.compile(rf"(?:[{BULLETS}]\s*|[*–-]\s+)+")
# "folgen.Eine": a sentence end with the space missing after a lower-case word.
MISSING_SPACE_RE = re.compile(r"(?<![\w.@/])([a-zäöüß]{3,})[.!?](?=[A-ZÄÖÜ][a-zäöüß])")
MISSING_SPACE_HINT_RE = re.compile(r"[.!?](?=[A-ZÄÖÜ][a-zäöüß])")  # found fast; most texts lack it
LINE_END_RE = re.compile(rf"(?<![.!?…])[.!?…]++[{re.escape(CLOSING)}]*+\s*$")
LINE_CONTINUATION_RE = re.compile(r"[^.!?…:\s][^\S\n]*\n[^\S\n]*(\w)")
TERMINAL = ".!?…:" + "“”\"»«"


@dataclass(frozen=True, slots=True)
class _Rules:
    abbreviations: frozenset[str]
    final_abbreviations: frozenset[str]
    months: frozenset[str]
    ordinal_context: frozenset[str]
    ordinal_connectors: frozenset[str]


def _rules(data: Mapping[str, Any]) -> _Rules:
    return lang.compiled(data, _compile_rules)


def _compile_rules(data: Mapping[str, Any]) -> _Rules:
    sentence_data = data.get("sentences", {})
    time_data = data.get("time", {})
    months = set(time_data.get("months", {})) | set(time_data.get("month_abbreviations", {}))
    exclude = data.get("numbers", {}).get("exclude", {})
    return _Rules(
        abbreviations=frozenset(data.get("abbreviations", ())),
        final_abbreviations=frozenset(sentence_data.get("final_abbreviations", ())),
        months=frozenset(months),
        ordinal_context=frozenset(w.lower() for w in exclude.get("ordinal_context", ())),
        ordinal_connectors=frozenset(w.lower() for w in exclude.get("ordinal_connectors", ())),
    )


# TOKEN_RE's tokens, each with the whitespace before it (every other character starts a token)
GAPPED_TOKEN_RE = re.compile(rf"(\s*)({TOKEN_RE.pattern})")
WHITESPACE_RE = re.compile(r"\s")
_make_token = partial(tuple.__new__, Token)  # Token._make without a Python call per token


def tokenize(doc: Doc) -> None:
    doc.tokens = _tokens(doc.text, 0, len(doc.text))


def _tokens(text: str, start: int, stop: int) -> list[Token]:
    # offsets by summing the lengths of gaps and tokens from `start`: no match object per token
    pieces = GAPPED_TOKEN_RE.findall(text, start, stop)
    offsets = list(accumulate(map(len, chain.from_iterable(pieces)), initial=start))[1:]
    return list(map(_make_token, zip(offsets[0::2], offsets[1::2], map(itemgetter(1), pieces))))


def tokens_in(text: str, start: int, end: int) -> list[Token] | None:
    """The tokens tokenize() finds that start in [start, end), found by scanning only from `start`
    to the first whitespace at or after `end`, or None unless whitespace (or the text's start)
    precedes `start`. No token holds whitespace and every other character starts one, so the scan
    of the whole text is between tokens at every whitespace character, and the patterns' look-
    behinds see the same characters from there. (Claims reads only the sentences with figures.)"""
    if start and not text[start - 1].isspace():
        return None
    stop = WHITESPACE_RE.search(text, end)
    return [token for token in _tokens(text, start, stop.start() if stop else len(text)) if token.start < end]


def split_sentences(doc: Doc) -> None:
    doc.sentences = sentence_spans(doc.text, doc.data)


def sentence_spans(text: str, data: Mapping[str, Any]) -> list[Span]:
    """Sentence spans of `text`: trimmed, in order, never overlapping."""
    rules = _rules(data)
    hard_wrapped, wrap_width = _hard_wrap(text)
    cuts: set[int] = set()
    for match in END_RE.finditer(text):
        if _ends_sentence(text, match.start(), match.end(), rules):
            cuts.add(match.end())
    for match in BREAK_RE.finditer(text):
        if _break_ends_sentence(text, match, rules, hard_wrapped, wrap_width):
            cuts.add(match.start())
    for match in BULLET_RE.finditer(text):
        cuts.add(match.start())
    for match in MISSING_SPACE_RE.finditer(text) if MISSING_SPACE_HINT_RE.search(text) else ():
        if match.group(1) not in rules.abbreviations:
            cuts.add(match.end())
    spans: list[Span] = []
    start = 0
    for cut in sorted(cuts):
        _add_trimmed(text, start, cut, spans)
        start = max(start, cut)
    _add_trimmed(text, start, len(text), spans)
    return spans


def _first_letter(text: str, position: int) -> str:
    """The first character at or after `position` that is not whitespace, a quote or a bullet."""
    end = min(len(text), position + 12)
    for index in range(position, end):
        char = text[index]
        if not char.isspace() and char not in OPENING:
            return char
    return ""


def _ends_sentence(text: str, start: int, end: int, rules: _Rules) -> bool:
    """Does the punctuation text[start:end] (followed by spaces, same line) end a sentence?"""
    following = _first_letter(text, end)
    if not following or following.islower():
        return False
    punctuation = text[start:end]
    if not punctuation.startswith(".") or punctuation.startswith(".."):
        return True
    found = _word_before(text, start)
    if found is None:
        return True
    word, word_start = found
    if word.isdigit():
        return not _is_ordinal(text, word_start, end, rules)
    if word[0].isdigit():
        return True  # "4.163.892." or "1,5." ends a sentence
    if ROMAN_NUMERAL_RE.fullmatch(word):
        return False  # "Carl XVI. Gustaf"
    if word in rules.abbreviations or word.lower() in rules.abbreviations:
        return word in rules.final_abbreviations and following.isupper()
    if len(word) == 1 and word.isalpha():
        return False  # an initial ("John F. Kennedy") or a one-letter abbreviation
    return True


def _word_before(text: str, start: int) -> tuple[str, int] | None:
    """(word, its start) of WORD_BEFORE_DOT_RE.search(text, start - 40, start), found from the
    end: the search tries every start in the 40 characters and runs to the end from each. Its
    leftmost match is the longest suffix that either alternative matches, and both read the
    same backwards."""
    lo = max(0, start - 40)
    window = text[lo:start]
    if window.endswith("\n"):  # `$` also matches before a final line break
        window = window[:-1]
    backwards = window[::-1]
    digits, word = DIGITS_BACKWARDS_RE.match(backwards), WORD_BACKWARDS_RE.match(backwards)
    length = max(digits.end() if digits else 0, word.end() if word else 0)
    if not length:
        return None
    return window[len(window) - length:], lo + len(window) - length


def _is_ordinal(text: str, number_start: int, after_dot: int, rules: _Rules) -> bool:
    """"3. Oktober", "am 24. Februar", "der 5. Jahrestag", a list item "1. ..."."""
    next_word = re.match(r"\s*(\d{1,2}\.|[^\W\d_]+)", text[after_dot:after_dot + 30])
    if next_word and (next_word.group(1) in rules.months or next_word.group(1)[0].isdigit()):
        return True  # "3. Oktober", "16. 5. 2016"
    line_start = text.rfind("\n", 0, number_start) + 1
    if not text[line_start:number_start].strip(" \t" + BULLETS):
        return True
    immediately_before = text[number_start - 1]
    if immediately_before in "(„\"«»":
        return True  # "(3. Etappe", "„2. Kongress"
    before = text[max(line_start, number_start - 6):number_start].rstrip()
    if immediately_before.isspace() and before[-1:] in (":", "–", "-", ";", ".", "!", "?"):
        return True  # a ranking "): 1. Ogier – 2. Latvala", "... handeln. 52. Minute"
    if re.search(r"(?<!\d)\d{1,2}\.$", before):
        return True  # a date "16. 5. 2016"
    window = text[max(0, number_start - 30):number_start]
    previous = re.search(r"(\S+)\s+$", window)
    if previous and previous.group(1).lower() in rules.ordinal_connectors:
        # "am 3. und 4. Tag": an ordinal only after another one
        return re.search(r"\d\.\s*$", window[:previous.start()]) is not None
    return bool(previous and previous.group(1).lower() in rules.ordinal_context)


def _break_ends_sentence(text: str, match: re.Match[str], rules: _Rules, hard_wrapped: bool,
                         wrap_width: int) -> bool:
    """Does this run of whitespace with line breaks end a sentence?"""
    before_end, after_start = match.start(), match.end()
    if after_start >= len(text) or before_end == 0:
        return True
    line_before_start = text.rfind("\n", 0, before_end) + 1
    line_before = text[line_before_start:before_end]
    next_line_end = text.find("\n", after_start)
    next_line = text[after_start:next_line_end if next_line_end >= 0 else len(text)]
    if "\t" in line_before or "\t" in next_line:
        return True  # table rows: each row is its own sentence
    if LIST_ITEM_RE.match(next_line):
        return True
    last = line_before.rstrip()[-1:] if line_before.strip() else ""
    terminal = bool(last) and last in TERMINAL
    first = _first_letter(text, after_start)
    blank_line = match.group().count("\n") > 1
    if first.islower():
        return terminal and blank_line
    if blank_line or not hard_wrapped:
        return True
    # Hard-wrapped text: a short line ends a paragraph; a full line goes on unless
    # it ends with a sentence end.
    if len(line_before) < 0.6 * wrap_width:
        return True
    tail_start = max(0, len(line_before) - 40)
    end_match = LINE_END_RE.search(line_before, tail_start)
    if end_match is None:
        return False
    return _ends_sentence(text, line_before_start + end_match.start(),
                          line_before_start + end_match.end(), rules)


def _hard_wrap(text: str) -> tuple[bool, int]:
    """Is the text wrapped at a fixed width (most lines of similar length, mid-sentence)?"""
    if text.count("\n") < 4:
        return False, 0
    lengths = [len(line) for line in text.split("\n") if line.strip()]
    if len(lengths) < 4:
        return False, 0
    typical = median(lengths)
    if not 30 <= typical <= 100:
        return False, 0
    breaks = LINE_CONTINUATION_RE.findall(text)
    if not breaks or sum(1 for first in breaks if first.islower()) < 0.25 * len(breaks):
        return False, 0  # lines rarely go on in lower case: one line per sentence or block
    width = sorted(lengths)[int(len(lengths) * 0.9) - 1 if len(lengths) >= 10 else -1]
    return True, width


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    junk = LEADING_JUNK_RE.match(text, start, end)
    if junk:
        start = junk.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(char.isalnum() for char in text[start:end]):
        spans.append(Span(start, end))
