"""The `lagebild` command line: one Typer app, commands registered per module."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="lagebild",
    help="Turn a stream of news articles into an evidence-linked situation picture.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)



@app.callback()
def _root() -> None:
    """Turn a stream of news articles into an evidence-linked situation picture."""


# Each module registers its commands on `app` when imported.
from lagebild.cli import extract_cmd  # noqa: E402,F401
from lagebild.cli import demo_cmd  # noqa: E402,F401
from lagebild.cli import store_cmd  # noqa: E402,F401
from lagebild.cli import eval_cmd  # noqa: E402,F401
from lagebild.cli import quotes_cmd  # noqa: E402,F401
from lagebild.cli import timex_cmd  # noqa: E402,F401
from lagebild.cli import ner_cmd  # noqa: E402,F401
from lagebild.cli import picture_cmd  # noqa: E402,F401
from lagebild.cli import report_cmd  # noqa: E402,F401
from lagebild.cli import serve_cmd  # noqa: E402,F401
from lagebild.cli import export_cmd  # noqa: E402,F401
from lagebild.cli import spark_cmd  # noqa: E402,F401
from lagebild.cli import watch_cmd  # noqa: E402,F401


def main() -> None:
    app()
