"""The bundled demo corpus: short German news articles the project wrote itself.

Most follow one developing story (North Korean troops in Russia, October 2024 to
July 2025) with figures that repeat, round, revise and contradict each other,
one syndicated near-duplicate and one wrongly dated planned deployment; a few
unrelated stories (an earthquake, a flood, an attack, boat arrivals, police
reports) give the picture other tracks. None of it is copied from real articles.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

CORPUS_FILE = "articles.jsonl"


def corpus_path() -> Path:
    """Where the corpus file lies in the installed package."""
    return Path(str(resources.files(__name__).joinpath(CORPUS_FILE)))


def load_corpus() -> list[dict[str, Any]]:
    """The corpus records (id, url, outlet, published, title, text) in file order."""
    with corpus_path().open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
