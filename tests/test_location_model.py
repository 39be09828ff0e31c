"""The learned choice of claim locations (lagebild/analysis/location_model.py): off by default, on
with LAGEBILD_LOCATION_MODEL=1, plain-Python inference from JSON, only `location` ever changes, and
the rules' places whenever the model file cannot be used. German sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from lagebild.analysis import PIPELINE, analyze, location_model, make_doc
from lagebild.analysis.claims import Builder
from lagebild.model import Article, claim_record

QUAKE = ("Erdbeben in der Türkei\n\n"
         "Bei einem Erdbeben in der Provinz Malatya sind am Montag mindestens zwölf Menschen ums Leben "
         "gekommen. Rund 300 Menschen wurden verletzt, teilte die Katastrophenschutzbehörde mit.")
FLOOD = ("Hochwasser in Rumänien\n\n"
         "In der Stadt Galați sind bei Überschwemmungen mindestens sieben Menschen ums Leben gekommen. "
         "In der Nacht mussten 2.000 Menschen aus ihren Häusern in Sicherheit gebracht werden.")


def claims(monkeypatch, text: str, setting: str | None) -> list[dict]:
    if setting is None:
        monkeypatch.delenv("LAGEBILD_LOCATION_MODEL", raising=False)
    else:
        monkeypatch.setenv("LAGEBILD_LOCATION_MODEL", setting)
    return [claim_record(c) for c in analyze(Article(id="t", text=text, published="2025-03-10", language="de")).claims]


def model_file(tmp_path, weights: dict[str, float], rule_features: bool = False) -> str:
    path = tmp_path / f"location-{len(list(tmp_path.iterdir()))}.json"  # (each path is loaded once)
    path.write_text(json.dumps({"rule_features": rule_features, "weights": weights}), "utf-8")
    return str(path)


def without_location(records: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "location"} for r in records]


def test_off_by_default_and_one_switches_the_packaged_model_on(monkeypatch):
    monkeypatch.delenv("LAGEBILD_LOCATION_MODEL", raising=False)
    assert location_model.active_model() is None
    monkeypatch.setenv("LAGEBILD_LOCATION_MODEL", "1")
    model = location_model.active_model()
    assert model is not None and model.weights and model.rule_features is False
    assert "heldout" in model.meta["trained_on"] and not any("rule" in key for key in model.weights)
    monkeypatch.setenv("LAGEBILD_LOCATION_MODEL", "0")
    assert location_model.active_model() is None


def test_unset_and_zero_are_the_rules(monkeypatch):
    rules = claims(monkeypatch, QUAKE, None)
    assert [r["location"] for r in rules] == ["Malatya", "Malatya"]
    assert claims(monkeypatch, QUAKE, "0") == rules


def test_the_packaged_model_takes_the_scene_the_sentence_names(monkeypatch):
    assert [(r["measure"], r["location"]) for r in claims(monkeypatch, QUAKE, "1")] == \
        [("killed", "Malatya"), ("wounded", "Malatya")]
    assert claims(monkeypatch, FLOOD, "1")[0]["location"] == "Galați"


def test_a_model_changes_the_location_and_nothing_else(monkeypatch, tmp_path):
    rules = claims(monkeypatch, QUAKE, "0")
    country = claims(monkeypatch, QUAKE, model_file(tmp_path, {"kind=country": 5.0}))
    assert [r["location"] for r in country] == ["Turkey", "Turkey"]
    assert without_location(country) == without_location(rules)
    nowhere = claims(monkeypatch, FLOOD, model_file(tmp_path, {"none": 5.0}))
    assert [r["location"] for r in nowhere] == [None, None]
    assert without_location(nowhere) == without_location(claims(monkeypatch, FLOOD, "0"))


def test_an_unusable_model_file_warns_once_and_keeps_the_rules(monkeypatch, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"weights": {"none": 1.0}}', "utf-8")
    rules = claims(monkeypatch, QUAKE, "0")
    with pytest.warns(RuntimeWarning, match="claim locations come from the rules alone"):
        assert claims(monkeypatch, QUAKE, str(broken)) == rules
    with pytest.raises(location_model.LocationModelError, match="cannot read"):
        location_model.load(tmp_path / "missing.json")
    with pytest.raises(location_model.LocationModelError, match="must be true or false"):
        location_model.parse({"weights": {}, "rule_features": "no"})


def test_candidates_and_their_features(monkeypatch):
    monkeypatch.setenv("LAGEBILD_LOCATION_MODEL", "0")
    doc = make_doc(Article(id="t", text=QUAKE, published="2025-03-10", language="de"))
    for name, step in PIPELINE:
        if name == "claims":
            break
        step(doc)
    builder = Builder(doc)
    found = builder.build()
    places = location_model.ArticlePlaces(builder, found)
    names, features = places.candidates(found[0], rule_features=False)
    assert names[0] is None and {"Malatya", "Turkey"} <= set(names)
    malatya, turkey = features[names.index("Malatya")], features[names.index("Turkey")]
    assert malatya["same_sentence"] == 1.0 and malatya["scene_here"] == 1.0 and "kind=country" not in malatya
    assert turkey["kind=country"] == 1.0 and turkey["same_sentence"] == 0.0 and turkey["headline"] == 1.0
    assert not any("rule" in key for row in features for key in row)
    _names, knowing = places.candidates(found[0], rule_features=True)
    assert knowing[names.index("Malatya")]["rule"] == 1.0 and knowing[names.index("Turkey")]["rule"] == 0.0
