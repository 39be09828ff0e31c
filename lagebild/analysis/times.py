"""Time expressions resolved to ISO intervals."""

from __future__ import annotations

import re

from lagebild.analysis.doc import Doc
from lagebild.model import Span, TimeRef

MONTHS = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
          "september", "oktober", "november", "dezember"]
MONTH_YEAR_RE = re.compile(r"\b(?:(?P<month>" + "|".join(MONTHS) + r")\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)


def find_times(doc: Doc) -> None:
    for match in MONTH_YEAR_RE.finditer(doc.text):
        year = match.group("year")
        if match.group("month"):
            month = MONTHS.index(match.group("month").lower()) + 1
            value, precision = f"{year}-{month:02d}", "month"
        else:
            value, precision = year, "year"
        doc.times.append(TimeRef(Span(match.start(), match.end()), match.group(), value, precision))
