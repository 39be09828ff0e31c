"""Bad and awkward input through `lagebild ingest` and `lagebild extract`: one line per failure
naming the file (and line) and the reason, the batch goes on, the good articles are stored,
the exit code says whether anything failed, and every stored span still matches its text.

The inputs are written by tests/bad_inputs.py into tmp_path (no binary files in git).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bad_inputs import CASES, Case, good_text, many_numbers, write_corpus
from lagebild.cli import app
from lagebild.ingest import IngestError, read_articles
from lagebild.store import open_store

LAGEBILD = str(Path(sys.executable).parent / "lagebild")
QUICK_CASES = [case for case in CASES if case.name != "10,000 numbers"]


def assert_spans_hold(db: str) -> int:
    """Every stored claim and statement quotes its article exactly; returns how many were checked."""
    with open_store(db, create=False) as store:
        texts = {a["id"]: store.article(a["id"])["text"] for a in store.articles()}
        claims, statements = store.claims(), store.statements()
    for claim in claims:
        assert texts[claim["doc"]][claim["start"]:claim["end"]] == claim["evidence"], claim
    for statement in statements:
        text = texts[statement["doc"]]
        assert text[statement["content_start"]:statement["content_end"]] == statement["content"], statement
        assert statement["start"] <= statement["content_start"] <= statement["content_end"] <= statement["end"]
    return len(claims) + len(statements)


def stored(db: str) -> dict[str, dict]:
    with open_store(db, create=False) as store:
        return {a["id"]: store.article(a["id"]) for a in store.articles()}


@pytest.mark.parametrize("case", QUICK_CASES, ids=[case.name for case in QUICK_CASES])
def test_each_bad_input_beside_a_good_article(case: Case, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    case.write(folder)
    (folder / "gut.txt").write_text(good_text(0), "utf-8")
    db = str(tmp_path / "lage.db")
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", db, "--quiet"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == (1 if case.errors else 0), (result.stdout, result.stderr)
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("error ")]
    assert len(error_lines) == len(case.errors), result.stderr
    for line, (source, reason) in zip(error_lines, case.errors):
        assert line.startswith(f"error {folder / source}: "), line
        assert reason in line, line
    assert f"{len(case.errors)} failed" in result.stdout
    rows = stored(db)
    assert set(rows) == {"gut", *case.stored}, sorted(rows)
    if case.check:
        for article_id in case.stored:
            case.check(rows[article_id])
    assert assert_spans_hold(db) > 0


def test_the_whole_corpus_in_one_batch_through_the_command(tmp_path):
    """A real `lagebild ingest` process on a folder of every bad input and some good ones."""
    folder = tmp_path / "in"
    expected_ids, expected_errors = write_corpus(folder, QUICK_CASES, good=4)
    db = str(tmp_path / "lage.db")
    run = subprocess.run([LAGEBILD, "ingest", str(folder), "--db", db, "--quiet"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 1, run.stderr
    error_lines = [line for line in run.stderr.splitlines() if line.startswith("error ")]
    assert len(error_lines) == len(expected_errors), run.stderr
    for source, reason in expected_errors:
        assert any(line.startswith(f"error {folder / source}: ") and reason in line for line in error_lines), \
            (source, reason, run.stderr)
    summary = run.stdout.strip().splitlines()[-1]
    assert summary.endswith(f"{len(expected_errors)} failed"), summary
    assert sorted(stored(db)) == sorted(expected_ids)
    assert assert_spans_hold(db) > 0


def test_extract_reports_bad_files_and_still_prints_the_good_ones(tmp_path):
    folder = tmp_path / "in"
    expected_ids, expected_errors = write_corpus(folder, QUICK_CASES, good=2)
    run = subprocess.run([LAGEBILD, "extract", str(folder), "--format", "jsonl"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 1
    assert sum(line.startswith("error ") for line in run.stderr.splitlines()) == len(expected_errors), run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert {"gut_0", "gut_1"} <= {r["doc"] for r in records if r["kind"] == "claim"}
    texts = {item.id: item.text for item in read_articles([folder]) if not isinstance(item, IngestError)}
    for record in records:
        if record["kind"] == "claim":
            assert texts[record["doc"]][record["start"]:record["end"]] == record["evidence"]


def test_an_article_with_ten_thousand_figures_finishes(tmp_path):
    """No quadratic blow-up: 10,000 figures in one article (81,000 characters) are analysed and stored."""
    path = tmp_path / "zahlen.txt"
    path.write_text(many_numbers(10_000), "utf-8")
    db = str(tmp_path / "lage.db")
    run = subprocess.run([LAGEBILD, "ingest", str(path), "--db", db, "--quiet"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert list(stored(db)) == ["zahlen"]
    assert assert_spans_hold(db) >= 1000


def test_all_good_input_exits_zero(tmp_path):
    folder = tmp_path / "in"
    write_corpus(folder, [], good=3)
    result = CliRunner().invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "lage.db"), "--quiet"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip().endswith("3 new, 0 duplicates, 0 unchanged, 0 updated, 0 failed")


def test_the_size_limit_is_a_setting(tmp_path, monkeypatch):
    path = tmp_path / "mittel.txt"
    path.write_text(good_text(0) * 3, "utf-8")
    monkeypatch.setenv("LAGEBILD_MAX_TEXT_CHARS", "300")
    [error] = list(read_articles([path]))
    assert isinstance(error, IngestError) and error.source == str(path)
    assert error.reason.startswith("too long (") and "limit is 300 characters" in error.reason
    monkeypatch.setenv("LAGEBILD_MAX_TEXT_CHARS", "100000")
    [article] = list(read_articles([path]))
    assert not isinstance(article, IngestError)


def test_a_file_that_disappears_after_the_folder_was_listed(tmp_path):
    folder = tmp_path / "in"
    write_corpus(folder, [], good=3)
    items = read_articles([folder])
    first = next(items)
    (folder / "gut_1.txt").unlink()
    rest = list(items)
    assert first.id == "gut_0"
    assert [type(item).__name__ for item in rest] == ["IngestError", "Article"]
    assert str(rest[0]) == f"{folder / 'gut_1.txt'}: no such file or directory"


def test_extract_goes_on_after_an_analysis_error(tmp_path, monkeypatch):
    """A bug that one article triggers in the analysis is one error line, not a crash of `extract`."""
    import lagebild.cli.extract_cmd as extract_cmd

    real = extract_cmd.analyze

    def fragile(article):
        if "Grenzposten" in article.text and article.id == "gut_1":
            raise IndexError("list index out of range")
        return real(article)

    monkeypatch.setattr(extract_cmd, "analyze", fragile)
    folder = tmp_path / "in"
    write_corpus(folder, [], good=3)
    result = CliRunner().invoke(app, ["extract", str(folder), "--format", "jsonl"])
    assert result.exit_code == 1, result.exception
    assert result.stderr.strip() == f"error {folder / 'gut_1.txt'}: analysis failed: IndexError: list index out of range"
    assert {json.loads(line)["doc"] for line in result.stdout.splitlines()} == {"gut_0", "gut_2"}
