"""Measure vocabulary mined from the corpora (scripts/mine_measure_words.py): one
sentence per kind of word added to lagebild/lang/de/measures.toml, and sentences
where the new words must not count anything."""

from __future__ import annotations

import pytest

from lagebild.analysis import analyze
from lagebild.model import Article


def measures_of(text: str) -> list[tuple[str, float | None]]:
    claims = analyze(Article(id="t", text=text, published="2025-02-14", language="de")).claims
    return [(c.measure, c.low) for c in claims]


@pytest.mark.parametrize("text, expected", [
    # fixed nouns: deaths as cases, the sick as cases of a disease, new weapons
    ("Die Behörden zählten bisher zwölf Todesfälle.", ("killed", 12)),
    ("Das Ministerium meldete 38 Cholerafälle in der Provinz.", ("other", 38)),
    ("Im Landkreis gibt es inzwischen 14 Verdachtsfälle.", ("other", 14)),
    ("Binnen einer Woche wurden 300 Neuinfektionen registriert.", ("other", 300)),
    ("Die Marine verlegte vier Fregatten in das Mittelmeer.", ("equipment", 4)),
    ("Die Rebellen erbeuteten 120 Sturmgewehre.", ("equipment", 120)),
    # role nouns: Austrian asylum seekers, peacekeepers
    ("In der Kaserne wohnen derzeit 250 Asylwerber.", ("displaced", 250)),
    ("Die UN entsandten 800 Blauhelme in die Region.", ("troops", 800)),
    # people nouns in the dative and new people nouns, with an event
    ("Bei dem Feuer wurde ein Haus mit 40 Bewohnern evakuiert.", ("displaced", 40)),
    ("Bei dem Unfall wurden sechs Mädchen verletzt.", ("wounded", 6)),
    ("Auf der Autobahn kamen drei Lkw-Fahrer ums Leben.", ("killed", 3)),
    # killed: active verbs, idioms of death
    ("Die Angreifer töteten 15 Dorfbewohner.", ("killed", 15)),
    ("Der Einsturz hat 17 Arbeitern das Leben gekostet.", ("killed", 17)),
    ("In der Kälte sind sieben Wanderer erfroren.", ("killed", 7)),
    ("Zwei Passagiere überlebten nicht.", ("killed", 2)),
    ("Bei der Massenpanik wurden neun Pilger zu Tode getrampelt.", ("killed", 9)),
    # wounded: injuries by name and medical care
    ("Vier Fahrgäste erlitten Prellungen.", ("wounded", 4)),
    ("Drei Anwohner mussten ärztlich versorgt werden.", ("wounded", 3)),
    ("Zwei Kinder schweben in Lebensgefahr.", ("wounded", 2)),
    # captured, arrested, displaced, other
    ("Mehr als 200 Soldaten gerieten in russische Gefangenschaft.", ("captured", 200)),
    ("Die Beamten brachten elf Demonstranten in Polizeigewahrsam.", ("arrested", 11)),
    ("Die Bundeswehr hat 120 Deutsche aus Khartum ausgeflogen.", ("displaced", 120)),
    ("Taucher haben fünf Urlauber aus dem Wasser gezogen.", ("other", 5)),
    # corrected compounds and forms of existing words
    ("Bei der Offensive fielen 40 Taliban-Kämpfer.", ("killed", 40)),
    ("Am Montag gab es 3.000 Neuankünfte auf den Inseln.", ("displaced", 3000)),
    ("Die Polizei setzte 1.500 Grenzbeamte ein.", ("troops", 1500)),
    # nationalities are people
    ("Bei dem Anschlag wurden zwölf Ägypter getötet.", ("killed", 12)),
    # past and separable forms of killing, arresting, evacuating
    ("Der Täter erschoss zwei Passanten.", ("killed", 2)),
    ("Die Miliz brachte 30 Dorfbewohner um.", ("killed", 30)),
    ("Die Polizei führte sieben Randalierer ab.", ("arrested", 7)),
    ("Die Luftwaffe flog 80 Italiener aus.", ("displaced", 80)),
    ("Zwei Motorradfahrer erlitten tödliche Verletzungen.", ("killed", 2)),
    ("Drei Häftlinge wurden exekutiert.", ("killed", 3)),
    ("Gegen 14 Beschuldigte wurde Untersuchungshaft verhängt.", ("arrested", 14)),
    ("Das Schicksal von 30 Fischern ist ungewiss.", ("missing", 30)),
    ("Mehr als 200 Menschen haben sich mit dem Virus angesteckt.", ("other", 200)),
    # Austrian drivers and mountaineers, recovered people
    ("Bei dem Zusammenstoß wurden zwei Lenker verletzt.", ("wounded", 2)),
    ("Die Bergrettung barg drei Tourengeher.", ("other", 3)),
    # idioms whose words stand apart ("verloren ... Leben", "fehlt ... Spur")
    ("Bei der Explosion verloren 12 Arbeiter ihr Leben.", ("killed", 12)),
    ("Bei dem Massaker wurden 60 Dorfbewohner niedergemetzelt.", ("killed", 60)),
    ("Von zwölf Seeleuten fehlt noch immer jede Spur.", ("missing", 12)),
    ("Drei Wanderer sind seit Sonntag abgängig.", ("missing", 3)),
    # displacement without a displacement noun
    ("Rund 50.000 Menschen verloren ihr Zuhause.", ("displaced", 50000)),
    ("Etwa 2.000 Menschen suchten Schutz in Schulen.", ("displaced", 2000)),
    ("Die Regierung ließ 20.000 Einwohner evakuieren.", ("displaced", 20000)),
    # the sick as patients of a disease, rescue, troops
    ("Im Krankenhaus liegen 30 Cholerapatienten.", ("other", 30)),
    ("Die Taucher konnten sechs Menschen lebend bergen.", ("other", 6)),
    ("Die USA stationieren 3.000 Marines in Polen.", ("troops", 3000)),
])
def test_new_vocabulary_counts(text, expected):
    assert expected in measures_of(text)


