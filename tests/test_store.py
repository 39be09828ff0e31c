"""The store on real SQLite files: add/unchanged/updated, atomicity, schema version, queries."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from lagebild.model import Analysis, Article, Claim, Mention, Quantity, Span, Statement, TimeRef, claim_record, statement_record
from lagebild.store import StoreError, database_url, open_store
from lagebild.store import schema

TEXT = "Laut Polizei wurden 12 Menschen verletzt. Der Sprecher sagte, die Lage sei ruhig."


def article(id_: str = "a1", text: str = TEXT, **fields) -> Article:
    return Article(id=id_, text=text, outlet=fields.pop("outlet", "Bote"), published=fields.pop("published", "2025-02-14"),
                   language="de", **fields)


def analysis_of(art: Article) -> Analysis:
    """A hand-made analysis with one item of every layer, spans into the article text."""
    text = art.text
    number = text.index(" wurden ") + 8
    value = int(text[number:number + 2])
    claim = Claim(doc=art.id, measure="wounded", evidence=Span(number, number + 24),
                  evidence_text=text[number:number + 24], low=value, high=value, source="police",
                  certainty="reported", time="2025-02-14", sentence=Span(0, 41))
    speaker = text.index("Der Sprecher")
    content = text.index("die Lage")
    statement = Statement(doc=art.id, span=Span(42, len(text)), speaker="police spokesperson",
                          speaker_span=Span(speaker, speaker + 12), content_span=Span(content, len(text) - 1),
                          content=text[content:len(text) - 1], kind="person", cue="sagte",
                          cue_span=Span(speaker + 13, speaker + 18))
    return Analysis(
        article=art,
        sentences=[Span(0, 41), Span(42, len(text))],
        mentions=[Mention(span=Span(5, 12), text="Polizei", kind="org", canonical="police")],
        times=[TimeRef(span=Span(0, 4), text="Laut", value=None, precision=None)],
        quantities=[Quantity(span=Span(number, number + 2), text=str(value), low=value, high=value)],
        statements=[statement],
        claims=[claim],
    )


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "lage.db")


def test_add_then_query_everything_back(db):
    art = article()
    analysis = analysis_of(art)
    with open_store(db) as store:
        assert store.add(art, analysis) == "new"
        claims = store.claims()
        statements = store.statements()
        assert store.articles()[0]["claims"] == 1
        assert store.article("a1")["text"] == TEXT
        assert [(s["start"], s["end"]) for s in store.sentences("a1")] == [(0, 41), (42, len(TEXT))]
        assert store.mentions("a1")[0]["canonical"] == "police"
        assert store.quantities("a1")[0]["low"] == 12
        assert store.times("a1")[0]["value"] is None
    expected = claim_record(analysis.claims[0])
    assert {k: claims[0][k] for k in expected} == expected
    assert (claims[0]["outlet"], claims[0]["published"]) == ("Bote", "2025-02-14")
    assert TEXT[claims[0]["start"]:claims[0]["end"]] == claims[0]["evidence"]
    expected = statement_record(analysis.statements[0])
    assert {k: statements[0][k] for k in expected} == expected
    assert TEXT[statements[0]["content_start"]:statements[0]["content_end"]] == statements[0]["content"]


def test_a_run_of_reported_speech_keeps_its_link_in_the_store(db):
    art = article()
    analysis = analysis_of(art)
    said = analysis.statements[0]
    # two sentences of one run, each a statement, linked by where the run starts
    first = replace(said, content_span=Span(said.content_span.start, said.content_span.start + 8),
                    content=TEXT[said.content_span.start:said.content_span.start + 8], run_start=said.content_span.start)
    second = replace(said, content_span=Span(said.content_span.start + 9, said.content_span.end),
                     content=TEXT[said.content_span.start + 9:said.content_span.end], run_start=said.content_span.start)
    analysis.statements = [first, second, replace(said, cue="erklärte")]
    with open_store(db) as store:
        store.add(art, analysis)
        rows = store.statements()
    assert [r["run_start"] for r in rows] == [said.content_span.start, said.content_span.start, None]
    assert [statement_record(s) for s in analysis.statements] == [{k: r[k] for k in statement_record(s)}
                                                                   for s, r in zip(analysis.statements, rows)]


def test_same_article_again_is_unchanged_and_changed_text_updates(db):
    with open_store(db) as store:
        assert store.add(article(), analysis_of(article())) == "new"
        assert store.is_unchanged(article())
        assert store.add(article(), analysis_of(article())) == "unchanged"
        assert store.count("claims") == 1
        changed = article(text=TEXT.replace("12", "15"))
        assert not store.is_unchanged(changed)
        assert store.add(changed, analysis_of(changed)) == "updated"
        assert store.count("articles") == 1 and store.count("claims") == 1 and store.count("sentences") == 2
        assert store.claims()[0]["low"] == 15


def test_changed_metadata_counts_as_an_update(db):
    with open_store(db) as store:
        store.add(article(), analysis_of(article()))
        later = article(published="2025-02-15")
        assert store.add(later, analysis_of(later)) == "updated"
        assert store.articles()[0]["published"] == "2025-02-15"


def test_failure_inside_the_transaction_leaves_nothing_of_that_article(db):
    with open_store(db) as store:
        store.add(article("ok"), analysis_of(article("ok")))
        bad = article("bad", text=TEXT + " Noch ein Satz.")
        broken = analysis_of(bad)
        broken.statements[0].content_span = None  # fails after the article and its claims were written
        with pytest.raises(AttributeError):
            store.add(bad, broken)
        assert [a["id"] for a in store.articles()] == ["ok"]
        assert {c["doc"] for c in store.claims()} == {"ok"}
        assert store.count("sentences") == 2


def test_failed_update_keeps_the_old_version(db):
    with open_store(db) as store:
        store.add(article(), analysis_of(article()))
        changed = article(text=TEXT.replace("12", "15"))
        broken = analysis_of(changed)
        broken.statements[0].content_span = None
        with pytest.raises(AttributeError):
            store.add(changed, broken)
        assert store.article("a1")["text"] == TEXT
        assert store.claims()[0]["low"] == 12


def test_filters_are_case_insensitive_for_names(db):
    with open_store(db) as store:
        for id_ in ("a1", "a2"):
            store.add(article(id_, text=TEXT + id_), analysis_of(article(id_, text=TEXT + id_)))
        assert len(store.claims()) == 2
        assert [c["doc"] for c in store.claims(doc="a2")] == ["a2"]
        assert len(store.claims(source="POLICE", measure="wounded")) == 2
        assert store.claims(measure="killed") == []
        assert len(store.statements(speaker="Police Spokesperson")) == 2
        with pytest.raises(TypeError, match="unknown filter"):
            store.claims(colour="red")


def test_sqlite_runs_in_wal_mode_with_a_schema_version(db):
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT version FROM schema_version").fetchone()[0] == schema.SCHEMA_VERSION


def test_newer_schema_is_refused_with_a_clear_error(db):
    open_store(db).close()
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    with pytest.raises(StoreError, match="schema version 99, newer than"):
        open_store(db)


def _set_back_to_version_2(db: str) -> None:
    """What a database written by lagebild before schema 3 looks like: no statements.run_start."""
    store = open_store(db)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE statements DROP COLUMN run_start")
        conn.exec_driver_sql("UPDATE schema_version SET version = 2")
    store.close()


def test_older_schema_is_migrated_and_keeps_its_rows(db):
    with open_store(db) as store:
        store.add(article("a1"), analysis_of(article("a1")))
    _set_back_to_version_2(db)
    with open_store(db) as store:
        assert [s["speaker"] for s in store.statements()] == ["police spokesperson"]
        assert store.statements()[0]["run_start"] is None
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version FROM schema_version").scalar() == schema.SCHEMA_VERSION
        later = article("a2", text=TEXT + " ")
        run = replace(analysis_of(later), statements=[replace(s, run_start=42) for s in analysis_of(later).statements])
        store.add(later, run)
        assert store.statements(doc="a2")[0]["run_start"] == 42


def test_schema_without_a_migration_path_is_refused(db):
    open_store(db).close()
    _set_back_to_version_2(db)
    store = open_store(db)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE schema_version SET version = 1")
    store.close()
    with pytest.raises(StoreError, match="old schema version 1 .* no migration exists from 1"):
        open_store(db)


def test_foreign_and_broken_databases_are_refused(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE kunden (id INTEGER)")
    with pytest.raises(StoreError, match="not a lagebild database"):
        open_store(str(other))
    junk = tmp_path / "junk.db"
    junk.write_text("das ist keine Datenbank " * 100, "utf-8")
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(str(junk))


def test_missing_database_is_not_created_for_reading(tmp_path):
    with pytest.raises(StoreError, match="no database at"):
        open_store(str(tmp_path / "neu.db"), create=False)
    assert not (tmp_path / "neu.db").exists()


def test_database_url_from_path_url_and_environment(tmp_path, monkeypatch):
    assert database_url("sqlite:///x.db") == "sqlite:///x.db"
    assert database_url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert database_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.setenv("LAGEBILD_DB", str(tmp_path / "env.db"))
    assert database_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.delenv("LAGEBILD_DB")
    monkeypatch.chdir(tmp_path)
    assert database_url(None) == f"sqlite:///{tmp_path / 'lagebild.db'}"


def test_store_opens_through_a_sqlite_url(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'url.db'}") as store:
        assert store.add(article(), analysis_of(article())) == "new"
    assert (tmp_path / "url.db").exists()
