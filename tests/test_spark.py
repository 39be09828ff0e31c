"""`lagebild spark-extract` on real Spark in local mode equals the single-process `extract`."""

from __future__ import annotations

import csv
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.spark import CLAIM_COLUMNS, STATEMENT_COLUMNS, read_articles, read_claims, read_statements

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install '.[spark]')")
if shutil.which("java") is None:
    pytest.skip("no Java runtime for Spark (run `make system-deps`)", allow_module_level=True)


def _records(stdout: str) -> set[str]:
    return {json.dumps(json.loads(line), sort_keys=True) for line in stdout.splitlines() if line.strip()}


def _as_set(rows: list[dict]) -> set[str]:
    return {json.dumps(row, sort_keys=True) for row in rows}


@pytest.fixture(scope="module")
def gnad_articles(shared, tmp_path_factory):
    """About 50 news articles from 10kGNAD's International and Panorama sections, as JSONL."""
    folder = tmp_path_factory.mktemp("spark")
    path = folder / "artikel.jsonl"
    with (shared / "corpora" / "10kgnad" / "test.csv").open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter=";", quotechar="'")
                if len(row) > 1 and row[0] in ("International", "Panorama")][:50]
    path.write_text("".join(json.dumps({"id": f"gnad-{i}", "text": text, "outlet": "derStandard"},
                                       ensure_ascii=False) + "\n" for i, (_section, text) in enumerate(rows)), "utf-8")
    return path


@pytest.fixture(scope="module")
def spark_output(gnad_articles, tmp_path_factory):
    output = tmp_path_factory.mktemp("spark") / "out"
    result = CliRunner().invoke(app, ["spark-extract", str(gnad_articles), str(output), "--master", "local[2]",
                                      "--partitions", "4", "--driver-memory", "512m"])
    assert result.exit_code == 0, result.output
    return output, result.stdout


@pytest.fixture(scope="module")
def extracted(gnad_articles):
    """`lagebild extract --format jsonl` in a fresh process, as Spark's Python workers are."""
    single = subprocess.run([str(Path(sys.executable).parent / "lagebild"), "extract", str(gnad_articles),
                             "--format", "jsonl"], capture_output=True, text=True, timeout=300)
    assert single.returncode == 0, single.stderr
    return _records(single.stdout)


def test_spark_output_equals_single_process_extract(extracted, spark_output):
    output, stdout = spark_output
    expected = extracted
    claims, statements = read_claims(output), read_statements(output)
    assert claims and statements
    assert _as_set(claims) | _as_set(statements) == expected
    assert len(claims) + len(statements) == len(expected)
    assert all(list(c) == list(CLAIM_COLUMNS) for c in claims)
    assert all(list(s) == list(STATEMENT_COLUMNS) for s in statements)
    assert f"50 articles: {len(claims)} claims, {len(statements)} statements" in stdout


def test_picture_from_spark_output(spark_output):
    from lagebild.picture import build_picture

    output, _ = spark_output
    articles = read_articles(output)
    assert len(articles) == 50 and articles["gnad-0"]["outlet"] == "derStandard"
    picture = build_picture(read_claims(output), articles)
    assert picture.tracks
    assert sum(len(t.points) for t in picture.tracks) == len(read_claims(output))


def test_parquet_input_with_other_field_names_and_missing_fields(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from lagebild.spark import extract

    texts = ["Bei dem Anschlag wurden mindestens 12 Menschen getötet, teilte die Polizei mit.",
             "Laut Rotem Kreuz sind rund 3.000 Menschen auf der Flucht."]
    # "body" and "date" are names the JSONL reader accepts for text and published, too
    pq.write_table(pa.table({"id": ["p1", "p2"], "body": texts, "date": ["2024-11-05T08:30:00+01:00", None]}),
                   tmp_path / "artikel.parquet")
    counts = extract(tmp_path / "artikel.parquet", tmp_path / "out", master="local[1]", partitions=1,
                     driver_memory="512m")
    assert counts["articles"] == 2
    claims = read_claims(tmp_path / "out")
    assert {(c["doc"], c["measure"], c["low"]) for c in claims} >= {("p1", "killed", 12)}
    articles = read_articles(tmp_path / "out")
    assert articles["p1"]["outlet"] is None
    assert (articles["p1"]["published"], articles["p2"]["published"]) == ("2024-11-05", None)


def test_missing_input_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(app, ["spark-extract", str(tmp_path / "fehlt.jsonl"), str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "fehlt.jsonl: no such file or directory" in result.stderr


# -- the picture from a job's output equals the picture from `ingest` ----------------------

@pytest.fixture(scope="module")
def demo_outputs(tmp_path_factory):
    """The demo corpus (which holds a lightly edited syndicated copy) through Spark and through ingest."""
    demo = Path(__file__).parents[1] / "lagebild" / "demo" / "articles.jsonl"
    folder = tmp_path_factory.mktemp("demo-spark")
    runner = CliRunner()
    spark = runner.invoke(app, ["spark-extract", str(demo), str(folder / "out"), "--master", "local[2]",
                                "--partitions", "3", "--driver-memory", "512m"])
    assert spark.exit_code == 0, spark.output
    ingest = runner.invoke(app, ["ingest", str(demo), "--db", str(folder / "demo.db"), "--quiet"])
    assert ingest.exit_code == 0, ingest.output
    return folder / "out", str(folder / "demo.db")


def test_copies_are_found_across_partitions_as_ingest_finds_them(demo_outputs):
    from lagebild.store import open_store

    output, db = demo_outputs
    store = open_store(db)
    try:
        expected = {a["id"]: a["duplicate_of"] for a in store.articles()}
    finally:
        store.close()
    found = {doc: record["duplicate_of"] for doc, record in read_articles(output).items()}
    assert found == expected
    assert any(found.values())  # the demo's syndicated copy


@pytest.mark.parametrize("command", ["tracks", "conflicts", "anomalies"])
def test_picture_commands_read_the_job_output_like_a_store(demo_outputs, command):
    output, db = demo_outputs
    runner = CliRunner()
    from_spark = runner.invoke(app, [command, "--parquet", str(output), "--format", "json"])
    from_store = runner.invoke(app, [command, "--db", db, "--format", "json"])
    assert from_spark.exit_code == 0 and from_store.exit_code == 0, from_spark.output + from_store.output
    assert json.loads(from_spark.stdout) == json.loads(from_store.stdout)
    assert json.loads(from_spark.stdout)  # the demo has tracks, conflicts and the forecast anomaly


def test_report_and_export_from_the_job_output(demo_outputs, tmp_path):
    output, _ = demo_outputs
    runner = CliRunner()
    report = runner.invoke(app, ["report", "--parquet", str(output), "-o", str(tmp_path / "r.html")])
    assert report.exit_code == 0, report.output
    html = (tmp_path / "r.html").read_text("utf-8")
    some_claim = read_claims(output)[0]
    assert some_claim["evidence"] in html  # evidence shows even without the article text
    export = runner.invoke(app, ["export", "--parquet", str(output), "--what", "tracks", "-o", str(tmp_path / "t.csv")])
    assert export.exit_code == 0, export.output
    assert len((tmp_path / "t.csv").read_text("utf-8").splitlines()) > 1


def test_picture_commands_reject_a_folder_that_is_no_job_output(tmp_path):
    result = CliRunner().invoke(app, ["tracks", "--parquet", str(tmp_path)])
    assert result.exit_code == 2
    assert "no claims/ folder" in result.stderr
