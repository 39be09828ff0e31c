"""The learned keep/drop decision over the attribution rules' named statements
(lagebild/analysis/statement_model.py): the switch, the model file's checks, that it never touches
claims or unnamed statements, and features that say what the rules saw. German sentences written
for these tests."""

from __future__ import annotations

import json

import pytest

from lagebild.analysis import analyze, make_doc, statement_model
from lagebild.analysis import PIPELINE
from lagebild.model import Article

TEXT = ("Hochwasser in Oberbayern: Drei Tote\n\n"
        "Bei dem Hochwasser in Oberbayern sind nach Angaben der Polizei drei Menschen ums Leben gekommen. "
        "Ein Sprecher des Landratsamts sagte am Montag, die Lage sei „weiterhin sehr angespannt“. "
        "Berichten zufolge wurden zwei weitere Menschen vermisst. "
        "„Wir tun alles, was wir können“, sagte Landrat Max Huber.")


def analysis(monkeypatch, setting: str | None):
    if setting is None:
        monkeypatch.delenv("LAGEBILD_STATEMENT_MODEL", raising=False)
    else:
        monkeypatch.setenv("LAGEBILD_STATEMENT_MODEL", setting)
    return analyze(Article(id="t", text=TEXT, published="2025-06-02"))


def model_file(tmp_path, bias: float, weights: dict[str, float] | None = None, threshold: float = 0.5) -> str:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"bias": bias, "weights": weights or {}, "threshold": threshold}), "utf-8")
    return str(path)


def test_a_model_that_drops_everything_leaves_claims_and_unnamed_statements(monkeypatch, tmp_path):
    rules = analysis(monkeypatch, "0")
    assert any(s.speaker for s in rules.statements) and any(s.speaker is None for s in rules.statements)
    dropped = analysis(monkeypatch, model_file(tmp_path, bias=-20.0))
    assert [s.speaker for s in dropped.statements] == [None] * len(dropped.statements)
    assert [s for s in rules.statements if s.speaker is None] == dropped.statements
    assert rules.claims == dropped.claims  # the step runs after the claims step


def test_a_model_that_keeps_everything_is_the_rules(monkeypatch, tmp_path):
    rules = analysis(monkeypatch, "0")
    assert analysis(monkeypatch, model_file(tmp_path, bias=20.0)).statements == rules.statements


def test_one_feature_decides_between_two_statements(monkeypatch, tmp_path):
    rules = [s for s in analysis(monkeypatch, "0").statements if s.speaker]
    assert {s.mode for s in rules} == {"direct", "indirect"}
    kept = analysis(monkeypatch, model_file(tmp_path, bias=2.0, weights={"mode=direct": -5.0})).statements
    assert [s.mode for s in kept if s.speaker] == [s.mode for s in rules if s.mode != "direct"]


def test_the_packaged_model_is_on_by_default_and_zero_switches_it_off(monkeypatch):
    monkeypatch.delenv("LAGEBILD_STATEMENT_MODEL", raising=False)
    model = statement_model.active_model()
    assert model is not None and 0.0 < model.threshold < 1.0 and model.weights
    assert model.meta.get("trained_on")
    monkeypatch.setenv("LAGEBILD_STATEMENT_MODEL", "1")
    assert statement_model.active_model() is model
    monkeypatch.setenv("LAGEBILD_STATEMENT_MODEL", "0")
    assert statement_model.active_model() is None


def test_an_unusable_model_file_warns_once_and_keeps_the_rules(monkeypatch, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"bias": "x"}', "utf-8")
    rules = analysis(monkeypatch, "0")
    with pytest.warns(RuntimeWarning, match="statements come from the rules alone"):
        found = analysis(monkeypatch, str(broken))
    assert found.statements == rules.statements
    with pytest.raises(statement_model.StatementModelError, match="cannot read"):
        statement_model.load(tmp_path / "missing.json")
    with pytest.raises(statement_model.StatementModelError, match="not a statement model"):
        statement_model.parse({"weights": {}, "threshold": 0.5})


