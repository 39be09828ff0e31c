"""Web pages → `Article`s: polite HTTP fetching with limits, decoding and main-text extraction.

One `Fetcher` (an httpx client) per run: timeouts, a redirect limit, a response size
limit and a clear User-Agent. Every failure (DNS, refused, timeout, HTTP error,
too large, not HTML) is a `FetchError` whose text is one line naming the reason.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urlsplit

import httpx

from lagebild import __version__
from lagebild.ingest.text import NotText, declared_charset, decode_bytes, guess_title, normalize_text
from lagebild.model import Article

USER_AGENT = f"lagebild/{__version__} (+https://example.org/lagebild)"
HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(slots=True)
class FetchSettings:
    timeout: float = 15.0  # seconds, for connecting and for each read
    max_redirects: int = 5
    max_bytes: int = 5_000_000  # a news page is far smaller; larger responses are refused
    user_agent: str = USER_AGENT
    # A feed entry whose text is shorter than this is a teaser: its link is fetched for the full text.
    teaser_chars: int = 600


    @classmethod
    def from_env(cls) -> "FetchSettings":
        """Defaults, overridden by $LAGEBILD_FETCH_TIMEOUT, _MAX_BYTES and _MAX_REDIRECTS when set."""
        import os

        settings = cls()
        for name, convert in (("timeout", float), ("max_bytes", int), ("max_redirects", int)):
            value = os.environ.get(f"LAGEBILD_FETCH_{name.upper()}")
            if value:
                try:
                    setattr(settings, name, convert(value))
                except ValueError:
                    raise ValueError(f"invalid $LAGEBILD_FETCH_{name.upper()}: {value!r}") from None
        return settings


class FetchError(Exception):
    """One URL that could not be fetched or used; str() is the one-line reason."""


@dataclass(slots=True)
class Page:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # media type only, lower case ("" when the server sent none)
    charset: str | None  # from the Content-Type header
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def is_html(self) -> bool:
        if self.content_type:
            return self.content_type in HTML_TYPES
        return self.body.lstrip()[:100].lower().startswith((b"<!doctype html", b"<html"))


def is_url(value: object) -> bool:
    return isinstance(value, str) and value.strip().lower().startswith(("http://", "https://"))


def url_id(url: str) -> str:
    """A stable article id for a URL: the same page always gets the same id."""
    clean, _fragment = urldefrag(url.strip())
    return "url-" + hashlib.sha256(clean.encode("utf-8")).hexdigest()[:20]


class Fetcher:
    """GET with limits; one connection pool for all requests of a run."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings.from_env()
        self._client = httpx.Client(
            follow_redirects=True, max_redirects=self.settings.max_redirects,
            timeout=httpx.Timeout(self.settings.timeout),
            headers={"User-Agent": self.settings.user_agent},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Page:
        """Fetch a URL (conditionally when etag/last_modified are given); 304 comes back as a Page."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                page = self._page(url, response)
                if response.status_code == 304:
                    return page
                if response.status_code >= 400:
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
                page.body = self._read_limited(response)
                return page
        except httpx.TooManyRedirects:
            raise FetchError(f"too many redirects (more than {self.settings.max_redirects})") from None
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.settings.timeout:g} s") from None
        except httpx.ConnectError as error:
            raise FetchError(_connect_reason(url, error)) from None
        except httpx.UnsupportedProtocol:
            raise FetchError("unsupported URL (only http:// and https://)") from None
        except httpx.InvalidURL as error:
            raise FetchError(f"invalid URL ({error})") from None
        except httpx.HTTPError as error:
            raise FetchError(f"request failed: {type(error).__name__}: {' '.join(str(error).split())}") from None

    def _page(self, url: str, response: httpx.Response) -> Page:
        media_type, _, params = response.headers.get("content-type", "").partition(";")
        charset = None
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name.lower() == "charset" and value:
                charset = value.strip("\"' ").lower()
        return Page(url=url, final_url=str(response.url), status=response.status_code,
                    content_type=media_type.strip().lower(), charset=charset,
                    etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"),
                    headers=dict(response.headers))

    def _read_limited(self, response: httpx.Response) -> bytes:
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"too large ({int(declared):,} bytes; limit {limit:,})")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"too large (more than {limit:,} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)


def _connect_reason(url: str, error: httpx.ConnectError) -> str:
    message = " ".join(str(error).split())
    lowered = message.lower()
    host = urlsplit(url).hostname or url
    if any(hint in lowered for hint in ("name or service not known", "nodename nor servname",
                                         "name resolution", "getaddrinfo", "no address associated")):
        return f"DNS lookup failed for {host}"
    if "refused" in lowered:
        return "connection refused"
    return f"cannot connect ({message or type(error).__name__})"


def decode_page(page: Page) -> tuple[str, str | None]:
    """The page as text: the charset from the headers, else the HTML meta tag, else detection."""
    if page.charset:
        try:
            return page.body.decode(page.charset), None
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown header charset: fall back to the page's own declaration
    try:
        return decode_bytes(page.body, declared_charset(page.body))
    except NotText as error:
        raise FetchError(str(error)) from None


def page_article(page: Page, html: str | None = None) -> Article:
    """Main text and metadata of an HTML page (title, outlet, date, canonical URL)."""
    import trafilatura

    if html is None:
        html, _note = decode_page(page)
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # we report problems ourselves
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        document = trafilatura.bare_extraction(
            html, url=page.final_url, with_metadata=True, include_comments=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as error:  # noqa: BLE001 - a parser choking on odd markup is one failed page
        raise FetchError(f"cannot extract the article: {type(error).__name__}") from None
    body = getattr(document, "text", None) if document is not None else None
    if not body or not body.strip():
        raise FetchError("no article text found in the page")
    title = normalize_text(document.title) if document.title else None
    text = normalize_text("\n\n".join(body.split("\n")))  # paragraphs as blank-line blocks, as for HTML files
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    canonical = document.url if is_url(document.url or "") else page.final_url
    canonical, _fragment = urldefrag(canonical)
    return Article(id=url_id(canonical), text=text, title=title or guess_title(text), url=canonical,
                   outlet=document.sitename or document.hostname or urlsplit(canonical).hostname,
                   published=_date_prefix(document.date), source_path=page.url)


def _date_prefix(value: str | None) -> str | None:
    """An ISO date prefix from the page metadata, or None (never the fetch time)."""
    from lagebild.ingest.dates import normalize_published

    if not value:
        return None
    try:
        return normalize_published(value)
    except ValueError:
        return None
