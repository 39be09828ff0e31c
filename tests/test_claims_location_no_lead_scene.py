"""Claim locations where the lead names no scene and where a place's name opens with a particle
(sentences written for this test; session 13's held-out protocol: rules chosen on h13-h46,
checked on h47-h49 unread)."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_without_a_scene_in_the_lead_the_first_scene_of_the_article_holds_the_figure() -> None:
    text = ("Großeinsatz am Sonntagabend\n\n"
            "Am Sonntagabend ist ein Feuer in einem Mehrparteienhaus ausgebrochen. 8 Bewohner wurden verletzt.\n\n"
            "Die Feuerwehr war mit vielen Kräften in der Wohnanlage in Wetzikon im Einsatz.")
    assert by_value(claims_of(text), 8).location == "Wetzikon"


def test_without_any_scene_the_first_place_named_holds_the_figure() -> None:
    text = ("Großeinsatz am Sonntagabend\n\n"
            "Am Sonntagabend ist ein Feuer in einem Mehrparteienhaus ausgebrochen. 8 Bewohner wurden verletzt.\n\n"
            "Wetzikon stand am Montag unter Schock.")
    assert by_value(claims_of(text), 8).location == "Wetzikon"


def test_two_countries_named_together_are_no_scene_of_their_own() -> None:
    text = ("Gefangenenaustausch\n\n"
            "Russland und die Ukraine haben am Freitag erneut Gefangene ausgetauscht. 95 Soldaten kehrten heim.")
    assert by_value(claims_of(text), 95).location is None


def test_a_place_noun_before_a_particle_makes_the_name_after_it_a_place_not_a_person() -> None:
    # "Pedro Sula", "Miguel Totolapan" read alone look like a person's first and last name
    text = "Bei einem Angriff in der Industriestadt San Pedro Sula sind in der Nacht 12 Menschen getötet worden."
    assert by_value(claims_of(text), 12).location == "San Pedro Sula"
    text = "Bei Kämpfen in der Gemeinde San Miguel Totolapan im Bundesstaat Guerrero starben 19 Menschen."
    assert by_value(claims_of(text), 19).location == "San Miguel Totolapan"


def test_two_capitalised_words_the_lexicon_lacks_after_a_bare_preposition_are_one_town() -> None:
    text = "Im Dschungel von Panama\n\nIn Lajas Blancas sitzen derzeit rund 600 Migranten fest."
    assert by_value(claims_of(text), 600).location == "Lajas Blancas"


def test_a_known_noun_in_second_place_is_no_part_of_a_town_name() -> None:
    text = "Im Dschungel von Panama\n\nDie Menschen zogen in Richtung Süden weiter, 300 wurden verletzt."
    assert by_value(claims_of(text), 300).location != "Richtung Süden"


def test_a_name_ending_like_a_noun_is_no_compound_when_its_first_part_opens_none() -> None:
    # "Virudhun|agar", "Giorn|ico": no German word opens these, so they are towns, not compound nouns
    assert by_value(claims_of("In Virudhunagar wurden am Montag 3 Menschen verletzt."), 3).location == "Virudhunagar"
    assert by_value(claims_of("Bei Giornico sind 2 Menschen ums Leben gekommen."), 2).location == "Giornico"


def test_a_compound_whose_parts_are_nouns_stays_a_noun_after_a_bare_preposition() -> None:
    text = "Bei Tagesanbruch wurden in Kassel 5 Menschen verletzt."
    assert by_value(claims_of(text), 5).location == "Kassel"


def test_a_place_right_after_the_speech_verb_is_where_it_was_said() -> None:
    text = ("Erdbeben in Afghanistan\n\nIn der Provinz Samangan sind 30 Menschen gestorben.\n\n"
            "OCHA-Sprecherin Leila Haddad sagte in Genf, die Zahl der Obdachlosen könne auf mehr als 20.000 steigen.")
    assert by_value(claims_of(text), 20000).location == "Samangan"


def test_a_place_right_after_the_speaker_is_where_the_speaker_sits() -> None:
    text = ("Krieg in Tigray\n\nIn der Region Tigray wird seit Monaten gekämpft.\n\n"
            "Westliche Diplomaten in Addis Abeba schätzen, dass dort bis zu 100.000 Soldaten getötet wurden.")
    assert by_value(claims_of(text), 100000).location == "Tigray"


def test_a_place_opening_the_reported_clause_after_the_comma_is_its_scene() -> None:
    text = "Ein Sprecher sagte, in Genf seien am Montag 20 Menschen verletzt worden."
    assert by_value(claims_of(text), 20).location == "Geneva"


def test_people_from_several_countries_are_counted_where_they_are_found() -> None:
    text = ("Schleusung gestoppt\n\nDie Bundespolizei hat am Montag bei Rosenheim einen Kleintransporter gestoppt. "
            "Im Laderaum wurden 12 Migranten aus Syrien und Afghanistan aufgegriffen.")
    assert by_value(claims_of(text), 12).location == "Rosenheim"


def test_people_from_one_country_are_still_counted_where_they_fled_from() -> None:
    text = "Aus dem Sudan sind seit April mehr als 500.000 Menschen geflohen."
    assert by_value(claims_of(text), 500000).location == "Sudan"


def test_two_countries_after_zwischen_are_the_sides_of_a_war_not_its_scene() -> None:
    text = ("Verluste im Überblick\n\n"
            "Über den Krieg zwischen Polen und der Slowakei gibt es kaum verlässliche Zahlen.\n\n"
            "Fachleute schätzen die Zahl der Verwundeten auf 12.000.")
    assert by_value(claims_of(text), 12000).location is None


def test_a_region_and_a_country_after_zwischen_still_give_the_first_place() -> None:
    # only two countries after "zwischen" name the sides of a war: a region keeps the first place
    text = ("Großkontrolle am Wochenende\n\n"
            "Die Bundespolizei hat am Wochenende 40 Migranten aufgegriffen.\n\n"
            "Die Kontrollen zwischen Bayern und Österreich sollen weitergehen.")
    assert by_value(claims_of(text), 40).location == "Bavaria"


def test_with_no_scene_unnamed_soldiers_belong_to_the_one_country_their_sentence_names() -> None:
    text = ("Verluste im Überblick\n\n"
            "Über den Krieg zwischen Polen und der Slowakei gibt es kaum verlässliche Zahlen.\n\n"
            "Nach einer Zählung hat Polen seit Beginn des Krieges 4.000 Soldaten verloren.")
    claim = by_value(claims_of(text), 4000)
    assert claim.location is None
    assert claim.actor == "Poland"
