"""Claim locations (sentences written for this test): a hotel named after its noun is a scene of its own
("auf das Hotel „Palm Beach“", also quoted whole: "auf das „Hotel Sahal“"), named as written; a place
stormed is an attacked place ("hatten das Hotel „Jowhar Palace“ gestürmt"); a common noun after the
venue's noun names no venue ("im Hotel Zimmer")."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_a_named_hotel_is_the_scene() -> None:
    text = ("Anschlag auf Hotel\n\n"
            "Bei einem Anschlag auf das Hotel „Palm Beach“ in Kismayo sind mindestens 14 Menschen getötet worden.")
    assert by_value(claims_of(text), 14).location == "Hotel „Palm Beach“"


def test_a_hotel_quoted_whole_is_the_scene() -> None:
    text = ("Anschlag auf Hotel\n\n"
            "Bei einem Anschlag auf das „Hotel Sahal“ in Kismayo sind mindestens 14 Menschen getötet worden.")
    assert by_value(claims_of(text), 14).location == "„Hotel Sahal“"


def test_a_stormed_hotel_refines_the_town_of_the_lead() -> None:
    text = ("Hotel gestürmt\n\n"
            "In der Stadt Jowhar haben Sicherheitskräfte ein Hotel zurückerobert. Kämpfer hatten das Hotel „Jowhar "
            "Palace“ am Samstag gestürmt.\n\nDas Ministerium sprach von 21 Toten.")
    assert by_value(claims_of(text), 21).location == "Hotel „Jowhar Palace“"


def test_a_common_noun_after_the_venue_noun_names_no_venue() -> None:
    text = "Brand im Hotel\n\nBei einem Brand im Hotel Zimmer in Oberstdorf wurden zwölf Menschen verletzt."
    assert by_value(claims_of(text), 12).location == "Oberstdorf"