def features_of(monkeypatch, text: str) -> list[tuple[str, list[str]]]:
    monkeypatch.setenv("LAGEBILD_STATEMENT_MODEL", "0")
    doc = make_doc(Article(id="t", text=text, published="2025-06-02"))
    for _name, step in PIPELINE:
        step(doc)
    return [(s.content, statement_model.features(doc, doc.statements, k))
            for k, s in enumerate(doc.statements) if s.speaker]


def test_features_say_what_the_rules_saw(monkeypatch):
    found = dict(features_of(monkeypatch, TEXT))
    quoted = found["Wir tun alles, was wir können"]
    assert "mode=direct" in quoted and "holds_nested" not in quoted and "quoted" in quoted
    # quoted words inside the reported statement are nested in it, not a statement the model judges
    assert "weiterhin sehr angespannt" not in found
    reported = next(f for content, f in found.items() if content.startswith("die Lage sei"))
    assert "mode=indirect" in reported and "konjunktiv" in reported and "holds_nested" in reported
    assert "cue_at=before" in reported and "lemma=sagen" in reported and "quote_inside" in reported
    assert "headline" not in reported and "claims=0" in reported
    figure = next(f for content, f in found.items() if "drei Menschen" in content)
    assert "claims=1" in figure and "cue=nach angaben" in figure and "cue_at=inside" in figure


def test_a_pronoun_speaker_and_a_speaker_inside_the_content(monkeypatch):
    text = ("Streit um die Brücke\n\n"
            "Bürgermeisterin Anna Keller hat den Neubau verteidigt. "
            "Sie sagte, die alte Brücke sei nicht mehr zu retten. "
            "Umweltverbände kritisieren die Pläne seit Monaten.")
    found = features_of(monkeypatch, text)
    pronoun = next(f for content, f in found if content.startswith("die alte Brücke"))
    assert "speaker_how=pronoun" in pronoun
    inside = [f for content, f in found if content.startswith("Umweltverbände")]
    assert all("speaker_in_content" in f and "from_sentence_start" in f for f in inside)


def test_the_sentences_of_a_run_of_reported_speech_say_where_they_stand(monkeypatch):
    text = ("Streit um die Brücke\n\n"
            "Bürgermeisterin Anna Keller sagte am Montag, die alte Brücke sei nicht mehr zu retten. "
            "Ein Neubau koste die Stadt viel Geld. Die Stadt habe dafür aber keine Mittel. "
            "Umweltverbände kritisieren die Pläne seit Monaten.")
    found = features_of(monkeypatch, text)
    # the sentence with the verb of saying stands alone; the two Konjunktiv sentences after it are one run
    framed = next(f for content, f in found if content.startswith("die alte Brücke"))
    first = next(f for content, f in found if content.startswith("Ein Neubau"))
    then = next(f for content, f in found if content.startswith("Die Stadt habe"))
    assert "run=first" in first and "run=continues" in then
    assert "run&cue_class=continues&other" in then  # (the Konjunktiv verb is its cue, no verb of saying)
    for alone in [framed] + [f for content, f in found if content.startswith("Umweltverbände")]:
        assert not any(x.startswith("run") for x in alone)


def test_a_dropped_statement_leaves_the_statements_but_stays_a_quotation(monkeypatch, tmp_path):
    def doc_with(setting: str):
        monkeypatch.setenv("LAGEBILD_STATEMENT_MODEL", setting)
        doc = make_doc(Article(id="t", text=TEXT, published="2025-06-02"))
        for _name, step in PIPELINE:
            step(doc)
        return doc

    rules = doc_with("0")
    assert rules.dropped_statements == []
    direct_dropped = doc_with(model_file(tmp_path, bias=2.0, weights={"mode=direct": -5.0}))
    assert [s.content for s in direct_dropped.dropped_statements] == ["Wir tun alles, was wir können"]
    assert "Wir tun alles, was wir können" not in [s.content for s in direct_dropped.statements]
    # what the Wikinews corpus counts is the rules' speech, whatever the model keeps for our gold
    assert direct_dropped.quotations() == rules.quotations()
    assert direct_dropped.with_nested() == rules.with_nested()
