"""`lagebild watch`: poll pages and RSS/Atom feeds and ingest what is new or changed."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import console, err_console
from lagebild.cli.store_cmd import DB_OPTION, open_store_or_exit


@app.command()
def watch(
    sources: Optional[List[str]] = typer.Argument(None, help="URLs of feeds or pages to poll."),
    every: str = typer.Option("10m", "--every", help="Poll interval: 30s, 10m, 1h, ..."),
    source_file: Optional[Path] = typer.Option(None, "--file", help="More URLs: one per line (# comments) or OPML."),
    once: bool = typer.Option(False, "--once", help="Poll every source once, then exit."),
    max_polls: Optional[int] = typer.Option(None, "--max-polls", min=1, help="Stop after this many poll rounds."),
    timeout: float = typer.Option(15.0, "--timeout", min=0.1, help="Seconds to wait for a server."),
    db: Optional[str] = DB_OPTION,
) -> None:
    """Poll feeds and pages with conditional requests; log one line per poll and source."""
    from lagebild.ingest.fetch import FetchSettings, is_url
    from lagebild.ingest.watch import Watcher, parse_interval, read_source_list

    try:
        interval = parse_interval(every)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="--every") from None
    urls = list(sources or [])
    if source_file is not None:
        try:
            urls += read_source_list(source_file)
        except ValueError as error:
            raise typer.BadParameter(str(error), param_hint="--file") from None
    bad = [url for url in urls if not is_url(url)]
    if bad:
        raise typer.BadParameter(f"not an http(s) URL: {bad[0]}", param_hint="SOURCES")
    if not urls:
        raise typer.BadParameter("no sources: give URLs or --file", param_hint="SOURCES")
    store = open_store_or_exit(db, create=True)
    watcher = Watcher(store, urls, interval, settings=FetchSettings(timeout=timeout),
                      log=lambda line: console.print(line, highlight=False, soft_wrap=True))
    try:
        results = watcher.run(once=once, max_polls=max_polls)
    except KeyboardInterrupt:
        err_console.print("stopped", highlight=False)
        return
    finally:
        watcher.close()
        store.close()
    if results and all(result.error for result in results[-len(watcher.sources):]):
        raise typer.Exit(1)  # the last round reached no source at all
