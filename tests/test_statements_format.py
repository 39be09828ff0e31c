"""Statements in the gold format (shared/gold/README.md, statements.jsonl): which sentences are
someone's statement, who the speaker is, what the content is. German sentences written for these tests."""

from __future__ import annotations

from lagebild.analysis import analyze
from lagebild.model import Article


def statements(text: str):
    return analyze(Article(id="t", text=text, published="2025-03-04")).statements


def test_hearsay_soll_in_the_second_conjunct_of_the_writers_clause_is_no_statement():
    text = ("Die Polizei teilte mit, zwei Männer seien festgenommen worden. "
            "Die Gruppe betreibt mehrere Lokale in der Altstadt und soll seit Jahren Schutzgeld erpresst haben.")
    found = statements(text)
    assert any("festgenommen" in s.content for s in found)
    assert not any("Schutzgeld" in s.content for s in found)


def test_hearsay_soll_opening_its_own_clause_still_continues_the_speaker():
    text = ("Die Polizei teilte mit, zwei Männer seien festgenommen worden. "
            "Die Gruppe soll seit Jahren Schutzgeld erpresst haben.")
    assert any("Schutzgeld" in s.content for s in statements(text))
