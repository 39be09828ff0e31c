"""The store on both backends: a SQLite file and a real PostgreSQL server.

The portable store and ingest tests of test_store.py and test_ingest_pipeline.py are
imported and run again here with their `db` / `store` fixtures pointing at each
backend in turn; the tests below add the CLI, the picture and concurrent ingesters.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from postgres_server import postgres_server, postgres_url  # noqa: F401 - fixtures
from lagebild.cli import app
from lagebild.picture.records import picture_from_store, track_row
from lagebild.ingest import read_articles
from lagebild.ingest.pipeline import ingest_paths
from lagebild.model import claim_record
from lagebild.picture import build_picture
from lagebild.store import open_store

from test_store import (  # noqa: F401 - collected again with this module's `db`
    test_add_then_query_everything_back,
    test_changed_metadata_counts_as_an_update,
    test_failed_update_keeps_the_old_version,
    test_failure_inside_the_transaction_leaves_nothing_of_that_article,
    test_filters_are_case_insensitive_for_names,
    test_older_schema_is_migrated_and_keeps_its_rows,
    test_same_article_again_is_unchanged_and_changed_text_updates,
)
from test_ingest_pipeline import (  # noqa: F401 - collected again with this module's `store`
    OTHER,
    REPORT,
    test_a_date_inferred_from_the_text_is_stored_as_inferred,
    test_analysis_error_stores_nothing_of_that_article,
    test_bad_inputs_fail_one_by_one_while_good_articles_are_stored,
    test_changed_text_is_an_update,
    test_duplicate_index_recomputes_missing_signatures,
    test_exact_and_near_duplicates_are_kept_and_marked,
    test_ingesting_twice_is_idempotent,
    test_near_duplicates_are_found_against_earlier_batches,
    test_same_id_twice_in_one_batch,
    test_store_error_mid_article_rolls_back_and_the_batch_goes_on,
)

DEMO = Path(__file__).resolve().parents[1] / "lagebild" / "demo" / "articles.jsonl"
LAGEBILD = str(Path(sys.executable).parent / "lagebild")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'lage.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def db(store_url) -> str:
    return store_url


@pytest.fixture
def store(store_url):
    with open_store(store_url) as opened:
        yield opened


def test_postgres_urls_use_psycopg_3(postgres_url):
    with open_store(postgres_url) as opened:
        assert opened.engine.dialect.name == "postgresql"
        assert opened.engine.dialect.driver == "psycopg"


def test_picture_from_the_store_equals_the_picture_from_the_analysis(store):
    """Claims survive the round trip exactly: same tracks as straight from `analyze`."""
    from lagebild.analysis import analyze

    summary = ingest_paths(store, [DEMO], progress=False)
    assert summary.failed == 0 and summary.new + summary.duplicates == 21
    from_store = picture_from_store(store)
    articles = {a["id"]: a for a in store.articles()}
    read = list(read_articles([DEMO]))
    records = [claim_record(c) for article in read for c in analyze(article).claims]
    # the stories read the texts the store keeps: the direct picture gets the same texts
    direct = build_picture(records, articles, texts={article.id: article.text for article in read})
    assert len(from_store.tracks) >= 3
    assert [track_row(t) for t in from_store.tracks] == [track_row(t) for t in direct.tracks]
    assert len(from_store.conflicts) == len(direct.conflicts)


def test_cli_ingest_claims_and_tracks(store_url):
    runner = CliRunner()
    ingested = runner.invoke(app, ["ingest", str(DEMO), "--db", store_url, "--quiet"])
    assert ingested.exit_code == 0, ingested.output
    assert "21 articles:" in ingested.stdout and "0 failed" in ingested.stdout
    again = runner.invoke(app, ["ingest", str(DEMO), "--db", store_url, "--quiet"])
    assert "21 unchanged" in again.stdout
    claims = [json.loads(line) for line in
              runner.invoke(app, ["claims", "--db", store_url, "-f", "jsonl"]).stdout.splitlines()]
    troops = [json.loads(line) for line in
              runner.invoke(app, ["claims", "--db", store_url, "-f", "jsonl", "--measure", "troops"]).stdout.splitlines()]
    assert troops and all(c["measure"] == "troops" for c in troops) and len(troops) < len(claims)
    tracks = json.loads(runner.invoke(app, ["tracks", "--db", store_url, "-f", "json"]).stdout)
    assert any(t["measure"] == "troops" for t in tracks)
    assert sum(t["claims"] for t in tracks) <= len(claims)


def _articles(folder: Path, names: range) -> Path:
    folder.mkdir()
    for i in names:
        body = (REPORT if i % 2 else OTHER).replace("14", str(14 + i)).replace("23", str(23 + i))
        (folder / f"meldung_{i:02d}.txt").write_text(f"Meldung Nummer {i}. {body} Ende der Meldung {i}.", "utf-8")
    return folder


def test_two_processes_ingesting_overlapping_sets(store_url, tmp_path):
    """Both ingesters see articles 6..11; each must end up stored exactly once."""
    first, second = _articles(tmp_path / "a", range(0, 12)), _articles(tmp_path / "b", range(6, 18))
    open_store(store_url).close()  # as `lagebild ingest` would; the race on creating is tested below
    command = [LAGEBILD, "ingest", "--db", store_url, "-q", "--duplicate-threshold", "1.0"]
    runs = [subprocess.Popen(command + [str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for folder in (first, second)]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    with open_store(store_url) as stored:
        ids = [a["id"] for a in stored.articles()]
        assert sorted(ids) == [f"meldung_{i:02d}" for i in range(18)]
        claims = stored.claims()
        assert len({(c["doc"], c["start"], c["end"], c["measure"]) for c in claims}) == len(claims)
        per_article = {}
        for claim in claims:
            per_article[claim["doc"]] = per_article.get(claim["doc"], 0) + 1
        assert per_article["meldung_07"] == per_article["meldung_01"] > 0
    summaries = [out.strip().splitlines()[-1] for out, _err in outputs]
    new = sum(int(line.split(": ")[1].split(" new")[0]) for line in summaries)
    unchanged = sum(int(line.split(", ")[2].split(" unchanged")[0]) for line in summaries)
    assert (new, unchanged) == (18, 6), summaries


def test_two_processes_creating_the_store_at_once(store_url, tmp_path):
    """Neither process finds the tables; both create them; both then ingest."""
    folders = [_articles(tmp_path / "a", range(0, 3)), _articles(tmp_path / "b", range(3, 6))]
    command = [LAGEBILD, "ingest", "--db", store_url, "-q"]
    runs = [subprocess.Popen(command + [str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for folder in folders]
    outputs = [run.communicate(timeout=300) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    with open_store(store_url) as stored:
        assert stored.count("articles") == 6
        assert stored.count("schema_version") == 1
