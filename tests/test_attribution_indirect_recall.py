"""Indirect quotations the rules used to miss (constructions counted on the Wikinews train split), on German
sentences written for these tests."""

from __future__ import annotations

from attribution_helpers import analyse, speaker_text


def test_noun_of_saying_without_a_named_speaker_reports_its_clause():
    doc = analyse("Der erste Plan, eine neue Brücke zu bauen, wurde im Stadtrat verworfen.")
    [statement] = doc.statements
    assert statement.content == "eine neue Brücke zu bauen"
    assert statement.speaker is None and speaker_text(doc, statement) == "Der erste Plan"
    # a genitive owner stands for the source even when no list knows it
    doc = analyse("Die Bauarbeiten begannen trotz einer Warnung der Anwohner, dass der Hang rutschen könne.")
    [statement] = doc.statements
    assert statement.content == "der Hang rutschen könne"
    assert speaker_text(doc, statement) == "der Anwohner"


def test_noun_of_saying_inside_reported_speech_stays_part_of_it():
    doc = analyse("Der Bürgermeister Karl Huber sagte, man suche weiter. "
                  "Die Hoffnung, noch Überlebende zu finden, schwinde aber.")
    assert not any(s.cue == "Hoffnung" for s in doc.statements), [(s.cue, s.content) for s in doc.statements]
    [run] = [s for s in doc.statements if "Überlebende" in s.content]
    assert run.speaker is not None and "Huber" in run.speaker


def test_according_relative_with_no_named_source_stands_for_it():
    doc = analyse("Die Familie kehrte später zur ersten Darstellung zurück, wonach ein Kurzschluss das Feuer "
                  "verursacht habe.")
    [statement] = doc.statements
    assert statement.content == "ein Kurzschluss das Feuer verursacht habe"
    assert statement.speaker is None and speaker_text(doc, statement) == "wonach"
    doc = analyse("Im Dorf gibt es Gerüchte, nach denen der Bürgermeister zurücktreten wolle.")
    [statement] = doc.statements
    assert speaker_text(doc, statement) == "nach denen"
    # a singular relative after "nach" is mostly a time, not a source
    doc = analyse("Es folgte eine lange Pause, nach der sich kaum etwas ereignete.")
    assert not doc.statements, [s.content for s in doc.statements]
    # within a run of reported speech the relative word gives way to the run's speaker
    doc = analyse("Die Bahn teilte mit, man prüfe den Vorfall. "
                  "Die Bahn wies Berichte zurück, wonach kein Personal im Zug gewesen sei.")
    [run] = [s for s in doc.statements if "Personal" in s.content]
    assert run.speaker == "Bahn" and run.cue != "wonach"


def test_a_law_or_draft_after_nach_is_the_source_of_its_clause():
    doc = analyse("Nach der Verfassung muss der Präsident alle fünf Jahre neu gewählt werden.")
    [statement] = doc.statements
    assert statement.content.startswith("muss der Präsident") and speaker_text(doc, statement) == "der Verfassung"
    doc = analyse("Nach dem Gesetzentwurf der Regierung sollen die Schulen mehr Geld erhalten.")
    [statement] = doc.statements
    assert "Schulen" in statement.content and "Regierung" in speaker_text(doc, statement)
