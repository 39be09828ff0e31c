"""Tokens and sentence boundaries."""

from __future__ import annotations

import re

from lagebild.analysis.doc import Doc, Token
from lagebild.model import Span

TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-']\w+)*|[^\w\s]", re.UNICODE)
BOUNDARY_RE = re.compile(r"[.!?]+[\"“”»«']?(?=\s+\S)|\n\s*\n|\n(?=\S)")


def tokenize(doc: Doc) -> None:
    doc.tokens = [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(doc.text)]


def split_sentences(doc: Doc) -> None:
    text = doc.text
    abbreviations = set(doc.data.get("abbreviations", ()))
    spans: list[Span] = []
    start = 0
    for match in BOUNDARY_RE.finditer(text):
        end = match.end()
        if match.group().startswith("."):
            word = re.search(r"(\w+)\.$", text[max(0, match.start() - 20):match.start() + 1])
            if word and (word.group(1) in abbreviations or word.group(1).isdigit()):
                continue
        _add_trimmed(text, start, end, spans)
        start = end
    _add_trimmed(text, start, len(text), spans)
    doc.sentences = spans


def _add_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Span(start, end))
