"""Constructions found by auditing claims on real news (scripts/claim_audit.py over 10kGNAD
and WMT articles), one general group per test. Sentences written for these tests, not taken
from any corpus or gold article."""

from __future__ import annotations

import pytest

from lagebild.analysis import analyze
from lagebild.model import Article


def measures_of(text: str) -> list[tuple[str, float | None]]:
    claims = analyze(Article(id="t", text=text, published="2025-02-14", language="de")).claims
    return [(c.measure, c.low if c.low is not None else c.high) for c in claims]


@pytest.mark.parametrize("text, expected, wrong", [
    # the bodies of refugees were killed people, not displaced ones
    ("Vor der Insel wurden die Leichen von sieben Flüchtlingen entdeckt.", ("killed", 7), ("displaced", 7)),
    ("Taucher haben die Leichen von weiteren 12 Migranten geborgen.", ("killed", 12), ("displaced", 12)),
    ("Im Wrack fand man die Leichname von drei Soldaten.", ("killed", 3), ("troops", 3)),
])
def test_bodies_of_a_group_were_killed(text: str, expected: tuple, wrong: tuple) -> None:
    found = measures_of(text)
    assert expected in found and wrong not in found


def test_bodies_beside_living_refugees_keep_each_measure() -> None:
    found = measures_of("Ein Boot mit 230 Flüchtlingen und den Leichen von vier Migranten erreichte den Hafen.")
    assert ("displaced", 230) in found and ("killed", 4) in found
