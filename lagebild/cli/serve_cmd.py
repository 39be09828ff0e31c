"""`lagebild serve`: the web UI and JSON API over a store."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import console, err_console
from lagebild.cli.picture_cmd import SETTINGS_OPTION
from lagebild.cli.store_cmd import DB_OPTION, open_store_or_exit
from lagebild.picture import PictureSettings, load_settings


def settings_or_exit(path: Path | None) -> PictureSettings:
    """The picture settings from a TOML file, or a one-line error and exit code 2."""
    try:
        return load_settings(path)
    except (OSError, ValueError) as error:
        err_console.print(f"[red]error[/red] {path}: {error}", highlight=False)
        raise typer.Exit(2) from None


@app.command()
def serve(
    db: Optional[str] = DB_OPTION,
    host: str = typer.Option("127.0.0.1", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8000, min=1, max=65535, help="Port to listen on."),
    settings: Optional[Path] = SETTINGS_OPTION,
) -> None:
    """Serve the web UI (figures, articles, search) and the JSON API under /api."""
    import uvicorn

    from lagebild.views.web import create_app

    picture_settings = settings_or_exit(settings)
    store = open_store_or_exit(db, create=False)
    try:
        console.print(f"serving on http://{host}:{port}/ (Ctrl+C to stop)", highlight=False)
        uvicorn.run(create_app(store, picture_settings), host=host, port=port, log_level="warning")
    finally:
        store.close()
