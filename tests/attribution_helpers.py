"""Run German test sentences through the steps attribution needs and read statements' spans."""

from __future__ import annotations

from lagebild.analysis import attribution, entities, make_doc, sentences
from lagebild.analysis.doc import Doc
from lagebild.model import Article, Statement


def analyse(text: str) -> Doc:
    doc = make_doc(Article(id="t", text=text, language="de"))
    for step in (sentences.tokenize, sentences.split_sentences, entities.find_mentions, attribution.attribute):
        step(doc)
    for statement in doc.statements:  # every span is exact
        assert statement.content == text[statement.content_span.start:statement.content_span.end]
        assert statement.span.contains(statement.content_span) or statement.span.overlaps(statement.content_span)
    return doc


def speaker_text(doc: Doc, statement: Statement) -> str:
    return doc.text[statement.speaker_span.start:statement.speaker_span.end]
