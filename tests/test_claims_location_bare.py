"""Claim location when the gazetteer lacks the town: a capitalised name right after a bare
"in", "bei" or "nahe" is a place, a common noun there ("in Haft") is not. Sentences
written for this test; the towns are invented."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of


@pytest.mark.parametrize(("text", "value", "place"), [
    # a town the gazetteer lacks, after a bare preposition, is the scene ...
    ("In Wolvabu sind bei einem Überfall auf einen Armeeposten 23 Soldaten getötet worden.", 23, "Wolvabu"),
    ("Bei Kestrinau wurden nach einem Unwetter 14 Menschen verletzt.", 14, "Kestrinau"),
    # ... also for a figure in the next sentence, and where the article names it again alone
    ("Bewaffnete haben einen Stützpunkt im Norden von Mali überfallen. Der Angriff auf den Posten in "
     "Wolvabu dauerte Stunden. Ein Bewohner von Wolvabu sagte, er habe 31 Leichen gesehen.", 31, "Wolvabu"),
    # a common noun after a bare preposition is no place
    ("Bei Protesten in Kenia wurden 12 Demonstranten festgenommen und in Haft gebracht.", 12, "Kenya"),
    ("In Kenia wurden bei Nacht 7 Menschen verletzt.", 7, "Kenya"),
])
def test_unlisted_town_after_a_bare_preposition(text: str, value: float, place: str) -> None:
    assert by_value(claims_of(text), value).location == place


def test_a_word_the_article_also_writes_with_an_article_is_no_town() -> None:
    claims = claims_of("Explosion in Chemiewerk: 5 Verletzte\n\nIm Chemiewerk an der Elbe brach am Montag ein "
                       "Feuer aus, 5 Arbeiter wurden verletzt.")
    assert claims and all(c.location != "Chemiewerk" for c in claims)


def test_a_plural_after_a_bare_preposition_is_no_town() -> None:
    claim = by_value(claims_of("In Klöstern und Kirchen in Kenia fanden 300 Menschen Zuflucht vor den Kämpfen."), 300)
    assert claim.location != "Klöstern"


def test_a_place_after_darunter_belongs_to_the_part() -> None:
    text = ("Ein Waldbrand nordöstlich von Madrid hat mehrere Vororte erreicht. Es wurden rund 2.000 Bewohner "
            "aus acht Ortschaften in Sicherheit gebracht, darunter die Bewohner eines Pflegeheims in Wolvabu.")
    assert by_value(claims_of(text), 2000).location == "Madrid"


def test_a_town_near_a_border_takes_the_country_the_article_is_about() -> None:
    text = ("Burkina Faso: Angriff auf Armeeposten\n\nIn Burkina Faso haben Dschihadisten einen Posten in Wolvabu "
            "nahe der Grenze zu Mali angegriffen. Im ganzen Land sind etwa zwei Millionen Menschen auf der Flucht.")
    assert by_value(claims_of(text), 2000000).location == "Burkina Faso"


def test_a_region_named_after_a_compound_ending_in_gebiet_is_the_scene() -> None:
    text = "Im russischen Grenzgebiet Kerbelowo wurden bei einem Unwetter elf Menschen verletzt."
    assert by_value(claims_of(text), 11).location == "Kerbelowo"


def test_several_regions_of_one_country_are_the_country() -> None:
    text = ("In der südrussischen Region Krasnodar brannte ein Depot. Moskau meldete den Abschuss von 61 "
            "ukrainischen Drohnen über mehreren Regionen.")
    assert by_value(claims_of(text), 61).location == "Russia"


def test_a_two_word_village_taken_by_an_army_is_the_scene_of_its_captives() -> None:
    text = ("Im Osten der Ukraine gehen die Kämpfe um die Stadt Pokrowsk weiter.\n\nDie russischen Truppen "
            "hätten das Dorf Nowa Marjiwka eingenommen und dabei 14 ukrainische Soldaten gefangen genommen.")
    assert by_value(claims_of(text), 14).location == "Nowa Marjiwka"


def test_an_armys_losses_of_a_period_are_the_fronts_not_the_leads_town() -> None:
    text = ("Kiew (dpa) - Im Osten der Ukraine toben schwere Kämpfe um die Stadt Pokrowsk.\n\n"
            "Die russische Armee habe in den vergangenen 24 Stunden rund 1.270 Soldaten verloren, teilte der "
            "Generalstab mit. Zudem seien elf Panzer zerstört worden.")
    claims = claims_of(text)
    assert by_value(claims, 1270).location == "Ukraine"
    assert by_value(claims, 11).location == "Ukraine"


def test_losses_without_a_period_stay_in_the_leads_town() -> None:
    text = ("Kiew (dpa) - Im Osten der Ukraine toben schwere Kämpfe um die Stadt Pokrowsk.\n\n"
            "Bei dem Sturm auf die Stellungen seien elf Panzer zerstört worden, teilte der Generalstab mit.")
    assert by_value(claims_of(text), 11).location == "Pokrovsk"


def test_a_country_opening_the_lead_is_the_scene_before_the_agency_dateline() -> None:
    text = ("Cholera in Malawi: Kliniken in Lilongwe überlastet\n\nLilongwe (dpa) - Malawi erlebt den schwersten "
            "Cholera-Ausbruch seit Jahren. Binnen einer Woche seien 412 Patienten eingeliefert worden.")
    assert by_value(claims_of(text), 412).location == "Malawi"


def test_two_countries_opening_the_lead_are_no_scene_of_their_own() -> None:
    text = ("Gefangenenaustausch\n\nMoskau (dpa) - Russland und die Ukraine haben erneut Gefangene ausgetauscht. "
            "Insgesamt kehrten 157 Soldaten zurück.")
    assert by_value(claims_of(text), 157).location != "Russia"


def test_a_town_an_earlier_sentence_announces_by_its_place_noun_is_the_scene() -> None:
    text = ("Im Bundesstaat Rakhine gehen die Kämpfe weiter.\n\nBesonders schwer getroffen wurde die Kleinstadt "
            "Wolvabu. Bei einem Luftangriff auf den Markt seien 17 Menschen getötet worden.")
    assert by_value(claims_of(text), 17).location == "Wolvabu"


def test_a_persons_home_district_is_no_scene() -> None:
    text = ("Bei einem Unfall auf der Autobahn 7 bei Kassel ist ein Mensch gestorben.\n\nEin Fahrer aus dem "
            "Landkreis Wolvabu starb an der Unfallstelle. Acht Menschen wurden schwer verletzt.")
    assert by_value(claims_of(text), 8).location != "Wolvabu"


def test_a_where_clause_takes_the_place_before_it() -> None:
    text = ("Viele Flüchtlinge kommen aus der Gegend um Wolvabu, wo Milizen im Juli 73 Dorfbewohner "
            "getötet haben sollen.")
    assert by_value(claims_of(text), 73).location == "Wolvabu"


def test_a_province_with_an_accented_capital_is_a_place() -> None:
    text = "In der Provinz Équateur sind an dem Fieber bereits 48 Menschen gestorben."
    assert by_value(claims_of(text), 48).location == "Équateur"


def test_a_district_a_local_police_is_named_after_refines_a_part_of_the_country() -> None:
    text = ("Nach tagelangem Regen ist im Osten Nepals ein Hang abgerutscht. Mindestens 19 Menschen kamen ums "
            "Leben, wie die Polizei des Distrikts Wolvabu mitteilte.")
    assert by_value(claims_of(text), 19).location == "Wolvabu"


def test_a_weeks_drones_against_a_country_are_the_countrys() -> None:
    text = ("Kiew (dpa) - Bei einem Angriff auf Dnipro sind fünf Menschen getötet worden.\n\n"
            "Präsident Selenskyj forderte mehr Flugabwehr. Allein in dieser Woche habe Russland mehr als "
            "1.300 Drohnen gegen die Ukraine eingesetzt.")
    assert by_value(claims_of(text), 1300).location == "Ukraine"


def test_a_province_opening_the_sentence_stays_the_scene_beside_a_speaker() -> None:
    text = ("Manila (dpa) - Ein Taifun hat in der Provinz Cagayan schwere Schäden angerichtet.\n\n"
            "In der Provinz Wolvabu zählte Gouverneur Ramon Dela Cruz seinen eigenen Angaben zufolge neun Todesopfer.")
    assert by_value(claims_of(text), 9).location == "Wolvabu"


def test_where_a_boat_set_out_is_no_scene() -> None:
    text = ("Vor der Insel Lampedusa ist ein Boot gekentert.\n\nDas Boot sei am Montag in Wolvabu gestartet. "
            "Zwei mutmaßliche Schleuser wurden festgenommen.")
    assert by_value(claims_of(text), 2).location != "Wolvabu"


def test_a_name_joined_to_a_region_noun_is_the_region() -> None:
    text = "Nach Kämpfen haben rund 12.000 Menschen im nördlichen Wolvabu-Staat ihre Dörfer verlassen."
    assert by_value(claims_of(text), 12000).location == "Wolvabu-Staat"


def test_years_of_a_conflict_in_a_part_of_a_country_are_the_countrys() -> None:
    text = ("Bei einem Angriff auf das Dorf Wolvabu im Bundesstaat Borno sind elf Menschen getötet worden. "
            "Seit Beginn des Aufstands im Jahr 2009 wurden im Nordosten Nigerias rund 36.000 Menschen getötet.")
    assert by_value(claims_of(text), 36000).location == "Nigeria"


def test_a_week_in_a_part_of_a_country_still_finds_its_province() -> None:
    text = ("Im Osten der Demokratischen Republik Kongo sind seit Anfang der Woche etwa 30.000 Menschen geflohen. "
            "Viele suchten in Schulen in der Provinz Ituri Zuflucht.")
    assert by_value(claims_of(text), 30000).location == "Ituri"


def test_a_mission_named_after_its_country_is_no_scene() -> None:
    text = ("Bei einem Anschlag sind 14 Menschen getötet worden.\n\nDie UN-Mission in Kenia teilte mit, die Zahl "
            "der Verletzten liege bei 23.")
    assert by_value(claims_of(text), 23).location != "Kenya"
