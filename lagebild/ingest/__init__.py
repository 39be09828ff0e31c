"""Sources → `Article`s: files, folders, and (later) URLs and feeds.

`read_articles` yields an `Article` for every readable input and an `IngestError`
for every bad one, so one bad file never stops a batch.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from lagebild.ingest.readers import Overrides, read_path

__all__ = ["IngestError", "Overrides", "read_articles"]


@dataclass(slots=True)
class IngestError:
    source: str  # file name (with ":line" for a JSONL line)
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def read_articles(paths: Iterable[str | Path], overrides: Overrides | None = None) -> Iterator["Article | IngestError"]:
    for path in paths:
        yield from read_path(Path(path), overrides or Overrides())
