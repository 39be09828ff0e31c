"""`lagebild ingest URL`: fetching real pages from a local HTTP server (127.0.0.1 only)."""

from __future__ import annotations

import json

import httpx
import pytest
from typer.testing import CliRunner

from web_fixtures import article_page, closed_port, web  # noqa: F401 - fixtures
from lagebild.cli import app
from lagebild.ingest import IngestError, read_articles
from lagebild.ingest.fetch import Fetcher, FetchSettings, _connect_reason, url_id
from lagebild.ingest.pipeline import ingest_paths
from lagebild.store import open_store

FLOOD = [
    "Nach Angaben des Landratsamts mussten rund 2.400 Menschen ihre Häuser verlassen. "
    "Die Feuerwehr war mit mehr als 600 Kräften im Einsatz.",
    "Die Polizei meldete drei Tote und mindestens 15 Verletzte. Ein Sprecher sagte, die Lage bleibe angespannt.",
    "Der Bürgermeister kündigte Soforthilfen an. Die Pegel sollen nach Einschätzung des Wetterdienstes "
    "erst in einigen Tagen sinken.",
]
FIRE = [
    "Bei einem Großbrand in einer Lagerhalle am Stadtrand sind nach Angaben der Feuerwehr 40 Menschen "
    "in Sicherheit gebracht worden.",
    "Die Rauchwolke war kilometerweit zu sehen. Anwohner sollten Fenster und Türen geschlossen halten.",
    "Die Ursache des Feuers ist noch unklar. Die Kriminalpolizei hat die Ermittlungen aufgenommen.",
]


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "web.db")) as opened:
        yield opened


def test_a_page_becomes_an_article_with_its_metadata(web, store):
    url = web.route("/flut?ref=start", article_page("Hochwasser in Niederbayern", FLOOD,
                                                    canonical=web.url("/flut")))
    summary = ingest_paths(store, [url], progress=False)
    assert (summary.new, summary.failed) == (1, 0)
    [row] = store.articles()
    assert row["id"] == url_id(web.url("/flut"))  # the canonical URL, not the one asked for
    assert (row["title"], row["outlet"], row["published"], row["url"]) == (
        "Hochwasser in Niederbayern", "Tagesbote", "2025-03-04", web.url("/flut"))
    assert not row["published_inferred"]
    text = store.article(row["id"])["text"]
    assert text.startswith("Hochwasser in Niederbayern\n\nNach Angaben des Landratsamts")
    assert "Impressum" not in text and "Politik" not in text  # navigation and footer are not the article
    assert any(claim["low"] == 2400 for claim in store.claims())
    agent = web.hits("/flut?ref=start")[0].headers["user-agent"]
    assert agent.startswith("lagebild/") and "(+https://example.org/lagebild)" in agent


def test_fetching_the_same_unchanged_page_again_is_unchanged(web, store):
    url = web.route("/brand", article_page("Großbrand in Lagerhalle", FIRE))
    first = ingest_paths(store, [url], progress=False)
    second = ingest_paths(store, [url], progress=False)
    assert (first.new, second.new, second.unchanged, second.updated) == (1, 0, 1, 0)
    assert len(web.hits("/brand")) == 2 and len(store.articles()) == 1


def test_page_metadata_date_wins_over_a_date_in_the_text(web, store):
    paragraphs = ["Am 12. Januar 2024 hatte der Stadtrat den Bau beschlossen."] + FIRE
    url = web.route("/datiert", article_page("Neubau beschlossen", paragraphs, published="2025-06-30"))
    ingest_paths(store, [url], progress=False)
    [row] = store.articles()
    assert (row["published"], row["published_inferred"]) == ("2025-06-30", False)


def test_a_page_without_any_date_stays_undated(web, store):
    url = web.route("/ohne-datum", article_page("Großbrand in Lagerhalle", FIRE, published=None))
    ingest_paths(store, [url], progress=False)
    [row] = store.articles()
    assert row["published"] is None and not row["published_inferred"]  # never the fetch time


