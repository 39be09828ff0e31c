"""Claim actors (whose people or things are counted) in constructions of the outside batches:
one small German sentence per rule, written for the test."""

from __future__ import annotations

from claim_helpers import by_value, claims_of, only


# ---------------------------------------------------------------- soldiers of the scene's country
def test_soldiers_killed_in_the_scene_country_are_its_own() -> None:
    # the country named as the scene is no other party
    text = "Bei einem Überfall auf einen Posten im Süden Tschads sind 12 Soldaten getötet worden."
    assert only(text).actor == "Chad"


def test_soldiers_sent_to_a_town_of_the_scene_country_are_its_own() -> None:
    text = ("Im Norden Mosambiks haben Bewaffnete ein Dorf überfallen. "
            "Zusätzlich wurden 200 Soldaten aus Nampula nach Montepuez verlegt.")
    assert by_value(claims_of(text), 200).actor == "Mozambique"


def test_soldiers_counted_with_civilians_belong_to_no_side() -> None:
    text = "Im Norden Tschads wurden seit 2021 mehr als 450 Soldaten und Zivilisten getötet."
    assert only(text).actor is None


def test_soldiers_with_a_foreign_country_in_the_sentence_stay_unowned() -> None:
    # a second country may be the soldiers' own: no guess
    text = "Im Süden Tschads sind 12 Soldaten getötet worden, als Kämpfer aus Niger angriffen."
    assert only(text).actor is None


# ---------------------------------------------------------------- a side named by its adjective
def test_casualties_on_a_countrys_side_are_that_countrys() -> None:
    text = "Das Ministerium teilte mit, auf tschadischer Seite seien neun Menschen getötet und 30 verletzt worden."
    claims = claims_of(text)
    assert by_value(claims, 9).actor == "Chad"
    assert by_value(claims, 30).actor == "Chad"


def test_bodies_found_on_a_side_are_nobodys() -> None:
    text = "Auf tschadischer Seite wurden nach Angaben der Behörden vier Leichen gefunden."
    assert only(text).actor is None


def test_civilians_on_a_countrys_side_stay_nobodys() -> None:
    text = "Auf tschadischer Seite kamen nach Angaben der Polizei sechs Zivilisten ums Leben."
    assert only(text).actor is None


# ---------------------------------------------------------------- members of a national force
def test_members_of_a_national_force_hurt_are_its_countrys() -> None:
    text = "Das Innenministerium teilte mit, 35 Angehörige der tschadischen Sicherheitskräfte seien verletzt worden."
    assert only(text).actor == "Chad"


def test_relatives_of_civilians_stay_nobodys() -> None:
    text = "Bei dem Unglück wurden 35 Angehörige der Passagiere verletzt."
    assert only(text).actor is None


# ---------------------------------------------------------------- equipment seized
def test_weapons_seized_by_the_army_are_not_the_armys() -> None:
    text = "Die Armee teilte mit, bei Razzien in Tschad seien 19 Gewehre sichergestellt worden."
    assert only(text).actor is None


def test_weapons_the_police_secure_are_not_the_polices() -> None:
    text = "Die Polizisten stellten in der Wohnung zwei Schusswaffen sicher."
    assert only(text).actor is None


def test_vehicles_captured_in_battle_stay_their_owners() -> None:
    text = "Die Rebellen hätten zwölf Soldaten getötet und vier Militärfahrzeuge der tschadischen Armee erbeutet."
    assert by_value(claims_of(text), 4).actor == "Chad"


def test_weapons_seized_past_a_subset_are_nobodys() -> None:
    text = "Die Armee teilte mit, in Tschad seien 19 Gewehre, darunter sechs Kalaschnikows, sichergestellt worden."
    claims = claims_of(text)
    assert by_value(claims, 19).actor is None and by_value(claims, 6).actor is None


# ---------------------------------------------------------------- police together with soldiers
def test_police_and_soldiers_sent_are_the_scene_countrys() -> None:
    text = "Nach dem Überfall in Tschad kündigte der Innenminister an, 500 zusätzliche Polizisten und Soldaten in die Region zu schicken."
    assert only(text).actor == "Chad"


def test_police_alone_stay_the_polices() -> None:
    text = "Nach dem Überfall in Tschad kündigte der Innenminister an, 500 zusätzliche Polizisten in die Region zu schicken."
    assert only(text).actor == "police"


# ---------------------------------------------------------------- losses named by a country's adjective
def test_losses_named_by_an_adjective_are_that_countrys_not_the_counters() -> None:
    text = "Der tschadische Generalstab bezifferte die nigrischen Verluste für Dienstag auf 320 Soldaten."
    assert only(text).actor == "Niger"


# ---------------------------------------------------------------- a national force as its country's spelling
def _record(text: str, value: int) -> dict:
    from lagebild.analysis import analyze
    from lagebild.model import Article, claim_record, written_names

    analysis = analyze(Article(id="t", text=text))
    claim = next(c for c in analysis.claims if c.low == value)
    return claim_record(claim, written_names(analysis))


def test_the_national_force_named_is_a_spelling_of_its_country_as_actor() -> None:
    # the country stays the actor (tracks stay keyed by the side); the army is how the article writes it
    record = _record("Bei einem Angriff auf einen Posten der tschadischen Armee im Süden Tschads sind "
                     "12 Soldaten getötet worden.", 12)
    assert record["actor"] == "Chad"
    assert {"tschadischen Armee", "tschadische Armee"} <= set(record["as_written"]["actor"])


