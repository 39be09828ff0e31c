"""Evidence sentences: the sentence around a span, split so the span can be marked."""

from __future__ import annotations

import re
from dataclasses import dataclass

SENTENCE_END = re.compile(r"(?<=[.!?“\"])\s+(?=[A-ZÄÖÜ„\"])|\n\s*")


@dataclass(frozen=True, slots=True)
class Snippet:
    before: str
    marked: str
    after: str

    @property
    def text(self) -> str:
        return self.before + self.marked + self.after


def sentence_bounds(text: str, start: int, end: int, sentences: list[tuple[int, int]] | None = None,
                    limit: int = 600) -> tuple[int, int]:
    """The stored sentence containing the span, else a best guess from punctuation."""
    for s_start, s_end in sentences or ():
        if s_start <= start and end <= s_end:
            return s_start, s_end
    left = max(0, start - limit)
    boundaries = [m.end() for m in SENTENCE_END.finditer(text, left, start)]
    s_start = boundaries[-1] if boundaries else left
    found = SENTENCE_END.search(text, end, min(len(text), end + limit))
    s_end = found.start() if found else min(len(text), end + limit)
    return s_start, max(s_end, end)


def snippet(text: str, start: int, end: int, sentences: list[tuple[int, int]] | None = None) -> Snippet:
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    s_start, s_end = sentence_bounds(text, start, end, sentences)
    return Snippet(text[s_start:start], text[start:end], text[end:s_end])
