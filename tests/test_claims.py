"""Claims from small German sentences: one test per phenomenon.

The sentences run through the whole analysis pipeline (numbers, times,
entities and attribution are real), so a claim here is what `lagebild extract`
would print.
"""

from __future__ import annotations

from functools import partial

import pytest

from lagebild.analysis.claims import build_claims
from lagebild.analysis.doc import Doc
from lagebild import lang
from lagebild.model import Article

import claim_helpers
from claim_helpers import by_value

# the dates these sentences were written against
claims_of = partial(claim_helpers.claims_of, published="2025-02-14")
only = partial(claim_helpers.only, published="2025-02-14")


# ---------------------------------------------------------------- measures
@pytest.mark.parametrize("text, measure", [
    ("Bei dem Anschlag wurden 12 Menschen getötet.", "killed"),
    ("Bei dem Unglück starben mindestens 45 Menschen.", "killed"),
    ("Bei dem Brand kamen 17 Bewohner ums Leben.", "killed"),
    ("Die Behörden meldeten 23 Tote.", "killed"),
    ("Bei dem Zusammenstoß wurden 40 Fahrgäste verletzt.", "wounded"),
    ("Nach dem Sturm gab es 40 Verletzte.", "wounded"),
    ("Etwa 4.000 Soldaten wurden getötet oder verwundet.", "killed_or_wounded"),
    ("Etwa 200 Soldaten gerieten in Gefangenschaft.", "captured"),
    ("Etwa 15 Insassen werden noch vermisst.", "missing"),
    ("Die Polizei nahm drei Verdächtige fest.", "arrested"),
    ("In der Nacht wurden 14 Demonstranten festgenommen.", "arrested"),
    ("Mehr als 2.000 Menschen wurden evakuiert.", "displaced"),
    ("Am Wochenende kamen 500 Migranten auf der Insel an.", "displaced"),
    ("Mehr als 300.000 Flüchtlinge leben in den Lagern.", "displaced"),
    ("Russland feuerte in der Nacht 40 Raketen ab.", "equipment"),
    ("Die Luftabwehr schoss 25 Drohnen ab.", "equipment"),
    ("Die Miliz ließ am Sonntag 12 Geiseln frei.", "other"),
    ("Nordkorea entsandte 11.000 Soldaten.", "troops"),
])
def test_measure_from_nouns_participles_and_verbs(text: str, measure: str) -> None:
    assert only(text).measure == measure


@pytest.mark.parametrize("text", [
    "Die Stadt hat 5.000 Einwohner.",
    "Im Ort gibt es 20 Schulen und 3 Brücken.",
    "Der Fahrer war 34 Jahre alt.",
    "Die Reparatur kostet 50.000 Euro.",
    "Die Arbeitslosenquote stieg auf 6,8 Prozent.",
    "Im Landtag stimmten 68 Abgeordnete für das Gesetz.",
    "Es bildete sich ein Stau von 12 Kilometern Länge.",
])
def test_counted_nouns_without_a_measure_are_no_claims(text: str) -> None:
    assert claims_of(text) == []


def test_police_deployments_are_optional_troops() -> None:
    claim = only("Mehr als 400 Polizisten waren im Einsatz.")
    assert (claim.measure, claim.optional) == ("troops", True)


# ---------------------------------------------------------------- split constructions and subsets
def test_split_construction_second_number_inherits_noun_and_takes_own_participle() -> None:
    claims = claims_of("Der NIS schätzte, dass 300 nordkoreanische Soldaten getötet und etwa 2.700 verwundet wurden.")
    killed, wounded = by_value(claims, 300), by_value(claims, 2700)
    assert (killed.measure, wounded.measure) == ("killed", "wounded")
    assert killed.actor == wounded.actor == "North Korea"
    assert wounded.qualifier == "about"
    assert wounded.evidence_text == "etwa 2.700 verwundet"


