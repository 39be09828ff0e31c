"""Source, time and measures of constructions met in blind batches h20 and h21, kept general.
German sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_the_report_date_dates_a_figure_whose_sentence_gives_no_other() -> None:
    # published 2025-03-10 (a Monday): "am Sonntag" is 2025-03-09
    reported = claims_of("In dem Bus wurden 17 Fahrgäste verletzt, wie die Polizei am Sonntag mitteilte.")
    assert by_value(reported, 17).time == "2025-03-09"
    # the event's own date still wins over the day it was reported
    both = claims_of("Am Freitag wurden bei dem Unfall 17 Fahrgäste verletzt, wie die Polizei am Sonntag mitteilte.")
    assert by_value(both, 17).time == "2025-03-07"


def test_a_window_ending_now_gives_no_time_but_last_week_does() -> None:
    window = claims_of("In den vergangenen drei Monaten kehrten knapp 2.800 Migranten nach Kolumbien zurück.")
    assert by_value(window, 2800).time is None
    last_week = claims_of("Vergangene Woche wurden 300 Soldaten in die Grenzregion verlegt.")
    assert by_value(last_week, 300).time == "2025-03"


def test_an_age_word_as_speaker_is_the_person_named_before() -> None:
    claims = claims_of("Als Zeugin sagte die Bergführerin Anna Kessler aus. Ihr Team habe 14 Wanderer aus der "
                       "Schlucht gerettet, sagte die 52-Jährige. Für drei Wanderer sei jede Hilfe zu spät gekommen.")
    assert by_value(claims, 14).source == "Anna Kessler"
    assert by_value(claims, 3).source == "Anna Kessler"


def test_the_group_as_speaker_is_the_group_named_before() -> None:
    claims = claims_of("Zu dem Überfall bekannte sich die Miliz Ansar al-Wadi (AAW). In einer Botschaft behauptete "
                       "die Gruppe, ihre Kämpfer hätten 25 Soldaten getötet.")
    assert by_value(claims, 25).source in ("AAW", "Ansar al-Wadi")


def test_a_counting_body_named_with_its_short_name_in_brackets_is_the_source() -> None:
    text = "Die Internationale Organisation für Migration (IOM) zählte auf der Route bislang mehr als 900 Tote."
    assert by_value(claims_of(text), 900).source == "IOM"


def test_patients_contacts_and_cases_of_an_outbreak_are_other() -> None:
    claims = claims_of("Im Norden des Landes breitet sich die Cholera weiter aus. In den Kliniken lagen am Montag "
                       "mehr als 420 Patienten. Zwei Patienten sind gestorben. Die Behörden hätten 1.300 "
                       "Kontaktpersonen ermittelt, bislang seien 75 bestätigte und wahrscheinliche Fälle "
                       "und 12 Typhus-Fälle registriert worden.")
    assert [by_value(claims, v).measure for v in (420, 2, 1300, 75, 12)] == ["other", "killed", "other", "other", "other"]
    # outside a story of sickness patients count nothing by themselves
    assert claims_of("Die Praxis am Marktplatz betreut derzeit rund 420 Patienten.") == []


def test_people_stranded_by_a_storm_are_other_and_stranded_migrants_displaced() -> None:
    storm = claims_of("Nach dem Unwetter sitzen im Ötztal rund 2.300 Feriengäste fest, weil die Straße "
                      "verschüttet ist.")
    assert by_value(storm, 2300).measure == "other"
    migrants = claims_of("Die Migranten wollen weiter nach Norden. An der Grenze sitzen rund 2.300 Menschen fest.")
    assert by_value(migrants, 2300).measure == "displaced"


def test_helicopters_by_type_bombs_and_firearms_are_equipment() -> None:
    claims = claims_of("Die Luftwaffe schickte drei Chinook-Hubschrauber in das Gebiet. Der Gegner habe in einer "
                       "Woche 600 Gleitbomben abgeworfen. Die Ermittler stellten sieben Schusswaffen sicher.")
    assert [by_value(claims, v).measure for v in (3, 600, 7)] == ["equipment"] * 3


def test_soldiers_counted_only_as_speakers_are_no_figure() -> None:
    claims = claims_of("Der Stützpunkt wurde am Morgen überrannt, wie zwei Offiziere der Nachrichtenagentur dpa "
                       "sagten. Dabei seien 40 Soldaten getötet worden, berichteten drei Soldaten.")
    assert [(c.measure, c.low) for c in claims] == [("killed", 40)]
    assert [c.low for c in claims_of("Die Armee schickte 300 Soldaten, sagte der Sprecher.")] == [300]


def test_a_person_in_apposition_to_the_speakers_role_is_the_source() -> None:
    governor = claims_of("Bei dem Angriff wurden nach Angaben des Gouverneurs des Gebiets Saporischschja, "
                         "Iwan Fedorow, vier Zivilisten getötet.")
    assert by_value(governor, 4).source == "Iwan Fedorow"
    spokesman = claims_of("Ihr Sprecher, Oberst Min Htet Naing, sagte, die Armee habe 30 Kämpfer getötet.")
    assert by_value(spokesman, 30).source == "Min Htet Naing"


def test_a_scientist_named_by_the_field_is_a_role() -> None:
    text = ("Im Land breitet sich das Dengue-Fieber aus. Die Virologin Farida Rahman von der Universität Dhaka "
            "warnte, die Zahl der Fälle könne auf mehr als 20.000 steigen.")
    assert by_value(claims_of(text), 20000).source == "Farida Rahman"


def test_so_far_grading_an_adjective_leaves_the_year_of_a_figure() -> None:
    worst = claims_of("Bei der bislang schwersten Flut im Jahr 2013 waren rund 300 Menschen ums Leben gekommen.")
    assert by_value(worst, 300).time == "2013"
    total = claims_of("Bislang sind in diesem Jahr rund 300 Menschen ums Leben gekommen.")
    assert by_value(total, 300).time is None


def test_a_year_of_birth_is_no_count() -> None:
    assert claims_of("Der Maler, der 1884 in Wien geboren wurde, starb verarmt.") == []


def test_leaving_a_valley_landing_boats_and_a_filled_camp() -> None:
    claims = claims_of("Auf der Insel sind erneut viele Bootsmigranten angekommen. Am Sonntag legten zwölf Boote "
                       "mit insgesamt 640 Menschen an. Das Aufnahmelager war mit mehr als 900 Menschen belegt.")
    assert [by_value(claims, v).measure for v in (640, 900)] == ["displaced", "displaced"]
    valley = claims_of("Wegen der Murgänge mussten rund 300 Bewohner das Tal verlassen.")
    assert by_value(valley, 300).measure == "displaced"


def test_people_living_in_a_camp_are_displaced_but_its_capacity_is_no_figure() -> None:
    claims = claims_of("Die Flüchtlinge kommen aus dem Süden des Landes. Im Lager Bambari, das für 20.000 Personen "
                       "gebaut wurde, leben inzwischen fast 55.000 Menschen.")
    assert [(c.measure, c.low) for c in claims] == [("displaced", 55000)]
    assert claims_of("In der Hauptstadt leben rund 600.000 Menschen.") == []


def test_people_taken_off_roofs_are_rescued() -> None:
    text = "Nach der Flut habe die Feuerwehr mehr als 200 Menschen von Hausdächern geholt, sagte der Bürgermeister."
    assert by_value(claims_of(text), 200).measure == "other"


def test_a_figure_before_a_clause_of_condition_keeps_its_measure() -> None:
    text = "Die Helferin sagte, die Zahl der Toten könnte auf mehr als 60 steigen, sobald die Retter die Dörfer erreichten."
    claim = by_value(claims_of(text), 60)
    assert (claim.measure, claim.low, claim.future) == ("killed", 60, True)


def test_an_unnamed_body_correcting_or_registering_a_figure_is_its_source() -> None:
    claims = claims_of("Nach dem Beben meldete die Provinzregierung 30 Tote. Am Abend korrigierte das "
                       "Gesundheitsministerium die Zahl der Toten auf 41.")
    assert by_value(claims, 41).source == "Gesundheitsministerium"


def test_an_unnamed_spokesman_speaks_for_the_body_named_earlier_in_the_sentence() -> None:
    text = "Die italienische Küstenwache rettete am Montag 48 Migranten, wie ein Sprecher in Rom mitteilte."
    assert by_value(claims_of(text), 48).source == "Italian coast guard"


def test_refugees_belong_to_no_side() -> None:
    text = "Seit Kriegsbeginn sind rund 900.000 sudanesische Flüchtlinge in den Tschad geflohen."
    claim = by_value(claims_of(text), 900000)
    assert (claim.measure, claim.actor) == ("displaced", None)


def test_hiess_es_goes_on_with_the_source_of_the_figures_just_before() -> None:
    named = claims_of("Bei dem Erdrutsch kamen nach Angaben der Provinzbehörde BPBD zwölf Menschen ums Leben. "
                      "Sieben Menschen würden noch vermisst, hieß es.")
    assert by_value(named, 7).source == "BPBD"
    unnamed = claims_of("Bei dem Erdrutsch kamen zwölf Menschen ums Leben. Sieben Menschen würden noch vermisst, hieß es.")
    assert by_value(unnamed, 7).source is None


def test_people_named_as_who_the_casualties_were_share_the_measure_and_no_side() -> None:
    claims = claims_of("Bei dem Lawinenabgang kamen drei Menschen ums Leben. Bei den Todesopfern handelt es sich "
                       "um zwei Skitourengeher aus Italien und einen Bergführer.")
    part = by_value(claims, 2)
    assert (part.measure, part.actor) == ("killed", None)
    soldiers = claims_of("Nach Angaben des Generalstabs gelten rund 9.000 ukrainische Armeeangehörige als vermisst.")
    assert (by_value(soldiers, 9000).measure, by_value(soldiers, 9000).actor) == ("missing", "Ukraine")
