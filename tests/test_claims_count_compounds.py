"""One word for the number of the dead or injured ("Totenzahl") names the figure's measure.
German sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_a_compound_count_word_gives_the_measure() -> None:
    assert by_value(claims_of("Die Totenzahl stieg am Montag auf 41."), 41).measure == "killed"
    assert by_value(claims_of("Die Verletztenzahl liegt inzwischen bei mindestens 120."), 120).measure == "wounded"
    assert by_value(claims_of("Die Polizei korrigierte die Opferzahl auf 76."), 76).measure == "killed_or_wounded"


def test_the_figure_must_follow_with_a_link_word() -> None:
    # another number between them, or a figure with a noun of its own, is no count of the dead
    assert [c for c in claims_of("Die Totenzahl stieg von 12 auf 41.") if c.low == 12] == []
    assert claims_of("Die Totenzahl ist gestiegen, heißt es in dem Bericht auf 41 Seiten.") == []
