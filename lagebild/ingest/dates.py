"""Publication dates as ISO prefixes: "2025", "2025-02" or "2025-02-14"."""

from __future__ import annotations

import re
from datetime import date

# An ISO prefix, optionally followed by a time of day and a zone (a full timestamp).
_ISO = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?"
)


def normalize_published(value: str) -> str:
    """An ISO date prefix for a publication date, or ValueError naming what is wrong.

    Accepts YYYY, YYYY-MM, YYYY-MM-DD and full ISO timestamps (the calendar date
    as written is kept; no time-zone conversion).
    """
    text = value.strip()
    match = _ISO.fullmatch(text)
    if not match:
        raise ValueError(f"invalid published date {value!r} (expected YYYY, YYYY-MM, YYYY-MM-DD or an ISO timestamp)")
    year, month, day = match.group("year", "month", "day")
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as error:
        raise ValueError(f"invalid published date {value!r} ({error})") from None
    return "-".join(part for part in (year, month, day) if part)
