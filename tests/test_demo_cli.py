"""`lagebild demo` end to end: a fresh database from the bundled corpus, every run the same."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.cli.demo_cmd import DEFAULT_DB, claim_value, run_demo
from lagebild.demo import load_corpus
from lagebild.model import MEASURES, Analysis, Article
from lagebild.store import open_store

runner = CliRunner()
SUMMARY_LINE = re.compile(r"^\d+ articles?: .*$", re.MULTILINE)


def run_cli(*args: str):
    result = runner.invoke(app, ["demo", *args], env={"COLUMNS": "250"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> tuple[Path, object]:
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    return db, run_cli("--db", str(db))


def test_demo_exits_0_creates_the_database_and_prints_the_articles(first_run) -> None:
    db, result = first_run
    assert result.exit_code == 0, result.output
    assert db.is_file()
    assert SUMMARY_LINE.search(result.stdout)
    assert f"Articles ({len(load_corpus())})" in result.stdout
    for record in load_corpus():
        assert record["title"] in result.stdout


def test_every_article_is_stored_and_the_copy_points_to_its_original(first_run) -> None:
    db, _ = first_run
    corpus = {record["id"]: record for record in load_corpus()}
    with open_store(str(db), create=False) as store:
        stored = store.articles()
    assert {a["id"] for a in stored} == set(corpus)
    copies = [a for a in stored if a["duplicate_of"]]
    assert len(copies) == 1
    assert copies[0]["duplicate_of"] in corpus and copies[0]["duplicate_of"] != copies[0]["id"]


def test_claims_are_printed_by_measure_and_their_evidence_is_the_article_text(first_run) -> None:
    db, result = first_run
    with open_store(str(db), create=False) as store:
        claims = store.claims()
        texts = {a["id"]: store.article(a["id"])["text"] for a in store.articles()}
    assert claims, "the demo corpus is full of figures; the claims table must not be empty"
    for claim in claims:
        assert claim["measure"] in MEASURES
        assert texts[claim["doc"]][claim["start"]:claim["end"]] == claim["evidence"]
    for measure in {c["measure"] for c in claims}:
        count = sum(c["measure"] == measure for c in claims)
        assert f"Claims: {measure} ({count})" in result.stdout


def test_running_twice_gives_the_same_counts(first_run) -> None:
    db, result = first_run
    with open_store(str(db), create=False) as store:
        before = (len(store.articles()), len(store.claims()), len(store.statements()))
    again = run_cli("--db", str(db))
    assert again.exit_code == 0, again.output
    assert SUMMARY_LINE.findall(again.stdout) == SUMMARY_LINE.findall(result.stdout)
    with open_store(str(db), create=False) as store:
        assert (len(store.articles()), len(store.claims()), len(store.statements())) == before


def test_summary_counts_every_article_once_and_nothing_fails(tmp_path: Path) -> None:
    summary = run_demo(tmp_path / "demo.db", sections=(), progress=False)
    assert summary.failed == 0 and not summary.errors
    assert summary.new + summary.duplicates == len(load_corpus())
    assert summary.unchanged == summary.updated == 0  # fresh database every time


def test_default_database_lives_in_its_own_folder_and_is_replaced(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert run_cli().exit_code == 0
    db = tmp_path / DEFAULT_DB
    assert db.is_file()
    db.write_bytes(b"not a database at all")  # even a broken old demo db is replaced
    assert run_cli().exit_code == 0
    with open_store(str(db), create=False) as store:
        assert len(store.articles()) == len(load_corpus())


def test_a_named_database_with_other_articles_is_never_replaced(tmp_path: Path) -> None:
    db = tmp_path / "mine.db"
    article = Article(id="meine-notiz", text="Ein eigener Text, der kein Demo-Artikel ist.")
    with open_store(str(db)) as store:
        store.add(article, Analysis(article=article))
    result = run_cli("--db", str(db))
    assert result.exit_code == 1
    assert "refusing to replace" in result.output and str(db) in result.output
    with open_store(str(db), create=False) as store:
        assert [a["id"] for a in store.articles()] == ["meine-notiz"]


def test_a_named_file_that_is_no_database_is_never_replaced(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("meine Notizen", encoding="utf-8")
    result = run_cli("--db", str(notes))
    assert result.exit_code == 1
    assert "refusing to replace" in result.output
    assert notes.read_text(encoding="utf-8") == "meine Notizen"


def test_a_database_url_is_refused(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run_cli("--db", "sqlite:///demo.db")
    assert result.exit_code == 1
    assert "not a URL" in result.output
    assert list(tmp_path.iterdir()) == []


def test_report_option_writes_a_self_contained_html_file(tmp_path: Path) -> None:
    report = tmp_path / "out" / "report.html"
    result = run_cli("--db", str(tmp_path / "demo.db"), "--report", str(report))
    assert result.exit_code == 0, result.output
    html = report.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "Rheinische Demopost" in html
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"https?://", html)


@pytest.mark.parametrize("claim, shown", [
    ({"low": 3000, "high": None}, "≥ 3.000"),
    ({"low": None, "high": 30000}, "≤ 30.000"),
    ({"low": 10000, "high": 20000}, "10.000–20.000"),
    ({"low": 11000, "high": 11000}, "11.000"),
    ({"low": 1.5, "high": 1.5}, "1,5"),
    ({"low": None, "high": None}, "?"),
])
def test_claim_values_are_written_the_german_way(claim, shown) -> None:
    assert claim_value(claim) == shown


def test_demo_prints_the_picture_and_writes_the_report_beside_the_database(first_run) -> None:
    db, result = first_run
    assert "Tracked figures" in result.stdout
    assert "Contradictions (" in result.stdout and "Anomalies (" in result.stdout
    report = db.with_name("report.html")
    assert report.is_file() and f"HTML report written to {report}" in result.stdout.replace("\n", "")
    assert '<svg class="timeline"' in report.read_text("utf-8")
