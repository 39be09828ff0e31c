"""Claims from constructions unseen articles use, the measure conventions of the gold
README, and texts with numbers that must give no claim at all. Sentences written for
these tests."""

from __future__ import annotations

from functools import partial

import pytest


import claim_helpers

# the dates these sentences were written against
claims_of = partial(claim_helpers.claims_of, published="2025-06-14")
only = partial(claim_helpers.only, published="2025-06-14")


# ---------------------------------------------------------------- measures (gold README)
@pytest.mark.parametrize("text, measure", [
    # refugees and migrants arriving, stranded, rescued at sea or registered: displaced
    ("Auf der Insel kamen am Wochenende 300 Migranten an.", "displaced"),
    ("Die Behörden registrierten im Mai 1.200 Asylsuchende.", "displaced"),
    ("Vor der Küste brach ein Boot mit Migranten auseinander. Die Marine rettete 45 Menschen aus dem Meer.",
     "displaced"),
    # hostages and rescued people (not migrants): other
    ("Die Entführer halten noch 12 Geiseln fest.", "other"),
    ("Nach dem Einsturz des Hauses wurden 14 Menschen aus den Trümmern gerettet.", "other"),
    ("In der Grube sind noch sieben Bergleute eingeschlossen.", "other"),
    # foreigners held by a state: arrested
    ("In dem Land sitzen derzeit 25 ausländische Häftlinge ein.", "arrested"),
    # military vehicles, jets and weapons: equipment
    ("Die Armee verlegte 40 Kampfpanzer an die Grenze.", "equipment"),
    ("Das Land erhält 12 Kampfjets.", "equipment"),
    ("Die Rebellen hätten bei dem Überfall 14 Fahrzeuge erbeutet.", "equipment"),
])
def test_measures_follow_the_gold_conventions(text: str, measure: str) -> None:
    assert only(text).measure == measure


def test_police_deployments_are_optional_troops() -> None:
    claim = only("Die Polizei war mit 400 Beamten im Einsatz.")
    assert (claim.measure, claim.optional) == ("troops", True)


@pytest.mark.parametrize("text", [
    "Die Reparatur der Brücke kostet 40 Millionen Euro.",               # money
    "Die Zahl der Einbrüche sank um 12 Prozent.",                       # percentage
    "Der 54-Jährige wurde später von der Polizei befragt.",              # age
    "Der Verein gewann das Heimspiel mit 3:1.",                          # score
    "Der Antrag erhielt 312 Stimmen, 120 Abgeordnete stimmten dagegen.",  # votes
])
def test_money_percentages_ages_scores_and_votes_are_never_claims(text: str) -> None:
    assert claims_of(text) == []


# ---------------------------------------------------------------- constructions
@pytest.mark.parametrize("text, measure, low", [
    ("Die Junta erklärte, ihre Truppen hätten mehr als 200 Aufständische „neutralisiert“.", "killed", 200),
    ("Die Fähre kenterte. Für mindestens sechs weitere kam jede Hilfe zu spät.", "killed", 6),
    ("Die Miliz bestätigte den Tod von zwei ihrer Kämpfer.", "killed", 2),
    ("Nach dem Unglück würden noch neun Menschen in Krankenhäusern behandelt.", "wounded", 9),
    ("Tausende Menschen mussten ihre Dörfer verlassen. Insgesamt haben 35.000 Menschen ihre Dörfer verlassen.",
     "displaced", 35000),
    ("Die Polizei traf in der Wohnung auf sieben Personen ohne Aufenthaltstitel.", "displaced", 7),
])
def test_event_phrases(text: str, measure: str, low: int) -> None:
    claim = [c for c in claims_of(text) if c.low == low]
    assert [c.measure for c in claim] == [measure]


def test_an_inserted_part_does_not_hide_the_verb_of_the_whole() -> None:
    claims = claims_of("Mindestens 14 Menschen, darunter neun Feuerwehrleute, wurden mit Rauchvergiftungen "
                       "in Krankenhäuser gebracht.")
    assert sorted((c.low, c.measure) for c in claims) == [(9, "wounded"), (14, "wounded")]


def test_a_number_in_a_prepositional_phrase_does_not_cut_the_verb_off() -> None:
    claim = only("Vor dem Sturm wurden mehr als 80.000 Menschen in rund 900 Schutzräume gebracht.")
    assert (claim.measure, claim.low) == ("displaced", 80000)


