"""Read → analyse → store, article by article; bad input becomes an error line, never a crash."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from lagebild.ingest import IngestError, Overrides, read_articles
from lagebild.ingest.dedup import DEFAULT_THRESHOLD, DuplicateIndex, minhash, signature_bytes, text_hash
from lagebild.ingest.readers import describe
from lagebild.ingest.workers import Failed, analyze_for_store, ordered_map, prepare_worker
from lagebild.model import Analysis, Article
from lagebild.store import Store, fingerprint


@dataclass(slots=True)
class IngestSummary:
    new: int = 0
    unchanged: int = 0
    updated: int = 0
    duplicates: int = 0  # newly stored articles that copy an earlier one (exactly or nearly)
    failed: int = 0
    errors: list[IngestError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # recoverable oddities, e.g. "decoded as cp1252"

    @property
    def total(self) -> int:
        return self.new + self.unchanged + self.updated + self.duplicates + self.failed

    def line(self) -> str:
        return (f"{self.total} article{'s' if self.total != 1 else ''}: {self.new} new, "
                f"{self.duplicates} duplicate{'s' if self.duplicates != 1 else ''}, "
                f"{self.unchanged} unchanged, {self.updated} updated, {self.failed} failed")


def ingest_paths(store: Store, paths: Iterable[str | Path], overrides: Overrides | None = None,
                 progress: bool = True, *, near_duplicate_threshold: float = DEFAULT_THRESHOLD,
                 analyze: Callable[[Article], Analysis] = analyze_for_store, jobs: int = 1) -> IngestSummary:
    """Ingest files and folders into the store; one transaction per article.

    Articles stream from the readers through the analysis (in `jobs` worker
    processes when jobs > 1; `analyze` must then be picklable) to this process,
    the one writer, in input order: the result does not depend on `jobs`.
    New articles that repeat an earlier one (same text, or a near-copy above the
    MinHash threshold) are stored with `duplicate_of` and counted as duplicates.
    """
    summary = IngestSummary()
    index = DuplicateIndex.build(store.duplicate_rows(), near_duplicate_threshold)
    bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=Console(stderr=True), transient=True, disable=not progress)
    to_analyse = _needing_analysis(store, read_articles(paths, overrides, on_note=summary.notes.append), summary)
    with bar:
        task = bar.add_task("ingest", total=None)
        for article, outcome in ordered_map(analyze, to_analyse, jobs, initializer=prepare_worker):
            bar.update(task, completed=summary.total + 1)
            if isinstance(outcome, Failed):
                _fail(summary, IngestError(article.source_path or article.id, f"analysis failed: {outcome.reason}"))
            else:
                _store_one(store, outcome, index, summary)
    return summary


def _needing_analysis(store: Store, items: Iterable[Article | IngestError], summary: IngestSummary) -> Iterator[Article]:
    """The articles that are new or changed; errors, repeats and unchanged ones are counted here."""
    seen: dict[str, tuple[str, str | None]] = {}  # id -> (fingerprint, source) within this batch
    for item in items:
        if isinstance(item, IngestError):
            _fail(summary, item)
            continue
        source = item.source_path or item.id
        print_ = fingerprint(item)
        if item.id in seen:
            if seen[item.id][0] == print_:
                summary.unchanged += 1
            else:
                _fail(summary, IngestError(source, f"duplicate id {item.id!r} (also read from {seen[item.id][1]})"))
            continue
        seen[item.id] = (print_, source)
        try:
            if store.is_unchanged(item):
                summary.unchanged += 1
                continue
        except Exception as error:  # noqa: BLE001 - a database problem must not end the batch
            _fail(summary, IngestError(source, f"store failed: {describe(error)}"))
            continue
        yield item


def _store_one(store: Store, analysis: Analysis, index: DuplicateIndex, summary: IngestSummary) -> None:
    article = analysis.article  # with --jobs a copy that came back from the worker
    source = article.source_path or article.id
    hash_, signature = text_hash(article.text), minhash(article.text)
    article.duplicate_of, _exact = index.find(article.id, hash_, signature)
    try:
        status = store.add(article, analysis, minhash=signature_bytes(signature))
    except Exception as error:  # noqa: BLE001 - the transaction rolled back; report and go on
        _fail(summary, IngestError(source, f"store failed: {describe(error)}"))
        return
    index.add(article.id, hash_, signature, article.duplicate_of)
    if status == "new" and article.duplicate_of:
        summary.duplicates += 1
    else:
        setattr(summary, status, getattr(summary, status) + 1)


def _fail(summary: IngestSummary, error: IngestError) -> None:
    summary.failed += 1
    summary.errors.append(error)
