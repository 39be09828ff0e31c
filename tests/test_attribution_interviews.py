"""Interviews: the answers of a question-and-answer piece are the interviewee's direct speech (our gold counts
each answer sentence with a figure), on German interviews written for these tests."""

from __future__ import annotations

from lagebild.analysis import analyze
from lagebild.model import Article

INTERVIEW = """„Die Halle ist längst zu klein“
Die Zahl der Obdachlosen in der Stadt steigt. Miriam Osterkamp leitet die Notunterkunft der Diakonie am Hafen. Ein Gespräch über den Winter.

Frau Osterkamp, wie voll ist die Unterkunft?

Osterkamp: Sehr voll. In der vergangenen Nacht haben wir 240 Menschen aufgenommen. Viele kommen erst spät.

Die Stadt spricht von einer entspannten Lage.

Das sehen wir anders. Seit Oktober sind mindestens drei Menschen auf der Straße erfroren. Wir brauchen mehr Betten.

Was erwarten Sie für Januar?

Wenn es so kalt bleibt, rechnen wir mit bis zu 300 Gästen pro Nacht.

Das Gespräch führte Tim Berger."""


def _interviewee_statements(text: str) -> list:
    analysis = analyze(Article(id="t", language="de", text=text))
    return [s for s in analysis.statements if s.speaker and "Osterkamp" in s.speaker]


def test_answer_sentences_with_a_figure_are_the_interviewees_direct_statements():
    statements = _interviewee_statements(INTERVIEW)
    assert [s.content for s in statements] == [
        "In der vergangenen Nacht haben wir 240 Menschen aufgenommen",
        "Seit Oktober sind mindestens drei Menschen auf der Straße erfroren",
        "Wenn es so kalt bleibt, rechnen wir mit bis zu 300 Gästen pro Nacht",
    ]
    # the name as the piece writes it in full, not the label's surname
    assert {s.speaker for s in statements} == {"Miriam Osterkamp"}
    assert all(s.mode == "direct" and s.kind == "person" for s in statements)


def test_questions_and_the_credit_line_are_not_answers():
    contents = [s.content for s in _interviewee_statements(INTERVIEW)]
    assert not any("entspannten Lage" in c or "Tim Berger" in c for c in contents)


def test_one_labelled_quotation_in_a_report_is_no_interview():
    text = ("Die Zahl der Obdachlosen steigt. Miriam Osterkamp leitet die Notunterkunft am Hafen.\n\n"
            "Osterkamp: In der vergangenen Nacht haben wir 240 Menschen aufgenommen.\n\n"
            "Die Stadt will im Dezember weitere 50 Betten bereitstellen.")
    assert _interviewee_statements(text) == []