def test_a_short_quote_keeps_its_clause() -> None:
    claims = claims_of("Im Gebiet seien „mehrere Tausend“ Soldaten im Einsatz. Nach Angaben der Armee sind es 6.200.")
    assert [(c.measure, c.low) for c in claims] == [("troops", 1000), ("troops", 6200)]


def test_a_bare_number_after_a_whole_introduced_by_von_den_counts_a_part() -> None:
    claims = claims_of("Von den bestellten 105 Kampfpanzern seien bislang nur 18 ausgeliefert worden.")
    assert sorted((c.low, c.measure) for c in claims) == [(18, "equipment"), (105, "equipment")]


def test_an_elided_noun_after_weitere_takes_the_event() -> None:
    claims = claims_of("Drei Bergleute wurden gerettet. Fünf weitere seien noch eingeschlossen.")
    assert [(c.low, c.measure) for c in claims] == [(3, "other"), (5, "other")]


def test_an_earlier_expectation_restates_the_figure() -> None:
    claims = claims_of("Die Brigade soll 5.000 Soldaten umfassen. Ursprünglich hatte das Ministerium mit etwa "
                       "4.000 gerechnet.")
    assert [(c.low, c.measure) for c in claims] == [(5000, "troops"), (4000, "troops")]
    assert claims[1].certainty == "estimated"


def test_suspended_hyphen_range_and_participle_after_a_year_like_number() -> None:
    claims = claims_of("Nach dem Angriff flohen zwei- bis dreitausend Menschen. Im Lazarett lagen 2000 verletzte Soldaten.")
    assert [(c.measure, c.low, c.high) for c in claims] == [("displaced", 2000, 3000), ("wounded", 2000, 2000)]


def test_a_fraction_of_a_whole_is_the_counted_part() -> None:
    claim = only("Die Hälfte der 300 Bewohner wurde evakuiert.")
    assert (claim.measure, claim.low, claim.high) == ("displaced", 150, 150)


# ---------------------------------------------------------------- no claims at all
@pytest.mark.parametrize("text", [
    # sports
    "Der SC Freiburg gewann am Samstag mit 3:1 gegen Mainz. Vor 34.000 Zuschauern traf der 23-Jährige "
    "zweimal. Mit 45 Punkten liegt der Verein auf Platz vier, die Mannschaft trat mit 23 an.",
    # economy
    "Die Inflation stieg im Mai auf 2,4 Prozent. Die Preise für Lebensmittel lagen 5 Prozent über dem "
    "Vorjahr, 2024 waren es noch 3,1 Prozent. Der Konzern beschäftigt 12.000 Mitarbeiter und setzte 4 Milliarden Euro um.",
    # elections
    "Bei der Stichwahl erhielt die Amtsinhaberin 52,3 Prozent der Stimmen. Die Wahlbeteiligung lag bei "
    "41 Prozent, rund 180.000 Wahlberechtigte waren aufgerufen. Der 58-Jährige gratulierte.",
    # sports injuries
    "Zwei Spieler fielen verletzt aus, der Trainer nominierte 23 Spieler für das Rückspiel.",
    # weather
    "Am Wochenende werden bis zu 35 Grad erwartet. In 12 Landkreisen gilt eine Hitzewarnung, der "
    "Wind erreicht 80 Kilometer pro Stunde. Im Juli 2019 waren es 40 Grad.",
])
def test_articles_without_figures_give_no_claims(text: str) -> None:
    assert [(c.measure, c.evidence_text) for c in claims_of(text)] == []


# ---------------------------------------------------------------- sources
@pytest.mark.parametrize("text, source", [
    ("Nach ukrainischen Angaben wurden in der Nacht 120 russische Soldaten getötet.", "Ukraine"),
    ("Russischen Angaben zufolge wurden 45 Drohnen abgeschossen.", "Russia"),
    ("Nach libanesischen Angaben starben bei dem Angriff 14 Menschen.", "Lebanon"),
    ("Nach offiziellen Angaben starben bei dem Angriff 14 Menschen.", None),
    ("Schätzungen zufolge starben bei dem Angriff 14 Menschen.", None),
])
def test_a_country_adjective_before_angaben_names_that_side(text: str, source: str | None) -> None:
    assert only(text).source == source


