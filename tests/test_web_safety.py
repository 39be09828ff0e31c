"""The web server is safe to run: loopback by default, read-only, a Content-Security-Policy on
every response, and SQL-injection and path-traversal probes in every path and query parameter
are harmless (a 4xx or an empty result, never a 500, every table intact, no file leaks)."""

from __future__ import annotations

import inspect
import ipaddress
import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from lagebild.cli.serve_cmd import serve
from lagebild.store import open_store
from lagebild.views.web import create_app
from test_web_api import add, claim

PROBES = [
    "' OR 1=1 --", '"; DROP TABLE claims; --', "') OR ('1'='1", "1; DELETE FROM articles", "%' OR '%'='",
    "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "....//....//etc/passwd",
    "/etc/passwd", "..\\..\\windows\\win.ini", "<script>alert(1)</script>", "${7*7}", "{{7*7}}",
]
# Pages (not in the OpenAPI schema) with their query parameters; the API's come from the schema.
PAGES = {
    "/": ["measure", "source", "place", "date_from", "date_to"],
    "/claims": ["measure", "source", "place", "date_from", "date_to", "limit", "offset"],
    "/articles": ["limit", "offset"], "/conflicts": ["limit", "offset"], "/anomalies": ["limit", "offset"],
    "/statements": ["speaker", "limit", "offset"], "/search": ["q", "limit", "offset"],
    "/articles/{article_id}": [], "/tracks/{track_id}": [], "/static/{name}": [],
}
TABLES = ("articles", "claims", "statements", "sentences", "mentions", "times", "quantities")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    db = tmp_path_factory.mktemp("web-safety") / "web.db"
    with open_store(str(db)) as opened:
        add(opened, "a", "2025-01-20", "Outlet A",
            [claim("a", "300 Soldaten", "killed", 300, 300, "exact", "NIS", "2025-01-20")])
        add(opened, "b", "2025-01-25", "Outlet B", [claim("b", "etwa 4.000 getöteten Soldaten", "killed", 4000,
                                                          4000, "about", "Ukrainian commanders", "2025-01-25")])
        yield opened


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(store), raise_server_exceptions=False) as test_client:
        yield test_client


def routes(client) -> dict[str, list[str]]:
    found = dict(PAGES)
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        assert set(operations) == {"get"}, f"{path} accepts {set(operations)}: a writing endpoint needs a token"
        found[path] = [p["name"] for p in operations["get"].get("parameters", []) if p["in"] == "query"]
    return found


def probe_urls(client) -> list[str]:
    urls = []
    for path, query in routes(client).items():
        for probe in PROBES:
            encoded = quote(probe, safe="%/") if "%" in probe else quote(probe, safe="/")
            filled = re.sub(r"\{[^}]+\}", encoded, path)
            if filled != path:
                urls.append(filled)
            for name in query:
                urls.append(f"{path if filled == path else re.sub(r'{[^}]+}', 'a', path)}?{name}={quote(probe)}")
    return urls


def counts(store) -> dict[str, int]:
    return {table: store.count(table) for table in TABLES}


def test_the_server_listens_on_loopback_by_default():
    default = inspect.signature(serve).parameters["host"].default.default
    assert ipaddress.ip_address(default).is_loopback


def test_probes_in_every_parameter_are_harmless(client, store):
    before = counts(store)
    urls = probe_urls(client)
    assert len(urls) > 300
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, (url, response.status_code, response.text[:300])
        assert "default-src 'none'" in response.headers["content-security-policy"], url
        assert "root:x:0:0" not in response.text and "[fonts]" not in response.text, url
        if response.status_code == 200 and url.startswith("/api/") and "items" in response.json():
            # a probe as a filter matches nothing; as limit/offset it was refused above
            if any(f"{name}=" in url for name in ("source", "actor", "location", "doc", "speaker", "cue", "place")):
                assert response.json()["items"] == [], url
    assert counts(store) == before
    assert before["articles"] == 2 and before["claims"] == 2


@pytest.mark.parametrize("path", ["/static/../../etc/passwd", "/static/..%2F..%2Fetc%2Fpasswd",
                                  "/static/%2e%2e/%2e%2e/etc/passwd", "/static/....//etc/passwd",
                                  "/static/web.js%00.txt", "/articles/..%2F..%2Fetc%2Fpasswd",
                                  "/api/articles/../../../etc/passwd"])
def test_path_traversal_never_reads_files(client, path):
    response = client.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    assert "root:" not in response.text


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE"])
@pytest.mark.parametrize("path", ["/", "/api/claims", "/api/articles/a", "/articles/a", "/static/web.js"])
def test_nothing_can_be_written_without_a_token(client, store, method, path):
    before = counts(store)
    response = client.request(method, path, json={"id": "x", "text": "' OR 1=1 --"})
    assert response.status_code in (401, 403, 404, 405), (method, path, response.status_code)
    assert counts(store) == before


def test_injected_text_is_found_literally_and_harmlessly(client, store):
    """A search for SQL meta-characters looks for them as text: nothing found, nothing changed."""
    before = counts(store)
    for probe in ("' OR 1=1 --", "%", "_", "\\", "'; DROP TABLE sentences; --"):
        response = client.get("/api/search", params={"q": probe * 2})
        assert response.status_code == 200 and response.json()["total"] == 0, (probe, response.text[:200])
    assert client.get("/api/search", params={"q": "Soldaten"}).json()["total"] == 2
    assert counts(store) == before
