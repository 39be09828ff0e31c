"""The quotation evaluation: scoring rules on a hand-made record, then on real dev documents."""

from __future__ import annotations

import gzip
import json

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.evaluation.quotes import QuoteEvalError, QuoteReport, evaluate_quotes, read_corpus, score_document
from lagebild.model import Span, Statement


def record(text: str, quote: str, speaker: str, kind: str = "Indirect") -> dict:
    q, s = text.index(quote), text.index(speaker)
    return {"originalText": text, "annotations": [{
        "type": kind,
        "quote": {"spans": [{"charBegin": q, "charEnd": q + len(quote)}]},
        "speaker": {"spans": [{"charBegin": s, "charEnd": s + len(speaker)}]},
    }]}


def statement(text: str, content: str, speaker: str) -> Statement:
    c, s = text.index(content), text.index(speaker)
    return Statement(doc="d", span=Span(0, len(text)), speaker=speaker, speaker_span=Span(s, s + len(speaker)),
                     content_span=Span(c, c + len(content)), content=content)


TEXT = "Tom Weber sagte, die Lage sei ruhig und niemand sei verletzt. Anna Berg widersprach."


def test_half_of_the_shorter_tokens_matches_and_speaker_counts():
    report = QuoteReport()
    gold = record(TEXT, "die Lage sei ruhig und niemand sei verletzt", "Tom Weber")
    score_document(gold, [statement(TEXT, "die Lage sei ruhig", "Tom Weber")], report)
    d = report.as_dict()
    assert d["quotation"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert d["speaker_correct"]["f1"] == 1.0
    assert d["recall_by_type"]["Indirect"]["recall"] == 1.0


def test_wrong_speaker_and_too_little_overlap():
    report = QuoteReport()
    gold = record(TEXT, "die Lage sei ruhig und niemand sei verletzt", "Tom Weber")
    score_document(gold, [statement(TEXT, "die Lage sei ruhig und niemand sei verletzt", "Anna Berg"),
                          statement(TEXT, "Tom Weber sagte, die", "Tom Weber")], report)
    d = report.as_dict()
    assert d["quotation"]["precision"] == 0.5 and d["quotation"]["recall"] == 1.0
    assert d["speaker_correct"]["recall"] == 0.0


def test_of_two_gold_quotations_with_one_span_a_statement_pairs_with_its_speakers():
    # the corpus marks a relayed quotation once per party ("X wird von der Zeitung zitiert, ..."), with one span:
    # the tie on overlap goes to the gold quotation whose speaker the statement names, not to list order
    text = "Tom Weber wird von der Zeitung mit den Worten zitiert, die Lage sei ruhig."
    gold = record(text, "die Lage sei ruhig", "Tom Weber")
    gold["annotations"].append(record(text, "die Lage sei ruhig", "der Zeitung")["annotations"][0])
    report = QuoteReport()
    score_document(gold, [statement(text, "die Lage sei ruhig", "Tom Weber")], report)
    d = report.as_dict()
    assert d["quotation"]["precision"] == 1.0 and d["quotation"]["recall"] == 0.5
    assert d["speaker_correct"]["precision"] == 1.0


def test_bad_corpus_file_names_the_file(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"originalText": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(QuoteEvalError, match="bad.jsonl:2"):
        list(read_corpus(bad))
    with pytest.raises(QuoteEvalError, match="no such corpus file"):
        list(read_corpus(tmp_path / "missing.jsonl.gz"))


def test_cli_reports_json_on_a_small_file(tmp_path):
    path = tmp_path / "mini.jsonl.gz"
    text = "Die Lage sei ruhig, sagte Tom Weber. Laut der Feuerwehr brannte ein Haus."
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(record(text, "Die Lage sei ruhig", "Tom Weber")) + "\n")
    result = CliRunner().invoke(app, ["eval-quotes", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["gold_quotes"] == 1 and data["quotation"]["recall"] == 1.0


def test_unnamed_sources_count_as_quotations_and_are_also_scored_apart(tmp_path):
    path = tmp_path / "mini.jsonl.gz"
    text = "Tom Weber sagte, die Lage sei ruhig. Berichten zufolge brannte ein Haus am Hafen."
    gold = record(text, "die Lage sei ruhig", "Tom Weber")
    second = record(text, "brannte ein Haus am Hafen", "Berichten")["annotations"]
    gold["annotations"] += second
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(gold) + "\n")
    data = json.loads(CliRunner().invoke(app, ["eval-quotes", str(path), "--json"]).output)
    assert data["quotation"]["recall"] == 1.0 and data["speaker_correct"]["recall"] == 1.0
    named = data["named_speakers_only"]
    assert named["system"] == 1 and named["quotation"]["recall"] == 0.5


def test_first_dev_documents(shared):
    report = evaluate_quotes(shared / "corpora" / "wikinews_de_quotes" / "dev.jsonl.gz", limit=20).as_dict()
    assert report["documents"] == 20
    for task in ("quotation", "speaker_correct"):
        assert all(0.0 <= v <= 1.0 for v in report[task].values())
    assert report["quotation"]["f1"] > 0.4


def test_skip_and_limit_cut_a_split_into_disjoint_parts(shared):
    dev = shared / "corpora" / "wikinews_de_quotes" / "dev.jsonl.gz"
    ids = lambda **cut: [r.get("wikinews_id") or r["originalText"][:80] for r in read_corpus(dev, **cut)]
    first, rest, middle = ids(limit=5), ids(skip=5), ids(skip=2, limit=2)
    assert len(first) == 5 and middle == first[2:4]
    assert rest and not set(first) & set(rest) and len(first) + len(rest) == len(ids())
    whole = evaluate_quotes(dev, limit=6).as_dict()
    parts = [evaluate_quotes(dev, limit=3).as_dict(), evaluate_quotes(dev, limit=3, skip=3).as_dict()]
    assert whole["gold_quotes"] == sum(p["gold_quotes"] for p in parts)
    assert whole["system_statements"] == sum(p["system_statements"] for p in parts)


def test_a_run_of_reported_speech_is_one_quotation_as_the_corpus_marks_it(tmp_path):
    # the corpus marks the sentences that continue a report as one quotation; our statements are one per sentence
    path = tmp_path / "mini.jsonl.gz"
    text = ("Die Ärztin Eva Roth sagte, die Klinik sei voll. Es fehle an Betten. "
            "Auch das Personal reiche nicht aus. Am Abend regnete es.")
    gold = record(text, "die Klinik sei voll", "Die Ärztin Eva Roth")
    gold["annotations"] += record(text, "Es fehle an Betten. Auch das Personal reiche nicht aus", "Die Ärztin Eva Roth",
                                  "IndirectFreeIndirect")["annotations"]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(gold) + "\n")
    data = json.loads(CliRunner().invoke(app, ["eval-quotes", str(path), "--json"]).output)
    assert data["system_statements"] == 2
    assert data["quotation"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
