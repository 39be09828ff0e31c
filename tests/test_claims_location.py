"""Where a figure's event happened, as opposed to where it was announced: German
sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from lagebild.analysis import analyze
from lagebild.model import Article, Claim


def claims_of(text: str) -> list[Claim]:
    return analyze(Article(id="t", text=text, published="2025-03-10", language="de")).claims


def only(text: str) -> Claim:
    found = claims_of(text)
    assert len(found) == 1, [(c.measure, c.evidence_text) for c in found]
    return found[0]


def test_the_place_of_a_press_conference_is_not_the_scene() -> None:
    text = ("In Tirol ist eine Lawine abgegangen.\n\n"
            "Dabei seien neun Menschen getötet worden, sagte ein Sprecher am Dienstag auf einer Pressekonferenz in Wien.")
    assert only(text).location == "Tyrol"


def test_the_place_after_the_reporting_verb_is_not_the_scene() -> None:
    text = ("In Tirol ist eine Lawine abgegangen. "
            "Dabei seien neun Menschen getötet worden, sagte ein Sprecher der Bergrettung am Dienstag in Wien.")
    assert only(text).location == "Tyrol"


def test_the_seat_of_a_government_named_in_a_compound_is_not_the_scene() -> None:
    text = ("Nach dem Erdbeben in Peru steigt die Zahl der Opfer.\n\n"
            "Die Übergangsregierung in Lima sprach am Abend von 85 Toten.")
    assert only(text).location == "Peru"


def test_a_country_named_only_by_its_part_is_refined_by_a_place_told_later() -> None:
    text = ("Bei einem Erdbeben im Norden Perus sind 85 Menschen ums Leben gekommen.\n\n"
            "Das Beben hatte die Region Cajamarca am Morgen erschüttert.")
    assert only(text).location == "Cajamarca"


def test_a_country_named_plainly_in_the_figures_clause_is_the_whole_country() -> None:
    text = ("Ein Erdrutsch hat im Distrikt Wollbarkot ein Dorf verschüttet. "
            "Seit Juni sind in Nepal bereits 172 Menschen durch Erdrutsche gestorben.")
    claim = only(text)
    assert claim.location == "Nepal"