def test_a_shared_verb_at_the_clause_end_applies_to_every_listed_number() -> None:
    claims = claims_of("Die Polizei nahm 12 Männer und 3 Frauen fest.")
    assert {(c.low, c.measure) for c in claims} == {(12, "arrested"), (3, "arrested")}


def test_part_of_a_whole_gets_the_event_the_whole_only_its_noun() -> None:
    claims = claims_of("Etwa 4.000 von den ersten 11.000 Soldaten wurden getötet oder verwundet.")
    assert by_value(claims, 4000).measure == "killed_or_wounded"
    assert by_value(claims, 11000).measure == "troops"


def test_subset_after_darunter_takes_the_measure_before() -> None:
    claims = claims_of("Bei dem Angriff wurden 12 Menschen getötet, darunter 3 Kinder.")
    assert by_value(claims, 3).measure == "killed"


def test_part_among_the_dead_takes_their_measure_even_for_soldiers() -> None:
    assert only("Unter den Toten waren drei Soldaten.").measure == "killed"


def test_succumbing_to_injuries_is_death() -> None:
    assert only("Zwei Polizisten erlagen ihren Verletzungen.").measure == "killed"


def test_noun_before_the_number() -> None:
    assert only("Die Zahl der Toten stieg am Montag auf 45.").measure == "killed"
    claim = only("Die Zahl der gefallenen oder verletzten Soldaten liegt bei etwa 4.000.")
    assert claim.measure == "killed_or_wounded"
    assert claim.evidence_text.startswith("gefallenen") and claim.evidence_text.endswith("4.000")


def test_table_cell_label_before_the_number() -> None:
    assert only("Vorfall\tUnfall\nVerletzte\t27").measure == "wounded"


# ---------------------------------------------------------------- evidence
def test_evidence_runs_from_number_to_measure_word_inside_the_sentence() -> None:
    text = "Nordkorea entsandte im November 2024 bereits 11.000 Soldaten nach Russland. Dort blieben sie."
    claim = only(text)
    assert claim.evidence_text == text[claim.evidence.start:claim.evidence.end] == "11.000 Soldaten"
    assert claim.sentence is not None and claim.sentence.contains(claim.evidence)


def test_evidence_is_unique_within_the_article() -> None:
    text = "Am Montag wurden 12 Menschen getötet. Am Dienstag wurden erneut 12 Menschen getötet."
    claims = claims_of(text)
    assert len(claims) == 2
    for claim in claims:
        assert text.count(claim.evidence_text) == 1


# ---------------------------------------------------------------- qualifier and optional
def test_qualifier_and_interval_come_from_the_quantity() -> None:
    claim = only("Bis zu 30.000 Soldaten sollen bereitstehen.")
    assert (claim.low, claim.high, claim.qualifier) == (None, 30000, "at_most")
    claim = only("Zwischen 10.000 und 20.000 Soldaten wurden entsandt.")
    assert (claim.low, claim.high, claim.qualifier) == (10000, 20000, "range")


def test_vague_plurals_are_optional_lower_bounds() -> None:
    claim = only("Hunderte Menschen wurden evakuiert.")
    assert (claim.low, claim.high, claim.optional, claim.measure) == (100, None, True, "displaced")


def test_headline_restating_the_body_is_optional() -> None:
    claims = claims_of("Zwölf Tote bei Anschlag\n\nBei dem Anschlag wurden zwölf Menschen getötet.")
    assert [c.optional for c in claims] == [True, False]


# ---------------------------------------------------------------- certainty
@pytest.mark.parametrize("text, certainty", [
    ("In der Stadt wurden 30 Menschen getötet.", "asserted"),
    ("Berichten zufolge wurden 30 Menschen getötet.", "reported"),
    ("Bei dem Angriff sollen 30 Menschen getötet worden sein.", "reported"),
    ("Experten schätzen, dass 500 Soldaten getötet wurden.", "estimated"),
    ("Möglicherweise wurden 30 Menschen verletzt.", "possible"),
    ("Die Zahl der Verletzten könnte bei 30 liegen.", "possible"),
    ("Das Ministerium dementierte, dass 200 Soldaten getötet wurden.", "denied"),
])
def test_certainty(text: str, certainty: str) -> None:
    assert only(text).certainty == certainty


