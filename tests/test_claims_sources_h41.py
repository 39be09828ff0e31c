"""Claim sources in constructions that the outside batches h29-h43 showed the rules getting wrong, kept
general. German sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_hearsay_soll_after_a_statement_gives_its_figures_no_source() -> None:
    text = ("Die Regierung schickte 600 Soldaten in die Provinz, wie ein Sprecher des Verteidigungsministeriums sagte. "
            "Weitere 400 Soldaten sollen in der kommenden Woche folgen.")
    claims = claims_of(text)
    assert by_value(claims, 600).source is not None
    # "sollen" is no Konjunktiv I: the figure stays in the writer's voice (still the speaker's statement)
    assert by_value(claims, 400).source is None
    # a Konjunktiv I sentence does carry the source on
    reported = claims_of(text.replace("sollen in der kommenden Woche folgen", "seien bereits unterwegs"))
    assert by_value(reported, 400).source is not None
