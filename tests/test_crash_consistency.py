"""A crash mid-ingest leaves the database consistent: `lagebild ingest` is SIGKILLed partway
through 2,000 articles, then run again; the result equals one uninterrupted run exactly —
the same articles, claims and statements, nothing partial, nothing twice.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from lagebild.store import open_store

LAGEBILD = str(Path(sys.executable).parent / "lagebild")
ARTICLES = 2000

PLACES = ["Kursk", "Charkiw", "Odessa", "Dnipro", "Saporischschja", "Cherson", "Lwiw", "Sumy", "Poltawa",
          "Mykolajiw", "Belgorod", "Donezk", "Luhansk", "Mariupol", "Kramatorsk", "Bachmut", "Tschernihiw"]
SOURCES = ["die Polizei", "die Feuerwehr", "das Innenministerium", "der Gouverneur", "die Armee",
           "ein Sprecher der Behörden", "das Rote Kreuz", "die Stadtverwaltung"]
EVENTS = [
    "Bei einem Angriff auf {place} sind {q} Menschen getötet worden",
    "In {place} wurden bei Kämpfen {q} Soldaten verletzt",
    "Nach Explosionen in {place} mussten {q} Bewohner ihre Häuser verlassen",
    "In {place} wurden {q} Verdächtige festgenommen",
    "Nach dem Einsturz in {place} werden noch {q} Menschen vermisst",
    "Rund um {place} sind {q} Soldaten stationiert",
]
QUALIFIERS = ["", "mindestens ", "etwa ", "mehr als ", "bis zu ", "rund "]
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def article_text(rng: random.Random, number: int) -> str:
    """A short report with one figure (kept short: 2,000 of them are analysed twice)."""
    event = rng.choice(EVENTS).format(place=rng.choice(PLACES), q=rng.choice(QUALIFIERS) + str(rng.randint(2, 9000)))
    return f"Meldung {number}\n\n{event}, teilte {rng.choice(SOURCES)} am {rng.choice(DAYS)} mit."


def write_articles(folder: Path) -> None:
    rng = random.Random(20241105)
    folder.mkdir()
    for number in range(ARTICLES):
        published = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        (folder / f"m{number:04d}.txt").write_text(article_text(rng, number), "utf-8")
        if number % 3 == 0:  # some with a date from a sidecar, the rest inferred or undated
            with open(folder / "meta.jsonl", "a", encoding="utf-8") as meta:
                meta.write(f'{{"file": "m{number:04d}.txt", "published": "{published}", "outlet": "Bote"}}\n')


def stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0  # not created yet


def contents(db: Path) -> tuple[list, list, list]:
    """Everything ingest derives from the input, as sorted tuples (no timestamps)."""
    with open_store(str(db), create=False) as store:
        articles = sorted((a["id"], a["published"], a["published_inferred"], a["outlet"], a["title"],
                           a["language"], a["duplicate_of"], a["text_hash"]) for a in store.articles())
        claims = sorted(tuple(sorted((k, repr(v)) for k, v in c.items())) for c in store.claims())
        statements = sorted(tuple(sorted((k, repr(v)) for k, v in s.items())) for s in store.statements())
    return articles, claims, statements


def ingest(folder: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen([LAGEBILD, "ingest", str(folder), "--db", str(db), "--quiet"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_a_killed_ingest_resumes_to_exactly_the_uninterrupted_result(tmp_path):
    folder = tmp_path / "artikel"
    write_articles(folder)
    whole_db, killed_db = tmp_path / "whole.db", tmp_path / "killed.db"
    whole = ingest(folder, whole_db)  # the reference run, alongside (one core each)
    victim = ingest(folder, killed_db)
    deadline = time.monotonic() + 300
    while stored_articles(killed_db) < 150 and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    victim.send_signal(signal.SIGKILL)
    victim.wait(timeout=30)
    assert victim.returncode == -signal.SIGKILL, "the ingest ended before it could be killed"
    with sqlite3.connect(killed_db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    partial = contents(killed_db)
    assert 150 <= len(partial[0]) < ARTICLES

    resumed = ingest(folder, killed_db)
    out, err = resumed.communicate(timeout=900)
    assert resumed.returncode == 0, err
    whole_out, whole_err = whole.communicate(timeout=900)
    assert whole.returncode == 0, whole_err
    assert whole_out.strip().endswith("0 failed"), whole_out
    summary = out.strip().splitlines()[-1]
    assert f"{len(partial[0])} unchanged" in summary and summary.endswith("0 failed"), summary

    reference = contents(whole_db)
    # no partial article: what the killed run had stored is exactly what the whole run stored for it
    partial_ids = {row[0] for row in partial[0]}
    assert partial[0] == [row for row in reference[0] if row[0] in partial_ids]
    partial_docs = {repr(article_id) for article_id in partial_ids}  # rows hold repr()s
    for layer, (got, expected) in enumerate(zip(partial[1:], reference[1:]), 1):
        assert got == [row for row in expected if dict(row)["doc"] in partial_docs], f"layer {layer} differs"
    # resumed to completion: the same articles, claims and statements, each once
    final = contents(killed_db)
    assert len(reference[0]) == ARTICLES
    assert final[0] == reference[0]
    assert final[1] == reference[1] and len(set(final[1])) == len(final[1]) > ARTICLES // 2
    assert final[2] == reference[2] and len(set(final[2])) == len(final[2]) > 0
