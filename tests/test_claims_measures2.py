"""Measures decided by the construction around a number rather than by its noun alone:
losses of soldiers, escapes against flight, freed prisoners, parts of a figure.
Sentences written for these tests, not taken from any gold article."""

from __future__ import annotations

import pytest

from lagebild.analysis import analyze
from lagebild.model import Article


def measures_of(text: str) -> list[tuple[str, float | None]]:
    claims = analyze(Article(id="t", text=text, published="2025-02-14", language="de")).claims
    return [(c.measure, c.low if c.low is not None else c.high) for c in claims]


@pytest.mark.parametrize("text, expected", [
    # soldiers lost are casualties, not a force
    ("Die Armee hat im Sommer rund 4.300 Soldaten verloren.", ("killed_or_wounded", 4300)),
    ("Nach Angaben aus Kiew verlor der Gegner an einem Tag bis zu 900 Soldaten.", ("killed_or_wounded", 900)),
    # ... but people who lost their lives or their homes keep that measure
    ("Bei den Kämpfen haben 300 Soldaten ihr Leben verloren.", ("killed", 300)),
    ("Durch das Hochwasser verloren 700 Familien ihr Zuhause.", ("displaced", 700)),
    # driven to flight is displacement; an escape is not
    ("Die Gefechte trieben etwa 6.000 Menschen in die Flucht.", ("displaced", 6000)),
    ("Bei dem Aufstand gelang 30 Gefangenen die Flucht.", ("other", 30)),
    # prisoners freed from a prison are no longer held
    ("Bewaffnete haben 240 Häftlinge aus dem Gefängnis befreit.", ("other", 240)),
    ("Die Bande hat 70 Insassen aus der Haftanstalt befreit.", ("other", 70)),
    # soldiers named as a part of a death toll were killed
    ("Bei dem Anschlag starben 41 Menschen, darunter 12 Soldaten.", ("killed", 12)),
])
def test_measure_from_construction(text: str, expected: tuple[str, float]) -> None:
    assert expected in measures_of(text)


@pytest.mark.parametrize("text, wrong", [
    ("Die Armee hat im Sommer rund 4.300 Soldaten verloren.", ("troops", 4300)),
    ("Die Gefechte trieben etwa 6.000 Menschen in die Flucht.", ("other", 6000)),
    ("Bewaffnete haben 240 Häftlinge aus dem Gefängnis befreit.", ("arrested", 240)),
    ("Bei dem Anschlag starben 41 Menschen, darunter 12 Soldaten.", ("troops", 12)),
])
def test_not_the_default_measure(text: str, wrong: tuple[str, float]) -> None:
    assert wrong not in measures_of(text)


@pytest.mark.parametrize("text", [
    # losing something other than people counts nothing
    "Im Streik verloren 2.000 Beschäftigte ihren Arbeitsplatz.",
    "Bei der Wahl verloren 40 Abgeordnete ihr Mandat.",
])
def test_losses_of_civilians_count_nothing(text: str) -> None:
    assert [m for m in measures_of(text) if m[0] == "killed_or_wounded"] == []


def test_troops_sent_stay_troops() -> None:
    assert ("troops", 5000) in measures_of("Die Regierung schickte 5.000 Soldaten an die Grenze.")


def test_return_from_captivity() -> None:
    measures = measures_of("Bei dem Austausch kehrten 90 Soldaten und zwölf Zivilisten aus der Gefangenschaft zurück.")
    assert ("captured", 90) in measures
    assert ("arrested", 12) in measures
    assert not any(m == "displaced" for m, _ in measures)


def test_return_home_stays_displaced() -> None:
    assert ("displaced", 5000) in measures_of("Nach dem Waffenstillstand kehrten 5.000 Flüchtlinge in ihre Dörfer zurück.")


@pytest.mark.parametrize("text, expected", [
    # an event before the number or around it decides, not a word right after it
    ("Im Krankenhaus erlagen zwei Patienten ihren Verletzungen.", ("killed", 2)),
    ("Die Feuerwehr brachte 800 Anwohner in Sicherheit.", ("displaced", 800)),
    ("Bei dem Erdrutsch wurden drei Arbeiter verschüttet und verletzt.", ("wounded", 3)),
    ("Der Ortsteil mit etwa 600 Bewohnern wurde am Abend geräumt.", ("displaced", 600)),
    ("Taucher fanden am Morgen die Leichen von vier Fischern.", ("killed", 4)),
])
def test_event_around_the_number(text: str, expected: tuple[str, float]) -> None:
    assert expected in measures_of(text)