def test_who_denies_a_figure_is_not_its_source() -> None:
    claim = only("Das Verteidigungsministerium wies Berichte zurück, wonach 200 Soldaten getötet worden seien.")
    assert (claim.certainty, claim.source) == ("denied", None)


# ---------------------------------------------------------------- future and additional
def test_planned_figure_is_future_and_additional() -> None:
    claim = only("Nordkorea plant, weitere 5.000 Soldaten nach Russland zu entsenden.")
    assert (claim.future, claim.additional, claim.time) == (True, True, None)
    assert claim.actor == "North Korea" and claim.location == "Russia"
    assert claim.certainty == "possible"


def test_past_deployment_is_not_future() -> None:
    claim = only("Nordkorea entsandte im November 2024 11.000 Soldaten nach Russland.")
    assert (claim.future, claim.time, claim.actor, claim.location) == (False, "2024-11", "North Korea", "Russia")


def test_present_value_beside_a_future_one() -> None:
    claims = claims_of("Die Zahl der Truppen könnte von derzeit rund 11.000 auf bis zu 30.000 steigen.",
                       published="2025-07")
    now, later = by_value(claims, 11000), by_value(claims, 30000)
    assert (now.future, now.time, now.certainty) == (False, "2025-07", "asserted")
    assert (later.future, later.time, later.certainty) == (True, None, "possible")


def test_plan_with_sollen_is_possible_not_hearsay() -> None:
    claim = only("Bis Ende 2026 sollen 2.000 Soldaten nach Polen verlegt werden.")
    assert (claim.future, claim.certainty, claim.time) == (True, "possible", "2026")


def test_weitere_after_a_figure_of_another_measure_is_no_increment() -> None:
    claims = claims_of("Bei dem Angriff wurden zwölf Menschen getötet und 40 weitere verletzt.")
    wounded = by_value(claims, 40)
    assert (wounded.measure, wounded.additional) == ("wounded", False)
    assert only("Am Montag wurden weitere 25 Tote geborgen.").additional is True


# ---------------------------------------------------------------- actor
@pytest.mark.parametrize("text, actor", [
    ("Bei den Kämpfen wurden 300 russische Soldaten getötet.", "Russia"),
    ("Rund 11.000 Soldaten aus Nordkorea kämpfen an der Front.", "North Korea"),
    ("Nordkorea entsandte 11.000 Soldaten.", "North Korea"),
    ("Russland hat die Ukraine mit 120 Drohnen angegriffen.", "Russia"),
    ("Bei dem Unglück starben 12 Menschen.", None),
])
def test_actor(text: str, actor: str | None) -> None:
    assert only(text).actor == actor


def test_actor_carried_by_a_noun_phrase_that_refers_back() -> None:
    text = ("Im Januar wurden 300 nordkoreanische Soldaten getötet. "
            "Die Zahl der gefallenen oder verletzten Soldaten liegt bei etwa 4.000.")
    assert by_value(claims_of(text), 4000).actor == "North Korea"


# ---------------------------------------------------------------- source
def test_source_from_attribution_and_none_in_the_outlets_voice() -> None:
    claims = claims_of("Laut dem NIS wurden 300 Soldaten getötet. In Kursk wurden 12 Menschen verletzt.")
    assert by_value(claims, 300).source == "NIS"
    assert by_value(claims, 12).source is None


def test_source_of_a_direct_quote() -> None:
    text = "Die Analystin Jenny Town äußerte Zweifel. Sie merkte an: „Etwa 300 Soldaten wurden getötet.“"
    assert only(text).source == "Jenny Town"


def test_bare_reports_give_no_source() -> None:
    assert only("Medienberichten zufolge wurden 30 Menschen festgenommen.").source is None


