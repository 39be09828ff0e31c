"""Claim locations of outside batches h32-h37 (sentences written for this test): a lead names the
state or province of an event, and a later sentence of its paragraph the town, by a town's noun,
where it happened; a sentence with its own figure at its own scene is another account."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_a_town_announced_after_its_state_in_the_lead_places_the_states_figures() -> None:
    text = ("Bogotá (dpa) - Bei einem Überfall auf eine Tanzveranstaltung im Bundesstaat Guanajuato sind "
            "elf Menschen getötet worden. Die Täter seien am Rand der Stadt Salamanca in einen Saal eingedrungen.")
    assert by_value(claims_of(text), 11).location == "Salamanca"


def test_a_village_in_the_genitive_after_the_state() -> None:
    text = ("Neu-Delhi (dpa) - Ein Erdrutsch hat im Bundesstaat Uttarakhand mehrere Häuser verschüttet. "
            "Mindestens 14 Menschen kamen ums Leben. Der Hang war oberhalb des Dorfes Malkot abgerutscht.")
    assert by_value(claims_of(text), 14).location == "Malkot"


def test_a_town_with_a_figure_of_its_own_at_its_own_scene_does_not_move_the_region() -> None:
    text = ("Moskau - Bei Drohnenangriffen auf die Region Kursk sind drei Zivilisten getötet worden. "
            "In der Stadt Lgow sei ein Umspannwerk getroffen worden, rund 8.000 Haushalte seien ohne Strom.")
    assert by_value(claims_of(text), 3).location == "Kursk"


def test_families_from_a_village_are_no_scene() -> None:
    text = ("Ankara - In der Provinz Mardin eröffneten Männer das Feuer auf eine Hochzeitsgesellschaft. "
            "Sieben Menschen starben. Die Familien aus dem Dorf Kalebaşı waren seit Jahren verfeindet.")
    assert by_value(claims_of(text), 7).location == "Mardin"


def test_the_city_a_spokesman_spoke_in_after_his_verb_is_no_scene() -> None:
    text = ("Niamey (dpa) - Bei Kämpfen in der Provinz Tillabéri sind 17 Soldaten getötet worden. "
            "Ein Armeesprecher sagte am Montag in Niamey, 9 Zivilisten seien verschleppt worden.")
    assert by_value(claims_of(text), 9).location == "Tillabéri"


def test_the_city_after_a_speakers_apposition_is_where_he_spoke() -> None:
    text = ("Nairobi (AFP) - Bei Überfällen im Norden Kenias sind 12 Menschen getötet worden. Das sagte "
            "der Sprecher der Polizei, Oberst Daniel Kiprop, am Dienstag in Nairobi.")
    assert by_value(claims_of(text), 12).location == "Kenya"


def test_a_city_that_opens_what_was_said_stays_the_scene() -> None:
    text = "Ein Sprecher der Polizei sagte, in Mombasa seien 8 Menschen verletzt worden."
    assert by_value(claims_of(text), 8).location == "Mombasa"


def test_an_island_state_keeps_its_figures_before_the_sea_it_lies_in() -> None:
    text = ("Port Louis (AFP) - Auf der Insel Mauritius im Indischen Ozean sind nach einem Zyklon "
            "12 Menschen ums Leben gekommen.")
    assert by_value(claims_of(text), 12).location == "Mauritius"


def test_a_town_before_its_state_stays_the_scene() -> None:
    text = "In der Kleinstadt Sulphur im US-Bundesstaat Oklahoma wurden 6 Menschen verletzt."
    assert by_value(claims_of(text), 6).location == "Sulphur"


def test_a_place_in_the_genitive_before_the_scene() -> None:
    assert by_value(claims_of("In Sambias Hauptstadt Lusaka sind 16 Menschen an Cholera gestorben."), 16).location == "Lusaka"
    assert by_value(claims_of("In Nigerias Bundesstaat Borno wurden 12 Menschen getötet."), 12).location == "Borno"


def test_a_dateline_too_small_for_the_gazetteer_is_the_scene() -> None:
    text = ("Malcesine (dpa) - Beim Absturz einer Seilbahnkabine sind am Samstag 5 Menschen ums Leben "
            "gekommen.")
    assert by_value(claims_of(text), 5).location == "Malcesine"


def test_a_dateline_gives_way_to_the_scene_of_the_lead() -> None:
    text = "Malcesine (dpa) - Bei einem Busunglück bei Garda sind 7 Menschen verletzt worden."
    assert by_value(claims_of(text), 7).location == "Garda"


def test_a_capital_a_place_noun_introduces_after_its_country_stays_the_scene() -> None:
    text = "Aus dem größten Gefängnis Kubas in der Hauptstadt Havanna sind 40 Häftlinge entkommen."
    assert by_value(claims_of(text), 40).location == "Havana"