@pytest.mark.parametrize("text, source", [
    ("Die Regierung in Kabul sprach am Mittwoch von mehr als 900 Toten.", "Afghan government"),
    ("Das Rote Kreuz sprach von mindestens 40 Toten.", "Red Cross"),
])
def test_the_subject_of_sprach_von_is_the_source(text: str, source: str) -> None:
    assert only(text).source == source


# ---------------------------------------------------------------- time
@pytest.mark.parametrize("text, published, time", [
    # a closed period gives its end, also over two weekdays and for a half-year
    ("Bei Gefechten am Sonntag und Montag wurden 46 Menschen getötet.", "2025-10-28", "2025-10-27"),
    ("Im ersten Halbjahr 2025 wurden 2.100 Menschen getötet.", "2025-09-30", "2025-06"),
    # an open start is not the figure's time; open totals have none
    ("Der seit April 2023 andauernde Krieg hat 12.000 Menschen vertrieben.", "2025-10-28", None),
    ("In der Provinz sind inzwischen elf Menschen ums Leben gekommen.", "2025-09-17", None),
    # the year so far is a running total too; a year of its own dates its figure
    ("In diesem Jahr sind bereits 120 Migranten im Mittelmeer ertrunken.", "2025-09-17", None),
    ("In Tirol sind heuer 71 Menschen beim Wandern ums Leben gekommen.", "2025-09-17", None),
    ("Im Jahr 2024 sind 71 Menschen beim Wandern ums Leben gekommen.", "2025-09-17", "2024"),
    # a figure of now holds on the day it was said
    ("Derzeit seien 1.800 Soldaten dort stationiert, sagte ein Sprecher am Mittwoch.", "2025-10-02", "2025-10-01"),
])
def test_time_of_a_figure(text: str, published: str, time: str | None) -> None:
    assert only(text, published=published).time == time


def test_time_carries_to_the_next_sentence_only_through_an_anaphor() -> None:
    claims = claims_of("Am 3. März griffen Rebellen das Dorf an. Dabei wurden 12 Menschen getötet. "
                       "Im ganzen Land wurden 40 Menschen verletzt.", published="2025-03-10")
    assert [(c.low, c.time) for c in claims] == [(12, "2025-03-03"), (40, None)]


def test_a_bare_estimate_after_a_named_source_has_no_source() -> None:
    # gold README: bare "Schätzungen zufolge" gives source null; sources carry only through markers
    claims = claims_of("Der Geheimdienst enthüllte, dass die Armee wächst. Schätzungen zufolge könnten "
                       "bis zu 30.000 Soldaten an die Front verlegt werden.")
    assert [c.source for c in claims] == [None]


def test_a_later_sentence_that_names_where_the_figures_come_from_gives_their_source() -> None:
    claims = claims_of("Schätzungen zufolge könnten bis zu 30.000 Soldaten an die Front verlegt werden. "
                       "Diese Informationen stammen aus einer Einschätzung, die von der polnischen Armee "
                       "erstellt wurde.")
    assert [c.source for c in claims] == ["Polish army"]


# ---------------------------------------------------------------- actor
@pytest.mark.parametrize("text, low, actor", [
    ("Nach Angaben der Armee wurden acht Hisbollah-Kämpfer getötet.", 8, "Hezbollah"),
    ("Die Hisbollah bestätigte den Tod von zwei ihrer Mitglieder.", 2, "Hezbollah"),
    ("Der Aufbau der deutschen Panzerbrigade in Litauen stockt. Derzeit seien rund 1.800 Soldaten "
     "dort stationiert.", 1800, "Germany"),
])
def test_actor_of_counted_people(text: str, low: int, actor: str) -> None:
    assert [c.actor for c in claims_of(text) if c.low == low] == [actor]


@pytest.mark.parametrize("text, low, source", [
    # a bare generic source refers to the organisation named just before
    ("Das libanesische Gesundheitsministerium meldete 12 Tote. Unter den Toten seien drei Frauen, teilte das "
     "Ministerium mit.", 3, "Lebanese health ministry"),
    # with nobody named before, unnamed authorities are those of the scene's country
    ("Bei Protesten in Iran sind nach Behördenangaben 35 Menschen getötet worden.", 35, "Iranian authorities"),
])
def test_generic_sources(text: str, low: int, source: str) -> None:
    assert [c.source for c in claims_of(text) if c.low == low] == [source]


