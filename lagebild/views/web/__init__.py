"""The web UI and JSON API (`lagebild serve`): FastAPI, server-rendered, no external resources."""

from lagebild.views.web.app import create_app

__all__ = ["create_app"]
