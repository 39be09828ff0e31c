"""An ordered, bounded map over worker processes, for the ingest's analysis step.

Items are read lazily and at most `window` chunks are in flight, so memory stays
flat however long the input is; results come back in input order, so what is
stored (and which copy counts as the original) does not depend on `jobs`.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from contextlib import contextmanager
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, TypeVar

from lagebild.ingest.readers import describe

if TYPE_CHECKING:
    from lagebild.model import Analysis, Article

Item = TypeVar("Item")
Result = TypeVar("Result")


@dataclass(slots=True, frozen=True)
class Failed:
    """What went wrong for one item, as one line."""

    reason: str


def _attempt(function: Callable[[Item], Result], item: Item) -> Result | Failed:
    try:
        return function(item)
    except Exception as error:  # noqa: BLE001 - one item's bug must not end the batch
        return Failed(describe(error))


def _attempt_all(function: Callable[[Item], Result], items: list[Item]) -> list[Result | Failed]:
    return [_attempt(function, item) for item in items]


def _keep_inferred_date(doc) -> None:
    """Last step: keep the date the times step inferred from the text, marked as inferred."""
    if doc.anchor and doc.anchor[1] and not doc.article.published:
        doc.article.published, doc.article.published_inferred = doc.anchor[0], True


def analyze_for_store(article: "Article") -> "Analysis":
    """The ingest's analysis: the pipeline plus keeping an inferred publication date.

    It lives here, in a module with light imports, because worker processes import
    it to unpickle it: they then load the analysis and nothing of the store or CLI.
    """
    from lagebild.analysis import PIPELINE, analyze  # imported late: the analysis loads language data

    return analyze(article, PIPELINE + (("inferred date", _keep_inferred_date),))


def prepare_worker() -> None:
    """Initializer of a worker process: the language data loaded and frozen before its first
    article (lagebild.analysis.prepare)."""
    from lagebild.analysis import prepare

    prepare()


@contextmanager
def _without_main_script():
    """Start workers without re-importing the parent's __main__ script.

    multiprocessing imports a script's __main__ again in every new worker; for the
    `lagebild` command that is the whole CLI (store, web, feeds: ~100 MB a worker),
    while workers need only the analysis. Run as a module (`python -m`), __main__
    has a spec and multiprocessing skips it anyway.
    """
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or path is None or getattr(main, "__spec__", None) is not None:
        yield
        return
    del main.__file__
    try:
        yield
    finally:
        main.__file__ = path


def _submit(pool: ProcessPoolExecutor, function: Callable, chunk: list) -> Future:
    with _without_main_script():  # new workers start inside submit()
        return pool.submit(_attempt_all, function, chunk)


def ordered_map(function: Callable[[Item], Result], items: Iterable[Item], jobs: int = 1,
                chunksize: int = 8, window: int | None = None, initializer: Callable[[], None] | None = None
                ) -> Iterator[tuple[Item, Result | Failed]]:
    """(item, function(item) or Failed) in input order, computed in `jobs` processes.

    With jobs <= 1 everything runs here (any callable works); otherwise `function`
    (and `initializer`, run once in each worker process) must be picklable (a
    module-level function or a functools.partial of one).
    """
    if jobs <= 1:
        for item in items:
            yield item, _attempt(function, item)
        return
    window = window or 2 * jobs
    source = iter(items)
    context = multiprocessing.get_context("forkserver")  # no fork of a threaded parent (progress bar)
    # The server would otherwise import the parent's __main__ (for `lagebild`, the whole CLI)
    # and every worker would carry it; workers need this module and the analysis only.
    context.set_forkserver_preload([__name__])
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=initializer)
    in_flight: deque[tuple[list[Item], Future]] = deque()
    try:
        while True:
            while len(in_flight) < window:
                chunk = list(islice(source, chunksize))
                if not chunk:
                    break
                try:
                    in_flight.append((chunk, _submit(pool, function, chunk)))
                except BrokenProcessPool:  # a worker died earlier: start afresh for the rest
                    pool.shutdown(cancel_futures=True)
                    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=initializer)
                    in_flight.append((chunk, _submit(pool, function, chunk)))
            if not in_flight:
                return
            chunk, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                results = [Failed("the worker process died (out of memory?)")] * len(chunk)
            except Exception as error:  # noqa: BLE001 - e.g. an item that cannot be pickled
                results = [Failed(describe(error))] * len(chunk)
            yield from zip(chunk, results)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
