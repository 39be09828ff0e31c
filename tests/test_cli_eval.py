import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app

DATA = Path(__file__).parent / "data" / "scorer"
runner = CliRunner()


def eval_json(*args):
    result = runner.invoke(app, ["eval", *map(str, args), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_eval_on_the_shared_seeds_prints_scores(shared):
    result = runner.invoke(app, ["eval", str(shared / "gold"), str(shared / "seeds")])
    assert result.exit_code == 0, result.output
    for word in ("claims", "statements", "precision", "recall", "source", "certainty", "location"):
        assert word in result.stdout


def test_eval_json_parses_with_every_document(shared):
    report = eval_json(shared / "gold", shared / "seeds")
    assert set(report) >= {"claims", "claim_attributes", "statements", "statement_attributes", "documents"}
    assert report["claims"]["gold"] == 10 and report["statements"]["gold"] == 13
    assert sorted(report["documents"]) == sorted(p.stem for p in (shared / "seeds").glob("*.txt"))


def test_eval_of_the_gold_as_system_output_scores_one(shared, tmp_path):
    system = tmp_path / "system.jsonl"
    gold_lines = [(shared / "gold" / name).read_text("utf-8") for name in ("claims.jsonl", "statements.jsonl")]
    system.write_text("".join(gold_lines), "utf-8")
    report = eval_json(shared / "gold", shared / "seeds", "--system", system)
    assert report["claims"]["f1"] == report["statements"]["f1"] == 1.0
    assert all(a["accuracy"] == 1.0 for a in report["claim_attributes"].values())


def test_eval_with_a_system_file_gives_the_hand_counted_scores():
    report = eval_json(DATA / "gold", DATA / "articles", "--system", DATA / "system.jsonl")
    claims = report["claims"]
    assert (claims["matched"], claims["system"], claims["gold"], claims["optional_matched"]) == (5, 9, 8, 1)
    assert claims["precision"] == pytest.approx(5 / 9) and claims["recall"] == pytest.approx(5 / 8)
    accuracy = {name: (a["correct"], a["total"]) for name, a in report["claim_attributes"].items()}
    assert accuracy == {"source": (4, 5), "qualifier": (5, 5), "certainty": (4, 5), "future": (5, 5),
                        "time": (5, 5), "location": (5, 5), "actor": (3, 3), "additional": (4, 5)}
    statements = report["statements"]
    assert (statements["matched"], statements["system"], statements["gold"]) == (4, 5, 6)
    assert report["statement_attributes"]["mode"]["correct"] == 3
    assert report["documents"]["markt"]["claims"]["system"] == 1
    assert "errors" not in report


def test_show_errors_lists_misses_false_hits_and_mismatches():
    args = ["eval", str(DATA / "gold"), str(DATA / "articles"), "--system", str(DATA / "system.jsonl")]
    result = runner.invoke(app, [*args, "--show-errors"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "bis zu 3.000 Menschen in Notunterkünften" in result.stdout  # a miss
    assert "Bürgermeister Tom Weber" in result.stdout  # a false hit
    assert "fire brigade" in result.stdout  # a source mismatch
    report = json.loads(runner.invoke(app, [*args, "--show-errors", "--json"]).stdout)
    assert len(report["errors"]["claim_misses"]) == 3
    assert len(report["errors"]["claim_false_hits"]) == 4
    assert {"certainty", "additional"} <= {name for row in report["errors"]["claim_mismatches"]
                                           for name in row["mismatches"]}


def test_gold_for_articles_not_given_is_a_warning():
    result = runner.invoke(app, ["eval", str(DATA / "gold"), str(DATA / "articles" / "flut.txt"),
                                 "--system", str(DATA / "system.jsonl"), "--json"])
    assert result.exit_code == 0
    assert "'gefecht' not among the articles" in result.stderr
    assert json.loads(result.stdout)["claims"]["gold"] == 4


def test_missing_gold_folder_is_a_one_line_error(tmp_path):
    result = runner.invoke(app, ["eval", str(tmp_path / "nothing"), str(DATA / "articles")])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {tmp_path / 'nothing'}: not a folder with gold files"


def test_no_readable_articles_is_an_error(tmp_path):
    result = runner.invoke(app, ["eval", str(DATA / "gold"), str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "no readable articles" in result.stderr


def test_extract_output_as_system_file_scores_like_a_fresh_extraction(tmp_path):
    extracted = runner.invoke(app, ["extract", str(DATA / "articles"), "--format", "jsonl"])
    assert extracted.exit_code == 0, extracted.output
    system = tmp_path / "system.jsonl"
    system.write_text(extracted.stdout, "utf-8")
    fresh = eval_json(DATA / "gold", DATA / "articles")
    from_file = eval_json(DATA / "gold", DATA / "articles", "--system", system)
    for key in ("claims", "claim_attributes", "statements", "statement_attributes", "documents"):
        assert from_file[key] == fresh[key]


def test_extract_csv_has_claim_and_statement_columns_and_json_cells():
    import csv
    import io

    extracted = runner.invoke(app, ["extract", str(DATA / "articles"), "--format", "csv"])
    assert extracted.exit_code == 0, extracted.output
    rows = list(csv.DictReader(io.StringIO(extracted.stdout)))
    kinds = {row["kind"] for row in rows}
    assert kinds == {"claim", "statement"}
    assert {"measure", "low", "speaker", "content", "as_written"} <= set(rows[0])
    assert all(row["measure"] for row in rows if row["kind"] == "claim")
    written = [json.loads(row["as_written"]) for row in rows if row["as_written"]]
    assert written and all(isinstance(value, dict) for value in written)
