"""The web app: FastAPI with server-rendered pages, a JSON API and strict security headers."""

from __future__ import annotations

from importlib import resources
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from lagebild import __version__
from lagebild.picture import PictureSettings
from lagebild.views.web import api, pages
from lagebild.views.web.site import Site

# Scripts and styles only from our own static files; chart colours use style attributes
# (CSS custom properties), which cannot run code, so only those are allowed inline.
CONTENT_SECURITY_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; "
                           "style-src-attr 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
                           "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

# Static files by name: the web's own plus the report's stylesheet and click handler (reused, not copied).
STATIC = {
    "style.css": ("lagebild.views", "templates/style.css", "text/css"),
    "report.js": ("lagebild.views", "templates/report.js", "text/javascript"),
    "web.css": ("lagebild.views.web", "static/web.css", "text/css"),
    "web.js": ("lagebild.views.web", "static/web.js", "text/javascript"),
}


def _load_static() -> dict[str, tuple[bytes, str]]:
    return {name: (resources.files(package).joinpath(path).read_bytes(), media)
            for name, (package, path, media) in STATIC.items()}


class CleanParameters:
    """An empty form field ("?measure=&date_from=") means the filter was not given;
    NUL characters, which no id or text holds and PostgreSQL refuses, are a 400."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and ("\x00" in scope["path"] or b"%00" in scope.get("query_string", b"")):
            body = {"detail": "NUL characters are not allowed in the address"}
            response = (JSONResponse(body, status_code=400) if _wants_json(scope["path"])
                        else pages.error_page(400, body["detail"]))
            for name, value in SECURITY_HEADERS.items():
                response.headers[name] = value
            await response(scope, receive, send)
            return
        if scope["type"] == "http" and scope.get("query_string"):
            pairs = scope["query_string"].split(b"&")
            kept = [pair for pair in pairs if pair.partition(b"=")[2].strip(b"+")]
            if len(kept) != len(pairs):
                scope = {**scope, "query_string": b"&".join(kept)}
        await self.app(scope, receive, send)


def _wants_json(path: str) -> bool:
    return path == "/api" or path.startswith(("/api/", "/openapi"))


def create_app(store: Any, settings: PictureSettings | None = None) -> FastAPI:
    """The app over an open store (see `lagebild.store.open_store`); the caller closes the store."""
    app = FastAPI(title="lagebild", version=__version__, docs_url=None, redoc_url=None,
                  description="Evidence-linked situation picture: articles, claims, statements, tracked "
                              "figures, contradictions and anomalies.")
    app.state.site = Site(store, settings)
    static = _load_static()

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        if _wants_json(request.url.path):
            return JSONResponse({"detail": error.detail}, status_code=error.status_code)
        message = error.detail if isinstance(error.detail, str) else "request failed"
        return pages.error_page(error.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError):
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
                    for e in error.errors()]
        if _wants_json(request.url.path):
            return JSONResponse({"detail": [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")}
                                            for e in error.errors()]}, status_code=422)
        return pages.error_page(422, "Some parameters are not valid.", problems)

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        if name not in static:
            raise StarletteHTTPException(404, detail=f"no static file {name!r}")
        content, media = static[name]
        return Response(content, media_type=media, headers={"Cache-Control": "max-age=3600"})

    app.add_middleware(CleanParameters)
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
