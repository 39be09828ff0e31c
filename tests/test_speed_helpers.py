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


# ---------------------------------------------------------------- claims: walks back over numbers
SENTENCES = [
    "Nach Angaben der Polizei starben 12 Männer, 3 Frauen und 2 Kinder, 40 Menschen wurden verletzt.",
    "Die Armee nahm 14 Kämpfer und 6 Helfer fest, außerdem beschlagnahmte sie 200 Gewehre.",
    "Laut Ministerium kamen in Bezirk 4 insgesamt 30 Menschen ums Leben, in Bezirk 7 waren es 12, "
    "in Bezirk 9 nur 3; dazu kamen 150 Verletzte und 2.000 Obdachlose.",
    "Bis zu 400 Soldaten, davon 120 Offiziere, sollen nach Berichten 2025 verlegt werden.",
]


def _naive_first_number(all_found, index, clause_lo):
    me = all_found[index]
    first = me.first
    for other in reversed(all_found[:index]):
        if other is None or other.sentence is not me.sentence or other.first < clause_lo:
            break
        if other.last + 1 < len(me.sentence.tokens) and me.sentence.tokens[other.last + 1].text == ",":
            break
        first = other.first
    return first


def _naive_after_closed(all_found, index, clause_lo):
    me = all_found[index]
    for other in reversed(all_found[:index]):
        if other is None or other.sentence is not me.sentence:
            break
        if other.last + 1 < me.first and me.sentence.tokens[other.last + 1].text == ",":
            return max(clause_lo, other.last + 2)
    return clause_lo


def test_number_runs_answer_as_the_walk_back_over_every_earlier_number():
    from lagebild.analysis import PIPELINE, make_doc
    from lagebild.analysis.claims import Builder
    from lagebild.model import Article

    doc = make_doc(Article(id="t", text=" ".join(SENTENCES), published="2025-06-14", language="de"))
    for name, step in PIPELINE:
        if name == "claims":
            break
        step(doc)
    builder = Builder(doc)
    all_found = [builder._locate(q) for q in sorted(doc.quantities, key=lambda q: q.span.start)]
    checked = 0
    for index, found in enumerate(all_found):
        if found is None:
            continue
        for clause_lo in {0, found.sentence.clause(found.first)[0], max(0, found.first - 3)}:
            assert builder._first_number_in_clause(all_found, index, clause_lo) == \
                _naive_first_number(all_found, index, clause_lo)
            assert builder._after_closed_number(all_found, index, clause_lo) == \
                _naive_after_closed(all_found, index, clause_lo)
            checked += 1
    assert checked >= 20
