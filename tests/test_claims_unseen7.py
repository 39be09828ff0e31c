"""Measures on constructions the rules missed on the tuning folders (session 13, claims: police, accident
and court news). German sentences written for these tests (not the batches' wording), run through the
whole analysis with the rules alone."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "0")


@pytest.mark.parametrize("text, value, measure", [
    # a relative clause between the counted subject and its verb
    ("Drei Männer, die in der Nacht in ein Lagerhaus eingestiegen sein sollen, wurden am Morgen festgenommen.", 3, "arrested"),
    ("Vier Angler, die trotz des Sturms auf den See gefahren waren, wurden von der Wasserwacht gerettet.", 4, "other"),
    # an apposition naming who they were
    ("Zwei Radfahrer, eine 40-jährige Frau und ein 17 Jahre alter Jugendlicher, starben an der Unfallstelle.", 2, "killed"),
    ("Drei Kinder, ein Junge und zwei Mädchen, wurden mit dem Hubschrauber in eine Klinik geflogen.", 3, "wounded"),
])
def test_the_verb_after_an_inserted_clause_is_the_counted_subjects(text: str, value: int, measure: str) -> None:
    assert by_value(claims_of(text), value).measure == measure


def test_a_relative_clause_with_its_own_event_keeps_it() -> None:
    text = "Zwei Verdächtige, die am Freitag festgenommen worden waren, wurden am Montag wieder freigelassen."
    assert by_value(claims_of(text), 2).measure == "arrested"


@pytest.mark.parametrize("text", [
    "Zwei Männer, die am Abend unterwegs waren, sahen den Brand als Erste.",
    # the people counted are the object, the clause after the relative clause is the subject's
    "Die Polizei kontrollierte drei Männer, die in einem Auto saßen, und nahm sie später fest.",
])
def test_an_inserted_clause_before_a_verb_without_event_counts_nothing(text: str) -> None:
    assert all(c.low not in (2, 3) for c in claims_of(text))


@pytest.mark.parametrize("text, value, measure", [
    ("Die Seenotretter retteten am Sonntag drei Segler aus der Ostsee.", 3, "other"),
    ("Die Feuerwehr konnte die zwei Taucher nach einer Stunde aus der Höhle bergen.", 2, "other"),
    ("Die Angreifer hätten zwei Bankangestellte verschleppt, teilte die Polizei mit.", 2, "other"),
    ("In den Fabriken des Landes starben im vergangenen Jahr mehr als 300 Beschäftigte.", 300, "killed"),
])
def test_people_named_by_what_they_do(text: str, value: int, measure: str) -> None:
    assert by_value(claims_of(text), value).measure == measure


def test_people_cared_for_on_the_spot_are_hurt() -> None:
    text = "Nach dem Brand im Wohnhaus wurden elf Bewohner vom Rettungsdienst ambulant versorgt."
    assert by_value(claims_of(text), 11).measure == "wounded"


@pytest.mark.parametrize("text, value", [
    ("Bei der Kontrolle stellten die Beamten vier Messer und eine Schreckschusspistole sicher.", 4),
    ("Die Ermittler fanden in der Wohnung drei Macheten.", 3),
    ("Zudem hätten die Kämpfer drei Fahrzeuge und mehrere Gewehre erbeutet.", 3),
    ("Nach Angaben der Armee wurden fünf Motorräder sowie große Mengen Munition sichergestellt.", 5),
])
def test_blades_and_vehicles_taken_with_weapons_are_equipment(text: str, value: int) -> None:
    assert by_value(claims_of(text), value).measure == "equipment"


@pytest.mark.parametrize("text", [
    "Bei dem Unfall auf der Autobahn wurden drei Fahrzeuge und ein Anhänger beschädigt.",
    "Auf dem Parkplatz standen zwölf Motorräder und mehrere Autos.",
])
def test_vehicles_listed_with_other_things_stay_uncounted(text: str) -> None:
    assert not [c for c in claims_of(text) if c.measure == "equipment"]


def test_posts_done_away_with_are_no_deaths() -> None:
    text = "Im Maschinenbau fielen 900 Stellen weg, 600 Beschäftigte wechselten in eine Arbeitsstiftung."
    assert not claims_of(text)


@pytest.mark.parametrize("text, value, measure", [
    ("Ein Radfahrer kam ums Leben, 14 Menschen wurden verletzt, drei davon schwer.", 3, "wounded"),
    ("Am Freitag starben zwei Bergsteiger, elf wurden verletzt, vier von ihnen schwer.", 4, "wounded"),
])
def test_a_part_of_the_figure_before_it_takes_no_verb_before_that_figure(text: str, value: int, measure: str) -> None:
    assert by_value(claims_of(text), value).measure == measure


@pytest.mark.parametrize("text, value, measure", [
    ("Am Samstag retteten Taucher sechs Menschen aus dem See.", 6, "other"),
    ("In der Nacht nahmen Polizisten vier Männer fest.", 4, "arrested"),
    ("Im Norden töteten Bewaffnete am Sonntag zwölf Dorfbewohner.", 12, "killed"),
])
def test_a_verb_before_its_bare_subject_governs_the_count_after_it(text: str, value: int, measure: str) -> None:
    assert by_value(claims_of(text), value).measure == measure


def test_an_attributive_participle_after_an_article_still_describes_its_own_noun() -> None:
    text = "Die Polizei meldete drei Tote und den verletzten Fahrer."
    assert by_value(claims_of(text), 3).measure == "killed"


@pytest.mark.parametrize("text, value", [
    ("Die Wasserwacht musste zwei Kanuten aus dem Fluss ziehen; vier Schwimmer wurden aus dem Fluss gezogen.", 4),
    ("Nach dem Erdrutsch wurden sieben Menschen aus den Schlammmassen gezogen.", 7),
    ("Die Feuerwehr brachte 25 Bewohner über die Drehleiter ins Freie.", 25),
    ("Nach dem Brand wurden 18 Bewohner mit Fluchthauben ins Freie gebracht.", 18),
])
def test_people_pulled_out_or_brought_out_are_rescued(text: str, value: int) -> None:
    assert by_value(claims_of(text), value).measure == "other"


def test_drawn_to_account_is_no_rescue() -> None:
    assert not claims_of("Zwei Manager wurden zur Verantwortung gezogen.")


@pytest.mark.parametrize("text, value, measure", [
    ("Bei dem Zusammenstoß wurden fünf Menschen verletzt. Drei von ihnen kamen ins Kreiskrankenhaus.", 3, "wounded"),
    ("Bei dem Brand wurden sieben Menschen verletzt. Zwei von ihnen kamen später in eine Spezialklinik.", 2, "wounded"),
])
def test_a_part_of_a_counted_whole_that_comes_somewhere_shares_its_measure(text: str, value: int, measure: str) -> None:
    assert by_value(claims_of(text), value).measure == measure


def test_coming_to_hospital_after_a_count_of_no_casualties_stays_no_required_claim() -> None:
    text = "Die Sanitäter betreuten beim Stadtlauf rund 150 Läufer, acht von ihnen kamen ins Krankenhaus."
    assert all(c.optional for c in claims_of(text) if c.low == 8)


def test_attackers_acting_on_an_object_take_no_verb_of_the_victims_after_them() -> None:
    text = "In der Nacht griffen etwa 15 Vermummte eine Gruppe von Fans an, drei Menschen wurden dabei verletzt."
    claims = claims_of(text)
    assert by_value(claims, 3).measure == "wounded"
    assert all(c.low != 15 for c in claims)


def test_a_listed_count_from_a_place_still_shares_the_verb_after_the_list() -> None:
    text = "Zwölf Männer aus dem Irak, drei Frauen und zwei Kinder wurden an der Grenze festgenommen."
    assert by_value(claims_of(text), 12).measure == "arrested"


def test_people_who_had_to_leave_a_building_into_the_open_are_evacuated() -> None:
    text = "Das Rathaus wurde geräumt, rund 300 Beschäftigte mussten ins Freie."
    assert by_value(claims_of(text), 300).measure == "displaced"


def test_rescue_helicopters_carry_the_hurt_and_are_not_counted_as_hurt() -> None:
    text = "Bei dem Unfall wurden drei Menschen schwer verletzt. Zwei Rettungshubschrauber flogen sie in Kliniken."
    claims = claims_of(text)
    assert by_value(claims, 3).measure == "wounded"
    assert all(c.low != 2 for c in claims)


@pytest.mark.parametrize("text, value, measure", [
    ("Am Dienstag hatte die Polizei noch von drei Toten gesprochen, am Mittwoch von fünf.", 5, "killed"),
    ("Am Montag wurden zwölf Verletzte gezählt, am Dienstag bereits 15.", 15, "wounded"),
])
def test_a_count_for_another_day_repeats_the_measure_before_it(text: str, value: int, measure: str) -> None:
    assert by_value(claims_of(text), value).measure == measure


def test_a_count_for_another_day_with_its_own_noun_is_no_repeat() -> None:
    text = "Am Montag wurden zwölf Verletzte gezählt, am Dienstag kamen 15 Gäste zum Fest."
    assert all(c.low != 15 for c in claims_of(text))
