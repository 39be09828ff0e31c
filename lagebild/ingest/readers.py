"""Readers for .txt, .html and .jsonl files and folders (minimal; see issue 2)."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from lagebild.model import Article


@dataclass(slots=True)
class Overrides:
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


def read_path(path: Path, overrides: Overrides) -> Iterator:
    from lagebild.ingest import IngestError

    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.suffix in {".txt", ".jsonl", ".html"}):
            yield from read_path(child, overrides)
        return
    try:
        if path.suffix == ".jsonl":
            for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
                if line.strip():
                    record = json.loads(line)
                    yield Article(id=str(record.get("id") or f"{path.stem}-{number}"),
                                  text=unicodedata.normalize("NFC", record["text"]),
                                  url=record.get("url"), outlet=record.get("outlet"),
                                  title=record.get("title"), published=record.get("published"),
                                  language="de", source_path=f"{path}:{number}")
        else:
            yield Article(id=path.stem, text=unicodedata.normalize("NFC", path.read_text("utf-8")),
                          url=overrides.url, outlet=overrides.outlet, published=overrides.published,
                          language="de", source_path=str(path))
    except (OSError, ValueError, KeyError) as error:
        yield IngestError(str(path), str(error))