def test_latin1_page_declared_only_in_its_meta_tag(web, store):
    html = article_page("Straßensperrung in Görlitz", [
        "Wegen eines Wasserrohrbruchs bleibt die Hauptstraße in Görlitz gesperrt. Rund 300 Haushalte sind ohne Wasser.",
        "Die Stadtwerke rechnen mit einer Reparatur bis übermorgen. Für Anwohner werden Wasserwagen bereitgestellt.",
        "Der Oberbürgermeister bat um Geduld und dankte den Einsatzkräften für ihre schnelle Hilfe.",
    ], charset="iso-8859-1")
    url = web.route("/goerlitz", html.encode("latin-1"), content_type="text/html")  # no charset in the header
    ingest_paths(store, [url], progress=False)
    [row] = store.articles()
    text = store.article(row["id"])["text"]
    assert row["title"] == "Straßensperrung in Görlitz"
    assert "Oberbürgermeister" in text and "übermorgen" in text and "\ufffd" not in text


def test_header_charset_comes_first(web):
    html = article_page("Überschwemmung", FLOOD, charset="utf-8").replace("<meta charset=\"utf-8\">", "")
    url = web.route("/kopf", html.encode("cp1252"), content_type="text/html; charset=windows-1252")
    [article] = list(read_articles([url]))
    assert article.title == "Überschwemmung" and "Bürgermeister" in article.text


def test_redirects_are_followed_up_to_the_limit(web, store):
    target = web.route("/ziel", article_page("Großbrand in Lagerhalle", FIRE))
    web.route("/weiter-2", status=302, location=target)
    start = web.route("/weiter-1", status=301, location=web.url("/weiter-2"))
    for number in range(8):
        web.route(f"/kette-{number}", status=302, location=web.url(f"/kette-{number + 1}"))
    summary = ingest_paths(store, [start, web.url("/kette-0")], progress=False)
    assert summary.new == 1
    [row] = store.articles()
    assert row["url"] == target and row["id"] == url_id(target)
    [error] = summary.errors
    assert str(error) == f"{web.url('/kette-0')}: too many redirects (more than 5)"


def test_every_kind_of_failure_is_one_line_and_the_batch_goes_on(web, store, closed_port, monkeypatch):
    monkeypatch.setenv("LAGEBILD_FETCH_TIMEOUT", "0.5")
    monkeypatch.setenv("LAGEBILD_FETCH_MAX_BYTES", "200000")
    huge = article_page("Riesig", ["Sehr viel Text. " * 20000])
    urls = {
        "slow": web.route("/langsam", article_page("Langsam", FIRE), delay=3),
        "missing": web.url("/gibt-es-nicht"),
        "broken": web.route("/kaputt", "<html><body>Interner Fehler</body></html>", status=500),
        "huge": web.route("/riesig", huge),
        "huge-unannounced": web.route("/riesig-ohne-laenge", huge, send_length=False),
        "pdf": web.route("/dokument.pdf", b"%PDF-1.4 ...", content_type="application/pdf"),
        "good": web.route("/gut", article_page("Hochwasser in Niederbayern", FLOOD)),
        "refused": f"http://127.0.0.1:{closed_port}/artikel",
    }
    summary = ingest_paths(store, list(urls.values()), progress=False)
    assert (summary.new, summary.failed) == (1, 7)
    reasons = {error.source: error.reason for error in summary.errors}
    assert reasons == {
        urls["slow"]: "timed out after 0.5 s",
        urls["missing"]: "HTTP 404 Not Found",
        urls["broken"]: "HTTP 500 Internal Server Error",
        urls["huge"]: f"too large ({len(huge.encode()):,} bytes; limit 200,000)",
        urls["huge-unannounced"]: "too large (more than 200,000 bytes)",
        urls["pdf"]: "not an HTML page or a feed (application/pdf)",
        urls["refused"]: "connection refused",
    }
    assert all("\n" not in str(error) for error in summary.errors)
    assert [row["url"] for row in store.articles()] == [urls["good"]]


def test_conditional_headers_are_sent_and_304_comes_back_as_not_modified(web):
    url = web.route("/feed-seite", article_page("Großbrand", FIRE), etag='"v1"',
                    last_modified="Tue, 04 Mar 2025 08:00:00 GMT")
    with Fetcher(FetchSettings(timeout=5)) as fetcher:
        first = fetcher.get(url)
        second = fetcher.get(url, etag=first.etag, last_modified=first.last_modified)
    assert (first.status, first.etag, first.last_modified) == (200, '"v1"', "Tue, 04 Mar 2025 08:00:00 GMT")
    assert second.not_modified and second.body == b""
    sent = web.hits("/feed-seite")[1].headers
    assert (sent["if-none-match"], sent["if-modified-since"]) == ('"v1"', "Tue, 04 Mar 2025 08:00:00 GMT")


