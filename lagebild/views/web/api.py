"""The JSON API under /api: the same data as the pages, for scripts and other tools."""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any, Optional

from fastapi import APIRouter, Depends, HTTPException, Query

from lagebild.picture.records import point_row, story_row, track_row
from lagebild.views.charts import claim_dom_id
from lagebild.views.web.params import MeasureName, Page, page_filters, site
from lagebild.views.web.site import Filters, Site, anomaly_record, claim_anchor, conflict_record

router = APIRouter(prefix="/api", tags=["api"])


class Mode(str, Enum):
    direct = "direct"
    indirect = "indirect"


def _article_or_404(site: Site, article_id: str) -> dict[str, Any]:
    article = site.store.article(article_id)
    if article is None:
        raise HTTPException(404, detail=f"no article with id {article_id!r}")
    return article


@router.get("/articles", summary="Stored articles (without text), oldest first")
def articles(page: Page = Depends(), site: Site = Depends(site)) -> dict:
    return page.envelope(site.store.articles())


@router.get("/articles/{article_id:path}", summary="One article with its text and full analysis")
def article(article_id: str, site: Site = Depends(site)) -> dict:
    record = _article_or_404(site, article_id)
    text = record["text"]
    store = site.store
    return {
        **record,
        "sentences": [{**s, "text": text[s["start"]:s["end"]]} for s in store.sentences(article_id)],
        "mentions": store.mentions(article_id), "times": store.times(article_id),
        "quantities": store.quantities(article_id),
        "claims": store.claims(doc=article_id), "statements": store.statements(doc=article_id),
    }


@router.get("/claims", summary="Claims, filtered and paginated")
def claims(
    measure: Optional[MeasureName] = Query(None), source: Optional[str] = Query(None, max_length=200),
    actor: Optional[str] = Query(None, max_length=200), location: Optional[str] = Query(None, max_length=200),
    doc: Optional[str] = Query(None, max_length=255),
    date_from: Optional[date] = Query(None, description="Claims about days on or after (YYYY-MM-DD)."),
    date_to: Optional[date] = Query(None, description="Claims about days on or before (YYYY-MM-DD)."),
    story: Optional[str] = Query(None, max_length=200, description="Claims of this story (id, see /api/stories)."),
    page: Page = Depends(), site: Site = Depends(site),
) -> dict:
    filters = page_filters(measure=measure, source=None, place=None, date_from=date_from, date_to=date_to,
                           story=story)
    envelope = page.envelope(site.claims(filters, source=source, actor=actor, location=location, doc=doc))
    for row in envelope["items"]:
        row["claim"] = claim_anchor(row)
    return envelope


@router.get("/statements", summary="Attributed statements, filtered and paginated")
def statements(
    speaker: Optional[str] = Query(None, max_length=200), cue: Optional[str] = Query(None, max_length=100),
    mode: Optional[Mode] = Query(None), doc: Optional[str] = Query(None, max_length=255),
    page: Page = Depends(), site: Site = Depends(site),
) -> dict:
    rows = site.store.statements(speaker=speaker, cue=cue, mode=mode.value if mode else None, doc=doc)
    return page.envelope(rows)


@router.get("/stories", summary="Stories (events): the groups of articles whose figures are compared")
def stories(page: Page = Depends(), site: Site = Depends(site)) -> dict:
    picture = site.snapshot().picture
    return page.envelope([story_row(s, picture) for s in picture.story_list()])


@router.get("/tracks", summary="Tracked figures with their current reading (low / best / high)")
def tracks(filters: Filters = Depends(page_filters), page: Page = Depends(), site: Site = Depends(site)) -> dict:
    return page.envelope([track_row(t) for t in site.snapshot().tracks(filters)])


@router.get("/tracks/{track_id:path}", summary="One track with every point in time order")
def track(track_id: str, site: Site = Depends(site)) -> dict:
    found = site.snapshot().track(track_id)
    if found is None:
        raise HTTPException(404, detail=f"no track with id {track_id!r}")
    return {**track_row(found), "points": [{**point_row(p), "claim": claim_dom_id(p)} for p in found.points]}


@router.get("/conflicts", summary="Contradictions, each with the evidence of both sides")
def conflicts(page: Page = Depends(), site: Site = Depends(site)) -> dict:
    return page.envelope([conflict_record(c) for c in site.snapshot().picture.conflicts])


@router.get("/anomalies", summary="Forecasts dated in the past, jumps, revisions")
def anomalies(page: Page = Depends(), site: Site = Depends(site)) -> dict:
    return page.envelope([anomaly_record(a) for a in site.snapshot().picture.anomalies])


@router.get("/search", summary="Sentences containing a text (case-insensitive)")
def search(q: str = Query(..., min_length=2, max_length=200, description="Text to look for."),
           page: Page = Depends(), site: Site = Depends(site)) -> dict:
    total, rows = site.search(q, page.limit, page.offset)
    return {"total": total, "limit": page.limit, "offset": page.offset, "items": rows}
