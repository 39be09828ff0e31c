"""ingest_paths: read → analyse → store, with duplicates, re-ingest and bad input in one batch."""

from __future__ import annotations

import json

import pytest

from lagebild.analysis import analyze
from lagebild.ingest import Overrides
from lagebild.ingest.pipeline import ingest_paths
from lagebild.store import open_store

REPORT = (
    "Bei schweren Unwettern im Süden des Landes sind nach Angaben der Behörden mindestens 23 Menschen "
    "ums Leben gekommen. Mehr als 150 Menschen wurden verletzt, teilte das Innenministerium am Dienstag mit. "
    "Rettungskräfte suchen in den überfluteten Dörfern weiter nach Vermissten. Etwa 4.000 Bewohner mussten "
    "ihre Häuser verlassen und wurden in Turnhallen und Schulen untergebracht. Der Regierungschef kündigte "
    "Soforthilfen für die betroffenen Gemeinden an und besuchte am Abend eines der Notquartiere. Meteorologen "
    "warnen vor weiteren heftigen Regenfällen in den kommenden Tagen, vor allem in den Bergregionen."
)
OTHER = (
    "Die Polizei hat bei einer Razzia gegen eine Schleuserbande in drei Bundesländern 14 Verdächtige "
    "festgenommen. Die Ermittler stellten Bargeld, Mobiltelefone und gefälschte Papiere sicher. Nach Angaben "
    "der Staatsanwaltschaft sollen die Beschuldigten seit dem vergangenen Jahr Hunderte Menschen über die "
    "Grenze gebracht haben."
)


@pytest.fixture
def store(tmp_path):
    with open_store(str(tmp_path / "lage.db")) as opened:
        yield opened


def write(folder, name, text):
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def test_ingesting_twice_is_idempotent(tmp_path, store):
    folder = tmp_path / "in"
    folder.mkdir()
    write(folder, "unwetter.txt", REPORT)
    write(folder, "razzia.txt", OTHER)
    first = ingest_paths(store, [folder], progress=False)
    assert (first.new, first.failed, first.errors) == (2, 0, [])
    counts = {t: store.count(t) for t in ("articles", "sentences", "claims", "statements", "quantities")}
    second = ingest_paths(store, [folder], progress=False)
    assert (second.new, second.unchanged, second.updated, second.failed) == (0, 2, 0, 0)
    assert {t: store.count(t) for t in counts} == counts
    assert counts["sentences"] > 0


def test_changed_text_is_an_update(tmp_path, store):
    path = write(tmp_path, "unwetter.txt", REPORT)
    ingest_paths(store, [path], progress=False)
    write(tmp_path, "unwetter.txt", REPORT.replace("mindestens 23", "mindestens 31"))
    summary = ingest_paths(store, [path], progress=False)
    assert (summary.updated, summary.new, summary.unchanged) == (1, 0, 0)
    assert "mindestens 31" in store.article("unwetter")["text"]
    assert store.count("articles") == 1


def test_exact_and_near_duplicates_are_kept_and_marked(tmp_path, store):
    write(tmp_path, "a_original.txt", REPORT)
    write(tmp_path, "b_copy.txt", REPORT)
    write(tmp_path, "c_edited.txt", REPORT.replace("am Dienstag", "am Dienstagabend").replace("vor allem", "insbesondere"))
    write(tmp_path, "d_other.txt", OTHER)
    summary = ingest_paths(store, [tmp_path], progress=False)
    assert (summary.new, summary.duplicates, summary.failed) == (2, 2, 0)
    marks = {a["id"]: a["duplicate_of"] for a in store.articles()}
    assert marks == {"a_original": None, "b_copy": "a_original", "c_edited": "a_original", "d_other": None}


def test_near_duplicates_are_found_against_earlier_batches(tmp_path, store):
    ingest_paths(store, [write(tmp_path, "a.txt", REPORT)], progress=False)
    edited = write(tmp_path, "b.txt", REPORT.replace("Turnhallen und Schulen", "Schulen und Turnhallen"))
    summary = ingest_paths(store, [edited], progress=False)
    assert summary.duplicates == 1
    assert store.article("b")["duplicate_of"] == "a"


def test_threshold_is_a_setting(tmp_path, store):
    write(tmp_path, "a.txt", REPORT)
    write(tmp_path, "b.txt", REPORT.replace("Turnhallen und Schulen", "Schulen und Turnhallen"))
    summary = ingest_paths(store, [tmp_path], progress=False, near_duplicate_threshold=1.0)
    assert (summary.new, summary.duplicates) == (2, 0)