def test_connection_errors_are_named_by_their_cause():
    # No real lookup: a DNS query could leave the machine, so the resolver's message is given.
    dns = httpx.ConnectError("[Errno -2] Name or service not known")
    other = httpx.ConnectError("[Errno 101] Network is unreachable")
    assert _connect_reason("http://zeitung.invalid/a", dns) == "DNS lookup failed for zeitung.invalid"
    assert _connect_reason("http://zeitung.invalid/a", other) == "cannot connect ([Errno 101] Network is unreachable)"


def test_edited_page_is_a_new_version_and_the_picture_uses_only_the_latest(web, store, tmp_path):
    db_path = str(tmp_path / "web.db")
    url = web.route("/lage", article_page("Hochwasser in Niederbayern", FLOOD))
    ingest_paths(store, [url], progress=False)
    edited = [FLOOD[0].replace("rund 2.400", "rund 3.100")] + FLOOD[1:]
    web.route("/lage", article_page("Hochwasser in Niederbayern", edited))
    summary = ingest_paths(store, [url], progress=False)
    assert (summary.updated, summary.new) == (1, 0)
    latest_id = url_id(url)
    [latest] = store.articles()
    assert latest["id"] == latest_id and "3.100" in store.article(latest_id)["text"]
    lows = {claim["low"] for claim in store.claims()}
    assert 3100 in lows and 2400 not in lows
    versions = store.articles(all_versions=True)
    assert [(row["version"], row["latest"]) for row in versions] == [(1, latest_id), (2, latest_id)]
    old_id = versions[0]["id"]
    assert "2.400" in store.article(old_id)["text"]
    assert 2400 in {claim["low"] for claim in store.claims(doc=old_id)}  # the old version stays visible
    assert 2400 in {claim["low"] for claim in store.claims(all_versions=True)}
    assert [v["version"] for v in store.versions(old_id)] == [1, 2] == [v["version"] for v in store.versions(latest_id)]
    assert ingest_paths(store, [url], progress=False).unchanged == 1  # the latest version is what compares
    again = [edited[0].replace("mehr als 600", "mehr als 650")] + edited[1:]
    web.route("/lage", article_page("Hochwasser in Niederbayern", again))
    assert ingest_paths(store, [url], progress=False).updated == 1
    rows = store.articles(all_versions=True)
    assert [row["version"] for row in rows] == [1, 2, 3]
    assert all(row["duplicate_of"] is None for row in rows)  # never a copy of its own old version
    listed = CliRunner().invoke(app, ["articles", "--all-versions", "--db", db_path, "--format", "json"])
    assert [(row["version"], row["latest"]) for row in json.loads(listed.stdout)] == [(n, latest_id) for n in (1, 2, 3)]


def test_cli_ingest_takes_urls_next_to_files(web, tmp_path):
    page = web.route("/brand", article_page("Großbrand in Lagerhalle", FIRE))
    text_file = tmp_path / "notiz.txt"
    text_file.write_text("Unfall auf der A3\n\nBei einem Unfall wurden zwei Menschen verletzt.", encoding="utf-8")
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(app, ["ingest", page, str(text_file), web.url("/fehlt"), "--db", db, "--quiet"])
    assert result.exit_code == 1
    assert "3 articles: 2 new" in result.stdout and "1 failed" in result.stdout
    assert f"{web.url('/fehlt')}: HTTP 404 Not Found" in " ".join(result.output.split())
    listed = CliRunner().invoke(app, ["articles", "--db", db, "--format", "json"])
    assert url_id(page) in listed.stdout and "notiz" in listed.stdout


def test_read_articles_passes_errors_as_ingest_errors(web):
    items = list(read_articles([web.url("/nirgends")]))
    assert items == [IngestError(web.url("/nirgends"), "HTTP 404 Not Found")]
