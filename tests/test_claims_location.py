"""Where a figure's event happened, as opposed to where it was announced: German
sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from lagebild.analysis import analyze
from lagebild.model import Article, Claim


def claims_of(text: str) -> list[Claim]:
    return analyze(Article(id="t", text=text, published="2025-03-10", language="de")).claims


def only(text: str) -> Claim:
    found = claims_of(text)
    assert len(found) == 1, [(c.measure, c.evidence_text) for c in found]
    return found[0]


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
