"""Claim locations (sentences written for this test): a place named after another place and a distance
("das Dorf Nyakahura, rund 25 Kilometer südlich von Biharamulo") only says where the first one lies, no
scene of its own; a hyphenated compound of a common noun's dative plural after "Angriff von" names
people, no place ("von Boko-Haram-Kämpfern")."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_a_town_a_distance_refers_to_is_no_scene() -> None:
    text = ("Ausbruch in Tansania\n\n"
            "Im Nordwesten Tansanias breitet sich ein Fieber aus. Besonders betroffen ist das Dorf Nyakahura, rund "
            "25 Kilometer südlich von Biharamulo. Mindestens elf Menschen seien gestorben, sagte ein Arzt.")
    assert by_value(claims_of(text), 11).location == "Nyakahura"


def test_also_the_capital_a_distance_refers_to() -> None:
    text = ("Angriff auf Armeeposten\n\n"
            "Im Tschad haben Islamisten einen Posten angegriffen. Der Überfall auf den Posten bei Ngouboua, etwa 30 "
            "Kilometer nördlich der Provinzhauptstadt Bol, begann in der Nacht. Dabei seien 17 Soldaten getötet worden.")
    assert by_value(claims_of(text), 17).location == "Ngouboua"


def test_fighters_named_after_their_group_are_no_place() -> None:
    text = "Angriff auf Armeeposten\n\nBei einem Angriff von Boko-Haram-Kämpfern sind 17 Soldaten getötet worden."
    assert by_value(claims_of(text), 17).location is None


def test_a_hyphenated_place_ending_in_a_noun_stays_a_place() -> None:
    text = ("Bootsunglück\n\nBeim Bootsunglück von Équihen-Plage sind in der Nacht sechs Menschen ums Leben "
            "gekommen.")
    assert by_value(claims_of(text), 6).location == "Équihen-Plage"
