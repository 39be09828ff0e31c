"""Counted quantities: numbers with qualifiers as intervals."""

from __future__ import annotations

import re

from lagebild.analysis.doc import Doc
from lagebild.model import Quantity, Span

NUMBER_RE = re.compile(
    r"(?:(?P<qual>etwa|rund|ca\.|mindestens|mehr als|über|bis zu|fast|knapp)\s+)?"
    r"(?P<low>\d{1,3}(?:\.\d{3})+|\d+)(?:\s+bis\s+(?P<high>\d{1,3}(?:\.\d{3})+|\d+))?"
)
QUALIFIERS = {"etwa": "about", "rund": "about", "ca.": "about", "fast": "about", "knapp": "about",
              "mindestens": "at_least", "mehr als": "at_least", "über": "at_least", "bis zu": "at_most"}


def _value(digits: str) -> float:
    return float(digits.replace(".", ""))


def find_quantities(doc: Doc) -> None:
    for match in NUMBER_RE.finditer(doc.text):
        low = _value(match.group("low"))
        if 1900 <= low <= 2100 and "." not in match.group("low"):
            continue
        high = _value(match.group("high")) if match.group("high") else low
        qualifier = "range" if match.group("high") else QUALIFIERS.get(match.group("qual") or "", "exact")
        if qualifier == "at_most":
            low = None
        elif qualifier == "at_least":
            high = None
        doc.quantities.append(Quantity(Span(match.start(), match.end()), match.group(), low, high, qualifier))
