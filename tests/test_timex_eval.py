"""The TIMEX2 evaluation: value normalisation, matching, and a run on WikiWarsDE."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.evaluation.timex import (GoldTimex, SystemTimex, TimexError, default_systems, evaluate_timex,
                                       normalise_gold, read_corpus, score_document, value_matches)


@pytest.mark.parametrize("val, expected", [
    ("1939-09-01", ("1939-09-01", "date")),
    ("1939-09-01TMO", ("1939-09-01", "date")),
    ("1939-09", ("1939-09", "date")),
    ("1944-SU", ("1944-SU", "season")),
    ("1863-H2", ("1863-H2", "halfyear")),
    ("193", ("193", "decade")),
    ("19", ("19", "century")),
    ("P3Y", (None, "duration")),
    ("PRESENT_REF", (None, "reference")),
    ("BC0490", (None, "bc")),
    ("1916-XX-XXT07:30", (None, "underspecified")),
])
def test_normalise_gold(val: str, expected: tuple) -> None:
    assert normalise_gold(val) == expected


def test_sets_are_skipped() -> None:
    assert normalise_gold("P1D", {"set": "YES"}) == (None, "set")


def test_values_compare_at_the_gold_precision() -> None:
    assert value_matches("1939-09", "date", "1939-09-01")
    assert not value_matches("1939-09-01", "date", "1939-09")
    assert not value_matches("1939", "date", "1940")
    assert value_matches("1944-SU", "season", "1944-SU")
    assert value_matches("1939-09", "date", datetime(1939, 9, 16))
    assert value_matches("1944-SU", "season", datetime(1944, 7, 1))
    assert not value_matches("1939", "date", None)


def test_score_document_strict_and_lenient() -> None:
    gold = [GoldTimex(0, 14, "September 1939", "1939-09", "date"),
            GoldTimex(20, 27, "15 Tage", None, "duration")]
    system = [SystemTimex(0, 14, "1939-09"), SystemTimex(21, 27, None), SystemTimex(40, 44, "2000")]
    tally = score_document(gold, system)
    assert (tally.strict, tally.lenient, tally.system, tally.gold) == (1, 2, 3, 2)
    assert (tally.value_pairs, tally.value_correct, tally.gold_in_scope, tally.lenient_in_scope) == (1, 1, 1, 1)


def test_bad_corpus_gives_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"doc_id": "x"}\n', "utf-8")
    with pytest.raises(TimexError, match="bad.jsonl:1"):
        read_corpus(bad)
    result = CliRunner().invoke(app, ["eval-timex", str(tmp_path / "missing.jsonl"), "--no-dateparser"])
    assert result.exit_code == 1 and "missing.jsonl" in result.output


def test_wikiwarsde_first_two_documents(shared: Path) -> None:
    corpus = shared / "corpora" / "wikiwarsde_timex" / "wikiwarsde_timex2.jsonl"
    report = evaluate_timex(corpus, default_systems(with_dateparser=False), limit=2).as_dict()
    assert report["documents"] == 2
    for name, numbers in report["systems"].items():
        for key in ("strict", "lenient"):
            assert all(0.0 <= numbers[key][m] <= 1.0 for m in ("precision", "recall", "f1")), name
        assert 0.0 <= numbers["value_accuracy"] <= 1.0
        assert numbers["lenient"]["f1"] > 0.5, name
    assert report["systems"]["lagebild (narrative)"]["value_accuracy"] > 0.5


def test_cli_json_on_a_small_corpus(tmp_path: Path) -> None:
    text = "Am 1. September 1939 begann der Krieg. Im Herbst war Polen besetzt."
    record = {"doc_id": "t", "dct": "2011-02-16T17:00:00", "text": text, "timex2": [
        {"start": 3, "end": 20, "val": "1939-09-01", "text": "1. September 1939"},
        {"start": text.index("Herbst"), "end": text.index("Herbst") + 6, "val": "1939-FA", "text": "Herbst"}]}
    corpus = tmp_path / "tiny.jsonl"
    corpus.write_text(json.dumps(record) + "\n", "utf-8")
    result = CliRunner().invoke(app, ["eval-timex", str(corpus), "--json", "--no-dateparser"])
    assert result.exit_code == 0, result.output
    numbers = json.loads(result.output)["systems"]["lagebild (narrative)"]
    assert numbers["strict"]["f1"] == 1.0 and numbers["value_accuracy"] == 1.0
