"""The learned claim decision (lagebild/analysis/claim_model.py): on by default, off with
LAGEBILD_CLAIM_MODEL=0, plain-Python inference from JSON, and the rules' claims whenever the
model file cannot be used."""

from __future__ import annotations

import json
import warnings

import pytest

from lagebild.analysis import PIPELINE, analyze, claim_model, make_doc
from lagebild.analysis.claims import Builder
from lagebild.model import Article, claim_record

MEASURES = {"troops", "killed", "wounded", "killed_or_wounded", "captured", "missing", "arrested",
            "displaced", "equipment", "other"}

BOAT = ("Vor Lampedusa hat die Küstenwache 60 Flüchtlinge aus Seenot gerettet. "
        "Ein zweites Boot mit 140 Menschen an Bord wurde am Abend in den Hafen gebracht.")
WORKS = "Im Chemiewerk der Stadt arbeiten rund 3.000 Menschen. Der Betrieb feiert in diesem Jahr sein Jubiläum."
CLUB = "Der Sportverein hat inzwischen 450 Mitglieder, teilte der Vorsitzende mit."


def article(text: str, doc_id: str = "t") -> Article:
    return Article(id=doc_id, text=text, published="2025-03-10", language="de")


def records(text: str) -> list[dict]:
    return [claim_record(c) for c in analyze(article(text)).claims]


def builder_of(text: str, doc_id: str = "t") -> Builder:
    doc = make_doc(article(text, doc_id))
    for name, step in PIPELINE:
        if name == "claims":
            break
        step(doc)
    builder = Builder(doc)
    builder.rules()
    return builder


def write_model(path, weights: dict[str, dict[str, float]], threshold: float = 0.5) -> str:
    labels = sorted(MEASURES | {"none"})
    rows = {f: [by_label.get(label, 0.0) for label in labels] for f, by_label in weights.items()}
    bias = [2.0 if label == "none" else 0.0 for label in labels]
    path.write_text(json.dumps({"labels": labels, "bias": bias, "weights": rows, "add_threshold": threshold}), "utf-8")
    return str(path)


@pytest.fixture
def no_model(monkeypatch):
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "0")


def test_the_shipped_model_loads_and_names_what_it_was_trained_on():
    model = claim_model.load()
    assert "none" in model.labels and set(model.labels) - {"none"} <= MEASURES
    assert 0 < model.add_threshold <= 1.01
    assert len(model.weights) > 100 and all(len(row) == len(model.labels) for row in model.weights.values())
    assert "heldout" in model.meta["trained_on"] and len(model.meta["commit"]) == 40


def test_on_by_default_and_off_with_0(monkeypatch):
    monkeypatch.delenv("LAGEBILD_CLAIM_MODEL", raising=False)
    assert claim_model.active_model() is claim_model.active_model() is not None
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "0")
    assert claim_model.active_model() is None
    assert records(BOAT) == records(BOAT)
    assert [r["low"] for r in records(BOAT)] == [60]  # the rules read no measure for the 140


@pytest.mark.parametrize("text", [
    "Tausende Flüchtlinge warten an der Grenze. Im Lager sind seit dem Sommer 30 Kinder zur Welt gekommen.",
    "Tausende Flüchtlinge warten an der Grenze. Zur Kundgebung kamen 3.000 Menschen zusammen.",
])
def test_a_clause_the_language_data_says_counts_nothing_is_never_reopened(monkeypatch, text):
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "1")
    assert [r for r in records(text) if r["low"] in (30, 3000)] == []


def test_the_shipped_model_adds_the_people_on_a_second_refugee_boat(monkeypatch):
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "1")
    found = records(BOAT)
    assert [r["low"] for r in found] == [60, 140]
    # the added claim gets its place from the rules' own machinery
    assert found[1]["measure"] == "displaced" and found[1]["location"] == "Lampedusa"
    assert found[1]["evidence"] == "140 Menschen"


@pytest.mark.parametrize("text", [WORKS, CLUB])
def test_the_shipped_model_adds_no_workforce_or_members(monkeypatch, text):
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "1")
    assert records(text) == []


def test_a_model_adds_a_number_the_rules_rejected_and_leaves_others(monkeypatch, tmp_path):
    path = write_model(tmp_path / "m.json", {"noun=menschen": {"displaced": 5.0},
                                             "L=arbeiten": {"none": 10.0}})
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", path)
    text = ("Bei der Überfahrt sind zwei Menschen ertrunken. Die Küstenwache brachte das Boot nach Lampedusa. "
            "An Bord befanden sich 140 Menschen.")
    found = records(text)
    assert [(r["measure"], r["low"], r["high"]) for r in found] == [("killed", 2, 2), ("displaced", 140, 140)]
    assert found[1]["evidence"] == "140 Menschen" and found[1]["location"] == "Lampedusa"
    assert records(WORKS) == []  # "arbeiten": the model says none


