"""The web UI in a real browser (Debian's Chromium through Playwright) against a real server.

The database is the bundled demo corpus plus one hostile article whose text,
title and outlet carry HTML and script; no dialog may ever open, and the text
must show literally, in the web UI and in the self-contained report.
Screenshots go to test-artifacts/ for a human look.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("no Chromium at /usr/bin/chromium (scripts/system-deps.sh installs it)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")

import uvicorn  # noqa: E402

from lagebild.analysis import analyze  # noqa: E402
from lagebild.demo import corpus_path  # noqa: E402
from lagebild.ingest.pipeline import ingest_paths  # noqa: E402
from lagebild.model import Article  # noqa: E402
from lagebild.store import open_store  # noqa: E402
from lagebild.views.web import create_app  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
EVIL = '<script>alert(1)</script> <img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a>'
HOSTILE = Article(
    id="hostile-article", published="2025-05-03", outlet="Böse <b>Post</b>", url="javascript:alert(4)",
    title=f"{EVIL} Festnahmen", language="de",
    text=(f"Nach Angaben der Polizei wurden bei der Kundgebung in Musterstadt {EVIL} insgesamt "
          "25 Demonstranten festgenommen. Die Lage sei ruhig, sagte ein Sprecher."),
)
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    store = open_store(folder / "demo.db")
    summary = ingest_paths(store, [corpus_path()], progress=False)
    assert summary.failed == 0 and summary.new > 10
    # stored directly: the readers strip markup, but the UI must be safe whatever a store holds
    store.add(HOSTILE, analyze(HOSTILE))
    yield store
    store.close()


@pytest.fixture(scope="module")
def server(store):
    port = free_port()
    config = uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started:
        assert time.monotonic() < deadline and thread.is_alive(), "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page that records dialogs, CSP violations and requests leaving the server."""

    def __init__(self, browser, base: str) -> None:
        self.page = browser.new_page(viewport={"width": 1280, "height": 900})
        self.dialogs: list[str] = []
        self.problems: list[str] = []
        self.external: list[str] = []
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda m: self.problems.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("request", lambda r: None if r.url.startswith((base, "file://", "data:"))
                     else self.external.append(r.url))

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture()
def watched(browser, server):
    page = Watched(browser, server)
    yield page
    assert page.dialogs == [], f"dialogs opened: {page.dialogs}"
    assert page.problems == [], f"console errors (CSP violations?): {page.problems}"
    assert page.external == [], f"requests outside the server: {page.external}"
    page.page.close()


def test_overview_lists_tracks(watched, server):
    page = watched.page
    page.goto(server + "/")
    rows = page.locator("table.tracks tbody tr[data-track]")
    assert rows.count() >= 5
    assert page.locator("table.tracks a[href^='/tracks/']").count() == rows.count()
    assert "articles" in page.locator("header .meta").inner_text()
    watched.shot("overview")
    page.select_option("select[name=measure]", "arrested")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**measure=arrested**")
    measures = page.locator("table.tracks tbody tr[data-track]").evaluate_all(
        "rows => rows.map(r => r.getAttribute('data-track').split('/')[0])")
    assert measures and set(measures) == {"arrested"}


def test_track_chart_renders_and_a_click_shows_the_evidence(watched, server):
    page = watched.page
    page.goto(server + "/")
    page.locator("table.tracks a[href^='/tracks/']").first.click()
    page.wait_for_selector("svg.timeline")
    marks = page.locator("svg.timeline g.mark")
    assert marks.count() >= 2
    assert page.locator("svg.timeline").bounding_box()["width"] > 300
    marks.first.click()
    active = page.locator("svg.timeline g.mark.active")
    assert active.count() == 1
    claim = active.get_attribute("data-claim")
    expected = page.locator(f"tr#{claim} td.evidence mark").inner_text()
    shown = page.locator("#detail blockquote.detail-evidence mark")
    assert shown.inner_text() == expected and expected
    assert page.locator(f"tr#{claim}.focus").count() == 1
    watched.shot("track")
    page.locator("#detail a.open").click()
    page.wait_for_url(f"**/articles/**#{claim}")
    target = page.locator(f"mark#{claim}")
    assert target.count() == 1 and expected in page.locator("#article-text").inner_text()


