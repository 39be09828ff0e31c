"""Where a figure's event happened, as opposed to where it was announced: German
sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from lagebild.analysis import analyze
from lagebild.model import Article
from claim_helpers import by_value, claims_of, only


def places_in(text: str) -> list[str]:
    analysis = analyze(Article(id="t", text=text, published="2025-03-10", language="de"))
    return [m.text for m in analysis.mentions if m.kind == "place"]


# ---------------------------------------------------------------- location
def test_the_place_of_a_press_conference_is_not_the_scene() -> None:
    text = ("In Tirol ist eine Lawine abgegangen.\n\n"
            "Dabei seien neun Menschen getötet worden, sagte ein Sprecher am Dienstag auf einer Pressekonferenz in Wien.")
    assert only(text).location == "Tyrol"


def test_the_place_after_the_reporting_verb_is_not_the_scene() -> None:
    text = ("In Tirol ist eine Lawine abgegangen. "
            "Dabei seien neun Menschen getötet worden, sagte ein Sprecher der Bergrettung am Dienstag in Wien.")
    assert only(text).location == "Tyrol"


def test_the_seat_of_a_government_named_in_a_compound_is_not_the_scene() -> None:
    text = ("Nach dem Erdbeben in Peru steigt die Zahl der Opfer.\n\n"
            "Die Übergangsregierung in Lima sprach am Abend von 85 Toten.")
    assert only(text).location == "Peru"


def test_a_country_named_only_by_its_part_is_refined_by_a_place_told_later() -> None:
    text = ("Bei einem Erdbeben im Norden Perus sind 85 Menschen ums Leben gekommen.\n\n"
            "Das Beben hatte die Region Cajamarca am Morgen erschüttert.")
    assert only(text).location == "Cajamarca"


def test_a_region_the_gazetteer_knows_without_its_country_still_refines_the_part() -> None:
    text = ("Bei Kämpfen im Süden Syriens sind 12 Menschen getötet worden. "
            "Die Gefechte betrafen die Provinz Daraa.")
    assert only(text).location not in (None, "Syria")


def test_a_country_named_plainly_in_the_figures_clause_is_the_whole_country() -> None:
    text = ("Ein Erdrutsch hat im Distrikt Wollbarkot ein Dorf verschüttet. "
            "Seit Juni sind in Nepal bereits 172 Menschen durch Erdrutsche gestorben.")
    claim = only(text)
    assert claim.location == "Nepal"


def test_two_regions_named_together_give_their_common_country() -> None:
    text = "Bei Razzien in Bayern und Hessen wurden am Mittwoch 14 Verdächtige festgenommen."
    assert only(text).location == "Germany"


def test_two_countries_named_together_give_no_location() -> None:
    assert only("Stürme in Spanien und Portugal: Zahl der Toten steigt auf 9").location is None


def test_both_countries_named_by_a_phrase_give_no_location() -> None:
    text = "In Spanien ist ein Sturm gewütet. Noch werden 14 Menschen in beiden Ländern vermisst."
    assert only(text).location is None


def test_a_border_between_two_places_keeps_the_first() -> None:
    text = "An der Grenze zwischen Sachsen und Polen stellte die Polizei 300 unerlaubte Einreisen fest."
    assert only(text).location == "Saxony"


def test_a_comma_and_a_new_scene_part_a_sentence_into_two_scenes() -> None:
    claims = claims_of("In Spanien starben acht Menschen, in Portugal meldete die Feuerwehr fünf Tote.")
    assert [c.location for c in sorted(claims, key=lambda c: c.evidence.start)] == ["Spain", "Portugal"]


def test_the_lead_paragraph_tells_the_scene_more_closely_than_the_headline() -> None:
    text = ("Brand in Niedersachsen\n\nIn Lüneburg ist am Montag eine Lagerhalle abgebrannt.\n\n"
            "Die Feuerwehr sprach von einem Großeinsatz.\n\nZwölf Menschen wurden verletzt.")
    assert only(text).location == "Lüneburg"


def test_the_town_beside_the_road_is_the_scene() -> None:
    text = "Bei einem Unfall auf der Autobahn 3 bei Wollbach sind drei Menschen ums Leben gekommen."
    assert only(text).location == "Wollbach"


def test_a_nationwide_figure_takes_the_country_of_the_scene() -> None:
    text = ("In der Gemeinde Wollbarkot in Peru ist eine Mine eingestürzt.\n\n"
            "Im vergangenen Jahr starben landesweit 121 Menschen bei Grubenunglücken.")
    assert only(text).location == "Peru"


def test_the_object_of_an_attack_is_the_scene() -> None:
    text = ("Russland hat die Ukraine in der Nacht mit 90 Drohnen angegriffen. "
            "In der Stadt Sumy wurden zwei Häuser getroffen.")
    assert only(text).location == "Ukraine"


def test_a_later_sentence_tells_a_detail_not_the_scene_of_a_country_figure() -> None:
    text = ("Das Hochwasser in Rumänien hat sich ausgeweitet. Seit Freitag wurden 9.000 Menschen evakuiert. "
            "In Bukarest stand das Wasser am Montag zwei Meter hoch.")
    assert only(text).location == "Romania"


def test_a_place_noun_alone_refers_back_to_the_place_it_introduced() -> None:
    text = ("Rebellen haben die umkämpfte Stadt Wollbarkot eingenommen. "
            "Sie sollen dabei 120 Menschen in einem Krankenhaus der Stadt getötet haben.")
    assert only(text).location == "Wollbarkot"


def test_the_figure_of_a_whole_war_holds_for_the_country() -> None:
    text = ("Rebellen haben die Stadt Wollbarkot im Tschad eingenommen. Dort leben 80.000 Menschen.\n\n"
            "Der seit 2023 andauernde Krieg hat mehr als zwei Millionen Menschen vertrieben.")
    assert by_value(claims_of(text), 2000000).location == "Chad"


def test_the_war_governs_both_halves_of_its_sentence() -> None:
    text = ("Rebellen haben die Stadt Wollbarkot im Tschad eingenommen. Dort leben 80.000 Menschen.\n\n"
            "Der Krieg dauert seit 2023; die Zahl der Toten wird auf 40.000 geschätzt.")
    assert by_value(claims_of(text), 40000).location == "Chad"


def test_a_name_with_its_other_name_in_brackets_is_a_place_inside_the_next() -> None:
    text = ("Die Lage in Wollheim (Wolnica) in Polen ist dramatisch. "
            "Dort schickte die Armee am Montag 300 Soldaten in die Altstadt.")
    claim = only(text)
    assert (claim.location, claim.actor) == ("Wollheim", "Poland")


def test_a_countrys_coast_named_by_its_adjective_is_in_that_country() -> None:
    assert only("Vor der tunesischen Küste sind 40 Migranten ertrunken.").location == "Tunisia"


def test_a_countrys_coasts_reached_are_in_that_country() -> None:
    text = "Vor Malta kenterte ein Boot. Seit Januar erreichten 20.000 Migranten die spanischen Küsten."
    assert by_value(claims_of(text), 20000).location == "Spain"


def test_a_border_named_by_two_adjectives_is_in_the_first_country() -> None:
    text = "Die Bundespolizei stellte an der deutsch-tschechischen Grenze 700 unerlaubte Einreisen fest."
    assert only(text).location == "Germany"


def test_an_agency_dateline_is_where_the_report_was_written() -> None:
    text = "Angriffe im Osten\n\nKiew (dpa) - Bei russischen Angriffen in der Region Sumy sind 12 Menschen getötet worden."
    assert only(text).location == "Sumy"
    text = "Unglück im Hafen\n\nKiew (dpa) - Bei einem Unglück sind 12 Menschen ums Leben gekommen."
    assert only(text).location == "Kyiv"  # the dateline is the last resort


def test_a_police_press_release_dateline_names_the_scene() -> None:
    text = ("Razzia gegen Bande\n\nBonn (ots) - Ermittler der Polizei haben am Morgen 9 Tatverdächtige festgenommen. "
            "Durchsucht wurden auch Wohnungen in Köln und Düsseldorf.")
    assert only(text).location == "Bonn"


def test_a_compound_ending_in_a_place_noun_makes_a_scene() -> None:
    text = "Bei einer Explosion nahe der Hafenmetropole Rotterdam sind 14 Arbeiter verletzt worden."
    assert only(text).location == "Rotterdam"


def test_a_two_word_name_after_a_compound_place_noun_is_a_place() -> None:
    text = "Auf der Ferieninsel La Wollera sind am Wochenende 300 Migranten angekommen."
    assert only(text).location == "La Wollera"


def test_a_dateline_without_agency_names_the_scene() -> None:
    text = "Angriffe im Osten\n\nCharkiw, Ukraine - Bei russischen Angriffen sind 12 Menschen getötet worden."
    assert only(text).location == "Kharkiv"


# ---------------------------------------------------------------- actor
def test_a_figure_part_of_an_earlier_one_keeps_its_owner() -> None:
    text = ("Die polnische Luftwaffe erklärte, Russland habe 60 Kampfdrohnen und fünf Raketen gestartet. "
            "Davon seien 52 Drohnen und drei Raketen abgefangen worden.")
    claims = claims_of(text)
    assert (by_value(claims, 52).actor, by_value(claims, 3).actor) == ("Russia", "Russia")


def test_a_group_before_the_hyphen_owns_its_fighters() -> None:
    assert only("Bei dem Gefecht wurden fünf Hisbollah-Kämpfer getötet.").actor == "Hezbollah"


def test_people_fleeing_a_town_are_not_the_towns() -> None:
    text = "Nach UN-Angaben sind seit Montag 9.000 Menschen aus Kassala geflohen."
    assert only(text).actor is None


def test_a_unit_named_again_keeps_the_country_of_its_first_mention() -> None:
    text = ("Die französische Gebirgsbrigade wird nach Estland verlegt.\n\n"
            "Die Einwohner sind gespannt. Der Bürgermeister freut sich. Es gibt ein Fest.\n\n"
            "Nach Informationen der Zeitung fehlen der Brigade noch 40 Panzer.")
    assert only(text).actor == "France"


def test_soldiers_at_home_belong_to_the_scene_country() -> None:
    text = "Ein Waldbrand wütet nahe Marseille. Auch 200 Soldaten seien im Einsatz."
    assert only(text).actor == "France"


def test_the_dead_on_the_armys_side_belong_to_the_scene_country() -> None:
    text = "Bei einem Überfall im Norden Nigers gab es nach Angaben von Offizieren 30 Tote auf Seiten der Armee."
    assert only(text).actor == "Niger"


def test_displaced_people_do_not_take_the_fighters_owner() -> None:
    text = ("Dabei wurden sechs Hamas-Kämpfer getötet. "
            "Getroffen wurde auch eine Schule, in der 300 Vertriebene Schutz gesucht hatten.")
    assert by_value(claims_of(text), 300).actor is None


def test_a_towns_name_before_a_speaking_surname_is_a_first_name() -> None:
    assert places_in("Paris Jackson sagte, zwölf Menschen seien verletzt worden.") == []
    assert places_in("Das bestätigte Sydney Brown am Abend.") == []
    assert places_in("In Paris sagte ein Sprecher, zwölf Menschen seien verletzt worden.") == ["Paris"]


def test_additional_equipment_continues_a_delivery_told_a_few_sentences_before() -> None:
    text = ("Die Bundesregierung will Moldau 30 Radpanzer liefern. Das kündigte der Minister an. "
            "Die Opposition kritisierte den Plan.\n\nZudem sollen bis Jahresende vier zusätzliche Kampfpanzer folgen.")
    assert by_value(claims_of(text), 4).actor == "Germany"


def test_the_whole_country_is_the_scene_of_a_figure_for_all_of_it() -> None:
    claims = claims_of("In Belgrad warten rund 650 Flüchtlinge. In ganz Serbien sind es rund 2.000.")
    assert (by_value(claims, 650).location, by_value(claims, 2000).location) == ("Belgrade", "Serbia")


def test_where_the_injured_were_taken_is_not_the_scene() -> None:
    text = ("Bei einem Busunfall nahe Detmold sind am Montag zwei Menschen gestorben.\n\n"
            "Ein Sprecher sagte, 19 Verletzte seien in Krankenhäuser in Bielefeld und Paderborn gebracht worden.")
    assert by_value(claims_of(text), 19).location == "Detmold"


def test_seas_straits_and_lakes_are_scenes() -> None:
    assert only("Vor der Küste im Kaspischen Meer sind am Sonntag sieben Fischer ertrunken.").location == "Caspian Sea"
    assert only("In der Straße von Sizilien wurden 23 Migranten aus einem Schlauchboot gerettet.").location \
        == "Strait of Sicily"
    assert only("Auf dem Bodensee kenterte ein Ausflugsboot, vier Menschen wurden verletzt.").location \
        == "Lake Constance"
