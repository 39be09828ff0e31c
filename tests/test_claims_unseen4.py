"""Measures on constructions the rules missed on the outside batches h32-h34 (session 8): people
named by gender-neutral participles, parts set off by a pair of dashes, ... German sentences written
for these tests (not the batches' wording), run through the whole analysis."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LAGEBILD_CLAIM_MODEL", "0")


@pytest.mark.parametrize("text, value", [
    ("Bei dem Unfall im Labor wurden sieben Mitarbeitende verletzt.", 7),
    ("In der Wohnanlage mussten 40 Bewohnende evakuiert werden.", 40),
    ("Nach dem Essen in der Mensa erkrankten zwölf Lehrkräfte.", 12),
    ("Die Polizei nahm vier Teilnehmende der Blockade fest.", 4),
])
def test_people_named_by_a_gender_neutral_noun_are_counted(text: str, value: int) -> None:
    assert by_value(claims_of(text), value).measure in {"wounded", "displaced", "other", "arrested"}


def test_gender_neutral_nouns_alone_count_nothing() -> None:
    assert claims_of("Die Schule beschäftigt 45 Lehrkräfte und 12 Mitarbeitende in der Verwaltung.") == []


def test_the_verb_after_a_part_set_off_by_dashes_governs_the_whole_and_its_parts() -> None:
    claims = claims_of("Bei der Explosion wurden 21 Menschen – 15 Arbeiter und sechs Anwohner – verletzt.")
    assert [by_value(claims, v).measure for v in (21, 15, 6)] == ["wounded"] * 3
    claims = claims_of("Nach dem Feuer mussten 60 Personen – darunter 18 Kinder – in Notunterkünfte gebracht werden.")
    assert by_value(claims, 60).measure == "displaced" and by_value(claims, 18).measure == "displaced"


def test_a_single_dash_sets_off_no_part() -> None:
    claims = claims_of("Die Feuerwehr zählte 30 Einsatzkräfte – mehr als im Vorjahr wurden verletzt.")
    assert all(c.measure != "wounded" for c in claims)


def test_a_figure_before_a_speech_verb_with_its_subject_keeps_the_noun_before_it() -> None:
    claims = claims_of("Die Zahl der getöteten Polizisten sei auf 17 gestiegen, teilte der Gouverneur mit.")
    assert by_value(claims, 17).measure == "killed"
    claims = claims_of("Die Zahl der Verletzten ist auf 43 gestiegen, meldete die Feuerwehr.")
    assert by_value(claims, 43).measure == "wounded"


def test_an_article_right_after_the_number_is_still_partitive() -> None:
    claims = claims_of("Nach dem Unglück wurden 40 Bergleute gerettet. Neun der Geretteten mussten im Krankenhaus behandelt werden.")
    assert by_value(claims, 9).measure == "wounded"


def test_a_pronoun_before_auf_and_a_verb_of_change_stands_for_the_number_named_before() -> None:
    claims = claims_of("Die Behörde beziffert die Zahl der Evakuierten auf 1.200. Hält der Regen an, könnte sie "
                       "bis Freitag auf 3.000 anwachsen, sagte ein Sprecher.")
    claim = by_value(claims, 3000)
    assert (claim.measure, claim.certainty, claim.future) == ("displaced", "possible", True)


def test_a_bare_number_word_skips_no_uncounted_figure_before_it() -> None:
    claims = claims_of("Am Montag wurden drei Menschen verletzt. Seit Januar haben 5.000 Menschen versucht, die "
                       "Grenze zu passieren. Die Zahl könne bis Dezember auf 8.000 steigen.")
    assert all(c.low != 8000 and c.high != 8000 for c in claims)


def test_konjunktiv_i_of_koennen_makes_a_change_possible_and_future() -> None:
    claims = claims_of("Bei den Kämpfen wurden 40 Menschen verletzt. Die Zahl könne bis Sonntag auf bis zu 70 steigen, "
                       "warnte eine Ärztin.")
    claim = by_value(claims, 70)
    assert (claim.measure, claim.certainty, claim.future) == ("wounded", "possible", True)


def test_two_numbers_joined_by_oder_estimate_a_range() -> None:
    claim = by_value(claims_of("Bei dem Busunglück kamen nach Angaben der Polizei zwölf oder 15 Menschen ums Leben."), 12)
    assert (claim.measure, claim.low, claim.high, claim.qualifier) == ("killed", 12, 15, "range")


def test_numbers_ending_a_list_of_alternatives_stay_apart() -> None:
    claims = claims_of("Je nach Quelle meldeten die Behörden 9, 23 oder 41 Tote.")
    assert all(c.qualifier != "range" for c in claims)
    assert claims_of("Die Wahl findet 2027 oder 2028 statt.") == []


def test_the_disappeared_are_missing() -> None:
    claims = claims_of("Seit dem Bürgerkrieg gelten nach Angaben der Suchkommission rund 6.000 Menschen als verschwunden.")
    assert by_value(claims, 6000).measure == "missing"
    assert by_value(claims_of("Die Kommission registrierte im Jahr 412 Verschwundene."), 412).measure == "missing"


def test_cases_of_people_count_those_people() -> None:
    claim = by_value(claims_of("Die Menschenrechtler dokumentierten 85 Fälle von festgenommenen Journalisten."), 85)
    assert claim.measure == "arrested"
    claim = by_value(claims_of("Das Büro zählte im Oktober 31 Fälle von getöteten Zivilisten."), 31)
    assert claim.measure == "killed"
    assert claims_of("Das Gericht verhandelte im Oktober 31 Fälle von Betrug.") == []


def test_made_harmless_is_a_euphemism_for_killed() -> None:
    claim = by_value(claims_of("Die Armee teilte mit, sie habe bei dem Einsatz acht Extremisten unschädlich gemacht."), 8)
    assert claim.measure == "killed"


def test_survivors_treated_for_injuries_are_wounded_and_their_part_in_critical_state_too() -> None:
    claims = claims_of("Nach dem Fährunglück würden in der Bezirksklinik 27 Überlebende behandelt. "
                       "Fünf von ihnen seien in lebensbedrohlichem Zustand.")
    assert by_value(claims, 27).measure == "wounded" and by_value(claims, 5).measure == "wounded"
    assert by_value(claims_of("Die Küstenwache hat 27 Überlebende geborgen."), 27).measure == "other"


def test_patients_in_treatment_and_intensive_care_after_an_accident_are_wounded() -> None:
    claims = claims_of("Nach der Explosion im Chemiewerk waren am Abend noch 33 Menschen in Behandlung, "
                       "sieben davon auf der Intensivstation.")
    assert by_value(claims, 33).measure == "wounded" and by_value(claims, 7).measure == "wounded"


def test_breathing_hurt_by_smoke_is_an_injury() -> None:
    assert by_value(claims_of("Beim Brand in der Tiefgarage erlitten 14 Anwohner Atemnot."), 14).measure == "wounded"


def test_intensive_care_in_a_story_of_sickness_counts_the_sick() -> None:
    claims = claims_of("Wegen der Masern-Epidemie werden 40 Erkrankte in Kliniken behandelt, acht davon auf der Intensivstation.")
    assert by_value(claims, 8).measure == "other"


def test_an_event_participle_before_a_group_name_the_nouns_lack_keeps_the_count() -> None:
    claims = claims_of("Die Menschenrechtsgruppe zählte bis Oktober 57 getötete Rohingya-Fischer, darunter vier Polizisten.")
    assert by_value(claims, 57).measure == "killed" and by_value(claims, 4).measure == "killed"
    assert by_value(claims_of("Der Verband zählte zum Stichtag 12 verletzte Tamang."), 12).measure == "wounded"


def test_coordinated_adjectives_before_a_comma_must_agree() -> None:
    claims = claims_of("Die Zahl der Vermissten sei auf 31 gestiegen, teilte Gouverneur Okafor mit.")
    assert by_value(claims, 31).measure == "missing"


def test_people_named_as_who_were_arrested_share_the_measure() -> None:
    claims = claims_of("Bei den verhafteten Personen handelt es sich um 14 Männer und drei Frauen aus der Region.")
    assert by_value(claims, 14).measure == "arrested" and by_value(claims, 3).measure == "arrested"
    claims = claims_of("Gegen die Festgenommenen, neun Männer und zwei Frauen im Alter von 19 bis 40 Jahren, ermittelt die Staatsanwaltschaft.")
    assert by_value(claims, 9).measure == "arrested" and by_value(claims, 2).measure == "arrested"


def test_an_apposition_to_a_noun_without_measure_counts_nothing() -> None:
    assert claims_of("Gegen die Veranstalter, zwei Männer aus Bern, ermittelt die Staatsanwaltschaft.") == []


def test_a_gapped_conjunct_with_weitere_or_its_place_before_the_number() -> None:
    claims = claims_of("Im Bezirk Nord wurden elf Tote geborgen, drei weitere im Bezirk Süd.")
    assert by_value(claims, 3).measure == "killed"
    claims = claims_of("Im Oktober zählte das Amt 52 Neuinfektionen, im November schon mehr als 300.")
    assert by_value(claims, 300).measure == "other"
    claims = claims_of("In Sucre wurden 31 Menschen verletzt, in der Stadt gibt es nur 400 Betten.")
    assert all(c.low != 400 for c in claims)


def test_es_with_a_verb_of_becoming_after_the_number_restates_the_figure_before() -> None:
    claims = claims_of("Die Armee schickte 80 Soldaten in das Katastrophengebiet, bis Freitag sollen es 150 werden.")
    claim = by_value(claims, 150)
    assert (claim.measure, claim.future) == ("troops", True)


@pytest.mark.parametrize("text, value", [
    ("Nach Angaben der Regierung sind drei Schiffe der Marine an der Suche beteiligt.", 3),
    ("Bei dem Überfall setzten die Rebellen fünf Jeeps mit montierten Maschinengewehren ein.", 5),
    ("Bei der Razzia stellten die Beamten sechs Feuerwaffen und Munition sicher.", 6),
])
def test_military_vehicles_and_firearms_are_equipment(text: str, value: int) -> None:
    assert by_value(claims_of(text), value).measure == "equipment"


def test_civilian_boats_and_vehicles_are_no_equipment() -> None:
    assert claims_of("Im Hafen von Piräus lagen am Sonntag 40 Boote der Fischer vor Anker.") == []
    assert claims_of("Auf der Autobahn stauten sich 300 Fahrzeuge mit Urlaubern.") == []


def test_animals_of_an_animal_disease_story_are_its_figures() -> None:
    text = ("Afrikanische Schweinepest im Landkreis Prignitz\n\nIn dem Mastbetrieb sind seit Freitag rund 900 Schweine "
            "verendet. Die übrigen 4.300 Tiere wurden am Montag getötet, teilte das Veterinäramt mit.")
    claims = claims_of(text)
    assert by_value(claims, 900).measure == "other" and by_value(claims, 4300).measure == "other"


def test_animals_outside_a_disease_story_count_nothing() -> None:
    assert claims_of("Bei dem Hochwasser in der Steiermark ertranken 500 Schafe und 40 Rinder.") == []


def test_people_pulled_alive_from_rubble_are_rescued_and_migrants_from_the_water_displaced() -> None:
    claim = by_value(claims_of("Die Feuerwehr hat am Abend drei Kinder lebend aus den Trümmern gezogen."), 3)
    assert claim.measure == "other"
    claims = claims_of("Vor Lampedusa kenterte ein Boot mit Migranten. 52 Menschen wurden aus dem Meer gezogen, darunter elf Frauen.")
    assert by_value(claims, 52).measure == "displaced" and by_value(claims, 11).measure == "displaced"


def test_methanol_patients_in_hospital_are_sick_not_wounded() -> None:
    claims = claims_of("Nach dem Konsum von gepanschtem Schnaps mit Methanol starben vier Menschen. Weitere 23 Menschen "
                       "würden in Krankenhäusern behandelt.")
    assert by_value(claims, 23).measure == "other"


def test_people_who_found_shelter_elsewhere_are_displaced() -> None:
    claims = claims_of("Nach dem Hochwasser sind rund 600 Bewohner bei Verwandten untergekommen.")
    assert by_value(claims, 600).measure == "displaced"


def test_a_participle_opening_the_sentence_is_the_event() -> None:
    assert by_value(claims_of("Verletzt wurden nach ersten Angaben sieben Menschen."), 7).measure == "wounded"
    assert by_value(claims_of("Festgenommen wurden am Abend insgesamt 14 Personen."), 14).measure == "arrested"


def test_a_relative_clause_with_a_list_of_nouns_keeps_its_event() -> None:
    claims = claims_of("Die Mission zählte 48 Zivilisten, die durch Granaten, Minen oder Drohnen getötet wurden.")
    assert by_value(claims, 48).measure == "killed"


def test_a_part_listed_after_a_named_one_is_a_part() -> None:
    claims = claims_of("Elf Menschen kamen ums Leben, darunter der Bürgermeister des Dorfes und drei Kinder.")
    assert by_value(claims, 3).measure == "killed"


def test_a_difference_is_no_count() -> None:
    claims = claims_of("Die Listen ergeben zusammen 85 Tote – 31 mehr als die Regierung angibt.")
    assert [c.low for c in claims] == [85]


def test_keine_before_a_number_means_fewer_than_it() -> None:
    claim = by_value(claims_of("Der Sprecher der Miliz sagte, man habe keine 30 Kämpfer verloren."), 30)
    assert (claim.low, claim.high, claim.qualifier) == (None, 30, "at_most")


def test_people_gone_overboard_are_missing() -> None:
    claim = by_value(claims_of("Nach Angaben der Überlebenden seien während der Überfahrt vier Menschen über Bord gegangen."), 4)
    assert claim.measure == "missing"
    assert all(c.measure != "missing" for c in claims_of("Am Montag gingen 300 Passagiere in Genua an Bord."))
