"""RSS 2.0 and Atom feeds → `Article`s, and the reader for URL and feed-file sources.

Every feed entry becomes an article (title, link, date, text). An entry that
carries only a teaser (a short summary and no full content) is completed by
fetching its link and taking the page's main text.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urldefrag, urlsplit

from lagebild.ingest.fetch import FetchError, Fetcher, FetchSettings, Page, is_url, page_article, url_id
from lagebild.ingest.text import guess_title, normalize_text
from lagebild.model import Article

FEED_SUFFIXES = (".xml", ".rss", ".atom")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "application/feed+json")
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)


class FeedError(ValueError):
    """Bytes that are not a usable feed; str() is the one-line reason."""


@dataclass(slots=True)
class FeedEntry:
    key: str  # the entry's id, else its link, else its title: what "seen before" means
    link: str | None
    title: str | None
    published: str | None
    summary: str  # plain text
    content: str  # plain text of the full content, "" when the feed carries none

    def is_teaser(self, teaser_chars: int) -> bool:
        """Only a short summary and no full content: the text is on the linked page."""
        return not self.content and len(self.summary) < teaser_chars

    @property
    def content_hash(self) -> str:
        parts = (self.link, self.title, self.published, self.summary, self.content)
        return hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Feed:
    url: str
    title: str | None
    entries: list[FeedEntry] = field(default_factory=list)


def is_feed_file(path: object) -> bool:
    return isinstance(path, (str, Path)) and not is_url(path) and Path(path).suffix.lower() in FEED_SUFFIXES


def looks_like_feed(page: Page) -> bool:
    """A response is a feed when its content type says so or its body starts like RSS/Atom."""
    if page.content_type in FEED_TYPES or page.content_type.endswith(("+xml", "/rss")):
        return page.content_type != "application/xhtml+xml"
    return bool(_FEED_START.match(page.body[:2048]))


def parse_feed(data: bytes, url: str, content_type: str | None = None) -> Feed:
    """Entries of an RSS or Atom document; `FeedError` when it is not one."""
    import feedparser

    headers = {"content-type": content_type} if content_type else {}
    # Always bytes: given a string, feedparser would treat it as a URL or file name.
    parsed = feedparser.parse(bytes(data), response_headers=headers)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        detail = " ".join(str(problem).split()).removeprefix("<unknown>:") if problem else "no RSS or Atom elements"
        raise FeedError(f"not a valid RSS or Atom feed ({detail})")
    feed = Feed(url=url, title=_plain(parsed.feed.get("title")) or None)
    for raw in parsed.entries:
        link = raw.get("link") or None
        summary = _plain(raw.get("summary"))
        content = max((_plain(part.get("value")) for part in raw.get("content") or []), key=len, default="")
        title = _plain(raw.get("title")) or None
        key = raw.get("id") or link or title or hashlib.sha256((summary + content).encode()).hexdigest()[:20]
        feed.entries.append(FeedEntry(key=str(key)[:1000], link=link, title=title,
                                      published=_entry_date(raw), summary=summary, content=content))
    return feed


def _plain(value: str | None) -> str:
    return normalize_text(value) if value else ""


def _entry_date(raw) -> str | None:
    """The calendar date as written in the entry (published, else updated), as an ISO prefix."""
    from lagebild.ingest.dates import normalize_published

    for name in ("published", "updated", "created"):
        value = raw.get(name)
        if not value:
            continue
        try:
            return normalize_published(value)
        except ValueError:
            pass
        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        parsed = raw.get(f"{name}_parsed")
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def entry_article(entry: FeedEntry, feed: Feed, fetcher: Fetcher | None) -> Article:
    """An entry as an article; a teaser is completed from its link (FetchError if that fails)."""
    text = max((entry.content, entry.summary), key=len)
    outlet = feed.title or urlsplit(entry.link or feed.url).hostname
    if entry.is_teaser(fetcher.settings.teaser_chars if fetcher else 0) and entry.link and fetcher is not None:
        page = fetcher.get(entry.link)
        if not page.is_html:
            raise FetchError(f"teaser link is not an HTML page ({page.content_type or 'no content type'})")
        article = page_article(page)
        article.title = article.title or entry.title
        article.published = article.published or entry.published
        return article
    if not text:
        raise FeedError("entry has no text")
    if entry.title and not text.startswith(entry.title):
        text = f"{entry.title}\n\n{text}"
    if entry.link:
        link, _fragment = urldefrag(entry.link)
        article_id = url_id(link)
    else:
        link, article_id = None, url_id(f"{feed.url}#{entry.key}")
    return Article(id=article_id, text=text, url=link, outlet=outlet, title=entry.title or guess_title(text),
                   published=entry.published, source_path=entry.link or f"{feed.url}#{entry.key}")


def entry_source(entry: FeedEntry, feed: Feed) -> str:
    """How errors name an entry: its link, else the feed with the entry key."""
    return entry.link or f"{feed.url}#{entry.key}"


def is_remote_source(path: object) -> bool:
    """Sources `RemoteReader` handles: http(s) URLs, feed files and ready-made Articles."""
    return isinstance(path, Article) or is_url(path) or is_feed_file(path)


class RemoteReader:
    """Articles (or one-line errors) from URLs (pages or feeds) and feed files."""

    def __init__(self, error: Callable[[str, str], object], on_note: Callable[[str], None],
                 settings: FetchSettings | None = None) -> None:
        self._error = error  # builds an IngestError(source, reason)
        self._on_note = on_note
        self._settings = settings
        self._fetcher: Fetcher | None = None

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:
            self._fetcher = Fetcher(self._settings)
        return self._fetcher

    def close(self) -> None:
        if self._fetcher is not None:
            self._fetcher.close()

    def read(self, source: object) -> Iterator:
        if isinstance(source, Article):
            yield source
        elif is_url(source):
            yield from self._read_url(str(source).strip())
        else:
            yield from self._read_feed_file(Path(source))

    def _read_url(self, url: str) -> Iterator:
        try:
            page = self.fetcher.get(url)
            if looks_like_feed(page):
                feed = parse_feed(page.body, page.final_url, page.headers.get("content-type"))
            elif page.is_html:
                yield page_article(page)
                return
            else:
                raise FetchError(f"not an HTML page or a feed ({page.content_type or 'no content type'})")
        except (FetchError, FeedError) as error:
            yield self._error(url, str(error))
            return
        yield from self._entries(feed)

    def _read_feed_file(self, path: Path) -> Iterator:
        try:
            data = path.read_bytes()
            feed = parse_feed(data, str(path))
        except OSError as error:
            yield self._error(str(path), error.strerror or str(error))
            return
        except FeedError as error:
            yield self._error(str(path), str(error))
            return
        yield from self._entries(feed)

    def _entries(self, feed: Feed) -> Iterator:
        for entry in feed.entries:
            try:
                yield entry_article(entry, feed, self.fetcher)
            except (FetchError, FeedError) as error:
                yield self._error(entry_source(entry, feed), str(error))