# ---------------------------------------------------------------- time
@pytest.mark.parametrize("text, time", [
    ("Im Januar 2025 wurden 300 Soldaten getötet.", "2025-01"),
    ("Im Januar wurden 300 Soldaten getötet.", "2025-01"),
    ("Seit Kriegsbeginn wurden mehr als 10.000 Zivilisten getötet.", None),
    ("Bislang wurden 45 Tote geborgen.", None),
    ("Bei dem Angriff wurden 30 Menschen getötet.", None),
    ("Zwischen Januar und März 2024 wurden 300 Menschen festgenommen.", "2024-03"),
])
def test_time_of_the_clause(text: str, time: str | None) -> None:
    assert only(text).time == time


# ---------------------------------------------------------------- location
def test_location_in_the_sentence_most_specific_first() -> None:
    assert only("In der russischen Region Kursk wurden 12 Menschen getötet.").location == "Kursk"


def test_location_from_the_sentence_before() -> None:
    text = "Die Kämpfe konzentrierten sich auf die Region um Kursk. Dabei wurden 300 Soldaten getötet."
    assert only(text).location == "Kursk"


def test_location_from_the_neighbouring_sentence_across_a_line_break() -> None:
    text = "Die Kämpfe konzentrierten sich auf die Region um Kursk.\nDabei wurden 300 Soldaten getötet."
    assert only(text).location == "Kursk"


def test_location_not_from_a_far_paragraph_but_from_the_lead() -> None:
    text = ("Anschlag in Kursk\n\nIn Kursk explodierte eine Bombe.\n\nDer Gouverneur sprach von Terror.\n\n"
            "Später wurden 12 Menschen festgenommen.")
    assert only(text).location == "Kursk"


def test_troops_are_where_they_are_sent() -> None:
    assert only("Nordkorea schickte 11.000 Soldaten nach Russland.").location == "Russia"


def test_figures_spanning_countries_have_no_location() -> None:
    assert only("Weltweit sind mehr als 120 Millionen Menschen auf der Flucht.").location is None


def test_es_with_a_copula_repeats_the_measure_just_counted() -> None:
    claims = claims_of("Im Oktober wurden 2.160 Migranten festgenommen. Im September waren es noch rund 2.900.")
    assert by_value(claims, 2900).measure == "arrested" and by_value(claims, 2900).qualifier == "about"
    assert not by_value(claims, 2900).optional


def test_an_armed_force_stands_for_its_country() -> None:
    assert only("Die Bundeswehr soll bis 2030 auf 240.000 Soldaten anwachsen.").actor == "Germany"


def test_an_unnamed_army_belongs_to_the_scene_country() -> None:
    text = "Nach dem Beben in Nepal schickte die Armee 300 Soldaten in die Region."
    assert only(text).actor == "Nepal"


def test_figures_fleeing_to_neighbouring_countries_have_no_location() -> None:
    assert only("Aus dem Sudan sind 2,2 Millionen Menschen in Nachbarländer geflohen.").location is None


def test_figures_on_a_migration_route_have_no_location() -> None:
    assert only("Auf der zentralen Mittelmeerroute sind 900 Menschen ertrunken.").location is None


def test_a_place_noun_announces_a_name_the_gazetteer_lacks() -> None:
    assert only("Im Distrikt Wollbarkot wurden 14 Menschen getötet.").location == "Wollbarkot"


def test_an_unlisted_place_in_the_lead_refines_the_country() -> None:
    text = ("Ein Erdrutsch hat in Nepal ein Dorf im Distrikt Wollbarkot verschüttet.\n\n"
            "Die Armee schickte 300 Soldaten in das Katastrophengebiet.")
    assert only(text).location == "Wollbarkot"


def test_a_place_right_before_its_region_is_the_scene() -> None:
    text = ("Ein Sturm hat die Kleinstadt Wollbarkot im US-Bundesstaat Kansas verwüstet. "
            "Dabei kamen sieben Menschen ums Leben.")
    assert only(text).location == "Wollbarkot"


