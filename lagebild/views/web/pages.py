"""The HTML pages: server-rendered Jinja2 templates, every value escaped."""

from __future__ import annotations

from typing import Any, Optional
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from lagebild import __version__
from lagebild.model import MEASURES
from lagebild.picture.points import describe_value
from lagebild.views.charts import claim_dom_id, origin_colour, timeline_svg
from lagebild.views.report import statements_by_speaker
from lagebild.views.web.highlight import Annotation, highlight
from lagebild.views.web.params import Page, page_filters, site
from lagebild.views.web.site import Filters, Site, claim_anchor, distinct

router = APIRouter(include_in_schema=False)


def safe_url(url: str | None) -> str | None:
    """Only web links are clickable; anything else (javascript:, data:) stays text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def mark_query(text: str, query: str) -> Markup:
    """Escaped text with every case-insensitive occurrence of `query` in <mark>."""
    lowered, needle, out, position = text.lower(), query.lower(), [], 0
    while needle:
        found = lowered.find(needle, position)
        if found < 0:
            break
        out.append(f"{escape(text[position:found])}<mark>{escape(text[found:found + len(needle)])}</mark>")
        position = found + len(needle)
    out.append(str(escape(text[position:])))
    return Markup("".join(out))


def query_string(params: dict, **more: Any) -> str:
    """URL query of the non-empty parameters (escaped by the template when used in an attribute)."""
    return urlencode({k: str(v) for k, v in {**params, **more}.items() if v not in (None, "")})


def number(value: float | None) -> str:
    if value is None:
        return "open"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def environment() -> Environment:
    env = Environment(loader=ChoiceLoader([PackageLoader("lagebild.views.web", "templates"),
                                           PackageLoader("lagebild.views", "templates")]),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(timeline_svg=timeline_svg, claim_dom_id=claim_dom_id, origin_colour=origin_colour,
                       claim_anchor=claim_anchor, describe_value=describe_value, safe_url=safe_url,
                       version=__version__, measures=MEASURES, mark_query=mark_query,
                       query_string=query_string)
    env.filters.update(q=lambda value: quote(str(value), safe=""), qpath=lambda value: quote(str(value), safe="/"),
                       number=number)
    return env


ENV = environment()


def render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(ENV.get_template(name).render(**context), status_code=status_code)


def error_page(status_code: int, message: str, problems: list[str] | None = None) -> HTMLResponse:
    return render("error.html.j2", status_code=status_code, title=f"Error {status_code}", message=message,
                  problems=problems or [])


def _filter_choices(snapshot) -> dict[str, list[str]]:
    points = [p for t in snapshot.picture.tracks for p in t.points]
    return {"sources": distinct(p.origin for p in points),
            "places": distinct([p.location for p in points] + [p.region for p in points]),
            "stories": [(s.id, s.label) for s in snapshot.picture.story_list()]}


@router.get("/", response_class=HTMLResponse)
def overview(filters: Filters = Depends(page_filters), site: Site = Depends(site)) -> HTMLResponse:
    snapshot = site.snapshot()
    counts = {"articles": len(snapshot.articles), "claims": sum(a.get("claims") or 0 for a in snapshot.articles.values()),
              "statements": sum(a.get("statements") or 0 for a in snapshot.articles.values()),
              "stories": len(snapshot.picture.story_list()),
              "tracks": len(snapshot.picture.tracks), "conflicts": len(snapshot.picture.conflicts),
              "anomalies": len(snapshot.picture.anomalies)}
    return render("overview.html.j2", title="Lagebild", counts=counts, tracks=snapshot.tracks(filters),
                  filters=filters, choices=_filter_choices(snapshot), action="/")


@router.get("/tracks/{track_id:path}", response_class=HTMLResponse)
def track(track_id: str, site: Site = Depends(site)) -> HTMLResponse:
    snapshot = site.snapshot()
    found = snapshot.track(track_id)
    if found is None:
        raise HTTPException(404, detail=f"no track with id {track_id!r}")
    snapshot.preload(p.doc for p in found.points)
    return render("track.html.j2", title=found.label, track=found, evidence=snapshot)


@router.get("/claims", response_class=HTMLResponse)
def claims(filters: Filters = Depends(page_filters), page: Page = Depends(),
           site: Site = Depends(site)) -> HTMLResponse:
    snapshot = site.snapshot()
    envelope = page.envelope(site.claims(filters))
    return render("claims.html.j2", title="Claims", page=envelope, filters=filters,
                  choices=_filter_choices(snapshot), action="/claims")


@router.get("/articles", response_class=HTMLResponse)
def articles(page: Page = Depends(), site: Site = Depends(site)) -> HTMLResponse:
    rows = sorted(site.snapshot().articles.values(), key=lambda a: (a.get("published") or "", a["id"]), reverse=True)
    return render("articles.html.j2", title="Articles", page=page.envelope(rows),
                  stories=site.snapshot().picture.stories)


LAYER_RANKS = {"sentence": 0, "claim": 1, "cue": 2, "entity": 3, "number": 3, "time": 3}


def article_annotations(text: str, sentences, mentions, times, quantities, claims, statements) -> list[Annotation]:
    notes = [Annotation(s["start"], s["end"], LAYER_RANKS["sentence"], "span", "sent", anchor=f"s-{s['idx']}")
             for s in sentences]
    seen: set[str] = set()
    for c in claims:
        anchor = claim_anchor(c)
        figure = describe_value(c["low"], c["high"], c["qualifier"])
        label = f"{c['measure']}: {figure} · source {c['source'] or 'none'} · {c['certainty']}"
        notes.append(Annotation(c["start"], c["end"], LAYER_RANKS["claim"], "mark", f"claim {c['certainty']}",
                                (("data-claim", anchor), ("title", label)), anchor=None if anchor in seen else anchor))
        seen.add(anchor)
    for s in statements:
        if s.get("cue_start") is not None and s.get("cue_end") is not None:
            label = f"cue “{s['cue']}” · speaker {s['speaker'] or 'unnamed'} · {s['mode']}"
            notes.append(Annotation(s["cue_start"], s["cue_end"], LAYER_RANKS["cue"], "span", "hl cue",
                                    (("title", label),)))
    for m in mentions:
        label = f"{m['kind']}: {m['canonical']}" + (f" ({m['role']})" if m.get("role") else "")
        notes.append(Annotation(m["start"], m["end"], LAYER_RANKS["entity"], "span", f"hl ent {m['kind']}",
                                (("title", label),)))
    for q in quantities:
        notes.append(Annotation(q["start"], q["end"], LAYER_RANKS["number"], "span", "hl num",
                                (("title", f"number: {describe_value(q['low'], q['high'], q['qualifier'])}"),)))
    for t in times:
        notes.append(Annotation(t["start"], t["end"], LAYER_RANKS["time"], "span", "hl time",
                                (("title", f"time: {t['value'] or 'unresolved'}"),)))
    return notes


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article(article_id: str, site: Site = Depends(site)) -> HTMLResponse:
    store = site.store
    record = store.article(article_id)
    if record is None:
        raise HTTPException(404, detail=f"no article with id {article_id!r}")
    text = record["text"]
    layers = {"sentences": store.sentences(article_id), "mentions": store.mentions(article_id),
              "times": store.times(article_id), "quantities": store.quantities(article_id),
              "claims": store.claims(doc=article_id), "statements": store.statements(doc=article_id)}
    body = highlight(text, article_annotations(text, **layers))
    return render("article.html.j2", title=record.get("title") or record["id"], article=record, body=body,
                  **layers)


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts(page: Page = Depends(), site: Site = Depends(site)) -> HTMLResponse:
    snapshot = site.snapshot()
    envelope = page.envelope(snapshot.picture.conflicts)
    snapshot.preload(p.doc for c in envelope["items"] for p in c.points + c.against)
    return render("conflicts.html.j2", title="Contradictions", page=envelope, evidence=snapshot,
                  tracks={t.id for t in snapshot.picture.tracks}, picture=snapshot.picture)


@router.get("/anomalies", response_class=HTMLResponse)
def anomalies(page: Page = Depends(), site: Site = Depends(site)) -> HTMLResponse:
    snapshot = site.snapshot()
    envelope = page.envelope(snapshot.picture.anomalies)
    snapshot.preload(a.doc for a in envelope["items"])
    return render("anomalies.html.j2", title="Anomalies", page=envelope, evidence=snapshot,
                  tracks={t.id for t in snapshot.picture.tracks})


@router.get("/statements", response_class=HTMLResponse)
def statements(speaker: Optional[str] = Query(None, max_length=200), page: Page = Depends(),
               site: Site = Depends(site)) -> HTMLResponse:
    snapshot = site.snapshot()
    envelope = page.envelope(statements_by_speaker(site.store.statements(speaker=speaker or None)))
    for _, rows in envelope["items"]:
        for row in rows:
            row["sentence"] = snapshot.sentence_index(row["doc"], row["start"])
    return render("statements.html.j2", title="Statements by speaker", page=envelope, speaker=speaker or "")


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query("", max_length=200), page: Page = Depends(),
           site: Site = Depends(site)) -> HTMLResponse:
    query = q.strip()
    total, rows = site.search(query, page.limit, page.offset) if len(query) >= 2 else (0, [])
    return render("search.html.j2", title="Search", q=query, total=total, rows=rows, page=page,
                  too_short=0 < len(query) < 2)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    schema = request.app.openapi()
    components = schema.get("components", {}).get("schemas", {})
    endpoints = []
    for path, methods in schema.get("paths", {}).items():
        for method, operation in methods.items():
            endpoints.append({"method": method.upper(), "path": path, "summary": operation.get("summary", ""),
                              "parameters": [_parameter(p, components) for p in operation.get("parameters", [])]})
    return render("docs.html.j2", title="API", endpoints=endpoints)


def _parameter(parameter: dict, components: dict) -> dict:
    schema = parameter.get("schema", {})
    options = [components.get(o["$ref"].rsplit("/", 1)[-1], o) if "$ref" in o else o
               for o in schema.get("anyOf", [schema])]
    kinds = [o.get("format") or o.get("type") for o in options if o.get("type") != "null"]
    enum = next((o.get("enum") for o in options if o.get("enum")), None)
    return {"name": parameter["name"], "in": parameter.get("in"), "required": parameter.get("required", False),
            "type": ", ".join(k for k in kinds if k),
            "enum": enum, "description": parameter.get("description", ""),
            "limits": {k: schema[k] for k in ("minimum", "maximum", "minLength", "maxLength") if k in schema}}
