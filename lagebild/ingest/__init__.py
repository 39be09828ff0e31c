"""Sources → `Article`s: files, folders, URLs and RSS/Atom feeds (URLs and feeds: `feeds.RemoteReader`).

`read_articles` yields an `Article` for every readable input and an `IngestError`
for every bad one, so one bad file never stops a batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from lagebild.ingest.readers import Overrides, Reader
from lagebild.ingest.text import normalize_text

if TYPE_CHECKING:
    from lagebild.model import Article

__all__ = ["NEAR_DUPLICATE_THRESHOLD", "IngestError", "Overrides", "normalize_text", "read_articles"]

# Estimated Jaccard similarity of word shingles above which an article is a near-duplicate
# (here, not in `dedup`, so the CLI can show it without loading numpy).
NEAR_DUPLICATE_THRESHOLD = 0.8


@dataclass(slots=True)
class IngestError:
    source: str  # file name (with ":line" for a JSONL line)
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def read_articles(paths: Iterable[str | Path], overrides: Overrides | None = None,
                  on_note: Callable[[str], None] | None = None) -> Iterator["Article | IngestError"]:
    """Articles (or one-line errors) from files and folders, in a stable order.

    `on_note` receives one line per recoverable oddity (e.g. a cp1252 file); by
    default such notes go to the "lagebild.ingest" logger.
    """
    from lagebild.ingest.feeds import RemoteReader, is_remote_source

    reader = Reader(overrides or Overrides(), on_note)
    remote = RemoteReader(IngestError, reader.on_note)  # URLs, feed files and ready-made Articles
    try:
        for path in paths:
            if is_remote_source(path):
                yield from (_fill_missing(item, reader.overrides) for item in remote.read(path))
            else:
                yield from reader.read(Path(path))
    finally:
        remote.close()


def _fill_missing(item, overrides: Overrides):
    """Command-line outlet/date for fetched articles that lack them, the language when unknown."""
    if isinstance(item, IngestError):
        return item
    from lagebild.ingest.language import detect_language

    item.outlet = item.outlet or overrides.outlet
    item.published = item.published or overrides.published
    item.language = item.language or detect_language(item.text)
    return item
