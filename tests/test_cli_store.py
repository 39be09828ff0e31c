"""The storing commands through the real Typer app: ingest, articles, claims, statements."""

from __future__ import annotations

import csv
import io
import json
import sqlite3

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.model import Analysis, Article, Claim, Span, Statement
from lagebild.store import open_store

TEXT = ("Bei einem Erdbeben im Norden des Landes sind mindestens 40 Menschen ums Leben gekommen. "
        "Nach Angaben des Zivilschutzes wurden rund 300 Menschen verletzt.")


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "artikel"
    path.mkdir()
    (path / "beben.txt").write_text(TEXT, "utf-8")
    (path / "meta.jsonl").write_text(json.dumps({"file": "beben.txt", "outlet": "Nordkurier"}) + "\n", "utf-8")
    return path


@pytest.fixture
def filled_db(tmp_path):
    """A database with one hand-made claim and statement, independent of the analysis steps."""
    db = str(tmp_path / "filled.db")
    article = Article(id="beben", text=TEXT, outlet="Nordkurier", published="2025-03-02", language="de")
    start = TEXT.index("rund 300")
    claim = Claim(doc="beben", measure="wounded", evidence=Span(start, start + 8), evidence_text="rund 300",
                  low=300, high=300, qualifier="about", source="civil protection")
    killed = TEXT.index("mindestens 40")
    other = Claim(doc="beben", measure="killed", evidence=Span(killed, killed + 13), evidence_text="mindestens 40",
                  low=40, high=None, qualifier="at_least")
    said = Statement(doc="beben", span=Span(89, len(TEXT)), speaker="civil protection", speaker_span=None,
                     content_span=Span(start, len(TEXT) - 1), content=TEXT[start:len(TEXT) - 1], kind="org",
                     cue="Nach Angaben")
    with open_store(db) as store:
        store.add(article, Analysis(article=article, claims=[other, claim], statements=[said]))
    return db


