"""The shared corpora the benchmarks read (beside the repository, in ../shared/corpora)."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path



def _shared() -> Path:
    """../shared beside the repository (or beside a folder of worktrees holding it)."""
    for folder in Path(__file__).resolve().parents[1:]:
        if (folder.parent / "shared" / "corpora").is_dir():
            return folder.parent / "shared"
    return Path(__file__).resolve().parents[2] / "shared"


SHARED = _shared()
SHARED_CORPORA = SHARED / "corpora"
GNAD_TEST = SHARED_CORPORA / "10kgnad" / "test.csv"


def gnad_texts(path: Path = GNAD_TEST, limit: int | None = None) -> list[str]:
    """Article texts of the 10kGNAD test split ("label;'text'" rows)."""
    with Path(path).open(encoding="utf-8", newline="") as handle:
        texts = [row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1]
    return texts[:limit] if limit is not None else texts


def gnad() -> list[dict]:
    return [{"id": f"gnad-{i}", "text": text} for i, text in enumerate(gnad_texts())]


def wmt() -> list[dict]:
    with (SHARED_CORPORA / "wmt_de_news" / "wmt_de_original_docs.jsonl").open(encoding="utf-8") as handle:
        return [{"id": f"wmt-{i}", "text": d["text"], "outlet": d.get("outlet"), "title": d.get("title")}
                for i, d in enumerate(map(json.loads, handle))]


def wikinews() -> list[dict]:
    with gzip.open(SHARED_CORPORA / "wikinews_de_quotes" / "test.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [{"id": f"wikinews-{i}", "text": d["originalText"], "title": d.get("title"),
                 "published": d.get("date")} for i, d in enumerate(map(json.loads, handle))]


def listing_article(pairs: int) -> dict:
    """One sentence listing 2 * `pairs` counted figures (as a pasted table or list reads)."""
    parts = [f"in Bezirk {i + 1} {(i * 37) % 900 + 12} Tote und {(i * 53) % 4000 + 100} Verletzte"
             for i in range(pairs)]
    return {"id": f"listing-{pairs}", "text": "Die Behörden meldeten laut Polizei " + ", ".join(parts) + "."}


# name in benchmark tables -> loader of {"id", "text", ...} records
CORPORA = {"10kgnad test": gnad, "wmt_de_news docs": wmt, "wikinews_de_quotes test": wikinews}
