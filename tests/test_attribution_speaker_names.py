"""Which name a speaker gets: words that stand for someone named before (an age, a role), on German
sentences written for these tests."""

from __future__ import annotations

from lagebild.analysis import attribution, entities, make_doc, sentences
from lagebild.analysis.doc import Doc
from lagebild.model import Article


def analyse(text: str) -> Doc:
    doc = make_doc(Article(id="t", text=text, language="de"))
    for step in (sentences.tokenize, sentences.split_sentences, entities.find_mentions, attribution.attribute):
        step(doc)
    return doc


def test_a_speaker_named_by_age_is_the_person_named_before():
    doc = analyse("Einsatzleiter Bernd Kolbeck war als Erster am Haus. "
                  "Seine Leute hätten zwölf Bewohner gerettet, sagte der 51-Jährige.")
    assert [s.speaker for s in doc.statements] == ["Bernd Kolbeck"]
    # with nobody named before, the age stays the speaker
    doc = analyse("Seine Leute hätten zwölf Bewohner gerettet, sagte der 51-Jährige.")
    assert [s.speaker for s in doc.statements] == ["51-Jährige"]
