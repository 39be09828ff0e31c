"""A noun in both genders ("Camperinnen und Camper") is one counted noun. German sentences written
for these tests, run through the whole analysis."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_a_gender_pair_is_one_noun_and_keeps_its_event() -> None:
    for sentence in ["Bei dem Unwetter wurden 14 Camperinnen und Camper verletzt.",
                     "Bei dem Unwetter wurden 14 Zuschauerinnen und Zuschauern verletzt."]:
        claims = claims_of(sentence)
        assert len(claims) == 1, sentence
        assert by_value(claims, 14).measure == "wounded"
        assert "verletzt" in claims[0].evidence_text


def test_two_different_nouns_are_no_pair() -> None:
    # "zwei Camps zerstört und Kämpfer festgenommen": the event has its own noun
    assert claims_of("Die Armee hat 14 Camps zerstört und Kämpfer festgenommen.") == []
