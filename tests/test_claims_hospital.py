"""Taken to hospital: the injured counted by where they were brought. German sentences written
for these tests, run through the whole analysis."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_a_hospital_with_a_determiner_or_adjective_counts_the_injured() -> None:
    for sentence in ["Nach dem Brand wurden 17 Personen in ein Krankenhaus gebracht.",
                     "Insgesamt 17 Personen wurden mit Rauchgasvergiftungen in umliegende Krankenhäuser gebracht.",
                     "Nach dem Sturz begaben sich 17 Personen in ärztliche Behandlung."]:
        assert by_value(claims_of(sentence), 17).measure == "wounded", sentence


def test_the_vehicles_that_carry_them_are_not_injured() -> None:
    claims = claims_of("Bei dem Unfall wurden 14 Fahrgäste mit zwei Helikoptern in umliegende Spitäler gebracht.")
    assert by_value(claims, 14).measure == "wounded"
    assert not [c for c in claims if c.low == 2]
    assert claims_of("Die Verletzten wurden mit drei Rettungswagen in ein Krankenhaus gebracht.") == []


def test_after_a_bad_meal_the_hospital_counts_the_sick() -> None:
    claims = claims_of("Nach dem Essen wurden 14 Gäste mit Brechdurchfall in ein Krankenhaus gebracht.")
    assert by_value(claims, 14).measure == "other"
