"""Statements in the gold format (shared/gold/README.md, statements.jsonl): which sentences are
someone's statement, who the speaker is, what the content is. German sentences written for these tests."""

from __future__ import annotations

import pytest

from lagebild.analysis import analyze
from lagebild.model import Article


@pytest.fixture(autouse=True)
def rules_alone(monkeypatch):
    """These sentences test the attribution rules; the learned keep/drop decision after them
    (lagebild/analysis/statement_model.py, tests/test_statement_model.py) would judge a
    one-sentence article's only sentence as its headline."""
    monkeypatch.setenv("LAGEBILD_STATEMENT_MODEL", "0")


def statements(text: str):
    return analyze(Article(id="t", text=text, published="2025-03-04")).statements


def test_hearsay_soll_in_the_second_conjunct_of_the_writers_clause_is_no_statement():
    text = ("Die Polizei teilte mit, zwei Männer seien festgenommen worden. "
            "Die Gruppe betreibt mehrere Lokale in der Altstadt und soll seit Jahren Schutzgeld erpresst haben.")
    found = statements(text)
    assert any("festgenommen" in s.content for s in found)
    assert not any("Schutzgeld" in s.content for s in found)


def test_hearsay_soll_opening_its_own_clause_still_continues_the_speaker():
    text = ("Die Polizei teilte mit, zwei Männer seien festgenommen worden. "
            "Die Gruppe soll seit Jahren Schutzgeld erpresst haben.")
    assert any("Schutzgeld" in s.content for s in statements(text))


def test_a_bare_spokesman_speaks_for_the_body_named_before():
    text = ("Die Wasserschutzpolizei hat am Wochenende 14 Boote kontrolliert. "
            "Das waren doppelt so viele wie im Vorjahr, wie ein Sprecher in Mainz sagte.")
    found = [s for s in statements(text) if "doppelt" in s.content]
    assert len(found) == 1 and found[0].speaker == "Wasserschutzpolizei"
    assert found[0].role == "Sprecher"


def test_the_organisation_as_anaphor_is_the_one_named_before():
    text = ("Das Kinderhilfswerk Unicef zählte in der Region 3.000 unterernährte Kinder. "
            "Bis zum Winter könnten nach Einschätzung der Organisation weitere 2.000 hinzukommen.")
    found = [s for s in statements(text) if "Winter" in s.content]
    assert len(found) == 1 and found[0].speaker.casefold() == "unicef"


def test_a_bare_spokesman_with_no_body_before_stays_as_it_is():
    text = "Das Wetter war schlecht. Die Lage sei unter Kontrolle, sagte ein Sprecher."
    assert [s.speaker for s in statements(text)] == ["Sprecher"]


def test_a_three_word_name_after_a_role_is_the_speaker():
    found = statements("Innenministerin Ana Lúcia Ferreira kündigte am Abend eine Untersuchung an.")
    assert [s.speaker for s in found] == ["Ana Lúcia Ferreira"]
    found = statements("Armeechef Abdel Karim al-Tamimi sprach von einer schweren Niederlage der Rebellen.")
    assert [s.speaker for s in found] == ["Abdel Karim al-Tamimi"]


def test_counting_by_a_body_is_its_statement_but_having_members_is_not():
    found = statements("Die Bergwacht zählte am Wochenende 43 Einsätze, doppelt so viele wie im Vorjahr.")
    assert [s.cue for s in found] == ["zählte"]
    assert statements("Der Schützenverein zählt inzwischen 1.200 Mitglieder.") == []
    assert statements("Die Kleinstadt zählt zu den ältesten Siedlungen der Region.") == []


def test_an_opposition_or_a_jury_speaks_with_a_report_verb():
    found = statements("Die Opposition forderte eine Senkung der Müllgebühren.")
    assert len(found) == 1 and found[0].cue == "forderte"
    found = statements("Die Jury lobte den Roman als „mutig, witzig und zärtlich“.")
    assert len(found) == 1 and found[0].content == "mutig, witzig und zärtlich"


def test_a_body_reporting_figures_with_melden_but_not_registering_something():
    found = statements("Die Katastrophenschutzbehörde meldete am Montag 19 Tote seit Beginn der Regenzeit.")
    assert [s.cue for s in found] == ["meldete"]
    assert statements("Der Ingenieur meldete das Patent für seinen Motor im Januar an.") == []


def test_an_authority_keeps_its_field_and_a_compound_source_loses_its_hyphen():
    found = statements("Das Bundesamt für Strahlenschutz teilte mit, die Werte seien unbedenklich.")
    assert [s.speaker for s in found] == ["Bundesamt für Strahlenschutz"]
    found = statements("In dem Zug befanden sich nach Bahn-Angaben rund 300 Reisende.")
    assert [s.speaker for s in found] == ["Bahn"]


def test_a_person_in_apposition_to_the_role_is_the_speaker():
    text = ("Im Hafen schliefen etwa 400 Menschen im Freien, berichtete der Bürgermeister des Ortes, "
            "Giorgos Papadakis, dem Rundfunksender ERT.")
    assert [s.speaker for s in statements(text)] == ["Giorgos Papadakis"]
    # a name opening the reported clause is no apposition
    text = "Der Bürgermeister sagte, Papadakis habe den Hafen zu spät geöffnet."
    assert all(s.speaker != "Papadakis" for s in statements(text))


