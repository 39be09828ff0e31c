"""Statements that would inherit the previous statement's speaker (Konjunktiv runs, carried quotations) but
whose own sentence names another one (constructions counted on the Wikinews train split), on German sentences
written for these tests."""

from __future__ import annotations

from attribution_helpers import analyse, speaker_text


def test_subject_with_a_numbered_genitive_reports_its_own_konjunktiv_clause():
    doc = analyse("Die Bürgermeisterin Anna Berger sagte, die Straße bleibe gesperrt. "
                  "Vertreter der drei Anwohnervereine erwarten keine schnelle Öffnung, weil die Gutachter "
                  "noch nicht fertig seien.")
    [run] = [s for s in doc.statements if "Gutachter" in s.content]
    assert speaker_text(doc, run) == "Vertreter der drei Anwohnervereine"
    assert run.speaker is None or "Berger" not in run.speaker
    [first] = [s for s in doc.statements if "Straße" in s.content]
    assert first.speaker is not None and "Berger" in first.speaker
