"""The learned speaker choice (lagebild/analysis/speaker_model.py): the candidates it lists, the switch,
a file it cannot use, and that a changed speaker phrase takes its name along. German sentences written
for these tests."""

from __future__ import annotations

import json
import warnings

import pytest

from lagebild.analysis import PIPELINE, analyze, make_doc, speaker_model
from lagebild.model import Article

TEXT = ("Anna Schmidt ist Ministerin in Bayern. "
        "Die Regierung teilte am Montag mit, sie werde im Mai zurücktreten.")


def analysed(text: str, monkeypatch, setting: str = "0"):
    monkeypatch.setenv("LAGEBILD_SPEAKER_MODEL", setting)
    # the rules' statements, all of them: which ones our gold counts (the statement model, a later step) is
    # another question (tests/test_statement_model.py)
    monkeypatch.setenv("LAGEBILD_STATEMENT_MODEL", "0")
    doc = make_doc(Article(id="t", text=text, language="de"))
    for _name, step in PIPELINE:
        step(doc)
    return doc


def candidates(text: str, monkeypatch) -> list[tuple[str, str]]:
    doc = analysed(text, monkeypatch)
    article = speaker_model.Article(doc)
    out = []
    for statement in doc.statements:
        if statement.speaker_span is not None:
            out += [(c.kind, text[c.span.start:c.span.end]) for c in article.candidates(statement)]
    return out


def model_file(tmp_path, weights: dict[str, float], margin: float = 0.0) -> str:
    path = tmp_path / f"speaker-{margin}-{len(list(tmp_path.iterdir()))}.json"  # (each path is loaded once)
    path.write_text(json.dumps({"margin": margin, "weights": weights}), "utf-8")
    return str(path)


def test_candidates_are_the_rules_phrase_mentions_speaking_nouns_and_pronouns(monkeypatch):
    found = candidates(TEXT, monkeypatch)
    assert found[0] == ("rule", "Die Regierung")
    assert ("m_person", "Anna Schmidt") in found
    assert ("role", "Ministerin") in found
    assert ("pron", "sie") in found


def test_a_noun_of_communication_and_the_sentence_before_give_candidates(monkeypatch):
    text = ("Nach einem Bericht der Zeitung sind in der Nacht über 300 Menschen geflohen. "
            "Der Sprecher der Feuerwehr, Karl Huber, sagte, die Lage sei ernst.")
    found = candidates(text, monkeypatch)
    assert ("message", "einem Bericht") in found
    # an article after a comma is no relative pronoun
    assert not any(kind == "rel" for kind, _text in found)


def test_a_direct_quotation_looks_one_sentence_ahead_but_not_two(monkeypatch):
    text = ("„Wir geben nicht auf“, sagte der Trainer. Der Verein Eintracht Kassel hofft auf den Aufstieg. "
            "Bürgermeister Otto Lang war ebenfalls im Stadion.")
    found = candidates(text, monkeypatch)
    assert found[0][0] == "rule"
    assert any(text == "Eintracht Kassel" or "Kassel" in text for kind, text in found[1:])
    assert not any("Lang" in text for _kind, text in found)


def test_switch_off_and_unset_leave_the_rules(monkeypatch):
    monkeypatch.setenv("LAGEBILD_SPEAKER_MODEL", "0")
    assert speaker_model.active_model() is None
    monkeypatch.delenv("LAGEBILD_SPEAKER_MODEL")
    if not speaker_model._SWITCH.on_by_default:
        assert speaker_model.active_model() is None
    monkeypatch.setenv("LAGEBILD_SPEAKER_MODEL", "1")
    model = speaker_model.active_model()
    assert model is not None and model.weights and model.margin >= 0


def test_a_chosen_pronoun_takes_its_antecedents_name(monkeypatch, tmp_path):
    rules = analysed(TEXT, monkeypatch)
    assert [s.speaker for s in rules.statements] == ["Regierung"]
    doc = analysed(TEXT, monkeypatch, model_file(tmp_path, {"kind=pron": 10.0}))
    statement = doc.statements[0]
    assert TEXT[statement.speaker_span.start:statement.speaker_span.end] == "sie"
    assert statement.speaker == "Anna Schmidt" and statement.kind == "person"
    assert statement.content == rules.statements[0].content


