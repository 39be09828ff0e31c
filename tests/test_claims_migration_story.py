"""When arrivals count as displaced: a story about migration, told by its people or by its topic.
German sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from claim_helpers import by_value, claims_of


def test_a_migration_topic_word_makes_arrivals_displaced() -> None:
    topic = claims_of("Das UN-Flüchtlingshilfswerk meldet neue Zahlen. In der Grenzstadt kommen jeden Tag "
                      "bis zu 900 Menschen aus dem Nachbarland an.")
    assert by_value(topic, 900).measure == "displaced"
    border = claims_of("Der Grenzschutz meldet einen Anstieg. Im Mai kamen 640 Menschen über die Grenze.")
    assert by_value(border, 640).measure == "displaced"


def test_arrivals_without_a_migration_story_count_nothing() -> None:
    assert claims_of("Das Stadtfest beginnt am Freitag. In der Stadt kommen jeden Tag bis zu 900 Menschen "
                     "aus dem Umland an.") == []


def test_the_lead_paragraph_under_the_headline_tells_the_story() -> None:
    text = ("Zwei Tote bei Unglück vor Lampedusa\n\nVor der Insel sind zwei {people} ertrunken. Die Küstenwache "
            "suchte die ganze Nacht.\n\nDas Wetter bleibt schlecht. Seit Januar kamen damit rund 12.000 Menschen "
            "auf diesem Weg nach Italien.")
    assert by_value(claims_of(text.format(people="Migranten")), 12000).measure == "displaced"
    assert not [c for c in claims_of(text.format(people="Fischer")) if c.low == 12000]


REFUGEES = "Die Zahl der Flüchtlinge steigt. "


def test_entering_passing_and_registering_in_a_refugee_story_are_displacement() -> None:
    for sentence, value in [("Am Sonntag reisten rund 2.400 Menschen über die Grenzübergänge ein.", 2400),
                            ("Am Sonntag sind rund 2.400 Menschen über Slowenien eingereist.", 2400),
                            ("Im vergangenen Monat passierten rund 20.000 Personen die Grenze.", 20000),
                            ("Im Mai wurden 5.300 Menschen registriert.", 5300),
                            ("Im Mai stellten 9.000 Menschen einen Asylantrag.", 9000),
                            ("Die Polizei hat 300 Menschen an der Grenze zurückgewiesen.", 300),
                            ("Im Hafen warten 1.500 Menschen auf eine Fähre nach Athen.", 1500)]:
        assert by_value(claims_of(REFUGEES + sentence), value).measure == "displaced", sentence


def test_the_same_verbs_outside_a_refugee_story_count_nothing() -> None:
    assert claims_of("Die Polizei registrierte 30 Unfälle. Am Abend warten 500 Menschen auf den Zug.") == []
    # coming "ins" somewhere is no way of migrating: "kamen 15.200 Bürger ins Rathaus"
    assert claims_of("Der Asylantrag wurde abgelehnt. Seit April kamen 15.200 Bürger ins Rathaus.") == []


def test_passing_leaving_a_ship_turned_back_and_onward_travel_are_arrivals() -> None:
    for sentence, value in [("Künftig sollen täglich nur noch tausend Menschen die Grenze passieren.", 1000),
                            ("Am Mittwoch gingen 2.000 Menschen in Piräus von Bord.", 2000),
                            ("Die Polizei wies an den Grenzen mehr als 350 Personen zurück.", 350),
                            ("In der Türkei hofften drei Millionen Menschen auf die Weiterreise.", 3_000_000)]:
        assert by_value(claims_of(REFUGEES + sentence), value).measure == "displaced", sentence
    # rejecting what someone said is no turning back of people
    assert claims_of("Der Sprecher wies die Vorwürfe von 350 Eltern zurück.") == []


def test_leaving_shelters_is_displacement_in_any_story() -> None:
    claims = claims_of("Nach dem Sturm mussten rund 8.500 Menschen ihre Zelte und Unterkünfte verlassen.")
    assert by_value(claims, 8500).measure == "displaced"


BOAT = "Vor der Küste ist ein Boot mit Migranten gekentert. "


def test_survivors_freed_and_holding_out_in_a_refugee_story_are_displaced() -> None:
    for sentence, value in [("Die 64 Überlebenden wurden in den Hafen gebracht.", 64),
                            ("Die Marine nahm zwölf Schiffbrüchige auf.", 12),
                            ("Unter den Geretteten sind 17 Kinder.", 17),
                            ("Die Polizei hat 23 Menschen aus einem Lastwagen befreit.", 23),
                            ("Am Strand harren rund 800 Menschen aus.", 800)]:
        assert by_value(claims_of(BOAT + sentence), value).measure == "displaced", sentence


def test_survivors_elsewhere_and_freed_hostages_stay_other() -> None:
    assert by_value(claims_of("Nach dem Erdbeben wurden 64 Überlebende geborgen."), 64).measure == "other"
    # captors held them: hostages freed are "other" even when they are migrants
    hostages = claims_of(BOAT + "Die Polizei hat 23 entführte Migranten aus der Gewalt einer Bande befreit.")
    assert by_value(hostages, 23).measure == "other"
    # a figure put at a number is no part named by its whole ("korrigierte die Zahl der Geretteten auf 21")
    assert by_value(claims_of(BOAT + "Am Montag korrigierte die Präfektur die Zahl der Geretteten auf 21."), 21).measure == "other"


def test_an_article_naming_refugees_in_three_paragraphs_is_about_them_throughout() -> None:
    text = ("Bootsunglück vor der Küste\n\nIn der Nacht ist ein Schlauchboot gekentert. Die Präfektur berichtet "
            "von mehreren Toten.\n\nDer Bürgermeister sprach von einer Tragödie.\n\nRettungskräfte haben 51 Menschen "
            "aus dem Wasser gezogen.\n\n{one}\n\n{two}\n\n{three}")
    named = text.format(one="Die Migranten kamen aus Eritrea.", two="Das Flüchtlingshilfswerk fordert sichere Wege.",
                        three="Die Schleuser wurden festgenommen.")
    assert by_value(claims_of(named), 51).measure == "displaced"
    # named in two paragraphs only: the rescue paragraph and the lead say nothing of refugees
    fewer = text.format(one="Die Migranten kamen aus Eritrea.", two="Das Flüchtlingshilfswerk fordert sichere Wege.",
                        three="Die Suche geht weiter.")
    assert by_value(claims_of(fewer), 51).measure == "other"


def test_the_active_verb_around_the_people_pulled_from_the_water() -> None:
    sentence = "Taucher zogen 38 Menschen aus dem eiskalten Wasser."
    assert by_value(claims_of(BOAT + sentence), 38).measure == "displaced"
    assert by_value(claims_of("Ein Ausflugsschiff ist gekentert. " + sentence), 38).measure == "other"


def test_an_aid_groups_rescue_ship_makes_a_refugee_story() -> None:
    text = ("Das Rettungsschiff „Nordlicht“ hat im Mittelmeer 96 Menschen aus Seenot gerettet.\n\n"
            "Bei dem zweiten Einsatz holte die Crew 40 Menschen von einem Schlauchboot.")
    assert by_value(claims_of(text), 96).measure == "displaced"
    assert by_value(claims_of(text.replace("Das Rettungsschiff", "Ein Frachtschiff")), 96).measure == "other"


def test_people_without_a_passport_are_migrants() -> None:
    claims = claims_of("An der Grenzbrücke sitzen derzeit etwa 160 Menschen ohne Pass fest.")
    assert by_value(claims, 160).measure == "displaced"