def test_a_report_before_its_verb_of_saying_with_no_article_or_an_adverb_first():
    found = statements("Messungen hätten keine erhöhten Werte ergeben, sagte ein Sprecher der Feuerwehr am Abend.")
    assert [s.speaker for s in found] == ["Feuerwehr"]
    found = statements("Damit seien bei dem Brand vier Menschen gestorben, teilte der Bürgermeister, Peter Kessler, mit.")
    assert [s.speaker for s in found] == ["Peter Kessler"]
    # a subordinate clause before the verb is no frame's content
    assert statements("Damit die Straße frei wird, sagte er seinen Termin ab.") == []


def test_a_body_with_an_attribute_that_names_someone_else_is_the_speaker():
    text = "Das von der Stadt betriebene Gesundheitsamt teilte mit, unter den Erkrankten seien fünf Kinder."
    found = statements(text)
    assert len(found) == 1 and found[0].speaker != "Stadt" and "Gesundheitsamt" in found[0].speaker
    # an indefinite description names nobody: no statement of its own
    text = "Ein in London lebender Journalist sagte, die Zahl sei zu hoch."
    assert all("London" not in s.speaker for s in statements(text))


def test_the_outlet_a_statement_is_made_to_is_not_the_speaker():
    found = statements("Die Lage sei unter Kontrolle, sagte ein Polizeisprecher der Nachrichtenagentur dpa.")
    assert [s.speaker for s in found] == ["Polizei"]
    found = statements("Die Lage sei unter Kontrolle, sagte ein Sprecher der Feuerwehr der Zeitung „Kurier“.")
    assert [s.speaker for s in found] == ["Feuerwehr"]



def test_the_outlet_after_a_named_person_is_whom_it_was_said_to():
    # a person's name the entities step does not know, then an outlet by its kind word or by its own name
    found = statements("Das Wasser sei über Nacht gestiegen, sagte der Fischer Lusungu Mwale der Nachrichtenagentur AFP.")
    assert "AFP" not in [s.speaker for s in found] and any("Lusungu Mwale" in s.speaker for s in found)
    found = statements("Das Wasser sei über Nacht gestiegen, sagte der Fischer Lusungu Mwale der DW.")
    assert "Deutsche Welle" not in [s.speaker for s in found] and any("Lusungu Mwale" in s.speaker for s in found)
    # after a spokesperson of no named body, the outlet is whose spokesperson it is
    found = statements("Das Wasser sei über Nacht gestiegen, sagte ein Sprecher der DW.")
    assert [s.speaker for s in found] == ["Deutsche Welle"]


def test_eyewitnesses_are_an_identifiable_group():
    found = statements("Augenzeugen berichteten, der Täter sei mit einem roten Wagen geflohen.")
    assert len(found) == 1 and found[0].cue == "berichteten"
    # bare reports by eyewitnesses name nobody
    assert [s.speaker for s in statements("Augenzeugenberichten zufolge floh der Täter mit einem roten Wagen.")] == [None]


def test_a_name_after_der_is_cited_in_its_strong_form():
    found = statements("Der Europäische Wetterdienst rechnet für Freitag mit Sturmböen.")
    assert [s.speaker for s in found] == ["Europäischer Wetterdienst"]
    found = statements("Die Deutsche Bahn teilte mit, 40 Züge seien ausgefallen.")
    assert [s.speaker for s in found] == ["Deutsche Bahn"]


def test_a_statement_carried_from_a_bare_spokesman_keeps_the_body():
    text = ("Die Wasserschutzpolizei hat am Wochenende 14 Boote kontrolliert. "
            "Das waren doppelt so viele wie im Vorjahr, wie ein Sprecher in Mainz sagte. "
            "Die meisten Boote kamen aus den Niederlanden.\n\n"
            "Im ganzen Sommer zählten die Beamten demnach etwa 300 Verstöße.")
    carried = [s for s in statements(text) if "Sommer" in s.content]
    assert [s.speaker for s in carried] == ["Wasserschutzpolizei"]


def test_an_object_with_its_own_phrase_before_the_verb_leaves_the_subject_after_it():
    found = statements("Angriffe auf Krankenhäuser bestreitet die Armee.")
    assert [s.speaker for s in found] == ["Armee"] and found[0].denial
    found = statements("Die Zahl der Toten auf beiden Seiten schätzt das Rote Kreuz auf mindestens 2.000.")
    assert [(s.speaker, s.cue) for s in found] == [("Red Cross", "schätzt")]


def test_a_paper_named_in_quotes_speaks_by_its_name():
    found = statements("Mehr als 300 Menschen seien gekommen, berichtete die Zeitung „Lausitzer Bote“.")
    assert [(s.speaker, s.role) for s in found] == [("Lausitzer Bote", "Zeitung")]


def test_an_indefinite_apposition_only_describes_the_speaker():
    found = statements("Der Angeklagte, ein 35-jähriger Lagerist, bestritt, das Geld genommen zu haben.")
    assert [s.speaker for s in found] == ["Angeklagte"] and found[0].denial