def test_a_chosen_mention_takes_its_own_name_and_the_margin_holds_it_back(monkeypatch, tmp_path):
    doc = analysed(TEXT, monkeypatch, model_file(tmp_path, {"kind=m_person": 5.0}))
    assert doc.statements[0].speaker == "Anna Schmidt"
    assert TEXT[doc.statements[0].speaker_span.start:doc.statements[0].speaker_span.end] == "Anna Schmidt"
    kept = analysed(TEXT, monkeypatch, model_file(tmp_path, {"kind=m_person": 5.0}, margin=6.0))
    assert kept.statements[0].speaker == "Regierung"


def test_claims_never_change(monkeypatch, tmp_path):
    text = ("Anna Schmidt ist Ministerin in Bayern. Die Regierung teilte am Montag mit, "
            "bei dem Hochwasser seien drei Menschen ums Leben gekommen.")
    monkeypatch.setenv("LAGEBILD_SPEAKER_MODEL", "0")
    before = analyze(Article(id="t", text=text, published="2025-06-02"))
    monkeypatch.setenv("LAGEBILD_SPEAKER_MODEL", model_file(tmp_path, {"kind=m_person": 10.0}))
    after = analyze(Article(id="t", text=text, published="2025-06-02"))
    assert before.claims and before.claims == after.claims
    assert [s.speaker for s in after.statements] != [s.speaker for s in before.statements]


@pytest.mark.parametrize("content", ["not json {", json.dumps({"weights": {"rule": 1.0}}),
                                     json.dumps({"margin": "wide", "weights": {}})])
def test_a_corrupt_file_warns_once_and_leaves_the_rules(monkeypatch, tmp_path, content):
    path = tmp_path / "broken.json"
    path.write_text(content, "utf-8")
    rules = analysed(TEXT, monkeypatch)
    with pytest.warns(RuntimeWarning, match="speaker"):
        first = analysed(TEXT, monkeypatch, str(path))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        second = analysed(TEXT, monkeypatch, str(path))
    assert first.statements == rules.statements == second.statements


def test_a_missing_file_warns_and_leaves_the_rules(monkeypatch, tmp_path):
    rules = analysed(TEXT, monkeypatch)
    with pytest.warns(RuntimeWarning, match="speaker model"):
        doc = analysed(TEXT, monkeypatch, str(tmp_path / "nowhere.json"))
    assert doc.statements == rules.statements


def test_a_nouns_phrase_begins_at_its_article_not_at_the_verb_before_it(monkeypatch):
    text = ("Damit wies das Gericht die Klage ab. Die Frist sei verstrichen, sagte Karl Huber. "
            "Dann formulierten die Forscher eine These. Sie seien sicher, sagte Huber.")
    found = candidates(text, monkeypatch)
    assert ("body", "das Gericht") in found
    assert ("role", "die Forscher") in found
    assert not any(phrase.startswith(("wies", "formulierten")) for _kind, phrase in found)


