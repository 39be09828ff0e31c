"""`tracks`, `timeline`, `conflicts`, `anomalies` and `report` over a real SQLite store.

The store is filled with hand-made analyses so these tests check the commands,
not the extraction.
"""

from __future__ import annotations

import io
import json
import re

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.model import Analysis, Article, Claim, Span
from lagebild.store import open_store

runner = CliRunner()

TEXTS = {
    "a": "Laut dem Geheimdienst wurden 300 Soldaten getötet und etwa 2.700 verwundet.",
    "b": "Kommandeure sprechen von etwa 4.000 getöteten oder verwundeten Soldaten.",
    "c": "Die Regierung sprach von mindestens 3.000 Soldaten. <script>alert(1)</script>",
}


def add(store, doc, published, *claims):
    text = TEXTS[doc]
    article = Article(id=doc, text=text, published=published, outlet=f"Outlet {doc.upper()}", language="de")
    built = []
    for evidence, measure, low, high, qualifier, source in claims:
        start = text.index(evidence)
        built.append(Claim(doc=doc, measure=measure, evidence=Span(start, start + len(evidence)),
                           evidence_text=evidence, low=low, high=high, qualifier=qualifier, actor="North Korea",
                           source=source, location="Kursk", time=published[:7]))
    store.add(article, Analysis(article=article, sentences=[Span(0, len(text))], claims=built))


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "picture.db")
    with open_store(path) as store:
        add(store, "a", "2025-01-20", ("300 Soldaten getötet", "killed", 300, 300, "exact", "NIS"),
            ("etwa 2.700 verwundet", "wounded", 2700, 2700, "about", "NIS"))
        add(store, "b", "2025-02-02", ("etwa 4.000 getöteten oder verwundeten", "killed_or_wounded", 4000, 4000,
                                       "about", "Ukrainian commanders"))
        add(store, "c", "2024-10-20", ("mindestens 3.000 Soldaten", "troops", 3000, None, "at_least",
                                       "US government"))
    return path


def test_tracks_table_and_json(db):
    result = runner.invoke(app, ["tracks", "--db", db])
    assert result.exit_code == 0, result.output
    # at 80 columns the table folds the track ids (since stories they end in the story id):
    # the ids themselves are checked in the JSON below
    assert "Tracked figures" in result.output and "killed-or" in result.output
    rows = json.loads(runner.invoke(app, ["tracks", "--db", db, "--format", "json"]).output)
    assert any(r["track"].startswith("killed-or-wounded/") for r in rows)
    assert {r["track"] for r in rows} == {"killed/north-korea/kursk/stock", "wounded/north-korea/kursk/stock",
                                          "killed-or-wounded/north-korea/kursk/stock",
                                          "troops/north-korea/kursk/stock"} or all("north-korea" in r["track"] for r in rows)
    troops = next(r for r in rows if r["track"].startswith("troops"))
    assert (troops["low"], troops["best"], troops["high"], troops["origins"]) == (3000, 3000, 3000, 1)


def test_tables_keep_numbers_and_dates_on_one_line_while_long_cells_fold(db):
    tracks = runner.invoke(app, ["tracks", "--db", db]).output.splitlines()
    assert max(len(line) for line in tracks) <= 80 and any("2700" in line for line in tracks)
    stories = runner.invoke(app, ["stories", "--db", db]).output.splitlines()
    assert max(len(line) for line in stories) <= 80
    count = len(json.loads(runner.invoke(app, ["stories", "--db", db, "-f", "json"]).output))
    # each story's first and last date whole on its row, not folded into "2024-10-2" / "0"
    assert count >= 1 and sum(len(re.findall(r"\b20\d\d-\d\d-\d\d\b", line)) == 2 for line in stories) == count


def test_a_crowded_table_folds_the_long_texts_not_the_dates(monkeypatch):
    from rich.console import Console

    from lagebild.cli import output
    screen = io.StringIO()
    monkeypatch.setattr(output, "console", Console(file=screen, width=80))
    rows = [{"story": "s-46f4eb55", "label": "Kursk · Pyongyang · Seoul", "articles": 14, "claims": 32,
             "first": "2024-10-21", "last": "2025-07-04",
             "docs": "nk-2024-10-21-kreml-dementi, nk-2024-10-24-weisses-haus-3000, nk-2024-10-29-pentagon-10000"}]
    output.emit(rows, output.Format.table, ("story", "label", "articles", "claims", "first", "last", "docs"))
    lines = screen.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert any("s-46f4eb55" in line and "2024-10-21" in line and "2025-07-04" in line for line in lines)


def test_timeline_of_a_track(db):
    result = runner.invoke(app, ["timeline", "troops", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    track = json.loads(result.output)[0]
    assert [p["evidence"] for p in track["points"]] == ["mindestens 3.000 Soldaten"]
    assert track["points"][0]["origin"] == "US government"
    missing = runner.invoke(app, ["timeline", "no-such-track", "--db", db])
    assert missing.exit_code == 2 and "no single track" in missing.output


def test_conflicts_show_both_evidence_spans(db):
    rows = json.loads(runner.invoke(app, ["conflicts", "--db", db, "--format", "json"]).output)
    assert [r["kind"] for r in rows] == ["derived_total"]
    assert {e["evidence"] for e in rows[0]["evidence"]} == {"300 Soldaten getötet", "etwa 2.700 verwundet"}
    assert rows[0]["against"][0]["evidence"] == "etwa 4.000 getöteten oder verwundeten"
    table = runner.invoke(app, ["conflicts", "--db", db])
    assert "derived_total" in table.output


def test_anomalies_command_runs_empty(db):
    result = runner.invoke(app, ["anomalies", "--db", db, "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.output) == []


def test_report_command_writes_escaped_self_contained_file(db, tmp_path):
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text("utf-8")
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<mark>300 Soldaten getötet</mark>" in html


def test_commands_on_a_missing_database_fail_with_one_line(tmp_path):
    for command in (["tracks"], ["conflicts"], ["anomalies"], ["report", "-o", str(tmp_path / "r.html")]):
        result = runner.invoke(app, [*command, "--db", str(tmp_path / "nothing.db")])
        assert result.exit_code == 2
        assert "no database" in result.output