def test_bad_inputs_fail_one_by_one_while_good_articles_are_stored(tmp_path, store):
    write(tmp_path, "gut.txt", REPORT)
    (tmp_path / "leer.txt").write_bytes(b"")
    (tmp_path / "bild.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (tmp_path / "latin.txt").write_bytes(OTHER.encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes(("Zweiter Bericht. " + OTHER).encode("utf-16"))
    lines = [json.dumps({"id": "j1", "text": "Mindestens 5 Menschen wurden bei dem Brand verletzt."}),
             "{nicht json", json.dumps({"id": "j3", "text": 42})]
    write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    (tmp_path / "leer.html").write_text("<html><body></body></html>", "utf-8")
    summary = ingest_paths(store, [tmp_path], progress=False)
    failed = {e.source.replace(str(tmp_path) + "/", ""): e.reason for e in summary.errors}
    assert set(failed) == {"leer.txt", "bild.txt", "feed.jsonl:2", "feed.jsonl:3", "leer.html"}
    assert all("\n" not in str(e) for e in summary.errors)
    assert summary.failed == 5
    assert {a["id"] for a in store.articles()} == {"gut", "latin", "utf16", "j1"}
    assert any("latin.txt" in note and "cp1252" in note for note in summary.notes)


def test_analysis_error_stores_nothing_of_that_article(tmp_path, store):
    write(tmp_path, "a.txt", REPORT)
    write(tmp_path, "b.txt", OTHER)
    write(tmp_path, "c.txt", "Ein dritter Bericht: 7 Menschen wurden gerettet.")

    def flaky(article):
        if article.id == "b":
            raise RuntimeError("kaputt\nmehrzeilig")
        return analyze(article)

    summary = ingest_paths(store, [tmp_path], progress=False, analyze=flaky)
    assert (summary.new, summary.failed) == (2, 1)
    assert str(summary.errors[0]) == f"{tmp_path / 'b.txt'}: analysis failed: RuntimeError: kaputt mehrzeilig"
    assert {a["id"] for a in store.articles()} == {"a", "c"}
    assert store.sentences("b") == [] and store.claims(doc="b") == []


def test_store_error_mid_article_rolls_back_and_the_batch_goes_on(tmp_path, store):
    write(tmp_path, "a.txt", REPORT)
    write(tmp_path, "b.txt", OTHER)

    def broken_claims(article):
        analysis = analyze(article)
        if article.id == "a":
            analysis.sentences.append("kein Span")  # fails while rows are written
        return analysis

    summary = ingest_paths(store, [tmp_path], progress=False, analyze=broken_claims)
    assert summary.failed == 1 and "store failed" in summary.errors[0].reason
    assert [a["id"] for a in store.articles()] == ["b"]
    assert store.sentences("a") == []


def test_same_id_twice_in_one_batch(tmp_path, store):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    write(tmp_path / "x", "bericht.txt", REPORT)
    write(tmp_path / "y", "bericht.txt", OTHER)
    summary = ingest_paths(store, [tmp_path], progress=False)
    assert (summary.new, summary.failed) == (1, 1)
    assert "duplicate id 'bericht'" in summary.errors[0].reason
    assert store.article("bericht")["text"] == REPORT


def test_overrides_reach_the_store(tmp_path, store):
    path = write(tmp_path, "a.txt", REPORT)
    ingest_paths(store, [path], Overrides(outlet="Landesbote", published="2024-08-20"), progress=False)
    stored = store.articles()[0]
    assert (stored["outlet"], stored["published"], stored["language"]) == ("Landesbote", "2024-08-20", "de")


def test_summary_line(tmp_path, store):
    summary = ingest_paths(store, [write(tmp_path, "a.txt", REPORT)], progress=False)
    assert summary.line() == "1 article: 1 new, 0 duplicates, 0 unchanged, 0 updated, 0 failed"


def test_two_processes_ingesting_into_one_database(tmp_path):
    """Real concurrent writers: WAL and the busy timeout let both finish without losing articles."""
    import subprocess
    import sys

    db = tmp_path / "shared.db"
    folders = []
    for name in ("eins", "zwei"):
        folder = tmp_path / name
        folder.mkdir()
        for i in range(4):
            write(folder, f"{name}_{i}.txt", f"Meldung {name} {i}: " + (REPORT if i % 2 else OTHER) + f" Nummer {i} {name}.")
        folders.append(folder)
    from pathlib import Path

    command = [str(Path(sys.executable).parent / "lagebild"), "ingest", "--db", str(db), "-q", "--duplicate-threshold", "1.0"]
    runs = [subprocess.Popen(command + [str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for folder in folders]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    with open_store(str(db)) as store:
        assert store.count("articles") == 8


def test_a_date_inferred_from_the_text_is_stored_as_inferred(tmp_path, store):
    dated = write(tmp_path, "a.txt", "Berlin, 14. Februar 2025 – " + OTHER)
    undated = write(tmp_path, "b.txt", REPORT)
    ingest_paths(store, [dated, undated], progress=False)
    rows = {a["id"]: (a["published"], a["published_inferred"]) for a in store.articles()}
    assert rows == {"a": ("2025-02-14", True), "b": (None, False)}
    again = ingest_paths(store, [dated, undated], progress=False)
    assert again.unchanged == 2
    given = ingest_paths(store, [dated], Overrides(published="2025-02-15"), progress=False)
    assert given.updated == 1
    assert store.article("a")["published"] == "2025-02-15" and not store.article("a")["published_inferred"]


def test_duplicate_index_recomputes_missing_signatures(tmp_path, store):
    from lagebild.ingest.dedup import DuplicateIndex, minhash, text_hash

    ingest_paths(store, [write(tmp_path, "a.txt", REPORT)], progress=False)
    with store.engine.begin() as conn:  # as if written by a version that kept no signatures
        conn.exec_driver_sql("UPDATE articles SET minhash = NULL")
    index = DuplicateIndex.build(store.duplicate_rows())
    edited = REPORT.replace("am Dienstag", "am Mittwoch")
    assert index.find("b", text_hash(edited), minhash(edited)) == ("a", False)
    assert index.find("c", text_hash(REPORT), minhash(REPORT)) == ("a", True)
    assert index.find("d", text_hash(OTHER), minhash(OTHER)) == (None, False)
