"""Claim locations (sentences written for this test): a place the gazetteer lacks that a place noun
announces in another sentence of the lead ("im Stadtviertel Exarchia") is the more specific scene of the
city's event, also when that sentence counts only a vague plural ("Hunderte Jugendliche" is nobody's
figure); not a region said to hold a place named before it ("bei Tera in der Region Tillabéri"), not
a place noun referring back ("in der Stadt"). A county is a place noun's place ("im Kreis Dongning"), and
any place noun may stand between a scene's preposition and its place ("im Quartier X", "der Siedlung X").
A city's adjective before any noun of a named place only says where that place lies ("im Athener Gefängnis
Korydallos")."""

from __future__ import annotations

from claim_helpers import by_value, claims_of

LEAD = ("Jahrestag: Straßenschlachten\n\n"
        "Der Marsch zum Jahrestag ist in Athen erneut in Gewalt umgeschlagen. Am Abend lieferten sich %s "
        "Jugendliche im Stadtviertel Exarchia stundenlange Straßenschlachten mit der Polizei.\n\n"
        "Die Polizei war im Einsatz. Nach ihren Angaben wurden bis Mittwochfrüh 61 Personen in Gewahrsam genommen.")


def test_a_sentence_with_a_vague_plural_names_the_district() -> None:
    assert by_value(claims_of(LEAD % "Hunderte"), 61).location == "Exarchia"


def test_a_sentence_with_a_figure_of_its_own_is_another_account() -> None:
    assert by_value(claims_of(LEAD % "300"), 61).location == "Athens"


def test_a_region_holding_the_town_named_before_is_no_place_inside() -> None:
    text = ("Angriff auf Armeeposten\n\n"
            "Niamey (dpa) - Bei einem Angriff haben Dschihadisten im Westen Nigers zahlreiche Soldaten getötet. "
            "Nach Angaben des Ministeriums griffen am Sonntag Hunderte Kämpfer einen Stützpunkt bei Tera in der "
            "Region Tillabéri an. Dabei seien 19 Soldaten gefallen.")
    assert by_value(claims_of(text), 19).location == "Tera"


def test_a_place_noun_referring_back_is_no_place_inside() -> None:
    text = ("Flucht aus der Stadt\n\n"
            "Nach der Einnahme der Stadt El Fasher durch eine Miliz mehren sich Berichte über Gewalt.\n\n"
            "Nach UN-Angaben sind seit Sonntag rund 26.000 Menschen aus El Fasher geflohen, die meisten in "
            "Richtung der Stadt Tawila. Tausende weitere säßen noch in der Stadt fest, sagte eine Koordinatorin.")
    assert by_value(claims_of(text), 26000).location == "El Fasher"


def test_a_county_names_its_place() -> None:
    # "Kreis" is a place noun like "Landkreis": the county the gazetteer lacks is the scene, not the town near it
    text = ("Grubenunglück in China\n\n"
            "In einem Kohlebergwerk im Kreis Dongning nahe der Stadt Jixi sind zwölf Bergleute ums Leben gekommen.")
    assert by_value(claims_of(text), 12).location == "Dongning"


def test_any_place_noun_may_stand_between_the_preposition_and_the_place() -> None:
    text = ("Tote bei Brand in Montreal\n\n"
            "Bei einem Brand in einem Wohnhaus im Quartier Plateau-Mont-Royal sind in der Nacht drei Menschen ums "
            "Leben gekommen.")
    assert by_value(claims_of(text), 3).location == "Plateau-Mont-Royal"


def test_a_settlement_named_by_its_noun_refines_the_region() -> None:
    text = ("Erdrutsch in Kolumbien\n\n"
            "Ein Erdrutsch hat im Departement Risaralda einen Weiler verschüttet. Rettungskräfte bargen elf Leichen. "
            "Der Hang oberhalb der Siedlung La Esperanza war nach Regen abgerutscht.")
    assert by_value(claims_of(text), 11).location == "La Esperanza"


def test_a_city_adjective_before_any_noun_of_a_named_place_only_says_where_it_lies() -> None:
    text = ("Krawalle im Athener Gefängnis Korydallos\n\n"
            "Im größten Gefängnis Griechenlands haben sich Häftlinge und Wärter Auseinandersetzungen geliefert. "
            "Dabei wurden 23 Menschen verletzt.")
    assert by_value(claims_of(text), 23).location == "Korydallós"


def test_a_city_adjective_before_an_unnamed_place_names_the_city() -> None:
    text = ("Krawalle im Athener Gefängnis\n\n"
            "Im größten Gefängnis Griechenlands haben sich Häftlinge und Wärter Auseinandersetzungen geliefert. "
            "Dabei wurden 23 Menschen verletzt.")
    assert by_value(claims_of(text), 23).location == "Athens"
