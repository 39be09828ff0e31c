"""Query parameters shared by the pages and the API, validated by FastAPI (bad ones give 4xx)."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Optional

from fastapi import HTTPException, Query, Request

from lagebild.model import MEASURES
from lagebild.views.web.site import Filters, Site

MeasureName = Enum("MeasureName", [(m, m) for m in MEASURES], type=str)

MAX_LIMIT = 1000


def site(request: Request) -> Site:
    return request.app.state.site


def page_filters(
    measure: Optional[MeasureName] = Query(None, description="Only this measure."),
    source: Optional[str] = Query(None, max_length=200, description="Only figures from this source or origin."),
    place: Optional[str] = Query(None, max_length=200, description="Only figures about this location or region."),
    date_from: Optional[date] = Query(None, description="Only figures about days on or after this date (YYYY-MM-DD)."),
    date_to: Optional[date] = Query(None, description="Only figures about days on or before this date (YYYY-MM-DD)."),
    story: Optional[str] = Query(None, max_length=200, description="Only figures of this story (id, see /api/stories)."),
) -> Filters:
    if date_from and date_to and date_from > date_to:
        raise HTTPException(400, detail=f"date_from {date_from} is after date_to {date_to}")
    return Filters(measure=measure.value if measure else None, source=source or None, place=place or None,
                   date_from=date_from, date_to=date_to, story=story or None)


class Page:
    """limit/offset pagination."""

    def __init__(self, limit: int = Query(100, ge=1, le=MAX_LIMIT, description="How many items at most."),
                 offset: int = Query(0, ge=0, description="How many items to skip.")) -> None:
        self.limit, self.offset = limit, offset

    def envelope(self, items: list) -> dict:
        return {"total": len(items), "limit": self.limit, "offset": self.offset,
                "items": items[self.offset:self.offset + self.limit]}