def test_a_model_reopens_nothing_in_an_article_without_a_rule_claim(monkeypatch, tmp_path):
    path = write_model(tmp_path / "m.json", {"noun=menschen": {"displaced": 5.0}})
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", path)
    alone = "Die Küstenwache brachte das Boot nach Lampedusa. An Bord befanden sich 140 Menschen."
    assert not claim_model.reopens(builder_of(alone)) and records(alone) == []
    # a figure the rules read makes it an article of figures: the same number is reopened
    assert claim_model.reopens(builder_of("Bei der Überfahrt sind zwei Menschen ertrunken. " + alone))


def test_a_model_never_touches_the_rules_claims(monkeypatch, tmp_path):
    text = "Bei dem Brand in der Lagerhalle sind am Montag drei Arbeiter ums Leben gekommen."
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "0")
    rules = records(text)
    path = write_model(tmp_path / "m.json", {"step=claim": {"none": 50.0}, "noun=arbeiter": {"wounded": 50.0}})
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", path)
    assert records(text) == rules and rules[0]["measure"] == "killed"


def test_inference_is_deterministic(monkeypatch):
    model = claim_model.load()
    builder = builder_of(BOAT)
    features = [claim_model.features(builder, i) for i, f in enumerate(builder.found) if f is not None]
    first = [model.probabilities(f) for f in features]
    assert first == [claim_model.load().probabilities(f) for f in features]
    assert all(abs(sum(p.values()) - 1) < 1e-9 for p in first)
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "1")
    assert records(BOAT) == records(BOAT)


@pytest.mark.parametrize("content", ["{not json", json.dumps({"labels": ["none", "killed"], "bias": [0.0],
                                                             "weights": {}, "add_threshold": 0.5}),
                                     json.dumps({"labels": ["killed"]})])
def test_a_corrupt_model_file_is_a_clear_error_and_the_rules_go_on(monkeypatch, tmp_path, content):
    path = tmp_path / "broken.json"
    path.write_text(content, "utf-8")
    with pytest.raises(claim_model.ClaimModelError, match="broken.json"):
        claim_model.load(path)
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "0")
    text = "Bei dem Brand sind am Montag drei Arbeiter ums Leben gekommen. An Bord waren 140 Menschen."
    rules = records(text)
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", str(path))
    with pytest.warns(RuntimeWarning, match="rules alone"):
        assert records(text) == rules
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # said once, not once per article
        assert records(text) == rules


def test_a_missing_model_file_falls_back_to_the_rules(monkeypatch, tmp_path):
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", str(tmp_path / "nowhere.json"))
    with pytest.warns(RuntimeWarning, match="nowhere.json"):
        assert records(CLUB) == []


def test_the_features_of_a_number_depend_on_its_own_article_only():
    alone = builder_of(BOAT)
    before = [claim_model.features(alone, i) for i, f in enumerate(alone.found) if f is not None]
    # other articles analysed in between (the lexicon's word caches are shared) change nothing
    other = builder_of("Bei Kämpfen im Osten wurden 40 Soldaten getötet und 120 verwundet. "
                       "An Bord des Schiffes waren 140 Menschen.", doc_id="other")
    assert any(other.step_claims)
    again = builder_of(BOAT, doc_id="another id")
    assert [claim_model.features(again, i) for i, f in enumerate(again.found) if f is not None] == before
    assert not any(f.startswith(("doc=", "id=")) for row in before for f in row)


def test_the_rules_and_the_model_ask_one_story_test():
    builder = builder_of("Stadtrat tagt\nDer Stadtrat trifft sich am Montag mit 30 Gästen.\n\n"
                         "Im Heim leben 200 Asylbewerber, viele sind an Salmonellen erkrankt.\n\n"
                         "Zum Konzert am Abend kamen 500 Zuschauer.")
    seen = []
    for i, found in enumerate(builder.found):
        if found is None:
            continue
        here = builder.doc.sentence_index(found.quantity.span.start)
        features = claim_model.features(builder, i)
        refugees, sickness = builder.story(here, "refugees"), builder.story(here, "sickness")
        assert ("story=refugees" in features, "story=sickness" in features) == (refugees, sickness)
        assert builder._migrant_story(found) == refugees and builder._sickness_story(found) == sickness
        seen.append((found.quantity.low, refugees, sickness))
    # the lead names neither; only the paragraph of the 200 names refugees and a sickness
    assert seen == [(30, False, False), (200, True, True), (500, False, False)]


def test_coming_without_a_way_is_a_judgment_of_the_rules_the_model_leaves(monkeypatch, tmp_path):
    text = "Hunderte Flüchtlinge warten am Bahnhof. Zum Gottesdienst kamen 400 Menschen."
    builder = builder_of(text)
    index = next(i for i, f in enumerate(builder.found) if f is not None and f.quantity.low == 400)
    assert builder.steps[index] == "no_way" and builder.steps[index] not in claim_model.REOPENED
    path = write_model(tmp_path / "m.json", {"noun=menschen": {"displaced": 5.0}})
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", path)
    assert [r for r in records(text) if r["low"] == 400] == []
    # with a way it is an arrival the rules read themselves
    assert [r["measure"] for r in records(text.replace("kamen 400 Menschen", "kamen 400 Menschen über die Grenze"))
            if r["low"] == 400] == ["displaced"]
