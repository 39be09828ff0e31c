"""Helpers that replace loops by bisection answer exactly as the loops did."""

from __future__ import annotations

import random

from lagebild.analysis.doc import Covered
from lagebild.model import Span


def test_covered_answers_as_the_loop_over_all_spans():
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for _ in range(rng.randrange(0, 12)):
            start = rng.randrange(0, 80)
            spans.append(Span(start, start + rng.randrange(1, 25)))
        covered = Covered(spans)
        for _ in range(30):
            start = rng.randrange(0, 100)
            end = start + rng.randrange(1, 10)
            expected = any(s.start <= start and end <= s.end for s in spans)
            assert covered.covers(start, end) == expected, (spans, start, end)
