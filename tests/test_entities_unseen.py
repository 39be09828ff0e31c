"""Entities first met in unseen articles: German sentences written for these tests."""

from __future__ import annotations

from lagebild.analysis import analyze
from lagebild.model import Article


def orgs(text: str) -> list[str]:
    return [m.text for m in analyze(Article(id="t", text=text, language="de")).mentions if m.kind == "org"]


def test_an_english_institutes_name_runs_through_its_tail() -> None:
    text = "Nach Zählung des Nigeria Institute for Peace and Conflict Resolution starben dort 40 Menschen."
    assert orgs(text) == ["Nigeria Institute for Peace and Conflict Resolution"]
    assert orgs("Das Zentrum für Politische Schönheit protestierte.") != ["Zentrum für Politische Schönheit protestierte"]


def test_a_head_named_by_a_plural_genitive_after_it_is_one_organisation() -> None:
    assert "Bündnis demokratischer Kräfte" in orgs("Das teilte das Bündnis demokratischer Kräfte am Montag mit.")
    assert not [o for o in orgs("Der Verband kritisierte die Pläne scharf.") if o.startswith("Verband ")]
