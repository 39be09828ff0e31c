"""Claim locations named by places the gazetteer lacks, in constructions the outside batches
h29-h31 showed (sentences written for this test): a valley written with a hyphen, a name that
opens its sentence after "Im"."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of

CASES = [
    # a valley or lake written with a hyphen, also opening the sentence
    ("Im Nervia-Tal mussten nach Angaben der Feuerwehr 320 Menschen ihre Häuser verlassen.", 320, "Nervia-Tal"),
    ("Auf dem Tamsel-See kenterte ein Ausflugsboot, 14 Menschen wurden vermisst.", 14, "Tamsel-See"),
]


@pytest.mark.parametrize("text,value,place", CASES)
def test_location_of_an_unlisted_name(text: str, value: float, place: str | None) -> None:
    assert by_value(claims_of(text), value).location == place