def test_the_training_scripts_cross_validation_pools_out_of_fold_choices(capsys, monkeypatch):
    import importlib.util
    from pathlib import Path
    pytest.importorskip("scipy")
    monkeypatch.setenv("LAGEBILD_SPEAKER_MODEL", "0")  # (the script sets it on import; restored afterwards)
    path = Path(__file__).resolve().parents[1] / "scripts" / "train_speaker_ranker.py"
    spec = importlib.util.spec_from_file_location("train_speaker_ranker", path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    rows = []
    for doc in range(20):
        # a candidate marked "good" is the speaker where the rules are wrong; one marked "bad" never is
        wrong = doc % 4 == 0
        rows.append({"doc": doc, "features": [["rule"], ["good"] if wrong else ["bad"]], "labels": [0, 1] if wrong else [1, 0],
                     "nameable": [True, True], "speakers": True, "kinds": ["rule", "m_person"], "texts": ["a", "b"],
                     "content": "c", "cue": "sagte", "same_name": [True, False]})
    counts = {"system": 20, "gold": 20, "speaker_correct": 15}
    margin, (changed, won, lost) = script.cross_validate(rows, counts)
    assert (changed, won, lost) == (5, 5, 0)
    assert script.f1(15 + won - lost, counts) == 1.0 > script.f1(15, counts)
    assert script.fit(rows) == script.fit(rows)  # deterministic
    assert "cross-validated margin" in capsys.readouterr().out


def _script(name):
    import importlib.util
    from pathlib import Path
    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    return script


def test_an_extra_corpus_joins_every_folds_training_but_is_never_scored(monkeypatch):
    pytest.importorskip("scipy")
    monkeypatch.setenv("LAGEBILD_SPEAKER_MODEL", "0")
    script = _script("train_speaker_ranker")
    row = {"features": [["rule"], ["b"]], "labels": [1, 0], "nameable": [True, True], "speakers": True,
           "kinds": ["rule", "m_person"], "texts": ["a", "b"], "content": "c", "cue": "sagte", "same_name": [True, False]}
    rows = [dict(row, doc=doc) for doc in range(10)]
    extra = [dict(row, doc=-1, weight=0.5, labels=[0, 1]) for _ in range(3)]
    seen = []
    monkeypatch.setattr(script, "fit", lambda training: seen.append(training) or {})
    script.cross_validate(rows, {"system": 10, "gold": 10, "speaker_correct": 10}, extra=extra)
    assert len(seen) == script.FOLDS
    for training in seen:  # each fold: the other folds' articles and all the extra rows
        assert sum(r["doc"] == -1 for r in training) == 3 and len(training) == 3 + 8


def test_the_speakerness_prior_buckets_a_head_word_by_its_lemmas_counts():
    script = _script("train_speaker_ranker")
    table = {"sprecher": (30, 100), "tage": (0, 400), "fehler": (0, 20), "minister": (5, 100), "folge": (0, 3)}
    base = 0.05
    assert script.prior_bucket("tage", table, base) == "never"
    assert script.prior_bucket("folge", table, base) == "avg"  # seen too seldom to say it never speaks
    assert script.prior_bucket("sprecher", table, base) == "top"
    assert script.prior_bucket("regierungssprecher", table, base) == "top"  # a compound by its tail
    assert script.prior_bucket("minister", table, base) == "avg"
    assert script.prior_bucket("haus", table, base) == "unknown"
    rows = [{"features": [["kind=other", "head=fehler"], ["kind=role", "head=sprecher"]]}]
    script.add_prior(rows, table)
    assert "prior=never" in rows[0]["features"][0] and "rule&prior=never" in rows[0]["features"][0]
    assert "prior&kind=high&role" in rows[0]["features"][1]  # (the table's own base rate 35 / 623)


def test_a_redewiedergabe_sample_becomes_a_record_in_the_wikinews_format():
    script = _script("redewiedergabe")
    names = ["file", "tok", "normtok", "lemma", "pos", "rfpos", "sentstart", "stwr", "frame", "speaker", "intexpr",
             "note"]

    def row(tok, normtok, pos="NN", stwr="-", speaker="-", lemma=None):
        return dict(zip(names, ["s1", tok, normtok, lemma or normtok, pos, "-", "no", stwr, "-", speaker, "-", "-"]))

    rows = [row("»", "&quot;", "$(", "direct.speech.1"), row("Komm", "Komm", "VVIMP", "direct.speech.1"),
            row("!", "!", "$.", "direct.speech.1"), row("«", "&quot;", "$(", "direct.speech.1"),
            row("rief", "rief", "VVFIN"), row("der", "der", "ART"), row("Thürmer", "Türmer", speaker="speaker.1"),
            row(".", ".", "$.")]
    record = script.record("s1", rows)
    text = record["originalText"]
    assert text == "„Komm!“ rief der Türmer."
    (annotation,) = record["annotations"]
    quote = annotation["quote"]["spans"][0]
    speaker = annotation["speaker"]["spans"][0]
    assert annotation["type"] == "direct"
    assert text[quote["charBegin"]:quote["charEnd"]] == "„Komm!“"
    assert text[speaker["charBegin"]:speaker["charEnd"]] == "Türmer"
