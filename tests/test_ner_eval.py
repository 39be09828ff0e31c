from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.evaluation.ner import CorpusError, evaluate, read_germeval

SAMPLE = """#\thttp://example.org\t[2024-01-01]
1\tKanzler\tO\tO
2\tOlaf\tB-PER\tO
3\tScholz\tI-PER\tO
4\treist\tO\tO
5\tnach\tO\tO
6\tParis\tB-LOC\tO
7\tzur\tO\tO
8\tNATO\tB-ORG\tO
9\t.\tO\tO

#\thttp://example.org\t[2024-01-01]
1\tDie\tO\tO
2\tdeutsche\tB-LOCderiv\tO
3\tRegierung\tO\tO
4\tin\tO\tO
5\tBerlin\tB-LOC\tO
6\tschweigt\tO\tO
7\t.\tO\tO

"""


def write_sample(tmp_path: Path) -> Path:
    path = tmp_path / "NER-de-dev.tsv"
    path.write_text(SAMPLE, "utf-8")
    return path


def test_reads_bio_spans(tmp_path):
    sentences = list(read_germeval(write_sample(tmp_path)))
    assert len(sentences) == 2
    assert sentences[0].entities == {(1, 3, "PER"), (5, 6, "LOC"), (7, 8, "ORG")}
    assert (1, 2, "LOCderiv") in sentences[1].entities


def test_scores_on_a_small_sample(tmp_path):
    scores = evaluate(write_sample(tmp_path))
    rows = {row["type"]: row for row in scores.report()["scores"]}
    assert rows["PER"]["correct"] == 1 and rows["LOC"]["correct"] == 2 and rows["ORG"]["correct"] == 1
    assert rows["LOC"]["recall"] == 1.0
    assert scores.gold_other == {"LOCderiv": 1}
    assert scores.tokens == 16


def test_missing_or_malformed_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="no such corpus file"):
        list(read_germeval(tmp_path / "missing.tsv"))
    bad = tmp_path / "bad.tsv"
    bad.write_text("1 Berlin B-LOC\n", "utf-8")
    with pytest.raises(CorpusError, match="bad.tsv:1"):
        list(read_germeval(bad))
    result = CliRunner().invoke(app, ["eval-ner", "--corpus", str(tmp_path / "missing.tsv")])
    assert result.exit_code == 1
    assert "no such corpus file" in result.output


def test_eval_ner_on_first_200_dev_sentences(shared):
    corpus = shared / "corpora" / "germeval2014_ner"
    if not corpus.is_dir():
        pytest.skip("GermEval 2014 is not in ../shared/corpora")
    result = CliRunner().invoke(app, ["eval-ner", "--corpus", str(corpus), "--split", "dev",
                                      "--limit", "200", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["sentences"] == 200
    rows = {row["type"]: row for row in report["scores"]}
    for row in rows.values():
        for key in ("precision", "recall", "f1"):
            assert 0.0 <= row[key] <= 1.0
    assert rows["LOC"]["f1"] > 0.4
    assert report["tokens_per_second"] > 0
