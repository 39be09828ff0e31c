"""The trained quotation tagger: decoding of label runs, the shipped model on sentences written
for this test, and deterministic training on a tiny hand-made corpus."""

from __future__ import annotations

import gzip
import importlib.util
import json
from pathlib import Path

import pytest

from lagebild.analysis import analyze, entities, make_doc, quote_tagger, sentences
from lagebild.model import Article

ROOT = Path(__file__).resolve().parents[1]


def featurizer(text: str) -> quote_tagger.Featurizer:
    doc = make_doc(Article(id="t", text=text, language="de"))
    sentences.tokenize(doc)
    sentences.split_sentences(doc)
    entities.find_mentions(doc)
    return quote_tagger.Featurizer(doc)


def test_bio_labels_become_runs_with_their_confidence():
    labels = ["B-SPEAKER", "I-SPEAKER", "B-CUE", "O", "B-CONTENT", "I-CONTENT", "B-CONTENT", "O"]
    chance = [1.0, 1.0, 1.0, 1.0, 0.8, 0.6, 0.5, 1.0]
    runs = quote_tagger.runs(labels, chance, offset=10)
    assert [(r.label, r.a, r.b) for r in runs] == [
        ("SPEAKER", 10, 12), ("CUE", 12, 13), ("CONTENT", 14, 16), ("CONTENT", 16, 17)]
    assert runs[2].confidence == pytest.approx(0.7)


def test_a_reported_sentence_with_its_speaker_inside_is_one_quotation():
    # Reported speech: the speaker stands inside what is reported
    feat = featurizer("Am Montag kritisierte die Gewerkschaft die geplanten Kürzungen scharf.")
    words = [t.text for t in feat.toks]
    speaker = words.index("die"), words.index("Gewerkschaft") + 1
    runs = [quote_tagger.Run("CONTENT", 0, speaker[0], 0.9),
            quote_tagger.Run("SPEAKER", *speaker, 0.9),
            quote_tagger.Run("CONTENT", speaker[1], len(words) - 1, 0.7)]
    merged = quote_tagger._merge_content(feat, runs)
    assert [(r.a, r.b) for r in merged] == [(0, len(words) - 1)]
    assert quote_tagger._nearest(runs, "SPEAKER", merged[0]) == speaker


def test_content_runs_apart_by_other_words_stay_apart():
    feat = featurizer("Die Brücke sei marode, aber der Stadtrat habe kein Geld.")
    words = [t.text for t in feat.toks]
    cut = words.index("aber")
    runs = [quote_tagger.Run("CONTENT", 0, cut - 1, 0.9), quote_tagger.Run("CONTENT", cut + 1, len(words), 0.9)]
    assert len(quote_tagger._merge_content(feat, runs)) == 2


def test_gate_needs_a_sign_of_speech():
    feat = featurizer("Der Zug fuhr um acht Uhr ab. Der Minister sagte, der Zug sei pünktlich gewesen.")
    assert not feat.gated(0)
    assert feat.gated(1)


def test_only_quotations_with_a_speaker_of_their_own_sentence_and_no_hearsay_modal_are_added():
    feat = featurizer("Die Polizei erklärte, der Täter sei geflohen. Er soll zuvor eine Tankstelle überfallen haben.")
    words = [t.text for t in feat.toks]
    speaker = (words.index("Die"), words.index("Polizei") + 1)
    content = (words.index("der"), words.index("geflohen") + 1)
    with_speaker = quote_tagger.Found(0, content, 0.9, None, speaker, 0)
    assert quote_tagger.worth_adding(feat, with_speaker)
    # the same quotation with a speaker carried from elsewhere: not added
    assert not quote_tagger.worth_adding(feat, quote_tagger.Found(0, content, 0.9, None, None, 0))
    # a hearsay "soll" sentence: not added, even with a speaker phrase
    hearsay = (words.index("Er") + 1, len(words) - 1)
    assert not quote_tagger.worth_adding(feat, quote_tagger.Found(1, hearsay, 0.9, None, (hearsay[0] - 1, hearsay[0]), 0))


def shipped_model_or_skip() -> Path:
    if importlib.util.find_spec("pycrfsuite") is None:
        pytest.skip("python-crfsuite is not installed")
    path = quote_tagger.MODEL_FILE
    assert path.is_file(), "the trained model ships with the package"
    return path