def test_ellipsis_after_an_uncounted_figure_counts_nothing() -> None:
    text = ("Die Polizei nahm 30 Verdächtige fest. "
            "Im Mai zählte das Amt 70 Baugenehmigungen, im Vorjahr waren es noch 120.")
    measures = measures_of(text)
    assert ("arrested", 30) in measures
    assert not any(value == 120 for _, value in measures)


def test_bringing_oneself_to_safety_is_no_evacuation() -> None:
    measures = measures_of("Im Stollen waren 40 Bergleute, 30 von ihnen konnten sich selbst in Sicherheit bringen.")
    assert not any(m == "displaced" for m, _ in measures)


@pytest.mark.parametrize("text, expected", [
    ("Die Polizei nahm zwölf Schleuser fest, darunter fünf Albaner und drei Serben.", ("arrested", 3)),
    ("Acht Verdächtige wurden festgenommen, fünf von ihnen in Köln, drei in Bonn.", ("arrested", 3)),
])
def test_second_part_of_a_figure(text: str, expected: tuple[str, float]) -> None:
    assert expected in measures_of(text)


def test_fighters_held_are_detainees_but_guards_are_troops() -> None:
    assert ("arrested", 2000) in measures_of("Kurdische Milizen bewachen in mehreren Lagern etwa 2.000 ausländische Kämpfer.")
    assert ("troops", 300) in measures_of("Seit Montag bewachen 300 Soldaten den Flughafen.")


def test_reaching_a_coast_is_displacement_only_for_migrants() -> None:
    story = "Auf der Atlantikroute sind weiter viele Migranten unterwegs. Im Januar erreichten 2.100 Menschen die Kanaren."
    assert ("displaced", 2100) in measures_of(story)
    assert measures_of("Im Sommer erreichten 30.000 Menschen die Insel mit der Fähre.") == []


@pytest.mark.parametrize("text, expected", [
    ("Nach Angaben der Armee wurden 14 gepanzerte Fahrzeuge zerstört.", ("equipment", 14)),
    ("Das Heer schickte 300 Soldaten sowie 45 Fahrzeuge in die Region.", ("equipment", 45)),
    ("Dabei seien sechs Panzer, neun Fahrzeuge und zwei Geschütze zerstört worden.", ("equipment", 9)),
])
def test_military_vehicles(text: str, expected: tuple[str, float]) -> None:
    assert expected in measures_of(text)


def test_vehicles_in_traffic_count_nothing() -> None:
    assert measures_of("Auf der Autobahn stauten sich am Morgen 120 Fahrzeuge.") == []


def test_vehicles_of_rescuers_count_nothing() -> None:
    measures = measures_of("An der Suche beteiligten sich 60 Feuerwehrleute und drei Hubschrauber.")
    assert not any(m == "equipment" for m, _ in measures)


@pytest.mark.parametrize("text, expected", [
    ("In der umkämpften Stadt harren noch rund 400 Zivilisten aus, viele von ihnen alt.", ("other", 400)),
    ("Nach dem Brand brachte die Gemeinde 35 Bewohner in einer Schule unter.", ("displaced", 35)),
])
def test_holding_out_and_housed(text: str, expected: tuple[str, float]) -> None:
    assert expected in measures_of(text)


def test_evidence_keeps_the_whole_phrase_of_dying() -> None:
    text = "Drei Patienten seien im Krankenhaus ihren Verletzungen erlegen."
    claims = analyze(Article(id="t", text=text, published="2025-02-14", language="de")).claims
    assert [(c.measure, c.evidence_text.endswith("erlegen")) for c in claims] == [("killed", True)]


def test_ages_inside_the_noun_phrase_do_not_cut_off_its_verb() -> None:
    # the age phrase lengthens the noun phrase; the verb after it is still the count's
    text = ("Vier Männer aus Bulgarien im Alter von 22, 27, 35 und 41 Jahren wurden in der Nacht auf Sonntag "
            "auf der Autobahn bei Kufstein festgenommen.")
    assert measures_of(text) == [("arrested", 4)]  # (the ages count nothing)
    short = "Zwei Frauen im Alter von 19 und 23 Jahren wurden am Montag in einem Waldstück bei Kufstein tot aufgefunden."
    assert measures_of(short) == [("killed", 2)]
