"""`lagebild watch`: poll pages and feeds, ingest only what is new or changed.

Polls use conditional requests (If-None-Match / If-Modified-Since). The state per
source (validators, last and next poll, consecutive failures) and the entries seen
per source (with a hash of their content) live in the database, so a restarted
watch neither re-ingests nor polls early. Failing sources back off exponentially
up to a cap. Every poll of a source logs one line.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from lagebild.ingest.feeds import FeedError, entry_article, entry_source, looks_like_feed, parse_feed
from lagebild.ingest.fetch import FetchError, Fetcher, FetchSettings, Page, is_url, page_article
from lagebild.ingest.readers import describe
from lagebild.store import Store, text_hash

MAX_BACKOFF_SECONDS = 6 * 3600
MAX_KEY_LENGTH = 1000  # the entry column's size, with room to spare
_INTERVAL = re.compile(r"(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|d)?", re.I)
_INLINE_COMMENT = re.compile(r"\s+#")  # "# ..." after a space; a "#" inside a URL is its fragment
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "d": 86400}


def parse_interval(text: str) -> float:
    """Seconds in "30s", "10m", "1h", "1d" (a bare number is seconds); ValueError otherwise."""
    match = _INTERVAL.fullmatch(text.strip())
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"invalid interval {text!r} (expected e.g. 30s, 10m, 1h)")
    return float(match.group(1)) * _UNIT_SECONDS[(match.group(2) or "s").lower()]


def read_source_list(path: Path) -> list[str]:
    """URLs from a list file: one per line (# starts a comment), or an OPML outline."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: cannot read ({getattr(error, 'strerror', None) or error})") from None
    if text.lstrip().startswith(("<?xml", "<opml")):
        return _opml_urls(path, text)
    urls = []
    for number, line in enumerate(text.splitlines(), 1):
        line = _INLINE_COMMENT.split(line.strip(), maxsplit=1)[0]
        if not line or line.startswith("#"):
            continue
        if not is_url(line):
            raise ValueError(f"{path}:{number}: not an http(s) URL: {line[:80]!r}")
        urls.append(line)
    return urls


def _opml_urls(path: Path, text: str) -> list[str]:
    import xml.etree.ElementTree as ElementTree

    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as error:
        raise ValueError(f"{path}: invalid OPML ({error})") from None
    urls = [outline.get("xmlUrl") or outline.get("url") for outline in root.iter("outline")]
    return [url for url in urls if url and is_url(url)]


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _timestamp(iso: str | None) -> float | None:
    if not iso:
        return None
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


@dataclass(slots=True)
class PollResult:
    url: str
    when: float
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    error: str | None = None  # the whole source failed (then nothing was ingested)
    first_failure: str | None = None  # one failed entry, for the log line
    not_modified: bool = False

    def line(self) -> str:
        head = f"{_iso(self.when)} {self.url}:"
        if self.error:
            return f"{head} failed: {self.error}"
        counts = f"{self.new} new, " + (f"{self.updated} updated, " if self.updated else "")
        line = f"{head} {counts}{self.unchanged} unchanged, {self.failed} failed"
        if self.not_modified:
            line += " (not modified)"
        if self.first_failure:
            line += f"; first failure: {self.first_failure}"
        return line


class Watcher:
    """Polls sources into a store; `clock` and `sleep` are injectable for tests."""

    def __init__(self, store: Store, sources: Iterable[str], every: float, *,
                 settings: FetchSettings | None = None, max_backoff: float = MAX_BACKOFF_SECONDS,
                 clock: Callable[[], float] = time.time, sleep: Callable[[float], None] = time.sleep,
                 log: Callable[[str], None] = print) -> None:
        self.store = store
        self.sources = list(dict.fromkeys(sources))
        self.every = every
        self.max_backoff = max(max_backoff, every)
        self.clock, self.sleep, self.log = clock, sleep, log
        self.fetcher = Fetcher(settings)

    def close(self) -> None:
        self.fetcher.close()

    def run(self, *, once: bool = False, max_polls: int | None = None) -> list[PollResult]:
        """Poll until stopped: with `once` every source once now; `max_polls` ends after that many rounds."""
        results: list[PollResult] = []
        rounds = 0
        while True:
            now = self.clock()
            due = self.sources if once else [url for url in self.sources if self._next_poll(url) <= now]
            if not due:
                self.sleep(max(0.0, min(self._next_poll(url) for url in self.sources) - now))
                continue
            for url in due:
                result = self.poll(url)
                self.log(result.line())
                results.append(result)
            rounds += 1
            if once or (max_polls is not None and rounds >= max_polls):
                return results

    def _next_poll(self, url: str) -> float:
        state = self.store.watch_state(url)
        return (_timestamp(state["next_poll"]) if state else None) or 0.0

    def poll(self, url: str) -> PollResult:
        """Poll one source now: fetch (conditionally), ingest what is new or changed, save the state."""
        state = self.store.watch_state(url) or {}
        now = self.clock()
        result = PollResult(url=url, when=now)
        try:
            page = self.fetcher.get(url, etag=state.get("etag"), last_modified=state.get("last_modified"))
            if page.not_modified:
                result.not_modified = True
                result.unchanged = len(self.store.seen_entries(url))
            else:
                self._ingest(url, page, result)
        except Exception as error:  # noqa: BLE001 - one source's problem must not end the watch of all
            failures = (state.get("failures") or 0) + 1
            delay = min(self.every * 2 ** min(failures, 30), self.max_backoff)
            known = isinstance(error, (FetchError, FeedError))
            result.error = str(error) if known else f"unexpected error: {describe(error)}"
            self.store.save_watch_state(url, last_poll=_iso(now), next_poll=_iso(now + delay),
                                        failures=failures, last_error=result.error)
            return result
        saved = {"last_poll": _iso(now), "next_poll": _iso(now + self.every), "failures": 0, "last_error": None}
        if not result.not_modified and not result.failed:
            # Validators only when everything was taken in: a failed entry must come back next time.
            saved.update(etag=page.etag, last_modified=page.last_modified)
        elif result.failed:
            saved.update(etag=None, last_modified=None)
        self.store.save_watch_state(url, **saved)
        return result

    def _ingest(self, url: str, page: Page, result: PollResult) -> None:
        from lagebild.ingest.pipeline import ingest_paths

        seen = self.store.seen_entries(url)
        pending: list[tuple[str, str, object]] = []  # (entry key, content hash, article)
        failures: list[str] = []
        if looks_like_feed(page):
            feed = parse_feed(page.body, page.final_url, page.headers.get("content-type"))
            for entry in feed.entries:
                key, hash_ = entry.key[:MAX_KEY_LENGTH], entry.content_hash
                if seen.get(key) == hash_:
                    result.unchanged += 1
                    continue
                try:
                    article = entry_article(entry, feed, self.fetcher)
                except (FetchError, FeedError) as error:
                    failures.append(f"{entry_source(entry, feed)}: {error}")
                    continue
                article.source_path = entry_source(entry, feed)
                pending.append((key, hash_, article))
        elif page.is_html:
            article = page_article(page)
            key, hash_ = url[:MAX_KEY_LENGTH], text_hash(article.text)
            if seen.get(key) == hash_:
                result.unchanged += 1
            else:
                pending.append((key, hash_, article))
        else:
            raise FetchError(f"not an HTML page or a feed ({page.content_type or 'no content type'})")
        if pending:
            summary = ingest_paths(self.store, [article for _key, _hash, article in pending], progress=False)
            failed_sources = {error.source for error in summary.errors}
            failures.extend(str(error) for error in summary.errors)
            self.store.mark_seen(url, [(key, hash_, article.id) for key, hash_, article in pending
                                       if article.source_path not in failed_sources])
            result.new += summary.new + summary.duplicates
            result.updated += summary.updated
            result.unchanged += summary.unchanged
        result.failed = len(failures)
        result.first_failure = failures[0] if failures else None
