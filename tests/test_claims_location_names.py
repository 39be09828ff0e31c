"""Place names that hold on unseen articles: the canonical name is a form the article uses,
and a gazetteer's other names for a foreign city do not take over another place's own name.
German sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from lagebild.analysis import analyze
from lagebild.model import Article

from claim_helpers import only


def test_a_city_is_named_without_the_river_its_official_name_adds() -> None:
    # GeoNames: "Biberach an der Riß"; news and gold write "Biberach"
    assert only("Bei einem Brand in Biberach sind am Montag zwei Menschen gestorben.").location == "Biberach"


def test_a_foreign_citys_other_name_does_not_take_another_countrys_place() -> None:
    # GeoNames lists "Zaragoza" among the other names of Tijuana; the Spanish city is meant
    assert only("Bei einem Unwetter in Zaragoza sind am Montag drei Menschen gestorben.").location == "Zaragoza"


def test_a_citys_own_other_spelling_still_names_it() -> None:
    assert only("In St. Petersburg sind bei einem Brand vier Menschen gestorben.").location == "Saint Petersburg"


def test_the_border_of_two_foreign_countries_is_a_scene_of_its_own() -> None:
    text = ("An der ungarisch-serbischen Grenze hat die Polizei am Montag 23 mutmaßliche Schleuser festgenommen.")
    assert only(text).location == "Hungary–Serbia border"


def test_the_border_alone_refers_back_to_the_border_named_before() -> None:
    text = ("An der ungarisch-serbischen Grenze ist die Lage angespannt.\n\n"
            "Seit Januar sind im Grenzgebiet fünf Menschen erfroren.")
    assert only(text).location == "Hungary–Serbia border"


def test_a_border_of_the_home_country_stays_in_it() -> None:
    text = "Die Bundespolizei hat an der deutsch-tschechischen Grenze 40 Schleuser festgenommen."
    assert only(text).location == "Germany"


def test_a_site_named_after_its_town_gives_the_town() -> None:
    # "im Chemiepark Marl im nördlichen Ruhrgebiet": the town, not the region around it
    text = "Nach einem Brand im Industriepark Leverkusen in Nordrhein-Westfalen wurden drei Arbeiter verletzt."
    assert only(text).location == "Leverkusen"


def test_a_district_named_in_the_next_sentence_is_the_more_specific_scene() -> None:
    text = ("Bei Krawallen in Hamburg sind am Samstag zwölf Polizisten verletzt worden. "
            "Randalierer hätten die Beamten im Stadtteil Sternschanze mit Flaschen beworfen.")
    assert only(text).location == "Sternschanze"


def test_a_station_near_which_the_trains_collided_is_the_scene() -> None:
    text = ("Beim Zusammenstoß zweier Züge im Bundesstaat Bihar sind mindestens 30 Menschen gestorben. "
            "Ein Güterzug war nahe dem Bahnhof Kharikpur auf einen Personenzug aufgefahren.")
    assert only(text).location == "Kharikpur"


def test_a_place_of_a_sentence_with_its_own_figure_is_another_scene() -> None:
    text = ("In Hamburg sind am Samstag zwölf Polizisten verletzt worden. "
            "Im Stadtteil Sternschanze wurden zudem drei Autos angezündet.")
    claims = analyze(Article(id="t", text=text, published="2025-03-10", language="de")).claims
    assert [c.location for c in claims if c.low == 12] == ["Hamburg"]


def test_a_figure_since_the_invasion_began_holds_for_the_whole_country() -> None:
    text = ("Schwere Verluste bei Charkiw\n\n"
            "Die russische Armee hat bei ihren Angriffen in Charkiw schwere Verluste erlitten. "
            "Seit Beginn der Invasion seien rund 700.000 russische Soldaten getötet worden.")
    assert only(text).location == "Ukraine"


# the lead names the border, a later paragraph the night's event
BORDER_NIGHT = ("Migranten an der Grenze\n\n"
                "An der polnisch-belarussischen Grenze ist die Lage angespannt.\n\n"
                "In der Nacht versuchten Migranten bei Kuźnica, den Zaun zu überwinden. "
                "Dabei wurden zwei Grenzschützer verletzt. "
                "Seit Jahresbeginn wurden 30 mutmaßliche Schleuser festgenommen.")


def test_a_foreign_name_after_a_bare_preposition_is_a_place() -> None:
    claims = analyze(Article(id="t", text=BORDER_NIGHT, published="2025-03-10", language="de")).claims
    assert [c.location for c in claims if c.low == 2] == ["Kuźnica"]


def test_a_figure_since_the_start_of_the_year_takes_the_articles_scene() -> None:
    claims = analyze(Article(id="t", text=BORDER_NIGHT, published="2025-03-10", language="de")).claims
    assert [c.location for c in claims if c.low == 30] == ["Poland–Belarus border"]


def test_a_citys_adjective_repeated_still_names_the_city() -> None:
    # the headline's "Augsburger" is read as Augsburg; its repetitions in the body are that city too
    text = ("Schlägerei auf Augsburger Volksfest\n\nAuf dem Augsburger Volksfest sind in der Nacht zum Sonntag "
            "neun Menschen verletzt worden. Die Augsburger Polizei nahm sechs Männer fest.")
    assert [c.location for c in analyze(Article(id="t", text=text)).claims] == ["Augsburg", "Augsburg"]


def test_an_armed_group_an_attack_is_named_after_is_no_place() -> None:
    # "beim Erdbeben von Bam" names a place; "Anschlag von Al-Shabaab" the group behind it (orgs.toml)
    assert only("Bei einem Anschlag von Al-Shabaab sind am Montag zwölf Soldaten getötet worden.").location is None


def test_a_village_a_later_sentence_names_by_its_noun_is_the_scene() -> None:
    # "den Ort X", "das Dorf X Y Z im Township W": names the gazetteer lacks, announced by their noun
    text = ("Bewaffnete haben bei einem Überfall auf ein Dorf im Nordwesten Nigerias mindestens 27 Menschen getötet. "
            "Die Angreifer seien in der Nacht in den Ort Kumbalo im Bezirk Shiroro eingedrungen, sagte ein Sprecher.")
    assert only(text).location == "Kumbalo"
    text = "In dem Dorf Mawlu Tindar Kone im Township Kanbalu sind 34 Zivilisten getötet worden."
    assert only(text).location == "Mawlu Tindar Kone"


def test_an_everyday_place_noun_before_a_common_noun_names_no_place() -> None:
    assert only("In Kabul haben Helfer vor Ort Tote geborgen, zwölf Menschen starben.").location == "Kabul"


def test_a_bracketed_official_name_tells_a_city_from_its_namesake() -> None:
    assert only("In Frankfurt (Oder) hat die Bundespolizei sechs Schleuser festgenommen.").location == "Frankfurt (Oder)"
    assert only("In Frankfurt hat die Polizei sechs Verdächtige festgenommen.").location == "Frankfurt"
