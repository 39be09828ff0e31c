"""The self-contained HTML report: one file, no network, everything escaped."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timezone
from typing import Any, Iterable, Mapping

from jinja2 import Environment, PackageLoader, select_autoescape

from lagebild import __version__
from lagebild.picture import Picture
from lagebild.picture.points import Point
from lagebild.views.charts import claim_dom_id, origin_colour, timeline_svg
from lagebild.views.evidence import Snippet, snippet


def environment() -> Environment:
    env = Environment(loader=PackageLoader("lagebild.views", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(timeline_svg=timeline_svg, claim_dom_id=claim_dom_id, origin_colour=origin_colour)
    return env


class EvidenceFinder:
    """Sentences around spans of the stored articles."""

    def __init__(self, articles: Mapping[str, Mapping[str, Any]],
                 sentences: Mapping[str, list[tuple[int, int]]] | None = None) -> None:
        self.articles = articles
        self.sentences = sentences or {}

    def __call__(self, doc: str, start: int, end: int) -> Snippet:
        text = (self.articles.get(doc) or {}).get("text") or ""
        if not text:
            return Snippet("", "", "")
        return snippet(text, start, end, self.sentences.get(doc))

    def of(self, point: Point) -> Snippet:
        found = self(point.doc, point.start, point.end)
        # without the article's text (e.g. a Spark job's output) the evidence still shows
        return found if found.marked else Snippet("", point.evidence or "", "")


def continues_a_run(statement: Mapping[str, Any]) -> bool:
    """A later sentence of one run of reported speech: the lists mark it, so a reader sees it
    carries on the sentence before rather than being said apart."""
    run_start, start = statement.get("run_start"), statement.get("content_start")
    return run_start is not None and start is not None and run_start < start


def statements_by_speaker(statements: Iterable[Mapping[str, Any]]) -> list[tuple[str, list[Mapping[str, Any]]]]:
    grouped: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for statement in statements:
        grouped[statement.get("speaker") or "unnamed"].append({**statement, "continues": continues_a_run(statement)})
    return sorted(grouped.items(), key=lambda item: (-len(item[1]), item[0].lower()))


def render_report(picture: Picture, articles: Mapping[str, Mapping[str, Any]],
                  statements: Iterable[Mapping[str, Any]] = (),
                  sentences: Mapping[str, list[tuple[int, int]]] | None = None,
                  title: str = "Lagebild") -> str:
    template = environment().get_template("report.html.j2")
    return template.render(
        title=title, picture=picture, version=__version__,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        articles=sorted(articles.values(), key=lambda a: (a.get("published") or "", a.get("id"))),
        speakers=statements_by_speaker(statements), evidence=EvidenceFinder(articles, sentences),
    )


def report_from_store(store: Any, title: str = "Lagebild", settings: Any = None) -> str:
    """Render the report for everything in a store."""
    from lagebild.picture.records import picture_from_store

    articles = {a["id"]: store.article(a["id"]) for a in store.articles()}
    sentences = {doc: [(s["start"], s["end"]) for s in store.sentences(doc)] for doc in articles}
    picture = picture_from_store(store, settings)
    return render_report(picture, articles, store.statements(), sentences, title=title)
