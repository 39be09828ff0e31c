"""An ordered, bounded map over worker processes, for the ingest's analysis step.

Items are read lazily and at most `window` chunks are in flight, so memory stays
flat however long the input is; results come back in input order, so what is
stored (and which copy counts as the original) does not depend on `jobs`.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator, TypeVar

from lagebild.ingest.readers import describe

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


def ordered_map(function: Callable[[Item], Result], items: Iterable[Item], jobs: int = 1,
                chunksize: int = 8, window: int | None = None) -> Iterator[tuple[Item, Result | Failed]]:
    """(item, function(item) or Failed) in input order, computed in `jobs` processes.

    With jobs <= 1 everything runs here (any callable works); otherwise `function`
    must be picklable (a module-level function or a functools.partial of one).
    """
    if jobs <= 1:
        for item in items:
            yield item, _attempt(function, item)
        return
    window = window or 2 * jobs
    source = iter(items)
    context = multiprocessing.get_context("forkserver")  # no fork of a threaded parent (progress bar)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    in_flight: deque[tuple[list[Item], Future]] = deque()
    try:
        while True:
            while len(in_flight) < window:
                chunk = list(islice(source, chunksize))
                if not chunk:
                    break
                try:
                    in_flight.append((chunk, pool.submit(_attempt_all, function, chunk)))
                except BrokenProcessPool:  # a worker died earlier: start afresh for the rest
                    pool.shutdown(cancel_futures=True)
                    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
                    in_flight.append((chunk, pool.submit(_attempt_all, function, chunk)))
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