def test_ingest_prints_summary_and_is_idempotent(runner, folder, tmp_path):
    db = str(tmp_path / "lage.db")
    result = runner.invoke(app, ["ingest", str(folder), "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    assert "1 article: 1 new, 0 duplicates, 0 unchanged, 0 updated, 0 failed" in result.stdout
    again = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert again.exit_code == 0
    assert "1 article: 0 new, 0 duplicates, 1 unchanged" in again.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT outlet FROM articles").fetchall() == [("Nordkurier",)]


def test_ingest_failures_are_listed_and_exit_code_is_one(runner, folder, tmp_path):
    (folder / "kaputt.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    db = str(tmp_path / "lage.db")
    result = runner.invoke(app, ["ingest", str(folder), "--db", db, "--quiet"])
    assert result.exit_code == 1
    assert f"{folder / 'kaputt.txt'}: binary file, not text (PNG image)" in result.stderr
    assert "1 new" in result.stdout and "1 failed" in result.stdout


def test_ingest_options_fill_metadata(runner, tmp_path):
    path = tmp_path / "beben.txt"
    path.write_text(TEXT, "utf-8")
    meta = tmp_path / "extra.jsonl"
    meta.write_text(json.dumps({"id": "beben", "title": "Erdbeben im Norden"}) + "\n", "utf-8")
    db = str(tmp_path / "lage.db")
    result = runner.invoke(app, ["ingest", str(path), "--db", db, "--outlet", "Bote", "--published",
                                 "2025-03-02T10:00:00Z", "--url", "https://bote.example/beben", "--meta", str(meta)])
    assert result.exit_code == 0, result.output
    rows = json.loads(runner.invoke(app, ["articles", "--db", db, "--format", "json"]).stdout)
    assert [(r["outlet"], r["published"], r["url"], r["title"]) for r in rows] == [
        ("Bote", "2025-03-02", "https://bote.example/beben", "Erdbeben im Norden")]


def test_ingest_rejects_a_bad_published_option(runner, tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.db"), "--published", "März"])
    assert result.exit_code == 2
    assert "invalid published date" in result.output
    assert not (tmp_path / "x.db").exists()


def test_ingest_uses_lagebild_db_from_the_environment(runner, folder, tmp_path, monkeypatch):
    monkeypatch.setenv("LAGEBILD_DB", str(tmp_path / "env.db"))
    assert runner.invoke(app, ["ingest", str(folder), "-q"]).exit_code == 0
    assert (tmp_path / "env.db").exists()
    assert "beben" in runner.invoke(app, ["articles", "--format", "csv"]).stdout


def test_articles_table_json_and_csv(runner, filled_db):
    table = runner.invoke(app, ["articles", "--db", filled_db])
    # tables fold long cells at the runner's 80 columns; check short cells only
    assert table.exit_code == 0 and "Articles" in table.stdout and "beben" in table.stdout
    rows = json.loads(runner.invoke(app, ["articles", "--db", filled_db, "-f", "json"]).stdout)
    assert rows[0]["id"] == "beben" and rows[0]["claims"] == 2 and rows[0]["statements"] == 1
    assert "text" not in rows[0]
    parsed = list(csv.DictReader(io.StringIO(runner.invoke(app, ["articles", "--db", filled_db, "-f", "csv"]).stdout)))
    assert parsed[0]["published"] == "2025-03-02"


def test_claims_formats_and_filters(runner, filled_db):
    rows = json.loads(runner.invoke(app, ["claims", "--db", filled_db, "--format", "json"]).stdout)
    assert [(r["measure"], r["low"], r["high"]) for r in rows] == [("killed", 40, None), ("wounded", 300, 300)]
    assert all(TEXT[r["start"]:r["end"]] == r["evidence"] for r in rows)
    lines = runner.invoke(app, ["claims", "--db", filled_db, "-f", "jsonl", "--measure", "wounded"]).stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"] == "civil protection"
    by_source = json.loads(runner.invoke(app, ["claims", "--db", filled_db, "-f", "json", "--source", "Civil Protection"]).stdout)
    assert [r["measure"] for r in by_source] == ["wounded"]
    assert json.loads(runner.invoke(app, ["claims", "--db", filled_db, "-f", "json", "--doc", "anderes"]).stdout) == []
    parsed = list(csv.DictReader(io.StringIO(runner.invoke(app, ["claims", "--db", filled_db, "-f", "csv"]).stdout)))
    assert [r["evidence"] for r in parsed] == ["mindestens 40", "rund 300"]
    assert parsed[0]["outlet"] == "Nordkurier"
    table = runner.invoke(app, ["claims", "--db", filled_db])
    assert table.exit_code == 0 and "Claims" in table.stdout and "300" in table.stdout


def test_empty_csv_still_has_a_header(runner, filled_db):
    out = runner.invoke(app, ["claims", "--db", filled_db, "-f", "csv", "--measure", "missing"]).stdout
    assert out.splitlines()[0].startswith("doc,measure")


def test_statements_formats_and_speaker_filter(runner, filled_db):
    rows = json.loads(runner.invoke(app, ["statements", "--db", filled_db, "-f", "json"]).stdout)
    assert len(rows) == 1 and rows[0]["speaker"] == "civil protection" and rows[0]["cue"] == "Nach Angaben"
    assert TEXT[rows[0]["content_start"]:rows[0]["content_end"]] == rows[0]["content"]
    assert json.loads(runner.invoke(app, ["statements", "--db", filled_db, "-f", "json", "--speaker", "niemand"]).stdout) == []
    parsed = list(csv.DictReader(io.StringIO(runner.invoke(app, ["statements", "--db", filled_db, "-f", "csv"]).stdout)))
    assert parsed[0]["speaker_kind"] == "org"


def test_reading_commands_need_an_existing_database(runner, tmp_path):
    for command in ("articles", "claims", "statements"):
        result = runner.invoke(app, [command, "--db", str(tmp_path / "fehlt.db")])
        assert result.exit_code == 2
        assert "no database at" in result.stderr
    assert not (tmp_path / "fehlt.db").exists()


def test_extract_still_works_through_the_readers(runner, folder):
    result = runner.invoke(app, ["extract", str(folder), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    for line in result.stdout.splitlines():
        record = json.loads(line)
        assert record["doc"] == "beben"
