"""The JSON API and the HTML pages over a real SQLite store filled with hand-made analyses.

Hand-made analyses keep these tests about the web layer, not about extraction.
"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.model import Analysis, Article, Claim, Mention, Quantity, Span, Statement, TimeRef
from lagebild.store import open_store
from lagebild.views.web import create_app
from lagebild.views.web.highlight import Annotation, highlight
from postgres_server import postgres_server  # noqa: F401  (fixture: a real PostgreSQL for the second run)

EVIL = '<script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a>'

TEXTS = {
    "a": "Laut dem Geheimdienst NIS wurden im Januar 300 Soldaten in Kursk getötet. Moskau dementierte das.",
    "b": "Kommandeure sprechen von etwa 4.000 getöteten Soldaten in Kursk. Die Lage bleibt unklar.",
    "c": f"Die Polizei nahm 25 Menschen fest. {EVIL} Weitere Angaben gab es nicht.",
}


def sentences_of(text: str) -> list[Span]:
    spans, start = [], 0
    for match in re.finditer(r"(?<=\.)\s+", text):
        spans.append(Span(start, match.start()))
        start = match.end()
    spans.append(Span(start, len(text)))
    return spans


def span_of(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start, start + len(piece))


def claim(doc, evidence, measure, low, high, qualifier, source, published, location="Kursk", certainty="reported"):
    text = TEXTS[doc]
    return Claim(doc=doc, measure=measure, evidence=span_of(text, evidence), evidence_text=evidence, low=low,
                 high=high, qualifier=qualifier, actor="North Korea", source=source, certainty=certainty,
                 location=location, time=published[:7])


def add(store, doc, published, outlet, claims, url=None, title=None):
    text = TEXTS[doc]
    article = Article(id=doc, text=text, published=published, outlet=outlet, language="de", url=url, title=title)
    analysis = Analysis(article=article, sentences=sentences_of(text), claims=claims)
    for c in claims:
        analysis.quantities.append(Quantity(c.evidence, c.evidence_text, c.low, c.high, c.qualifier))
    if "Kursk" in text:
        analysis.mentions.append(Mention(span_of(text, "Kursk"), "Kursk", "place", "Kursk"))
    if "Januar" in text:
        analysis.times.append(TimeRef(span_of(text, "Januar"), "Januar", "2025-01", "month"))
    if "Laut" in text:
        cue = span_of(text, "Laut")
        analysis.statements.append(Statement(doc=doc, span=sentences_of(text)[0], speaker="NIS",
                                             speaker_span=span_of(text, "NIS"), content_span=sentences_of(text)[0],
                                             content=text[sentences_of(text)[0].start:sentences_of(text)[0].end],
                                             kind="org", cue="laut", cue_span=cue))
    store.add(article, analysis)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def client(request, tmp_path_factory):
    if request.param == "sqlite":
        db = tmp_path_factory.mktemp("web") / "web.db"
    else:
        db = request.getfixturevalue("postgres_server").new_database()
    store = open_store(db)
    add(store, "a", "2025-01-20", "Outlet A", [claim("a", "300 Soldaten", "killed", 300, 300, "exact", "NIS", "2025-01-20")])
    add(store, "b", "2025-01-25", "Outlet B",
        [claim("b", "etwa 4.000 getöteten Soldaten", "killed", 4000, 4000, "about", "Ukrainian commanders", "2025-01-25")])
    add(store, "c", "2025-03-02", EVIL, [claim("c", "25 Menschen", "arrested", 25, 25, "exact", "police", "2025-03-02",
                                              location="Musterstadt", certainty="asserted")],
        url="javascript:alert(4)", title=EVIL)
    with TestClient(create_app(store)) as test_client:
        yield test_client
    store.close()


def items(response):
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_articles_list_and_one_article_with_its_analysis(client):
    listed = items(client.get("/api/articles"))
    assert {a["id"] for a in listed} == {"a", "b", "c"}
    assert all("text" not in a for a in listed)
    one = client.get("/api/articles/a").json()
    assert one["text"] == TEXTS["a"]
    assert one["sentences"][0]["text"].startswith("Laut dem Geheimdienst NIS")
    assert [m["canonical"] for m in one["mentions"]] == ["Kursk"]
    assert one["times"][0]["value"] == "2025-01"
    assert one["quantities"][0]["text"] == "300 Soldaten"
    assert one["claims"][0]["evidence"] == "300 Soldaten"
    assert one["statements"][0]["speaker"] == "NIS"


def test_claims_filters_and_pagination(client):
    assert len(items(client.get("/api/claims"))) == 3
    assert [c["doc"] for c in items(client.get("/api/claims?measure=killed"))] == ["a", "b"]
    assert [c["doc"] for c in items(client.get("/api/claims?source=nis"))] == ["a"]
    assert [c["doc"] for c in items(client.get("/api/claims?location=Musterstadt"))] == ["c"]
    assert [c["doc"] for c in items(client.get("/api/claims?actor=north%20korea&doc=b"))] == ["b"]
    assert [c["doc"] for c in items(client.get("/api/claims?date_from=2025-02-01"))] == ["c"]
    assert [c["doc"] for c in items(client.get("/api/claims?date_to=2025-01-31"))] == ["a", "b"]
    assert all(c["claim"].startswith("claim-") for c in items(client.get("/api/claims")))
    page = client.get("/api/claims?limit=2&offset=2").json()
    assert page["total"] == 3 and page["limit"] == 2 and [c["doc"] for c in page["items"]] == ["c"]
    assert items(client.get("/api/claims?measure=")) == items(client.get("/api/claims"))  # empty = not given


def test_statements_tracks_conflicts_anomalies_search(client):
    assert [s["speaker"] for s in items(client.get("/api/statements?speaker=nis"))] == ["NIS"]
    assert items(client.get("/api/statements?mode=direct")) == []
    tracks = items(client.get("/api/tracks"))
    killed = next(t for t in tracks if t["measure"] == "killed")
    assert killed["claims"] == 2 and killed["origins"] == 2
    assert [t["measure"] for t in items(client.get("/api/tracks?measure=arrested"))] == ["arrested"]
    assert items(client.get("/api/tracks?place=Nowhere")) == []
    one = client.get(f"/api/tracks/{killed['track']}").json()
    assert [p["evidence"] for p in one["points"]] == ["300 Soldaten", "etwa 4.000 getöteten Soldaten"]
    assert all(p["claim"].startswith("claim-") for p in one["points"])
    conflicts = items(client.get("/api/conflicts"))
    assert conflicts and conflicts[0]["points"][0]["evidence"] in ("300 Soldaten", "etwa 4.000 getöteten Soldaten")
    assert isinstance(items(client.get("/api/anomalies")), list)
    found = client.get("/api/search?q=lage%20BLEIBT").json()
    assert found["total"] == 1 and found["items"][0]["doc"] == "b" and found["items"][0]["idx"] == 1
    assert client.get("/api/search?q=100%25").json()["total"] == 0  # % is literal, not a wildcard


@pytest.mark.parametrize("url, status", [
    ("/api/claims?measure=bogus", 422), ("/api/claims?limit=-1", 422), ("/api/claims?limit=0", 422),
    ("/api/claims?limit=abc", 422), ("/api/claims?offset=-5", 422), ("/api/claims?date_from=2025-13-01", 422),
    ("/api/claims?date_to=yesterday", 422), ("/api/claims?date_from=2025-03-01&date_to=2025-01-01", 400),
    ("/api/claims?limit=100000", 422), ("/api/articles?limit=-1", 422), ("/api/articles/nope", 404),
    ("/api/statements?mode=shouted", 422), ("/api/statements?offset=x", 422), ("/api/tracks?measure=x", 422),
    ("/api/tracks?date_from=2025-02-30", 422), ("/api/tracks/no/such/track", 404), ("/api/conflicts?limit=-1", 422),
    ("/api/anomalies?offset=-1", 422), ("/api/search", 422), ("/api/search?q=a", 422),
    ("/api/search?q=ok&limit=0", 422), ("/api/nothing-here", 404),
    ("/?measure=bogus", 422), ("/?date_from=2025-99-01", 422), ("/claims?limit=-3", 422),
    ("/tracks/no/such", 404), ("/articles/nope", 404), ("/search?q=ok&offset=-1", 422),
    ("/api/articles/a%00", 400), ("/api/claims?source=%00", 400), ("/search?q=a%00b", 400),
    ("/api/search?q=%ff%fe", 200), ("/api/claims?offset=99999999999", 200),
])
def test_bad_parameters_give_a_clear_4xx(client, url, status):
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["x-content-type-options"] == "nosniff"
    if status == 200:
        assert "items" in response.json()
    elif url.startswith("/api"):
        assert response.json()["detail"]
    else:
        assert response.headers["content-type"].startswith("text/html")


def test_openapi_and_docs(client):
    schema = client.get("/openapi.json").json()
    assert {"/api/claims", "/api/tracks/{track_id}", "/api/search"} <= set(schema["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/claims" in docs.text and "killed_or_wounded" in docs.text


@pytest.mark.parametrize("url", ["/", "/claims", "/articles", "/articles/c", "/conflicts", "/anomalies",
                                 "/statements", "/search?q=Polizei", "/docs", "/api/claims", "/static/web.js",
                                 "/nope"])
def test_security_headers_on_every_response(client, url):
    headers = client.get(url).headers
    policy = headers["content-security-policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
    assert headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("url", ["/", "/claims", "/articles", "/articles/c", "/statements", "/search?q=Polizei",
                                 f"/search?q={EVIL[:25]}"])
def test_article_html_is_escaped_and_pages_load_nothing_external(client, url):
    html = client.get(url).text
    assert "<script>alert" not in html and "<img src=x" not in html and 'href="javascript:' not in html
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assert "<script>" not in html  # scripts only come from /static
    assert re.findall(r'<script src="([^"]+)"', html) and all(
        s.startswith("/static/") for s in re.findall(r'<script src="([^"]+)"', html))


def test_article_page_highlights_claims_entities_times_and_cues(client):
    html = client.get("/articles/a").text
    marks = re.findall(r'<mark class="claim[^"]*" id="(claim-[0-9a-f]+)"[^>]*>(.*?)</mark>', html)
    assert [re.sub("<[^>]+>", "", inner) for _, inner in marks] == ["300 Soldaten"]
    assert f'href="#{marks[0][0]}"' in html  # the claims table links to the highlighted span
    assert re.search(r'<span class="hl ent place"[^>]*>Kursk</span>', html)
    assert re.search(r'<span class="hl time"[^>]*>Januar</span>', html)
    assert re.search(r'<span class="hl cue"[^>]*>Laut</span>', html)
    assert 'id="s-0"' in html and 'id="s-1"' in html
    hostile = client.get("/articles/c").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in hostile
    assert "javascript:alert(4)" in hostile and 'href="javascript' not in hostile


def test_overview_and_claims_pages_filter(client):
    overview = client.get("/").text
    assert "killed · North Korea · Russia" in overview or "killed · North Korea · Kursk" in overview
    assert 'href="/tracks/killed/' in overview
    only_arrests = client.get("/?measure=arrested").text
    assert "/tracks/arrested/" in only_arrests and "/tracks/killed/" not in only_arrests
    first = client.get("/claims?limit=2").text
    assert 'rel="next" href="?limit=2&amp;offset=2"' in first and "1–2 of 3" in first
    assert 'rel="prev" href="?measure=killed&amp;limit=1&amp;offset=0"' in client.get(
        "/claims?measure=killed&limit=1&offset=1").text
    assert "1–1 of 3" in client.get("/articles?limit=1").text
    speakers = client.get("/statements?limit=1").text
    assert "<b>NIS</b>" in speakers and "1–1 of" not in speakers  # one speaker only: no pager
    by_source = client.get("/claims?source=police").text
    assert "25 Menschen" in by_source and "300 Soldaten" not in by_source
    by_place = client.get("/claims?place=Kursk").text
    assert "etwa 4.000" in by_place and "300 Soldaten" in by_place and "25 Menschen" not in by_place
    assert "No claims." in client.get("/claims?place=Kursk&date_from=2025-02-01").text


def test_track_page_has_chart_marks_with_evidence_rows(client):
    track_id = next(t["track"] for t in items(client.get("/api/tracks")) if t["measure"] == "killed")
    html = client.get(f"/tracks/{track_id}").text
    marks = re.findall(r'<g class="mark [^"]*" data-claim="(claim-[0-9a-f]+)"', html)
    assert len(marks) == 2
    for mark in marks:
        assert f'<tr id="{mark}"' in html
        assert f'/articles/a#{mark}' in html or f'/articles/b#{mark}' in html
    assert '<script src="/static/report.js">' in html


def test_search_page_links_to_the_sentence(client):
    html = client.get("/search?q=dementierte").text
    assert 'href="/articles/a#s-1"' in html and "<mark>dementierte</mark>" in html


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab<&\"' ", max_size=30),
       st.lists(st.tuples(st.integers(0, 35), st.integers(0, 35), st.integers(0, 3)), max_size=8))
def test_any_highlights_are_well_formed_and_keep_the_text(text, spans):
    import html as html_module
    from html.parser import HTMLParser

    notes = [Annotation(min(a, b), max(a, b), rank, "mark" if rank == 1 else "span", f"r{rank}", anchor=f"n{i}")
             for i, (a, b, rank) in enumerate(spans)]
    rendered = str(highlight(text, notes))

    class Checker(HTMLParser):
        def __init__(self):
            super().__init__()
            self.stack, self.text, self.ids = [], [], []

        def handle_starttag(self, tag, attrs):
            self.stack.append(tag)
            self.ids += [v for k, v in attrs if k == "id"]

        def handle_endtag(self, tag):
            assert self.stack and self.stack.pop() == tag

        def handle_data(self, data):
            self.text.append(data)

    checker = Checker()
    checker.feed(rendered)
    checker.close()
    assert checker.stack == []
    assert html_module.unescape("".join(checker.text)) == text
    assert len(checker.ids) == len(set(checker.ids))  # an id only on the first piece


def test_crossing_highlights_stay_well_formed_and_escaped():
    text = "ab <c> de"
    html = highlight(text, [Annotation(0, 5, 1, "mark", "claim", (("data-claim", "x"),), anchor="x"),
                            Annotation(3, 9, 3, "span", "hl ent"), Annotation(0, 9, 0, "span", "sent", anchor="s-0")])
    assert str(html) == ('<span class="sent" id="s-0"><mark class="claim" id="x" data-claim="x">ab '
                         '<span class="hl ent">&lt;c</span></mark><span class="hl ent">&gt; de</span></span>')
    assert re.sub("<[^>]+>", "", str(html)) == "ab &lt;c&gt; de"


def test_serve_command_serves_the_api_on_localhost(tmp_path):
    import socket
    import subprocess
    import sys
    import time

    import httpx

    store = open_store(tmp_path / "serve.db")
    add(store, "a", "2025-01-20", "Outlet A", [claim("a", "300 Soldaten", "killed", 300, 300, "exact", "NIS", "2025-01-20")])
    store.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-c", "from lagebild.cli import main; main()", "serve",
                               "--db", str(tmp_path / "serve.db"), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/articles", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert [a["id"] for a in response.json()["items"]] == ["a"]
        assert response.headers["x-content-type-options"] == "nosniff"
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_refuses_a_missing_database(tmp_path):
    from typer.testing import CliRunner

    from lagebild.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "none.db" in result.output


def test_stories_in_the_api_and_the_pages(client):
    stories = items(client.get("/api/stories"))
    by_doc = {doc: s["story"] for s in stories for doc in s["docs"]}
    # a and b report the same fighting at Kursk five days apart; c is a police report
    assert by_doc["a"] == by_doc["b"] != by_doc["c"]
    kursk = next(s for s in stories if "a" in s["docs"])
    assert "Kursk" in kursk["label"] and kursk["articles"] == 2 and kursk["claims"] == 2
    killed = next(t for t in items(client.get("/api/tracks")) if t["measure"] == "killed")
    assert killed["story"] == kursk["story"] and killed["story_label"] == kursk["label"]
    assert all(c["story"] == kursk["story"] for c in items(client.get("/api/conflicts")))
    overview = client.get("/").text
    assert f"{len(stories)} stories" in overview and kursk["label"] in overview
    assert kursk["label"] in client.get("/articles").text
    assert f"story: {kursk['label']}" in client.get("/conflicts").text


def test_filter_by_story(client):
    stories = items(client.get("/api/stories"))
    kursk = next(s for s in stories if "a" in s["docs"])
    police = next(s for s in stories if "c" in s["docs"])
    tracks = items(client.get(f"/api/tracks?story={kursk['story']}"))
    assert tracks and {t["story"] for t in tracks} == {kursk["story"]}
    assert {c["doc"] for c in items(client.get(f"/api/claims?story={kursk['story']}"))} == {"a", "b"}
    assert {c["doc"] for c in items(client.get(f"/api/claims?story={police['story']}"))} == {"c"}
    assert items(client.get("/api/tracks?story=s-nothing")) == []
    page = client.get(f"/?story={kursk['story']}").text
    assert "killed" in page and "arrested" not in page.split('id="tracks"')[1]
    assert f'<option value="{kursk["story"]}" selected>' in page
