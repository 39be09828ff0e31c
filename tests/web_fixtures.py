"""A real HTTP server on 127.0.0.1 for the fetch, feed and watch tests.

Import the fixture into a test module (``from web_fixtures import web``). Each test
gets a fresh server whose routes it sets: pages, feeds, redirects, slow answers,
errors, conditional answers (ETag / Last-Modified -> 304). Every request is
recorded with its headers, so tests can check what the client sent.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None  # for redirects
    delay: float = 0.0  # seconds before answering (a slow server)
    send_length: bool = True  # False: no Content-Length, the body ends when the connection closes


@dataclass
class Request:
    path: str
    headers: dict[str, str]
    when: float


@dataclass
class WebServer:
    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def route(self, path: str, body: str | bytes = b"", **fields) -> str:
        """Serve `body` at `path` (replacing what was there); returns the full URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Route(body=data, **fields)
        return self.url(path)

    def hits(self, path: str) -> list[Request]:
        return [request for request in self.requests if request.path == path]


def _handler(server: WebServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            server.requests.append(Request(self.path, {k.lower(): v for k, v in self.headers.items()}, time.time()))
            route = server.routes.get(self.path)
            if route is None:
                route = Route(body=b"<html><body>Nicht gefunden</body></html>", status=404)
            if route.delay:
                time.sleep(route.delay)
            if self._not_modified(route):
                self.send_response(304)
                self._validators(route)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            if route.location:
                self.send_header("Location", route.location)
            self._validators(route)
            if route.send_length:
                self.send_header("Content-Length", str(len(route.body)))
            else:
                self.send_header("Connection", "close")
                self.close_connection = True
            self.end_headers()
            try:
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (size limit, timeout): fine

        def _not_modified(self, route: Route) -> bool:
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                return True
            return bool(route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified)

        def _validators(self, route: Route) -> None:
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)

    return Handler


@pytest.fixture
def web():
    """A fresh HTTP server on 127.0.0.1 (a free port) serving the routes a test sets."""
    state = WebServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    httpd.block_on_close = False
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 where nothing listens (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def article_page(title: str, paragraphs: list[str], *, site: str | None = "Tagesbote",
                 published: str | None = "2025-03-04", canonical: str | None = None,
                 author: str | None = "Eva Berger", charset: str = "utf-8", meta_charset: bool = True) -> str:
    """A German news page with the usual metadata tags (each optional)."""
    head = [f'<meta charset="{charset}">' if meta_charset else "", f"<title>{title}</title>"]
    if site:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}T08:15:00+01:00">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if author:
        head.append(f'<meta name="author" content="{author}">')
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (f"<!DOCTYPE html><html lang=\"de\"><head>{''.join(head)}</head><body>"
            f"<nav><a href=\"/\">Start</a> | <a href=\"/politik\">Politik</a></nav>"
            f"<article><h1>{title}</h1>{body}</article>"
            f"<footer>Impressum | Datenschutz</footer></body></html>")