@pytest.mark.parametrize("text", [
    # "verschwunden" ends like "Wunden" but is no injury
    "Mehr als 4.800 Menschen sind seitdem verschwunden.",
    # a metaphor, not a death
    "Die Proteste der 300 Anwohner wurden im Keim erstickt.",
    # people nouns alone count nothing
    "Die Firma beschäftigt 40 Lehrer und 300 Fahrer.",
    "Im Sommer kamen 3.000 Pilger in die Stadt.",
])
def test_new_vocabulary_counts_nothing_else(text):
    assert measures_of(text) == []


def test_saving_oneself_is_no_displacement():
    # miners who reach safety are neither displaced nor rescued by anyone
    text = "Im Stollen arbeiteten 46 Bergleute. 34 von ihnen konnten sich selbst in Sicherheit bringen."
    assert all(measure != "displaced" for measure, _ in measures_of(text))


def test_deadly_injuries_are_no_wounded():
    assert measures_of("Zwei Motorradfahrer erlitten tödliche Verletzungen.") == [("killed", 2)]


def test_migrants_recovered_at_sea_are_displaced():
    text = ("Vor Kos kenterte ein Boot mit Flüchtlingen. "
            "Die Küstenwache barg in der Nacht 14 Menschen aus den Fluten.")
    assert ("displaced", 14) in measures_of(text)


def test_failed_rescue_is_no_rescue():
    # the infinitive "retten" stays out of the lexicon: after "nicht" or "versuchten" nobody was rescued
    text = "Drei Menschen konnten sich nicht aus ihren Fahrzeugen retten."
    assert all(measure != "other" for measure, _ in measures_of(text))


def test_weapons_the_deported_and_first_applications_by_their_nouns() -> None:
    from claim_helpers import by_value, claims_of
    assert by_value(claims_of("Die Polizei stellte bei der Razzia 14 Waffen sicher."), 14).measure == "equipment"
    assert by_value(claims_of("Der Flüchtlingsrat zählte nur 38 Abgeschobene."), 38).measure == "displaced"
    assert by_value(claims_of("Im Mai wurden 6.240 Erstanträge gestellt."), 6240).measure == "displaced"
