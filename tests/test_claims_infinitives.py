"""Event verbs as infinitives after a modal or "lassen", and a few fixed phrases of the same events.
German sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_an_infinitive_after_a_modal_tells_the_event() -> None:
    for sentence, measure in [("Die Helfer konnten 1.500 Menschen vor den Fluten retten.", "other"),
                              ("Zwölf Bewohner konnten sich ins Freie retten.", "other"),
                              ("Die Polizei konnte zwölf Verdächtige festnehmen.", "arrested"),
                              ("Die Polizei ließ zwölf Demonstranten festnehmen.", "arrested"),
                              ("Die Behörden wollen zwölf Afghanen abschieben.", "displaced"),
                              ("Die Behörden schoben zwölf Afghanen ab.", "displaced")]:
        claims = claims_of(sentence)
        value = 1500 if "1.500" in sentence else 12
        assert by_value(claims, value).measure == measure, sentence


def test_people_not_saved_were_not_rescued() -> None:
    assert claims_of("Drei Menschen konnten sich nicht aus ihren Fahrzeugen retten.") == []
    assert claims_of("Zwölf Menschen konnten nicht mehr gerettet werden.") == []
    # saving a firm or points counts no people
    assert claims_of("Der Verein konnte am Ende 12 Punkte retten.") == []


def test_migrants_saved_at_sea_are_displaced() -> None:
    claims = claims_of("Die Flüchtlinge wollten nach Lesbos. Die Küstenwache konnte 40 Menschen aus dem Meer retten.")
    assert by_value(claims, 40).measure == "displaced"


def test_finding_death_and_losing_a_home() -> None:
    assert by_value(claims_of("Bei dem Unglück fanden zwölf Menschen den Tod."), 12).measure == "killed"
    assert by_value(claims_of("Durch das Hochwasser verloren 3000 Menschen ihr Zuhause."), 3000).measure == "displaced"


def test_people_fallen_into_captors_hands_are_hostages() -> None:
    claims = claims_of("Bei dem Angriff sind etwa 18 Personen in die Hände der Terroristen geraten.")
    assert by_value(claims, 18).measure == "other"
    # violence is no captivity: the injury decides
    claims = claims_of("Zwölf Polizisten wurden in der Gewalt am Rande des Spiels verletzt.")
    assert by_value(claims, 12).measure == "wounded"
