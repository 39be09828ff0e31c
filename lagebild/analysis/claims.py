"""Claims: a counted quantity, what it counts, and everything known about it."""

from __future__ import annotations

import re

from lagebild.analysis.doc import Doc
from lagebild.model import Claim, Span

MEASURE_WORDS = {
    "troops": r"Soldat\w*|Truppe\w*",
    "killed": r"getötet|Tote\w*",
    "wounded": r"verwundet|verletzt|Verletzte\w*",
}


def build_claims(doc: Doc) -> None:
    text = doc.text
    for quantity in doc.quantities:
        window = text[quantity.span.end:quantity.span.end + 40]
        for measure, pattern in MEASURE_WORDS.items():
            found = re.search(pattern, window)
            if found:
                end = quantity.span.end + found.end()
                span = Span(quantity.span.start, end)
                doc.claims.append(Claim(
                    doc=doc.article.id, measure=measure, evidence=span, evidence_text=span.text(text),
                    low=quantity.low, high=quantity.high, qualifier=quantity.qualifier,
                    sentence=doc.sentence_of(span),
                ))
                break