def test_article_page_highlights_its_claims(watched, server, store):
    article = next(a for a in store.articles() if a["claims"] >= 2 and not a["duplicate_of"])
    page = watched.page
    page.goto(f"{server}/articles/{article['id']}")
    marks = page.locator("#article-text mark.claim")
    assert marks.count() >= 2
    pieces = marks.evaluate_all(
        "ms => ms.map(m => [m.getAttribute('data-claim'), m.textContent])")
    joined: dict[str, str] = {}
    for claim, text in pieces:
        joined[claim] = joined.get(claim, "") + text
    evidence = {c["evidence"] for c in store.claims(doc=article["id"])}
    assert set(joined.values()) <= evidence and len(joined) >= 2
    text = page.locator("#article-text").inner_text()
    assert text.replace("\n", "") == store.article(article["id"])["text"].replace("\n", "")
    assert page.locator("#article-text .hl.num").count() >= 1
    assert page.locator("table.claims a[href^='#claim-']").count() == len(store.claims(doc=article["id"]))
    watched.shot("article")
    page.uncheck("input[data-layer=claim]")
    assert "hide-claim" in page.locator("#article-text").get_attribute("class")


def test_search_finds_a_sentence_and_links_to_it(watched, server):
    page = watched.page
    page.goto(server + "/")
    page.fill("nav.top input[name=q]", "Soldaten")
    page.press("nav.top input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Soldaten")
    results = page.locator("ol.results li")
    assert results.count() >= 3
    assert results.first.locator("mark").first.inner_text().lower() == "soldaten"
    watched.shot("search")
    results.first.locator("a").first.click()
    page.wait_for_url("**/articles/**#s-*")
    sentence_id = page.url.rsplit("#", 1)[1]
    assert "soldaten" in page.locator(f"[id='{sentence_id}']").inner_text().lower()


@pytest.mark.parametrize("path, content", [("/conflicts", "article.conflict blockquote mark"),
                                           ("/statements", "details.speaker li"), ("/docs", "section.endpoint"),
                                           ("/claims?measure=troops", "table.claims tbody tr a"),
                                           ("/articles", "table.articles tbody tr a")])
def test_other_pages_render_their_content(watched, server, path, content):
    watched.page.goto(server + path)
    assert watched.page.locator(content).count() >= 2
    watched.shot(path.strip("/").split("?")[0])


def test_hostile_article_runs_nothing_and_shows_literally(watched, server, store):
    page = watched.page
    for path in ("/", "/articles", "/claims", "/statements", "/search?q=alert", "/conflicts", "/anomalies"):
        page.goto(server + path)
    page.goto(f"{server}/articles/{HOSTILE.id}")
    body = page.locator("#article-text").inner_text()
    assert EVIL in body
    assert "<script>alert(1)</script>" in page.locator("header h1").inner_text()
    assert "Böse <b>Post</b>" in page.locator("header .meta").inner_text()
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("#article-text mark.claim").inner_text() == "25 Demonstranten festgenommen"
    watched.shot("hostile-article")
    track = next(t["track"] for t in page.request.get(server + "/api/tracks").json()["items"]
                 if t["measure"] == "arrested" and any(
                     p["doc"] == HOSTILE.id for p in page.request.get(f"{server}/api/tracks/{t['track']}").json()["points"]))
    page.goto(f"{server}/tracks/{track}")
    for mark in page.locator("svg.timeline g.mark").all():  # keyboard: marks may overlap
        mark.focus()
        page.keyboard.press("Enter")
        assert page.locator("#detail blockquote.detail-evidence").count() == 1
    assert EVIL in page.locator("table.points").inner_text()


def test_hostile_article_in_the_report(browser, store, tmp_path):
    from typer.testing import CliRunner

    from lagebild.cli import app

    report = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["report", "--db", store.engine.url.database, "-o", str(report)])
    assert result.exit_code == 0, result.output
    watched = Watched(browser, report.as_uri())
    watched.page.goto(report.as_uri())
    text = watched.page.locator("body").inner_text()
    assert f"{EVIL} Festnahmen" in text
    assert EVIL in text  # the evidence sentence of the hostile claim
    for mark in watched.page.locator("svg.timeline g.mark").all()[:20]:  # keyboard: marks may overlap
        mark.focus()
        watched.page.keyboard.press("Enter")
    watched.shot("report")
    assert watched.dialogs == [] and watched.external == []
    watched.page.close()