def test_a_planned_noun_phrase_is_future_but_not_the_part_delivered() -> None:
    claims = claims_of("Von den vorgesehenen 105 Kampfpanzern seien bislang nur 18 ausgeliefert worden.")
    assert [(c.low, c.future) for c in claims] == [(105, True), (18, False)]


def test_a_sentence_adverb_is_no_source() -> None:
    claims = claims_of("Die Brigade soll 5.000 Soldaten umfassen. Ursprünglich hatte das Ministerium mit etwa "
                       "4.000 gerechnet.")
    assert claims[1].source != "Ursprünglich"


def test_a_bare_number_after_a_unit_counts_that_unit() -> None:
    assert claims_of("Das Gericht nannte die 21 Monate hinter Gittern, vor allem die sieben im "
                     "geschlossenen Vollzug, eine harte Zeit.") == []
    assert [c.low for c in claims_of("Nach drei Tagen wurden sieben verletzt.")] == [7]


def test_dead_migrants_are_killed() -> None:
    claim = only("Insgesamt 20 tote Migranten sind die Bilanz der vergangenen Woche.")
    assert (claim.measure, claim.low) == ("killed", 20)


def test_the_agents_of_an_attack_are_not_its_victims() -> None:
    assert claims_of("Bei einem Angriff durch vier Männer ist in Berlin ein 31-Jähriger getötet worden.") == []


def test_mann_counts_troops_only_next_to_a_force() -> None:
    assert claims_of("Bereits in der 12. Minute musste Kiel mit zehn Mann weiterspielen.") == []
    assert [(c.measure, c.low) for c in claims_of("Die Armee verlegte 300 Mann an die Grenze.")] == [("troops", 300)]


def test_a_fraction_before_a_scale_word() -> None:
    claim = only("In den Lagern leben mehr als eine halbe Million Vertriebene.")
    assert (claim.measure, claim.low, claim.qualifier) == ("displaced", 500000, "at_least")


@pytest.mark.parametrize("text, low", [
    ("Das Erdbeben forderte mindestens 300 Menschenleben.", 300),
    ("Der Sturm kostete 17 Menschen das Leben.", 17),
    ("Der Anschlag riss 14 Menschen in den Tod.", 14),
])
def test_ways_of_saying_killed(text: str, low: int) -> None:
    claim = only(text)
    assert (claim.measure, claim.low) == ("killed", low)


def test_saving_a_life_is_no_death() -> None:
    assert only("Die Feuerwehr rettete 17 Menschen das Leben.").measure == "other"


@pytest.mark.parametrize("text, measure, low", [
    ("Im Landkreis sind inzwischen 47 Menschen an einer Lungenentzündung erkrankt.", "other", 47),
    ("Rund 15 Anwohner klagten über Atemwegsreizungen.", "wounded", 15),
    ("Insgesamt seien 29 Menschen in Krankenhäuser in der Region gebracht worden.", "wounded", 29),
    ("Nach dem Brand sind mehr als 60 Menschen ohne Wohnung.", "displaced", 60),
    ("Die Armee verlor am Dienstag 1.040 Soldaten an Toten und Verwundeten.", "killed_or_wounded", 1040),
    ("Bei dem Aufstand wurden 26 Häftlinge wieder gefasst.", "arrested", 26),
    ("Vor der Insel kamen 300 Migranten an. Die Küstenwache brachte 612 Menschen an Land.", "displaced", 612),
])
def test_more_event_phrases(text: str, measure: str, low: int) -> None:
    assert [c.measure for c in claims_of(text) if c.low == low] == [measure]


def test_a_marathon_hospital_visit_is_no_required_claim() -> None:
    claims = claims_of("Sanitäter mussten mehr als 200 Teilnehmer behandeln, zwölf von ihnen kamen ins Krankenhaus.")
    assert [c for c in claims if not c.optional] == []


def test_a_counting_noun_makes_mit_n_a_figure_and_is_no_speaker() -> None:
    claims = claims_of("Die Zahl der Verletzten gibt er nun mit 64 an, darunter acht Kinder.")
    assert [(c.measure, c.low) for c in claims] == [("wounded", 64), ("wounded", 8)]
    assert all(c.source is None or "Zahl" not in c.source for c in claims)
    assert claims_of("Er ist mit 17 durch einen Hack aufgefallen.") == []


