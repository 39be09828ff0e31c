"""Content constructions of reported speech the Wikinews quotation corpus counts (infinitive and
nominal complements, quotations nested in reported speech), on German sentences written for these tests."""

from __future__ import annotations

from lagebild.analysis import attribution, entities, make_doc, sentences
from lagebild.analysis.doc import Doc
from lagebild.model import Article


def analyse(text: str) -> Doc:
    doc = make_doc(Article(id="t", text=text, language="de"))
    for step in (sentences.tokenize, sentences.split_sentences, entities.find_mentions, attribution.attribute):
        step(doc)
    return doc


def contents(doc: Doc, mode: str | None = None) -> list[str]:
    return [s.content for s in doc.statements if mode is None or s.mode == mode]


def test_a_quotation_inside_a_carried_konjunktiv_sentence_is_part_of_it_and_a_statement_too():
    doc = analyse("Die Nachbarin sagte, sie kenne den Mann seit Jahren. Er sei „immer freundlich und ruhig“.")
    assert "Er sei „immer freundlich und ruhig“" in contents(doc, "indirect")
    assert "immer freundlich und ruhig" in contents(doc, "direct")
    assert {s.speaker for s in doc.statements} == {"Nachbarin"}


def test_a_quotation_standing_alone_after_a_statement_still_continues_it():
    doc = analyse("Die Nachbarin sagte, sie kenne den Mann seit Jahren. „Er war immer freundlich und ruhig.“")
    assert contents(doc, "direct") == ["Er war immer freundlich und ruhig."]
    assert len(doc.statements) == 2


def test_one_quoted_word_inside_reported_speech_is_a_direct_statement():
    doc = analyse("Der Sprecher der Feuerwehr sagte, die Lage am Deich bleibe „angespannt“.")
    assert contents(doc, "direct") == ["angespannt"]
    assert contents(doc, "indirect") == ["die Lage am Deich bleibe „angespannt“"]


def test_one_quoted_name_inside_reported_speech_stays_a_name():
    doc = analyse("Der Sprecher sagte, die Fähre „Nordstern“ liege weiter im Hafen.")
    assert contents(doc, "direct") == []
