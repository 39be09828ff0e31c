"""`lagebild export`: every table in every format, read back; the UCDP-style monthly readings."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.model import Analysis, Article, Claim, Span, Statement
from lagebild.store import open_store
from lagebild.views.export import UCDP_COLUMNS, export, ucdp_rows
from lagebild.views.export import picture_of
from lagebild.picture import PictureSettings

runner = CliRunner()

# (doc, published, evidence sentence, figure, low, high, qualifier, source)
FIGURES = [
    ("a", "2025-01-05", "Laut NIS wurden 300 Soldaten getötet.", "300 Soldaten", 300, 300, "exact", "NIS"),
    ("b", "2025-01-20", "Laut NIS wurden inzwischen 500 Soldaten getötet.", "500 Soldaten", 500, 500, "exact", "NIS"),
    ("c", "2025-01-25", "Kommandeure sprechen von etwa 4.000 Toten.", "etwa 4.000 Toten", 4000, 4000, "about",
     "commanders"),
    ("d", "2025-02-10", "Laut NIS wurden bis zu 1.000 Soldaten getötet.", "bis zu 1.000 Soldaten", None, 1000,
     "at_most", "NIS"),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "export.db"
    store = open_store(path)
    for doc, published, text, figure, low, high, qualifier, source in FIGURES:
        start = text.index(figure)
        article = Article(id=doc, text=text, published=published, outlet=f"Outlet {doc}", language="de")
        claim = Claim(doc=doc, measure="killed", evidence=Span(start, start + len(figure)), evidence_text=figure,
                      low=low, high=high, qualifier=qualifier, actor="North Korea", source=source,
                      location="Kursk", time=published[:7])
        statement = Statement(doc=doc, span=Span(0, len(text)), speaker=source, speaker_span=None,
                              content_span=Span(0, len(text)), content=text, cue="laut")
        store.add(article, Analysis(article=article, sentences=[Span(0, len(text))], claims=[claim],
                                    statements=[statement]))
    store.close()
    return path


def read_back(path, fmt):
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    return pq.read_table(path).to_pylist()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("what, count, key", [("claims", 4, "evidence"), ("statements", 4, "speaker"),
                                              ("tracks", 1, "best"), ("ucdp", 2, "period")])
def test_every_table_in_every_format_reads_back(db, tmp_path, what, fmt, count, key):
    out = tmp_path / f"{what}.{fmt}"
    result = runner.invoke(app, ["export", "--db", str(db), "--what", what, "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert f"{count} {what} rows" in result.output
    rows = read_back(out, fmt)
    assert len(rows) == count and all(key in row for row in rows)
    if what == "claims":
        assert [r["evidence"] for r in rows] == [f[3] for f in FIGURES]
        assert {str(r["doc"]) for r in rows} == {"a", "b", "c", "d"}


def test_ucdp_months_count_each_origin_once_with_its_latest_figure(db):
    store = open_store(db, create=False)
    try:
        rows = ucdp_rows(picture_of(store, PictureSettings()))
    finally:
        store.close()
    january, february = rows
    assert (january["period"], february["period"]) == ("2025-01", "2025-02")
    # January: NIS said 300, then 500 (the latest counts); the commanders about 4,000
    assert january["origins"] == 2 and january["claims"] == 3
    assert (january["low"], january["best"], january["high"]) == (500.0, 2250.0, 4000.0)
    assert january["origin_names"] == "NIS; commanders"
    # February: only "up to 1,000" from NIS
    assert (february["low"], february["best"], february["high"], february["origins"]) == (1000.0, 1000.0, 1000.0, 1)
    assert set(UCDP_COLUMNS) == set(january)


def test_parquet_value_columns_are_numeric(db, tmp_path):
    out = tmp_path / "ucdp.parquet"
    store = open_store(db, create=False)
    try:
        export(store, "ucdp", out, "parquet")
    finally:
        store.close()
    schema = pq.read_table(out).schema
    assert str(schema.field("best").type) == "double" and str(schema.field("origins").type) == "int64"


def test_empty_store_writes_a_header(tmp_path):
    store = open_store(tmp_path / "empty.db")
    out = tmp_path / "ucdp.csv"
    try:
        assert export(store, "ucdp", out, "csv") == 0
    finally:
        store.close()
    assert out.read_text("utf-8").strip() == ",".join(UCDP_COLUMNS)


def test_clear_errors(db, tmp_path):
    missing_folder = runner.invoke(app, ["export", "--db", str(db), "-o", str(tmp_path / "no" / "x.csv")])
    assert missing_folder.exit_code == 2 and "does not exist" in missing_folder.output
    missing_db = runner.invoke(app, ["export", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "x.csv")])
    assert missing_db.exit_code == 2 and "none.db" in missing_db.output
    bad_settings = runner.invoke(app, ["export", "--db", str(db), "-o", str(tmp_path / "x.csv"),
                                       "--settings", str(tmp_path / "none.toml")])
    assert bad_settings.exit_code == 2 and "none.toml" in bad_settings.output
    bad_format = runner.invoke(app, ["export", "--db", str(db), "-f", "xlsx", "-o", str(tmp_path / "x.xlsx")])
    assert bad_format.exit_code == 2
