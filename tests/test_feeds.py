"""RSS 2.0 and Atom feeds, as URLs from a local HTTP server (127.0.0.1 only) and as files."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest

from web_fixtures import article_page, web  # noqa: F401 - fixtures
from lagebild.ingest import read_articles
from lagebild.ingest.feeds import FeedError, parse_feed
from lagebild.ingest.fetch import url_id
from lagebild.ingest.pipeline import ingest_paths
from lagebild.store import open_store

QUAKE = ("Bei einem Erdbeben der Stärke 6,1 im Osten der Türkei sind nach Angaben der Katastrophenschutzbehörde "
         "mindestens 48 Menschen ums Leben gekommen. Mehr als 300 weitere wurden verletzt. Rettungskräfte suchen "
         "in den Trümmern eingestürzter Häuser nach Verschütteten. Der Gouverneur der Provinz sagte, die Zahl der "
         "Opfer könne noch steigen. In mehreren Dörfern fiel der Strom aus, Hunderte Familien verbrachten die Nacht "
         "in Zelten. Die Regierung schickte 1.200 Helfer und Suchhunde in das Gebiet. Nachbarländer boten Hilfe an.")
STRIKE = ("Wegen eines Warnstreiks im Nahverkehr sind in mehreren Städten Busse und Bahnen ausgefallen. Nach Angaben "
          "der Gewerkschaft beteiligten sich rund 5.000 Beschäftigte an den Arbeitsniederlegungen. Pendler mussten "
          "auf das Auto oder das Fahrrad umsteigen, auf den Straßen bildeten sich lange Staus. Die Arbeitgeber "
          "nannten den Streik unverhältnismäßig und forderten eine Rückkehr an den Verhandlungstisch. Die nächste "
          "Verhandlungsrunde ist für die kommende Woche angesetzt. Ein Sprecher der Verkehrsbetriebe sagte, man "
          "rechne am Abend mit einem Normalbetrieb.")
RESCUE = ["Im Mittelmeer haben Seenotretter nach eigenen Angaben 112 Menschen aus einem überfüllten Schlauchboot "
          "gerettet. Unter ihnen seien 23 Kinder gewesen, teilte die Organisation mit.",
          "Das Boot war demnach in der Nacht von der libyschen Küste aus gestartet. Zwei Menschen würden vermisst.",
          "Die Geretteten sollen in einem italienischen Hafen an Land gehen dürfen. Die Behörden prüfen den Fall."]
FLOOD = ["In Norditalien sind nach heftigen Regenfällen rund 3.000 Menschen vor dem Hochwasser in Sicherheit "
         "gebracht worden. Der Zivilschutz meldete zwei Tote.",
         "Mehrere Flüsse traten über die Ufer, Straßen und Bahnlinien wurden gesperrt.",
         "Der Regionalpräsident beantragte den Notstand. Für die kommenden Tage wird weiterer Regen erwartet."]


def rss(items: list[dict], title: str = "Tagesbote – Ausland") -> str:
    parts = []
    for item in items:
        fields = [f"<title>{escape(item['title'])}</title>"]
        if item.get("link"):
            fields.append(f"<link>{item['link']}</link>")
        fields.append(f"<guid>{item.get('guid') or item.get('link')}</guid>")
        if item.get("date"):
            fields.append(f"<pubDate>{item['date']}</pubDate>")
        if item.get("summary"):
            fields.append(f"<description>{escape(item['summary'])}</description>")
        if item.get("content"):
            fields.append(f"<content:encoded><![CDATA[<p>{item['content']}</p>]]></content:encoded>")
        parts.append(f"<item>{''.join(fields)}</item>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{escape(title)}</title><link>http://127.0.0.1/</link><description>Nachrichten</description>"
            f"{''.join(parts)}</channel></rss>")


def atom(entries: list[dict], title: str = "Morgenblatt") -> str:
    parts = []
    for entry in entries:
        dates = "".join(f"<{name}>{entry[name]}</{name}>" for name in ("published", "updated") if entry.get(name))
        parts.append(f"<entry><id>{entry['id']}</id><title>{escape(entry['title'])}</title>"
                     f'<link rel="alternate" href="{entry["link"]}"/>{dates}'
                     f'<summary>{escape(entry.get("summary", ""))}</summary>'
                     f'<content type="html">{escape("<p>" + entry["content"] + "</p>")}</content></entry>')
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>urn:morgenblatt</id><updated>2025-05-02T10:00:00Z</updated>"
            f"{''.join(parts)}</feed>")


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "feeds.db")) as opened:
        yield opened


def test_rss_entries_with_full_content_become_articles(web, store):
    feed = web.route("/ausland.rss", rss([
        {"title": "Schweres Erdbeben in der Osttürkei", "link": "http://127.0.0.1:9/erdbeben",
         "date": "Tue, 06 May 2025 23:30:00 +0200", "summary": "Mindestens 48 Tote.", "content": QUAKE},
        {"title": "Warnstreik legt Nahverkehr lahm", "link": "http://127.0.0.1:9/streik",
         "date": "Wed, 07 May 2025 06:00:00 +0200", "summary": "Busse und Bahnen stehen still.", "content": STRIKE},
    ]), content_type="application/rss+xml; charset=utf-8")
    summary = ingest_paths(store, [feed], progress=False)
    assert (summary.new, summary.failed) == (2, 0)
    rows = {row["title"]: row for row in store.articles()}
    quake = rows["Schweres Erdbeben in der Osttürkei"]
    # the date as written in the feed (no shift to UTC), the link as URL and id, the channel as outlet
    assert (quake["published"], quake["url"], quake["outlet"]) == (
        "2025-05-06", "http://127.0.0.1:9/erdbeben", "Tagesbote – Ausland")
    assert quake["id"] == url_id("http://127.0.0.1:9/erdbeben")
    text = store.article(quake["id"])["text"]
    assert text.startswith("Schweres Erdbeben in der Osttürkei\n\nBei einem Erdbeben") and "<p>" not in text
    assert {claim["low"] for claim in store.claims(doc=quake["id"])} >= {48}
    assert len(web.requests) == 1  # full content: no link was followed (the links point nowhere)


def test_atom_entries_use_the_updated_date_when_nothing_was_published(web, store):
    feed = web.route("/morgen.atom", atom([
        {"id": "urn:1", "title": "Seenotretter bergen 112 Menschen", "link": "http://127.0.0.1:9/rettung",
         "updated": "2025-05-02T09:00:00+02:00", "content": " ".join(RESCUE)},
        {"id": "urn:2", "title": "Hochwasser in Norditalien", "link": "http://127.0.0.1:9/hochwasser",
         "published": "2025-05-01T18:00:00Z", "updated": "2025-05-02T07:00:00Z", "content": " ".join(FLOOD)},
    ]), content_type="application/atom+xml")
    ingest_paths(store, [feed], progress=False)
    rows = {row["title"]: row for row in store.articles()}
    assert rows["Seenotretter bergen 112 Menschen"]["published"] == "2025-05-02"
    assert rows["Hochwasser in Norditalien"]["published"] == "2025-05-01"
    assert {row["outlet"] for row in rows.values()} == {"Morgenblatt"}


def test_teaser_only_feed_takes_the_full_text_from_the_linked_page(web, store):
    rescue = web.route("/artikel/rettung", article_page("Seenotretter bergen 112 Menschen", RESCUE,
                                                        site="Küstenkurier", published="2025-05-02"))
    flood = web.route("/artikel/hochwasser", article_page("Hochwasser in Norditalien", FLOOD,
                                                          site="Küstenkurier", published=None))
    feed = web.route("/teaser.xml", rss([
        {"title": "Seenotretter bergen 112 Menschen", "link": rescue, "summary": "Unter ihnen 23 Kinder."},
        {"title": "Hochwasser in Norditalien", "link": flood, "date": "Thu, 01 May 2025 20:00:00 +0200",
         "summary": "Tausende in Sicherheit gebracht."},
    ]), content_type="text/xml")
    summary = ingest_paths(store, [feed], progress=False)
    assert (summary.new, summary.failed) == (2, 0)
    assert len(web.hits("/artikel/rettung")) == len(web.hits("/artikel/hochwasser")) == 1
    rescue_row = store.article(url_id(rescue))
    assert "libyschen Küste" in rescue_row["text"] and rescue_row["outlet"] == "Küstenkurier"
    flood_row = store.article(url_id(flood))
    assert "Regionalpräsident" in flood_row["text"]
    assert flood_row["published"] == "2025-05-01"  # the page has no date: the entry's date fills in


def test_a_teaser_whose_link_fails_is_one_error_and_the_other_entries_are_stored(web, store):
    good = web.route("/artikel/gut", article_page("Seenotretter bergen 112 Menschen", RESCUE))
    feed = web.route("/teaser.rss", rss([
        {"title": "Seenotretter bergen 112 Menschen", "link": good, "summary": "Kurz."},
        {"title": "Verschwunden", "link": web.url("/artikel/weg"), "summary": "Kurz."},
    ]), content_type="application/rss+xml")
    summary = ingest_paths(store, [feed], progress=False)
    assert (summary.new, summary.failed) == (1, 1)
    assert [str(error) for error in summary.errors] == [f"{web.url('/artikel/weg')}: HTTP 404 Not Found"]


def test_a_feed_is_recognised_by_its_content_when_the_type_says_nothing(web):
    feed = web.route("/feed", rss([{"title": "Warnstreik legt Nahverkehr lahm", "link": "http://127.0.0.1:9/s",
                                    "content": STRIKE}]), content_type="application/octet-stream")
    [article] = list(read_articles([feed]))
    assert article.title == "Warnstreik legt Nahverkehr lahm" and "5.000 Beschäftigte" in article.text


def test_garbage_feed_is_a_one_line_error(web, tmp_path):
    url = web.route("/kaputt.rss", b"<?xml version='1.0'?>\n{{ das ist kein feed ]]> <<<",
                    content_type="application/rss+xml")
    broken_file = tmp_path / "kaputt.xml"
    broken_file.write_bytes(b"\x00\x01 binary junk")
    items = list(read_articles([url, broken_file]))
    assert [str(item).split(": ", 1)[0] for item in items] == [url, str(broken_file)]
    assert all(str(item).split(": ", 1)[1].startswith("not a valid RSS or Atom feed (") for item in items)
    assert all("\n" not in str(item) for item in items)


def test_feed_files_on_disk_are_read_by_their_extension(tmp_path, store):
    (tmp_path / "ausland.rss").write_text(rss([
        {"title": "Schweres Erdbeben in der Osttürkei", "link": "http://127.0.0.1:9/erdbeben", "content": QUAKE}]),
        encoding="utf-8")
    (tmp_path / "morgen.atom").write_text(atom([
        {"id": "urn:2", "title": "Hochwasser in Norditalien", "link": "http://127.0.0.1:9/hochwasser",
         "published": "2025-05-01T18:00:00Z", "content": " ".join(FLOOD)}]), encoding="utf-8")
    summary = ingest_paths(store, [tmp_path / "ausland.rss", str(tmp_path / "morgen.atom")], progress=False)
    assert (summary.new, summary.failed) == (2, 0)
    again = ingest_paths(store, [tmp_path / "ausland.rss", str(tmp_path / "morgen.atom")], progress=False)
    assert (again.new, again.unchanged) == (0, 2)


def test_parse_feed_keeps_keys_links_and_plain_text():
    feed = parse_feed(rss([{"title": "A", "link": "http://127.0.0.1:9/a", "guid": "tag:a",
                            "summary": "<b>Fett</b> und &amp; so"}]).encode(), "http://127.0.0.1:9/f")
    [entry] = feed.entries
    assert (entry.key, entry.link, entry.summary, entry.content) == ("tag:a", "http://127.0.0.1:9/a", "Fett und & so", "")
    with pytest.raises(FeedError):
        parse_feed(b"kein xml", "x")