def test_the_scene_in_the_figures_own_clause_comes_first() -> None:
    text = "In den Tschad kamen 700.000 Flüchtlinge, die meisten aus der Region Darfur."
    assert only(text).location == "Chad"


def test_a_common_noun_after_a_place_noun_is_no_place() -> None:
    text = "Im Lager Verpflegung ausgegeben: In Nepal wurden 14 Menschen verletzt."
    assert only(text).location == "Nepal"


# ---------------------------------------------------------------- robustness
@pytest.mark.parametrize("text", ["", "   ", "12", "12 12 12 Soldaten getötet", "\t7\n\n,,, 9 Tote:", "(((4 Panzer"])
def test_never_raises(text: str) -> None:
    claims_of(text)


def test_without_other_steps_claims_stay_empty_not_failing() -> None:
    doc = Doc(article=Article(id="x", text="300 Soldaten wurden getötet."), language="de", data=lang.load("de"))
    build_claims(doc)  # no tokens, sentences or quantities: nothing to claim
    assert doc.claims == []


# ---------------------------------------------------------------- ellipsis and clause edges
def test_a_comma_closes_a_bare_number() -> None:
    claims = claims_of("Die Zahl der Toten beziffert der Geheimdienst (NIS) auf 300, verwundet worden seien etwa 2.700 Soldaten.")
    assert (by_value(claims, 300).measure, by_value(claims, 2700).measure) == ("killed", "wounded")


def test_pronoun_repeating_the_number_noun() -> None:
    claims = claims_of("Die Behörde hatte die Zahl der Gefallenen auf 300 beziffert, die der Verwundeten auf rund 2.700.")
    assert (by_value(claims, 300).measure, by_value(claims, 2700).measure) == ("killed", "wounded")


def test_a_capital_acting_stands_for_its_country() -> None:
    assert only("Im Herbst hatte Pjöngjang etwa 11.000 Soldaten nach Russland entsandt.").actor == "North Korea"


def test_a_total_with_its_own_period_keeps_the_time() -> None:
    assert only("Insgesamt wurden im Jahr 2024 mehr als 300 Menschen festgenommen.").time == "2024"
    assert only("Insgesamt wurden mehr als 300 Menschen festgenommen.").time is None


def test_unknown_noun_with_someone_elses_event() -> None:
    assert claims_of("Die Armee hat zwei Lager zerstört und mutmaßliche Kämpfer festgenommen.") == []
    assert claims_of("Portugals Meister muss drei Innenverteidiger und den verletzten Torhüter ersetzen.") == []


def test_every_language_pattern_compiles_and_a_claim_comes_out():
    """A bad regex in the language data must fail loudly, not give articles without claims."""
    from lagebild.analysis import analyze
    from lagebild.model import Article

    found = analyze(Article(id="t", text="Bei dem Unglück kamen 12 Menschen ums Leben.", published="2025-01-02"))
    assert [(c.measure, c.low) for c in found.claims] == [("killed", 12)]


@pytest.mark.parametrize("text", [
    "Seit Jahresbeginn wurden 500 Journalisten bedroht und 20 getötet.",
    "Nach Angaben der Polizei wurden 200 Demonstranten festgehalten und 15 verletzt.",
    "Im Herbst wurden 90 Reporter beschimpft und 4 getötet.",
])
def test_a_number_with_its_own_participle_does_not_take_the_next_conjuncts_event(text: str) -> None:
    claims = claims_of(text)
    assert len(claims) == 1  # only the second number counts an event
    assert claims[0].measure in ("killed", "wounded")


def test_a_shared_predicate_after_a_list_of_numbers_still_applies_to_each() -> None:
    claims = claims_of("300 Soldaten und 2.700 Zivilisten wurden getötet.")
    assert {(c.low, c.measure) for c in claims} == {(300, "killed"), (2700, "killed")}


def test_counted_houses_in_a_split_construction_are_no_claim() -> None:
    claims = claims_of("Dabei wurden 40 Häuser beschädigt und 3 Menschen getötet.")
    assert [(c.low, c.measure) for c in claims] == [(3, "killed")]
