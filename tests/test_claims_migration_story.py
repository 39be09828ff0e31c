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