def test_the_shipped_model_loads_offline_and_once(monkeypatch):
    path = shipped_model_or_skip()
    monkeypatch.delenv(quote_tagger.SETTING, raising=False)
    assert quote_tagger.model_path() is None  # off by default
    monkeypatch.setenv(quote_tagger.SETTING, "0")
    assert quote_tagger.model_path() is None
    monkeypatch.setenv(quote_tagger.SETTING, "1")
    assert quote_tagger.model_path() == path
    monkeypatch.setenv(quote_tagger.SETTING, str(path.parent / "missing.crfsuite"))
    assert quote_tagger.model_path() is None
    tagger = quote_tagger.tagger(path)
    assert tagger is quote_tagger.tagger(path)
    assert {"B-CONTENT", "I-CONTENT", "B-SPEAKER", "B-CUE"} <= set(tagger.labels())
    assert path.stat().st_size < 5_000_000


def test_free_indirect_speech_after_a_statement_gets_its_speaker(monkeypatch):
    shipped_model_or_skip()
    monkeypatch.setenv(quote_tagger.SETTING, "1")
    # hearsay "sollen" without Konjunktiv or a verb of saying: free indirect speech, which the rules take
    # too since they continue a statement with a hearsay sentence; the model adds no second copy
    text = ("Die Sprecherin der Stadtwerke, Jana Möller, erklärte am Dienstag, die Leitung sei inzwischen "
            "repariert worden. Die Kunden sollen ab Mittwoch wieder sauberes Wasser aus der Leitung bekommen.")
    with_model = analyze(Article(id="t", text=text, language="de")).statements
    monkeypatch.setenv(quote_tagger.SETTING, "0")
    rules = analyze(Article(id="t", text=text, language="de")).statements
    second = text.index("Die Kunden")
    by_rules = [s for s in rules if s.content_span.start >= second]
    assert len(by_rules) == 1 and by_rules[0].speaker == "Jana Möller"
    added = [s for s in with_model if s.content_span.start >= second]
    assert len(added) == 1 and added[0].speaker == "Jana Möller"
    assert added[0].content.startswith("Die Kunden sollen")
    assert "Jana Möller" in text[added[0].speaker_span.start:added[0].speaker_span.end]


def test_a_sentence_without_speech_gets_nothing():
    path = shipped_model_or_skip()
    feat = featurizer("Der Zug fuhr um acht Uhr ab. Die Fahrgäste warteten auf dem Bahnsteig.")
    assert quote_tagger.find_quotations(feat, quote_tagger.tagger(path)) == []


def tiny_corpus(folder: Path) -> None:
    texts = [
        ("Der Bürgermeister Peter Lang sagte am Montag, die Schule werde im Herbst renoviert.",
         "die Schule werde im Herbst renoviert", "Peter Lang", "sagte"),
        ("„Wir haben keine andere Wahl“, erklärte die Ärztin Eva Roth nach der Sitzung.",
         "„Wir haben keine andere Wahl“", "Eva Roth", "erklärte"),
        ("Laut dem Verein sei das Fest ein großer Erfolg gewesen. Es werde im nächsten Jahr wiederholt.",
         "das Fest ein großer Erfolg gewesen", "dem Verein", "Laut"),
    ]
    with gzip.open(folder / "train.jsonl.gz", "wt", encoding="utf-8") as handle:
        for text, quote, speaker, cue in texts:
            def spans(part: str) -> dict:
                start = text.index(part)
                return {"spans": [{"charBegin": start, "charEnd": start + len(part)}]}
            record = {"originalText": text, "annotations": [
                {"type": "Indirect", "isNested": False, "quote": spans(quote), "speaker": spans(speaker),
                 "cue": spans(cue)}]}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def test_training_is_deterministic(tmp_path):
    if importlib.util.find_spec("pycrfsuite") is None:
        pytest.skip("python-crfsuite is not installed")
    spec = importlib.util.spec_from_file_location("train_quote_tagger", ROOT / "scripts" / "train_quote_tagger.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    tiny_corpus(tmp_path)
    first = script.train(tmp_path, tmp_path / "a.crfsuite", params={**script.PARAMS, "max_iterations": 20})
    second = script.train(tmp_path, tmp_path / "b.crfsuite", params={**script.PARAMS, "max_iterations": 20})
    assert first["sentences"] == second["sentences"] > 0
    assert (tmp_path / "a.crfsuite").read_bytes() == (tmp_path / "b.crfsuite").read_bytes()
    tagger = quote_tagger.tagger(tmp_path / "a.crfsuite")
    assert "B-CONTENT" in tagger.labels() and "B-SPEAKER" in tagger.labels()
