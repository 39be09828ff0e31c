"""Interviews: in a question-and-answer piece the answers are the interviewee's direct speech.

An interview names its interviewee before an answer ("Elena Trajkovska: Angespannt. ...",
"Moretti: ..."), and questions and answers take turns paragraph by paragraph; later answers
often go without the name. No verb of saying frames these sentences, so the attribution step
finds no speaker in them ("wir" names nobody outside a quotation). Each answer sentence that
tells a figure becomes a direct statement of the interviewee, as our gold counts them.

The credit lines that end an interview ("Das Gespräch führte ...") are `interview_credits` in
``lang/<code>/attribution.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lagebild.analysis.doc import Doc
from lagebild.model import Mention, Span, Statement

# "Elena Trajkovska: ", "Moretti: ", "DW: ": a speaker label of up to four words opening a paragraph
LABEL_RE = re.compile(r"([A-ZÄÖÜ][\w.'’-]*(?: [A-ZÄÖÜ][\w.'’-]*){0,3}):[ \t]+(?=\S)")
LINE_RE = re.compile(r"[^\n]*\S[^\n]*")
MIN_ANSWERS = 2  # a single "Name: ..." paragraph is a quotation in a report, no interview
SENTENCE_END = ".!?"


@dataclass(frozen=True, slots=True)
class Paragraph:
    label: str | None  # the speaker label it opens with
    body: Span  # the paragraph after its label
    asks: bool  # it ends with a question mark


def _paragraphs(text: str) -> list[Paragraph]:
    found = []
    for line in LINE_RE.finditer(text):
        start, end = line.start(), line.end()
        while text[start].isspace():
            start += 1
        while text[end - 1].isspace():
            end -= 1
        label = LABEL_RE.match(text, start, end)
        found.append(Paragraph(label.group(1) if label else None, Span(label.end() if label else start, end),
                               text[end - 1] == "?"))
    return found


def _names(label: str, person: Mention) -> bool:
    """A label names a person by the whole name or its last word ("Moretti" for "Carla Moretti")."""
    words, name = label.split(), person.text.split()
    return words == name or (len(words) == 1 and bool(name) and name[-1] == words[0])


def _interviewee(paragraphs: list[Paragraph], people: list[Mention]) -> tuple[int, Mention] | None:
    """The first paragraph labelled with a person's name, and that person."""
    for i, paragraph in enumerate(paragraphs):
        if paragraph.label is None:
            continue
        person = next((p for p in people if _names(paragraph.label, p)), None)
        if person is not None:
            return i, person
    return None


def _full_name(doc: Doc, label: str, person: Mention, before: int) -> str:
    """The interviewee's name as the text first writes it in full: the recogniser may know only the label's
    "Frau Herrera" when "Lucía Herrera leitet ..." opens the piece; a title ("Frau", "Dr.") is no first name."""
    if len(label.split()) > 1 or len(person.text.split()) > 1:
        return person.canonical
    titles = {t.rstrip(".") for t in doc.data.get("roles", {}).get("titles", ())}
    for match in re.finditer(r"\b([A-ZÄÖÜ][\w'’-]+) " + re.escape(label) + r"\b", doc.text[:before]):
        if match.group(1).rstrip(".") not in titles:
            return f"{match.group(1)} {label}"
    return person.canonical


def answers(doc: Doc) -> tuple[Mention, list[Span]] | None:
    """The interviewee and the bodies of the answer paragraphs, or None when the text is no interview: from the
    interviewee's first labelled answer on, a paragraph with the interviewee's label answers, one with another
    label asks, an unlabelled one takes the other turn than the paragraph before; a credit line ends it. An
    interview has at least two answers and a question mark in a question."""
    text = doc.text
    people = [m for m in doc.mentions if m.kind == "person"]
    paragraphs = _paragraphs(text)
    found = _interviewee(paragraphs, people) if people else None
    if found is None:
        return None
    first, person = found
    credits = tuple(doc.data.get("attribution", {}).get("interview_credits", ()))
    bodies: list[Span] = []
    asked = False
    answering = False
    for paragraph in paragraphs[first:]:
        if text.startswith(credits, paragraph.body.start) if credits else False:
            break
        answering = _names(paragraph.label, person) if paragraph.label is not None else not answering
        if answering:
            bodies.append(paragraph.body)
        else:
            asked = asked or paragraph.asks
    if len(bodies) < MIN_ANSWERS or not asked:
        return None
    return person, bodies


def interview_statements(doc: Doc) -> list[Statement]:
    """Direct statements of the interviewee, one for each answer sentence that tells a figure."""
    found = answers(doc)
    if found is None:
        return []
    person, bodies = found
    text = doc.text
    name = _full_name(doc, text[person.span.start:person.span.end], person, bodies[0].start)
    statements = []
    for body in bodies:
        for sentence in doc.sentences:
            start, end = max(sentence.start, body.start), min(sentence.end, body.end)
            if end - start < 2 or not any(start <= q.span.start and q.span.end <= end for q in doc.quantities):
                continue
            while end > start and (text[end - 1] in SENTENCE_END or text[end - 1].isspace()):
                end -= 1
            content = Span(start, end)
            statements.append(Statement(
                doc=doc.article.id, span=content, speaker=name, speaker_span=person.span,
                content_span=content, content=text[start:end], kind="person", role=person.role, mode="direct"))
    return statements
