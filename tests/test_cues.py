"""Statements print their cue as the phrase a reader would quote."""

from __future__ import annotations

import pytest

from lagebild.analysis import analyze
from lagebild.model import Article


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    """The cue phrases of the attribution rules, not which statements the learned decision after
    them keeps (tests/test_statement_model.py)."""
    monkeypatch.setenv("LAGEBILD_STATEMENT_MODEL", "0")


def cues(text: str) -> list[str]:
    return [s.cue for s in analyze(Article(id="t", text=text, published="2025-03-04")).statements]


@pytest.mark.parametrize("text, cue", [
    ("Das Innenministerium teilte am Montag mit, die Lage an der Grenze sei ruhig.", "teilte mit"),
    ("Die Regierung wies die Vorwürfe der Opposition am Dienstag entschieden zurück.", "wies zurück"),
    ("Der Bürgermeister kündigte an, die Schulen blieben bis Freitag geschlossen.", "kündigte an"),
    ("Nach ersten Erkenntnissen der Polizei Bremen wurde niemand verletzt.", "Nach ersten Erkenntnissen"),
    ("Nach Angaben von Innenminister Jan Kowal sind an der Grenze 40 Menschen festgenommen worden.", "Nach Angaben"),
    ("Landrat Peter Holm sprach am Abend von einer beispiellosen Katastrophe.", "sprach von"),
    ("„Wir bleiben hier, bis das Wasser sinkt“, fügte Bürgermeisterin Eva Roth am Abend hinzu.", "fügte hinzu"),
    # a compound keeps its head noun in lower case, and singular heads complete the cue too
    ("Nach Polizeiangaben wurden bei dem Brand in Kassel zwei Menschen verletzt.", "Nach Polizeiangaben"),
    ("Nach Schätzung des Roten Kreuzes sind in der Region 5.000 Menschen obdachlos.", "Nach Schätzung"),
    ("Nach Zählung der Vereinten Nationen leben im Lager Zaatari 3.000 Familien.", "Nach Zählung"),
])
def test_cue_phrases(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize("text, cue", [
    # the particle must close the cue's own clause: here "an" belongs to the reported clause
    ("Der Sprecher erklärte, die Rebellen griffen die Stadt erneut an.", "erklärte"),
    # a single-word verb cue with nothing to add stays as it is
    ("„Wir sind auf alles vorbereitet“, sagte Ministerin Anna Berg.", "sagte"),
    # the particle of a second, coordinated verb is not the first verb's
    ("Die Ministerin verurteilte den Anschlag und kündigte eine Untersuchung an.", "verurteilte"),
    # zufolge is no verb: a particle at the end of its sentence is not its own
    ("Dem Gouverneur zufolge griffen die Truppen das Dorf am Morgen an.", "zufolge"),
])
def test_cues_that_stay_one_word(text, cue):
    found = cues(text)
    assert cue in found or cue.capitalize() in found
    assert not any(c.endswith(" an") for c in found)


def test_cue_phrase_without_a_statement_around_it():
    from lagebild.analysis.cues import cue_phrase
    from lagebild.lang import load
    from lagebild.model import Span

    text = "Nach eigenen Angaben hat die Caritas 400 Familien versorgt."
    assert cue_phrase(text, "Nach", Span(0, 4), "preposition", load("de")) == "Nach eigenen Angaben"
    # a noun too far away does not complete the cue
    text = "Nach dem Ende der langen Sitzung gab es Angaben zu Opfern."
    assert cue_phrase(text, "Nach", Span(0, 4), "preposition", load("de")) == "Nach"
    # a lower-case word ending like a cue noun is no compound ("angaben" is a verb)
    text = "Nach dem Treffen angaben sie 30 Verletzte."
    assert cue_phrase(text, "Nach", Span(0, 4), "preposition", load("de")) == "Nach"