def test_a_modal_ends_the_noun_phrase_of_a_number() -> None:
    claim = only("Er befürchte, dass die Zahl der Toten noch auf über 30 steigen könnte, sagte der Arzt.")
    assert (claim.measure, claim.low, claim.future) == ("killed", 30, True)


@pytest.mark.parametrize("text, measure, low", [
    ("Elf der Geretteten würden in Krankenhäusern behandelt.", "wounded", 11),
    ("Im Chaos gelang etwa 40 Gefangenen die Flucht.", "other", 40),
    ("Die meisten kamen bei Verwandten unter, 23 wurden in Notquartieren untergebracht.", "displaced", 23),
    ("Vor der Insel kamen 300 Migranten an. Die Retter brachten 612 Menschen von sieben Booten an Land.",
     "displaced", 612),
])
def test_parts_prisoners_and_bare_numbers(text: str, measure: str, low: int) -> None:
    assert [c.measure for c in claims_of(text) if c.low == low] == [measure]


def test_the_day_an_event_was_reported_afterwards_dates_it_only_without_a_date_of_its_own() -> None:
    claims = claims_of("Drei Menschen kamen ums Leben, wie die Polizei am Samstag mitteilte. "
                       "Am Freitag schätzte die Armee, dass 300 Soldaten getötet wurden. "
                       "Am Donnerstag wurden zwölf Soldaten verletzt, wie die Armee am Samstag mitteilte.",
                       published="2025-08-25")
    assert [(c.low, c.time) for c in claims] == [(3, "2025-08-23"), (300, "2025-08-22"), (12, "2025-08-21")]


def test_a_bare_zahl_restates_the_figure_just_counted() -> None:
    claims = claims_of('Im Landkreis sind 47 Menschen erkrankt. "Die Zahl könnte in den kommenden Tagen noch auf '
                       '60 bis 70 steigen", sagte der Arzt.')
    assert [(c.measure, c.low, c.high, c.future) for c in claims] == [("other", 47, 47, False), ("other", 60, 70, True)]


def test_a_coordination_inside_a_prepositional_phrase_keeps_the_event() -> None:
    claim = only("Mehr als 40 der Ankommenden hätten wegen Unterkühlung und Dehydrierung im Krankenhaus "
                 "behandelt werden müssen.")
    assert (claim.measure, claim.low) == ("wounded", 40)
    assert claims_of("Die Rebellen hätten zwei Camps zerstört und Kämpfer festgenommen.") == []


def test_an_event_noun_in_an_adverbial_describes_the_actor() -> None:
    claim = only("Auf der Flucht erschießt der Täter einen Polizisten und verschanzt sich mit vier Geiseln.")
    assert (claim.measure, claim.low) == ("other", 4)


def test_who_lost_the_soldiers_owns_them() -> None:
    claim = only("Nach ukrainischen Angaben verlor Russland am Dienstag 1.040 Soldaten an Toten und Verwundeten.")
    assert (claim.measure, claim.actor, claim.source) == ("killed_or_wounded", "Russia", "Ukraine")


def test_hiess_es_is_hearsay_only_without_a_named_source() -> None:
    assert only("In einer Erklärung des Generalstabs hieß es, man habe etwa 20 Kämpfer getötet.").certainty == "asserted"
    assert only("Bei dem Angriff seien 20 Menschen getötet worden, hieß es.").certainty == "reported"


def test_arrivals_are_displaced_only_in_a_story_about_migrants() -> None:
    claims = claims_of("Die Zahl der Migranten steigt. Auf der Route kamen etwa 54.000 Menschen an, die meisten in Italien.")
    assert [(c.measure, c.low) for c in claims] == [("displaced", 54000)]
    assert claims_of("Am Flughafen kamen 300 Fans an.") == []


def test_weapon_systems_by_type_name() -> None:
    assert only("Bereits im Frühjahr waren 40 Marder übergeben worden.").measure == "equipment"


def test_fallen_soldiers_are_killed_but_players_who_drop_out_are_not() -> None:
    assert [(c.measure, c.low) for c in claims_of("Bei den Kämpfen fielen 300 Soldaten.")] == [("killed", 300)]
    assert claims_of("Zwei Spieler fielen verletzt aus.") == []


def test_violations_of_rights_are_no_injuries() -> None:
    assert claims_of("Den zwei Frauen werden Betrug und Urheberrechtsverletzungen vorgeworfen.") == []
    assert only("Zwölf Menschen erlitten schwere Kopfverletzungen.").measure == "wounded"
