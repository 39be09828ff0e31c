"""People still presumed under the rubble are missing. German sentences written for these tests, run
through the whole analysis."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_people_presumed_under_rubble_are_missing() -> None:
    for sentence, value in [("Nach dem Erdbeben werden unter den Trümmern noch bis zu sechs Bewohner vermutet.", 6),
                            ("In dem eingestürzten Haus werden noch acht Menschen vermutet.", 8),
                            ("Unter den Erdmassen werden noch zwei Wanderer vermutet.", 2)]:
        assert by_value(claims_of(sentence), value).measure == "missing", sentence


def test_suspects_presumed_behind_an_attack_are_no_figure() -> None:
    assert claims_of("Die Polizei vermutet zwölf Täter.") == []
    assert claims_of("Hinter dem Anschlag werden 12 Islamisten vermutet.") == []