def test_a_force_that_stands_for_its_country_is_its_spelling_in_the_nominative() -> None:
    record = _record("In Kärnten sind seit Samstag 400 Soldaten des Bundesheeres im Einsatz.", 400)
    assert record["actor"] == "Austria"
    assert {"Bundesheeres", "Bundesheer"} <= set(record["as_written"]["actor"])


def test_another_countrys_force_is_no_spelling_of_the_counted_side() -> None:
    record = _record("Die nigrische Armee meldete, im Süden Tschads seien 12 tschadische Soldaten getötet worden.", 12)
    assert record["actor"] == "Chad"
    assert not any("Armee" in w for w in record.get("as_written", {}).get("actor", []))


# ---------------------------------------------------------------- fighters are an armed group's
def test_fighters_in_the_scene_country_are_no_states_soldiers() -> None:
    text = "Im Norden Tschads sind bei Gefechten 40 Kämpfer getötet worden."
    assert only(text).actor is None


def test_fighters_of_a_named_group_are_the_groups() -> None:
    text = "Im Norden Tschads erklärte die Armee, sie habe 19 Kämpfer der PKK getötet."
    assert only(text).actor == "PKK"


def test_fighters_a_group_lost_are_the_groups() -> None:
    text = "Im Norden Tschads wird gekämpft. Die Miliz M23 habe mehr als 40 Kämpfer verloren."
    assert by_value(claims_of(text), 40).actor == "M23"


# ---------------------------------------------------------------- attackers an army counts are the armed group's
def test_attackers_killed_are_the_armed_group_that_claimed_the_attack() -> None:
    text = ("Die Gruppe JNIM reklamierte den Überfall auf den Posten in Tschad für sich. "
            "Die Armee erklärte, sie habe 70 Angreifer getötet.")
    assert by_value(claims_of(text), 70).actor == "JNIM"


def test_terrorists_neutralised_are_the_armed_group_named_before() -> None:
    text = ("Die Terrormiliz al-Shabaab griff einen Stützpunkt in Tschad an. "
            "Die Armee teilte mit, sie habe dabei 25 Terroristen neutralisiert.")
    assert by_value(claims_of(text), 25).actor == "Al-Shabaab"


def test_attackers_stay_no_ones_when_no_armed_group_is_named() -> None:
    text = "In Tschad hat die Armee nach eigenen Angaben 70 Angreifer getötet."
    assert only(text).actor is None


def test_soldiers_after_the_attackers_are_not_the_armed_groups() -> None:
    text = ("Die Terrormiliz al-Shabaab griff einen Stützpunkt im Süden Tschads an. Die Armee teilte mit, sie habe 25 Angreifer getötet. "
            "Zusätzlich wurden 200 Soldaten in die Region verlegt.")
    assert by_value(claims_of(text), 200).actor != "Al-Shabaab"


# ---------------------------------------------------------------- security forces are the scene state's
def test_security_forces_killed_in_the_scene_country_are_its_own() -> None:
    text = "Bei einem Überfall auf einen Kontrollposten im Süden Tschads sind elf Sicherheitskräfte getötet worden."
    assert only(text).actor == "Chad"


def test_security_forces_counted_with_civilians_stay_no_sides() -> None:
    text = "Im Süden Tschads wurden seit Januar mehr als 90 Sicherheitskräfte und Zivilisten getötet."
    assert only(text).actor is None


def test_a_force_read_as_the_source_is_a_spelling_of_its_country_as_actor() -> None:
    # no mention names "der Streitkräfte": the source step reads it as Malaysia's forces, which count their own
    record = _record("Kuala Lumpur (dpa) - In Malaysia steigt das Wasser. Seit Freitag sind nach Angaben der "
                     "Streitkräfte rund 3.500 Soldaten im Einsatz.", 3500)
    assert record["actor"] == "Malaysia" and record["source"] == "Malaysian armed forces"
    assert "Streitkräfte" in record["as_written"]["actor"]


# ---------------------------------------------------------------- the armed group the attackers belong to
def test_a_claim_of_the_attack_after_the_groups_short_name_marks_it_armed() -> None:
    text = ("Die Armee habe vier Angreifer getötet, teilte ein Sprecher mit. "
            "Die Volksfront von Nordwana (VFN) bekannte sich zu dem Angriff.")
    assert by_value(claims_of(text), 4).actor == "VFN"


def test_a_group_noun_announces_a_name_the_entity_step_does_not_know() -> None:
    text = ("Bei Gefechten mit der Terrorgruppe Sabil Warda sind nach Armeeangaben neun Extremisten getötet worden.")
    assert by_value(claims_of(text), 9).actor == "Sabil Warda"
    # a common noun after the group noun is no name
    plain = "Bei Gefechten mit einer Gruppe Bewaffneter sind nach Armeeangaben neun Extremisten getötet worden."
    assert by_value(claims_of(plain), 9).actor is None


def test_the_group_that_claims_the_attack_is_the_attackers_not_the_network_it_belongs_to() -> None:
    text = ("Die Armee habe mehr als 30 Terroristen neutralisiert. "
            "Die dem Terrornetzwerk Al-Kaida nahestehende Gruppe JNIM reklamierte den Angriff für sich.")
    assert by_value(claims_of(text), 30).actor == "JNIM"
