"""`lagebild watch`: polling a local HTTP server (127.0.0.1 only) with a test clock."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import test_feeds as samples
from postgres_server import postgres_server, postgres_url  # noqa: F401 - fixtures
from web_fixtures import article_page, closed_port, web  # noqa: F401 - fixtures
from lagebild.cli import app
from lagebild.ingest.fetch import url_id
from lagebild.ingest.watch import Watcher, parse_interval, read_source_list
from lagebild.store import open_store

START = 1_750_000_000.0  # the test clock's first reading
LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ (\S+): (.*)$")


class Clock:
    """Time that passes only when the watcher sleeps."""

    def __init__(self) -> None:
        self.now = START
        self.naps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.naps.append(seconds)
        self.now += seconds


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "watch.db")


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path):
    """The watch state and article versions on both backends."""
    if request.param == "sqlite":
        return str(tmp_path / "watch.db")
    return request.getfixturevalue("postgres_url")


def watcher(store, urls, clock: Clock, lines: list[str], every: float = 600, **options) -> Watcher:
    return Watcher(store, urls, every, clock=clock, sleep=clock.sleep, log=lines.append, **options)


def entry(title: str, text: str, path: str, **more) -> dict:
    return {"title": title, "link": f"http://127.0.0.1:9{path}", "content": text, **more}


def test_intervals():
    assert [parse_interval(text) for text in ("30s", "10m", "1h", "2d", "45", "1.5h")] == [
        30, 600, 3600, 172800, 45, 5400]
    for bad in ("", "zehn", "10x", "0s", "-5m"):
        with pytest.raises(ValueError, match="invalid interval"):
            parse_interval(bad)


def test_source_lists_as_lines_or_opml(tmp_path):
    listing = tmp_path / "quellen.txt"
    listing.write_text("# Nachrichten\nhttp://127.0.0.1:8000/a.rss\n\n  https://127.0.0.1/b#teil  # mit Anker\n",
                       encoding="utf-8")
    assert read_source_list(listing) == ["http://127.0.0.1:8000/a.rss", "https://127.0.0.1/b#teil"]
    opml = tmp_path / "abos.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><body><outline text="Ausland">'
                    '<outline text="Bote" type="rss" xmlUrl="http://127.0.0.1:8000/bote.rss"/>'
                    '<outline text="Blatt" type="rss" xmlUrl="http://127.0.0.1:8000/blatt.atom"/>'
                    '</outline></body></opml>', encoding="utf-8")
    assert read_source_list(opml) == ["http://127.0.0.1:8000/bote.rss", "http://127.0.0.1:8000/blatt.atom"]
    bad = tmp_path / "falsch.txt"
    bad.write_text("http://127.0.0.1/ok\nftp://127.0.0.1/nein\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"falsch.txt:2: not an http\(s\) URL"):
        read_source_list(bad)


def test_a_feed_that_changes_between_polls(web, any_db):
    db = any_db
    quake = entry("Erdbeben in der Osttürkei", samples.QUAKE, "/erdbeben")
    strike = entry("Warnstreik legt Nahverkehr lahm", samples.STRIKE, "/streik")
    feed = web.route("/ausland.rss", samples.rss([quake, strike]), content_type="application/rss+xml")
    clock, lines = Clock(), []
    with open_store(db) as store:
        polls = watcher(store, [feed], clock, lines)
        polls.run(once=True)
        assert len(store.articles()) == 2
        polls.run(once=True)  # the same feed again (no validators): nothing is ingested twice
        assert len(store.articles()) == 2 and store.count("claims") == len(store.claims())
        edited = dict(quake, content=samples.QUAKE.replace("mindestens 48", "mindestens 71"))
        rescue = entry("Seenotretter bergen 112 Menschen", " ".join(samples.RESCUE), "/rettung")
        web.route("/ausland.rss", samples.rss([edited, strike, rescue]), content_type="application/rss+xml")
        polls.run(once=True)
        polls.close()
        assert [LINE.match(line).group(1, 2) for line in lines] == [
            (feed, "2 new, 0 unchanged, 0 failed"),
            (feed, "0 new, 2 unchanged, 0 failed"),
            (feed, "1 new, 1 updated, 1 unchanged, 0 failed"),
        ]
        assert len(store.articles()) == 3 and len(store.articles(all_versions=True)) == 4
        quake_id = url_id(quake["link"])
        lows = {claim["low"] for claim in store.claims() if claim["doc"] == quake_id}
        assert 71 in lows and 48 not in lows
        assert [v["version"] for v in store.versions(quake_id)] == [1, 2]


def test_conditional_requests_and_304(web, db):
    quake = entry("Erdbeben in der Osttürkei", samples.QUAKE, "/erdbeben")
    tagged = web.route("/etag.rss", samples.rss([quake]), content_type="application/rss+xml", etag='W/"abc1"')
    dated = web.route("/datiert.atom", samples.atom([
        {"id": "urn:f", "title": "Hochwasser in Norditalien", "link": "http://127.0.0.1:9/flut",
         "published": "2025-05-01T18:00:00Z", "content": " ".join(samples.FLOOD)}]),
        content_type="application/atom+xml", last_modified="Thu, 01 May 2025 18:00:00 GMT")
    clock, lines = Clock(), []
    with open_store(db) as store:
        polls = watcher(store, [tagged, dated], clock, lines)
        polls.run(once=True)
        results = polls.run(once=True)
        polls.close()
        assert [result.not_modified for result in results] == [True, True]
        assert len(store.articles()) == 2
    assert "if-none-match" not in web.hits("/etag.rss")[0].headers
    assert web.hits("/etag.rss")[1].headers["if-none-match"] == 'W/"abc1"'
    assert web.hits("/datiert.atom")[1].headers["if-modified-since"] == "Thu, 01 May 2025 18:00:00 GMT"
    assert [LINE.match(line).group(2) for line in lines[2:]] == ["0 new, 1 unchanged, 0 failed (not modified)"] * 2


def test_failures_back_off_exponentially_up_to_the_cap_and_recover(web, any_db):
    db = any_db
    feed = web.route("/wackelig.rss", "<html><body>Wartung</body></html>", status=500)
    clock, lines = Clock(), []
    with open_store(db) as store:
        polls = watcher(store, [feed], clock, lines, every=60, max_backoff=300)
        failed = polls.run(max_polls=3)
        assert [result.when - START for result in failed] == [0, 120, 360]  # waits of 2x, 4x the interval
        assert store.watch_state(feed)["failures"] == 3
        assert store.watch_state(feed)["last_error"] == "HTTP 500 Internal Server Error"
        web.route("/wackelig.rss", samples.rss([entry("Warnstreik", samples.STRIKE, "/streik")]),
                  content_type="application/rss+xml")
        [recovered] = polls.run(max_polls=1)
        assert recovered.when - START == 660  # the third wait was capped at 300 s (not 480)
        assert (recovered.new, recovered.error) == (1, None)
        state = store.watch_state(feed)
        assert state["failures"] == 0 and state["last_error"] is None
        polls.run(max_polls=1)
        polls.close()
    assert clock.now - START == 720  # healthy again: the plain interval
    assert [LINE.match(line).group(2) for line in lines] == ["failed: HTTP 500 Internal Server Error"] * 3 + [
        "1 new, 0 unchanged, 0 failed", "0 new, 1 unchanged, 0 failed"]
    assert len(web.hits("/wackelig.rss")) == 5


def test_a_failed_entry_is_retried_at_the_next_poll(web, db):
    rescue = web.route("/artikel/rettung", article_page("Seenotretter bergen 112 Menschen", samples.RESCUE))
    flood_link = web.url("/artikel/hochwasser")
    feed = web.route("/teaser.rss", samples.rss([
        {"title": "Seenotretter bergen 112 Menschen", "link": rescue, "summary": "Kurz."},
        {"title": "Hochwasser in Norditalien", "link": flood_link, "summary": "Kurz."},
    ]), content_type="application/rss+xml", etag='"t1"')
    clock, lines = Clock(), []
    with open_store(db) as store:
        polls = watcher(store, [feed], clock, lines)
        [first] = polls.run(once=True)
        assert (first.new, first.failed) == (1, 1)
        assert lines[0].endswith(f"1 new, 0 unchanged, 1 failed; first failure: {flood_link}: HTTP 404 Not Found")
        web.route("/artikel/hochwasser", article_page("Hochwasser in Norditalien", samples.FLOOD))
        [second] = polls.run(once=True)
        polls.close()
        assert (second.new, second.unchanged, second.failed) == (1, 1, 0)
        assert len(store.articles()) == 2
    assert "if-none-match" not in web.hits("/teaser.rss")[1].headers  # no validators kept after a failure
    assert len(web.hits("/artikel/rettung")) == 1  # a seen, unchanged entry is not fetched again


def test_a_restart_does_not_ingest_again(web, any_db):
    db = any_db
    rescue = web.route("/artikel/rettung", article_page("Seenotretter bergen 112 Menschen", samples.RESCUE))
    flood = web.route("/artikel/hochwasser", article_page("Hochwasser in Norditalien", samples.FLOOD))
    feed = web.route("/teaser.rss", samples.rss([
        {"title": "Seenotretter bergen 112 Menschen", "link": rescue, "summary": "Kurz."},
        {"title": "Hochwasser in Norditalien", "link": flood, "summary": "Kurz."},
    ]), content_type="application/rss+xml")
    env = {**os.environ, "LAGEBILD_DB": db}
    command = [str(Path(sys.executable).parent / "lagebild"), "watch", feed, "--once"]
    runs = [subprocess.run(command, capture_output=True, text=True, env=env, timeout=120) for _ in range(2)]
    assert [run.returncode for run in runs] == [0, 0], runs[0].stderr
    assert [LINE.match(run.stdout.strip()).group(2) for run in runs] == [
        "2 new, 0 unchanged, 0 failed", "0 new, 2 unchanged, 0 failed"]
    assert len(web.hits("/artikel/rettung")) == len(web.hits("/artikel/hochwasser")) == 1
    with open_store(db) as store:  # and a new Store object in this process
        clock, lines = Clock(), []
        polls = watcher(store, [feed], clock, lines)
        polls.run(once=True)
        polls.close()
        assert lines[0].endswith("0 new, 2 unchanged, 0 failed")
        assert len(store.articles(all_versions=True)) == 2


def test_a_restarted_watch_waits_for_the_next_poll_time(web, db):
    feed = web.route("/ausland.rss", samples.rss([entry("Warnstreik", samples.STRIKE, "/streik")]),
                     content_type="application/rss+xml")
    clock = Clock()
    with open_store(db) as store:
        watcher(store, [feed], clock, [], every=600).run(once=True)
    clock.now += 100
    with open_store(db) as store:
        [result] = watcher(store, [feed], clock, [], every=600).run(max_polls=1)
    assert result.when - START == 600 and clock.naps == [500]


def test_a_watched_page_that_is_edited_becomes_a_new_version(web, db):
    page = web.route("/lage", article_page("Hochwasser in Norditalien", samples.FLOOD))
    clock, lines = Clock(), []
    with open_store(db) as store:
        polls = watcher(store, [page], clock, lines)
        polls.run(once=True)
        polls.run(once=True)
        web.route("/lage", article_page("Hochwasser in Norditalien",
                                        [samples.FLOOD[0].replace("3.000", "4.500")] + samples.FLOOD[1:]))
        polls.run(once=True)
        polls.close()
        assert [LINE.match(line).group(2) for line in lines] == [
            "1 new, 0 unchanged, 0 failed", "0 new, 1 unchanged, 0 failed", "0 new, 1 updated, 0 unchanged, 0 failed"]
        assert [row["version"] for row in store.articles(all_versions=True)] == [1, 2]
        assert {claim["low"] for claim in store.claims()} & {3000, 4500} == {4500}


def test_cli_watch_reports_unreachable_sources(web, db, closed_port, tmp_path):
    feed = web.route("/ausland.rss", samples.rss([entry("Warnstreik", samples.STRIKE, "/streik")]),
                     content_type="application/rss+xml")
    listing = tmp_path / "quellen.txt"
    listing.write_text(f"# zwei Quellen\n{feed}\nhttp://127.0.0.1:{closed_port}/feed.rss\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["watch", "--file", str(listing), "--once", "--db", db])
    assert result.exit_code == 0, result.output
    lines = [LINE.match(line).group(1, 2) for line in result.stdout.splitlines()]
    assert lines == [(feed, "1 new, 0 unchanged, 0 failed"),
                     (f"http://127.0.0.1:{closed_port}/feed.rss", "failed: connection refused")]
    down = CliRunner().invoke(app, ["watch", f"http://127.0.0.1:{closed_port}/x", "--once", "--db", db])
    assert down.exit_code == 1 and "failed: connection refused" in down.stdout
    bad = CliRunner().invoke(app, ["watch", "keine-url", "--once", "--db", db])
    assert bad.exit_code == 2 and "not an http(s) URL" in bad.output
    interval = CliRunner().invoke(app, ["watch", feed, "--every", "bald", "--db", db])
    assert interval.exit_code == 2 and "invalid interval" in interval.output


def test_an_unexpected_error_in_one_source_does_not_stop_the_others(web, db, monkeypatch):
    import lagebild.ingest.watch as watch_module

    def broken_extraction(page):
        raise RuntimeError("Parser kaputt")

    monkeypatch.setattr(watch_module, "page_article", broken_extraction)  # a bug in the page path only
    page = web.route("/seite", article_page("Hochwasser in Norditalien", samples.FLOOD))
    feed = web.route("/ausland.rss", samples.rss([entry("Warnstreik", samples.STRIKE, "/streik")]),
                     content_type="application/rss+xml")
    clock, lines = Clock(), []
    with open_store(db) as store:
        polls = watcher(store, [page, feed], clock, lines)
        polls.run(once=True)
        polls.close()
        assert store.watch_state(page)["failures"] == 1 and len(store.articles()) == 1
    assert [LINE.match(line).group(2) for line in lines] == [
        "failed: unexpected error: RuntimeError: Parser kaputt", "1 new, 0 unchanged, 0 failed"]
