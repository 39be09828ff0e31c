"""Counted quantities that unseen articles write in less common shapes."""

from __future__ import annotations

import pytest

from lagebild.analysis import make_doc
from lagebild.analysis.numbers import find_quantities
from lagebild.analysis.sentences import split_sentences, tokenize
from lagebild.model import Article, Quantity


def quantities(text: str) -> list[Quantity]:
    doc = make_doc(Article(id="t", text=text))
    tokenize(doc)
    split_sentences(doc)
    find_quantities(doc)
    return doc.quantities


@pytest.mark.parametrize("text, low, high", [
    ("Nach dem Beben flohen zwei- bis dreitausend Menschen aus dem Tal.", 2000, 3000),
    ("Zwischen zwei- und dreihundert Menschen mussten die Nacht im Freien verbringen.", 200, 300),
    ("Die Behörden zählten 20- bis 30.000 Vertriebene in den Lagern.", 20000, 30000),
    ("Vier- oder fünfhundert Soldaten sollen die Grenze überquert haben.", 400, 500),
])
def test_suspended_hyphen_shares_the_scale_of_the_second_number(text: str, low: int, high: int) -> None:
    [quantity] = quantities(text)
    assert (quantity.low, quantity.high, quantity.qualifier) == (low, high, "range")


def test_a_suspended_hyphen_without_a_scale_makes_no_range() -> None:
    assert [(q.low, q.high) for q in quantities("Zwei- bis dreimal pro Woche kamen die Helfer.")] == []


@pytest.mark.parametrize("text, value", [
    ("Im Lazarett lagen 2000 verletzte Soldaten auf den Gängen.", 2000),
    ("2000 getötete Zivilisten zählte die Mission bis zum Herbst.", 2000),
    ("Die Armee meldete 1999 gefangene Kämpfer.", 1999),
])
def test_a_year_is_never_followed_by_a_counted_noun(text: str, value: int) -> None:
    assert [q.low for q in quantities(text)] == [value]


@pytest.mark.parametrize("text", [
    "2015 eröffnete die Kanzlerin das Werk am Stadtrand.",
    "2019 verletzte Bestimmungen wurden erst später geahndet.",
])
def test_a_year_before_a_verb_or_other_noun_stays_a_year(text: str) -> None:
    assert quantities(text) == []


@pytest.mark.parametrize("text, low, qualifier", [
    ("Die Hälfte der 300 Bewohner wurde in Turnhallen untergebracht.", 150, "exact"),
    ("Zwei Drittel der 900 Soldaten galten als kampfunfähig.", 600, "exact"),
    ("Jeder dritte der 900 Rekruten wurde verwundet.", 300, "exact"),
    ("Ein Drittel der 1000 Einwohner floh in die Berge.", 333, "about"),
    ("Ein Viertel der rund 2.000 Passagiere saß fest.", 500, "about"),
])
def test_a_fraction_of_a_whole_counts_the_part(text: str, low: int, qualifier: str) -> None:
    [quantity] = quantities(text)
    assert (quantity.low, quantity.high, quantity.qualifier) == (low, low, qualifier)


def test_a_fraction_alone_is_no_count() -> None:
    assert quantities("Jeder dritte Einwohner hat das Dorf verlassen.") == []


@pytest.mark.parametrize("text, low, high, qualifier", [
    ("Bei dem Unglück starben ein Dutzend Menschen.", 12, 12, "exact"),
    ("Mehr als ein Dutzend Häuser brannten ab.", 12, None, "at_least"),
    ("Hunderte Menschen versammelten sich am Ufer.", 100, None, "at_least"),
])
def test_dozens_and_vague_plurals(text: str, low: int, high: int | None, qualifier: str) -> None:
    [quantity] = quantities(text)
    assert (quantity.low, quantity.high, quantity.qualifier) == (low, high, qualifier)


def test_a_year_before_a_participle_that_is_no_event_stays_a_year() -> None:
    assert quantities("Die meisten 2016 angekommenen Migranten starteten aus Libyen.") == []
