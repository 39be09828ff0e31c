"""Measures on constructions first met in blind batch h19 (sickness, escapes, trapped people,
ratios). German sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_the_sick_taken_to_hospital_are_other_but_the_injured_stay_wounded() -> None:
    sick = claims_of("Nach einer Geburtstagsfeier sind 23 Gäste an einer Lebensmittelvergiftung erkrankt. "
                     "Neun Menschen mussten ins Krankenhaus gebracht werden, darunter zwei Kinder.")
    assert [by_value(sick, v).measure for v in (23, 9, 2)] == ["other", "other", "other"]
    injured = claims_of("Bei dem Busunfall wurden 14 Menschen verletzt. "
                        "Neun Menschen mussten ins Krankenhaus gebracht werden, darunter zwei Kinder.")
    assert [by_value(injured, v).measure for v in (14, 9, 2)] == ["wounded", "wounded", "wounded"]


def test_heat_stroke_treated_in_hospital_is_sickness() -> None:
    text = "In Italien wurden mehr als 600 Menschen mit Hitzschlag in Krankenhäusern behandelt."
    assert by_value(claims_of(text), 600).measure == "other"


def test_prisoners_who_fled_escaped_and_are_not_displaced() -> None:
    text = "Nach Angaben der Polizei sind zudem zwölf Häftlinge während der Unruhen geflohen."
    assert by_value(claims_of(text), 12).measure == "other"
    assert by_value(claims_of("Wegen der Kämpfe sind 400 Bewohner aus dem Dorf geflohen."), 400).measure == "displaced"


def test_trapped_people_are_missing_only_without_contact() -> None:
    cut_off = "Nach dem Einsturz seien fünf Arbeiter noch unter Tage eingeschlossen. Zu ihnen gebe es keinen Kontakt."
    assert by_value(claims_of(cut_off), 5).measure == "missing"
    reached = ("Nach dem Einsturz seien fünf Arbeiter noch unter Tage eingeschlossen. "
               "Die Retter hoffen, sie bald zu erreichen.")
    assert by_value(claims_of(reached), 5).measure == "other"


def test_a_ratio_per_guard_is_no_count() -> None:
    claims = claims_of("Auf jeden Beamten kommen im Gefängnis mehr als 90 Gefangene. "
                       "Bei der Revolte starben 14 Gefangene.")
    assert [c.low for c in claims] == [14]


def test_people_who_freed_themselves_are_other() -> None:
    text = "Zwei Wanderer konnten sich selbst befreien, einer von ihnen wurde mit Verletzungen ins Tal geflogen."
    assert by_value(claims_of(text), 2).measure == "other"


def test_an_expected_rise_in_a_dass_clause_is_a_possible_future_figure() -> None:
    text = '"Wir müssen damit rechnen, dass die Zahl der Toten auf über 50 steigt", sagte der Polizeichef.'
    claim = by_value(claims_of(text), 50)
    assert (claim.measure, claim.future, claim.certainty) == ("killed", True, "possible")


def test_a_sentence_opening_with_the_part_continues_the_figure_before() -> None:
    text = ("Die Behörde veröffentlichte eine Liste mit den Namen von 31 identifizierten Toten. "
            "Unter ihnen sind zwölf Mitglieder einer Bande.")
    assert by_value(claims_of(text), 12).measure == "killed"
    unrelated = "In dem Ort leben 2000 Menschen. Unter ihnen sind 300 Kinder."
    assert claims_of(unrelated) == []


def test_still_treated_after_an_attack_is_wounded() -> None:
    text = "Bei dem Anschlag seien 40 Menschen getötet worden, mehr als 90 würden noch behandelt."
    assert by_value(claims_of(text), 90).measure == "wounded"


def test_migrants_who_reached_a_place_or_were_stopped_at_the_border_are_displaced() -> None:
    text = ("Hunderte Migranten schwammen nach Melilla. Bereits 2019 waren rund 8.000 Menschen nach Melilla "
            "gelangt. Die Polizei habe am Montag 900 Menschen am Grenzübertritt gehindert.")
    claims = claims_of(text)
    assert by_value(claims, 8000).measure == "displaced"
    assert by_value(claims, 900).measure == "displaced"


def test_a_headline_figure_told_with_the_body_word_takes_the_body_measure() -> None:
    text = ("Einsturz in Bergwerk: Zwei Tote, fünf eingeschlossen\n\n"
            "Nach dem Einsturz sind zwei Bergleute gestorben. Fünf weitere Arbeiter seien noch unter Tage "
            "eingeschlossen. Zu ihnen gebe es keinen Kontakt.")
    headline = [c for c in claims_of(text) if c.low == 5 and c.optional]
    assert [c.measure for c in headline] == ["missing"]


def test_an_apposition_whose_numbers_add_up_to_the_count_restates_it() -> None:
    claims = claims_of("Vier Menschen, zwei Frauen aus Polen und zwei Kinder, wurden verletzt.")
    assert [(c.measure, c.low) for c in claims] == [("wounded", 4)]
    listed = claims_of("Bei dem Brand starben zwei Menschen, drei weitere wurden verletzt.")
    assert sorted(c.low for c in listed) == [2, 3]


def test_of_them_stands_for_the_counted_noun_named_before_it() -> None:
    text = ("Man werde alles tun, damit die Evakuierten rasch zurückkehren könnten; er rechne aber damit, "
            "dass mindestens 250 von ihnen mehrere Wochen nicht in ihre Häuser dürften.")
    claim = by_value(claims_of(text), 250)
    assert (claim.measure, claim.future, claim.certainty) == ("displaced", True, "possible")
    assert claims_of("Die Polizei sprach mit den Demonstranten; 300 von ihnen zogen weiter.") == []


def test_those_who_arrived_are_counted_in_a_migrant_story() -> None:
    text = ("Hunderte Migranten schwammen nach Melilla. "
            "Bislang seien gut 700 der Angekommenen nach Marokko zurückgebracht worden.")
    assert by_value(claims_of(text), 700).measure == "displaced"


def test_cases_count_the_sick_only_in_a_story_of_sickness() -> None:
    outbreak = ("Cholera im Jemen: Dutzende Tote\n\n"
                "Es gebe 870 bestätigte oder wahrscheinliche Fälle, sagte ein Sprecher. "
                "Nach Einschätzung der Helfer könnte die Zahl der Fälle auf bis zu 5.000 steigen.")
    claims = claims_of(outbreak)
    assert by_value(claims, 870).measure == "other"
    forecast = by_value(claims, 5000)
    assert (forecast.measure, forecast.future) == ("other", True)
    assert claims_of("Der Mann wurde wegen Betrugs in 22 Fällen verurteilt. Es gebe 39 bestätigte Fälle.") == []


def test_hieß_es_pointing_to_a_text_is_no_hearsay_but_alone_it_is() -> None:
    pointed = ("Die Miliz reklamierte den Anschlag in einer Erklärung für sich. "
               "Darin hieß es, mehr als 60 Soldaten seien getötet worden.")
    assert by_value(claims_of(pointed), 60).certainty == "asserted"
    bare = "Bei Gefechten seien 14 Soldaten getötet worden, hieß es."
    assert by_value(claims_of(bare), 14).certainty == "reported"


def test_admitted_patients_in_an_outbreak_are_sick() -> None:
    text = ("Cholera in Malawi: Dutzende Tote\n\n"
            "In den Behandlungszentren seien in der vergangenen Woche rund 420 Patienten aufgenommen worden.")
    assert by_value(claims_of(text), 420).measure == "other"
    assert claims_of("Das Land hat im vergangenen Jahr rund 650 Menschen aufgenommen.") == []


def test_treated_people_are_hurt_unless_the_story_is_of_sickness() -> None:
    outbreak = ("Cholera im Sudan\n\n"
                "Allein in der vergangenen Woche habe man in Tawila rund 1.300 Patienten behandelt, sagte eine Ärztin.")
    assert by_value(claims_of(outbreak), 1300).measure == "other"
    crash = "Nach dem Zugunglück mussten 19 Fahrgäste mehrere Tage behandelt werden."
    assert by_value(claims_of(crash), 19).measure == "wounded"


def test_victims_among_a_death_toll_are_dead() -> None:
    text = "Damit stieg die Zahl der Todesopfer auf 23, wie die Behörden mitteilten. Unter den Opfern sind fünf Kinder."
    assert by_value(claims_of(text), 5).measure == "killed"
    vague = "Bei dem Anschlag gab es viele Opfer. Unter den Opfern sind fünf Kinder."
    assert by_value(claims_of(vague), 5).measure == "killed_or_wounded"
