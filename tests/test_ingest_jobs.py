"""Streaming ingest with worker processes: same store as one process, input read lazily."""

from __future__ import annotations

import itertools
import json

from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.ingest.pipeline import ingest_paths
from lagebild.ingest.workers import Failed, ordered_map
from lagebild.store import open_store

from test_ingest_pipeline import OTHER, REPORT


def _square_or_fail(number: int) -> int:
    if number == 3:
        raise ValueError("drei\nist verboten")
    return number * number


def test_ordered_map_keeps_order_and_reports_failures_as_one_line():
    for jobs in (1, 2):
        results = list(ordered_map(_square_or_fail, range(10), jobs=jobs, chunksize=3))
        assert [item for item, _ in results] == list(range(10))
        assert results[3][1] == Failed("ValueError: drei ist verboten")
        assert [value for item, value in results if item != 3] == [i * i for i in range(10) if i != 3]


def test_ordered_map_reads_its_input_lazily():
    """An endless input: only a bounded window is ever read ahead of what was consumed."""
    consumed = []

    def numbers():
        for number in itertools.count():
            consumed.append(number)
            yield number

    results = ordered_map(_square_or_fail, numbers(), jobs=2, chunksize=4, window=3)
    first = list(itertools.islice(results, 5))
    results.close()
    assert [item for item, _ in first] == [0, 1, 2, 3, 4]
    assert len(consumed) <= 4 * 3 + 4


def test_jobs_store_exactly_what_one_process_stores(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(9):
        (folder / f"m{i}.txt").write_text(f"Meldung {i}. " + (REPORT if i % 2 else OTHER), "utf-8")
    (folder / "m9_copy.txt").write_text("Meldung 1. " + REPORT, "utf-8")
    (folder / "kaputt.txt").write_bytes(b"")
    stored = {}
    for jobs in (1, 3):
        with open_store(str(tmp_path / f"jobs{jobs}.db")) as store:
            summary = ingest_paths(store, [folder], progress=False, jobs=jobs, near_duplicate_threshold=1.0)
            again = ingest_paths(store, [folder], progress=False, jobs=jobs, near_duplicate_threshold=1.0)
            stored[jobs] = (summary.line(), again.unchanged,
                            [(a["id"], a["duplicate_of"], a["published"]) for a in store.articles()],
                            [json.dumps(c, sort_keys=True, default=str) for c in store.claims()])
    assert stored[1] == stored[3]
    line, unchanged, articles, claims = stored[3]
    assert line == "11 articles: 9 new, 1 duplicate, 0 unchanged, 0 updated, 1 failed"
    assert unchanged == 10 and ("m9_copy", "m1", None) in articles and claims


def test_cli_jobs_option(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, "utf-8")
    (tmp_path / "b.txt").write_text(OTHER, "utf-8")
    db = str(tmp_path / "lage.db")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", db,
                                      "-q", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert "2 articles: 2 new" in result.stdout
    assert CliRunner().invoke(app, ["ingest", str(tmp_path), "--db", db, "--jobs", "0"]).exit_code == 2
