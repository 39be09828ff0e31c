"""Claim locations where the lead names no scene and where a place's name opens with a particle
(sentences written for this test; session 13's held-out protocol: rules chosen on h13-h46,
checked on h47-h49 unread)."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_a_place_noun_before_a_particle_makes_the_name_after_it_a_place_not_a_person() -> None:
    # "Pedro Sula", "Miguel Totolapan" read alone look like a person's first and last name
    text = "Bei einem Angriff in der Industriestadt San Pedro Sula sind in der Nacht 12 Menschen getötet worden."
    assert by_value(claims_of(text), 12).location == "San Pedro Sula"
    text = "Bei Kämpfen in der Gemeinde San Miguel Totolapan im Bundesstaat Guerrero starben 19 Menschen."
    assert by_value(claims_of(text), 19).location == "San Miguel Totolapan"
