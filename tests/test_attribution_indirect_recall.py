"""Indirect quotations the rules used to miss (constructions counted on the Wikinews train split), on German
sentences written for these tests."""

from __future__ import annotations

from attribution_helpers import analyse, speaker_text

from lagebild.analysis import analyze
from lagebild.model import Article


def test_noun_of_saying_without_a_named_speaker_reports_its_clause():
    doc = analyse("Der erste Plan, eine neue Brücke zu bauen, wurde im Stadtrat verworfen.")
    [statement] = doc.statements
    assert statement.content == "eine neue Brücke zu bauen"
    assert statement.speaker is None and speaker_text(doc, statement) == "Der erste Plan"
    # a genitive owner stands for the source even when no list knows it
    doc = analyse("Die Bauarbeiten begannen trotz einer Warnung der Anwohner, dass der Hang rutschen könne.")
    [statement] = doc.statements
    assert statement.content == "der Hang rutschen könne"
    assert speaker_text(doc, statement) == "der Anwohner"


def test_noun_of_saying_inside_reported_speech_stays_part_of_it():
    doc = analyse("Der Bürgermeister Karl Huber sagte, man suche weiter. "
                  "Die Hoffnung, noch Überlebende zu finden, schwinde aber.")
    assert not any(s.cue == "Hoffnung" for s in doc.statements), [(s.cue, s.content) for s in doc.statements]
    [run] = [s for s in doc.statements if "Überlebende" in s.content]
    assert run.speaker is not None and "Huber" in run.speaker


def test_according_relative_with_no_named_source_stands_for_it():
    doc = analyse("Die Familie kehrte später zur ersten Darstellung zurück, wonach ein Kurzschluss das Feuer "
                  "verursacht habe.")
    [statement] = doc.statements
    assert statement.content == "ein Kurzschluss das Feuer verursacht habe"
    assert statement.speaker is None and speaker_text(doc, statement) == "wonach"
    doc = analyse("Im Dorf gibt es Gerüchte, nach denen der Bürgermeister zurücktreten wolle.")
    [statement] = doc.statements
    assert speaker_text(doc, statement) == "nach denen"
    # a singular relative after "nach" is mostly a time, not a source
    doc = analyse("Es folgte eine lange Pause, nach der sich kaum etwas ereignete.")
    assert not doc.statements, [s.content for s in doc.statements]
    # within a run of reported speech the relative word gives way to the run's speaker
    doc = analyse("Die Bahn teilte mit, man prüfe den Vorfall. "
                  "Die Bahn wies Berichte zurück, wonach kein Personal im Zug gewesen sei.")
    [run] = [s for s in doc.statements if "Personal" in s.content]
    assert run.speaker == "Bahn" and run.cue != "wonach"


def test_a_law_or_draft_after_nach_is_the_source_of_its_clause():
    doc = analyse("Nach der Verfassung muss der Präsident alle fünf Jahre neu gewählt werden.")
    [statement] = doc.statements
    assert statement.content.startswith("muss der Präsident") and speaker_text(doc, statement) == "der Verfassung"
    doc = analyse("Nach dem Gesetzentwurf der Regierung sollen die Schulen mehr Geld erhalten.")
    [statement] = doc.statements
    assert "Schulen" in statement.content and "Regierung" in speaker_text(doc, statement)


def test_coordinated_verb_of_saying_ends_the_first_content_without_a_comma():
    doc = analyse("Die Abgeordnete Maria Roth sagte, der Plan sei ein Fehler und kündigte an, gegen ihn zu stimmen.")
    contents = sorted(s.content for s in doc.statements)
    assert contents == ["der Plan sei ein Fehler", "gegen ihn zu stimmen"], contents
    assert all(speaker_text(doc, s) == "Die Abgeordnete Maria Roth" for s in doc.statements)


def test_neuter_relative_pronoun_speaks_for_its_antecedent():
    doc = analyse("Ein neuer Vorschlag kam vom Institut, das vorschlug, die Grenzwerte deutlich zu senken.")
    [statement] = doc.statements
    assert statement.content == "die Grenzwerte deutlich zu senken"
    assert speaker_text(doc, statement) == "das"
    # a lone main-clause verb after a relative clause of a verb that only looks like one of saying is no content
    doc = analyse("Der Fall hatte Fragen zur Rolle des Amtes, das die Aufsicht gestanden hatte, aufgeworfen.")
    assert not any(s.content == "aufgeworfen" for s in doc.statements), [s.content for s in doc.statements]


def test_infinitive_clause_opening_like_a_relative_clause_is_the_complement():
    doc = analyse("Die Behörde hofft, durch die seit Jahren geltende Regelung weitere Firmen zu Aussagen zu bewegen.")
    [statement] = doc.statements
    assert statement.content == "durch die seit Jahren geltende Regelung weitere Firmen zu Aussagen zu bewegen"
    assert speaker_text(doc, statement) == "Die Behörde"
    doc = analyse("Der Informatiker Max Roth behauptet, den für den Schutz der Daten zuständigen Schlüssel gefunden zu haben.")
    [statement] = doc.statements
    assert statement.content.startswith("den für den Schutz")
    # a real relative clause after the comma still frames nothing
    doc = analyse("Der Minister lobte die Helfer, die seit Tagen im Einsatz sind.")
    assert not any(s.content.startswith("die seit Tagen") for s in doc.statements)


def test_quotation_with_a_few_reported_words_around_it_is_both_indirect_and_direct():
    doc = analyse("Nach Ansicht von Tom Weber sei es „völlig untragbar, dass unsere Schulen seit Monaten "
                  "geschlossen bleiben“.")
    modes = sorted((s.mode, s.content) for s in doc.with_nested())
    assert modes == [("direct", "völlig untragbar, dass unsere Schulen seit Monaten geschlossen bleiben"),
                     ("indirect", "sei es „völlig untragbar, dass unsere Schulen seit Monaten geschlossen bleiben“")], \
        modes
    # a quotation that is all of what was said stays one direct statement
    doc = analyse("Laut Tom Weber „ist die Schließung der Schulen seit Monaten völlig untragbar“.")
    assert [s.mode for s in doc.with_nested()] == ["direct"], [(s.mode, s.content) for s in doc.with_nested()]


def test_noun_of_saying_after_a_listed_subject_takes_the_first_name():
    doc = analyse("Bei einer gemeinsamen Pressekonferenz haben die Ministerin Anna Berg, der Landrat Jörg Kuhn und "
                  "der Bürgermeister Paul Stein nun den Vorschlag vorgelegt, die Brücke bis zum Sommer zu sanieren.")
    [statement] = [s for s in doc.statements if s.content == "die Brücke bis zum Sommer zu sanieren"]
    assert speaker_text(doc, statement) == "die Ministerin Anna Berg"


def test_coordinated_verb_of_saying_shares_a_pronoun_subject_after_an_adverbial():
    doc = analyse("Im Januar 2019 legte er sein Mandat nieder und verkündete, sich künftig um seine Firma kümmern zu "
                  "wollen.")
    [statement] = doc.statements
    assert statement.content == "sich künftig um seine Firma kümmern zu wollen"
    assert speaker_text(doc, statement) == "er"


def test_contrasting_clause_frames_an_infinitive_before_the_main_clause():
    doc = analyse("Während der Bürgermeister Max Roth ankündigte, den Vorschlag prüfen zu lassen, stellte sich die "
                  "Opposition dagegen.")
    [statement] = [s for s in doc.statements if s.cue and "ankündigte" in s.cue]
    assert statement.content == "den Vorschlag prüfen zu lassen"
    assert speaker_text(doc, statement) == "der Bürgermeister Max Roth"
    # a time phrase with "während" is no such clause
    doc = analyse("Während der Sitzung kündigte der Bürgermeister Max Roth an, den Vorschlag prüfen zu lassen.")
    [statement] = doc.statements
    assert statement.content == "den Vorschlag prüfen zu lassen"


def test_clause_in_the_preterite_before_a_postposed_verb_of_saying_is_what_was_said():
    # one phrase alone before the comma is no subject with its apposition ("Ein Sprecher, Max Roth, sagte" needs
    # two); a plural preterite ending like an adjective ("erlitten", "suchten") made the clause pass for a phrase
    doc = analyse("Zwei Helfer erlitten leichte Rauchvergiftungen, sagte Kreisbrandmeister Jonas Keller.")
    [statement] = doc.statements
    assert statement.content == "Zwei Helfer erlitten leichte Rauchvergiftungen"
    assert speaker_text(doc, statement) == "Kreisbrandmeister Jonas Keller"
    doc = analyse("Viele Familien suchten Schutz in den Schulen, teilte die Stadtverwaltung mit.")
    [statement] = doc.statements
    assert statement.content == "Viele Familien suchten Schutz in den Schulen" and statement.speaker is not None
    doc = analyse("Zwei Tote und drei Verletzte, sagte die Polizeisprecherin Jana Roth.")
    [statement] = doc.statements
    assert statement.content == "Zwei Tote und drei Verletzte"
    # a subject with its apposition still speaks itself
    doc = analyse("Ein Sprecher der Feuerwehr, Jonas Keller, sagte der Zeitung, die Lage sei ernst.")
    [statement] = doc.statements
    assert statement.content == "die Lage sei ernst"
    assert speaker_text(doc, statement) == "Ein Sprecher der Feuerwehr, Jonas Keller"


def test_place_named_after_its_administration_word_speaks_as_that_body():
    # "Die Stadt Osnabrück" is the town's administration, a body no list of organisations knows
    analysis = analyze(Article(id="t", language="de", text="Bei dem Unglück wurden viele Menschen verletzt. "
                               "Die Stadt Osnabrück hatte zunächst von 68 Verletzten gesprochen. "
                               "Der Landkreis Nienburg sprach von zwölf Toten."))
    speakers = {s.speaker for s in analysis.statements if "Verletzten" in s.content or "Toten" in s.content}
    assert speakers == {"Stadt Osnabrück", "Landkreis Nienburg"}, analysis.statements
    # a place whose administration word is missing stays the place's phrase: no body speaks for it
    analysis = analyze(Article(id="t", language="de", text="Die Innenstadt von Osnabrück hatte zunächst "
                               "von 68 Verletzten gesprochen."))
    assert analysis.statements == [], analysis.statements


def test_count_verb_keeps_its_report_past_a_figure_or_a_time_span():
    # "als" and "zum" make "zählen" mean "count as" / "belong to", but not inside "mehr als 300" or "bis zum 5. Mai"
    for text in ("Die Hilfsorganisation Caritas zählte mehr als 300 Verletzte.",
                 "Die Hilfsorganisation Caritas zählte bis zum 5. Mai 300 Verletzte."):
        assert [s.cue for s in analyse(text).statements] == ["zählte"], text
    for text in ("Der Verein zählt zu den größten des Landes.", "Das Spiel zählt als Niederlage."):
        assert analyse(text).statements == [], text


def test_second_verb_of_a_reporting_subject_after_a_comma_is_no_postposed_frame():
    # "..., nannte aber keine Zahl" goes on with the subject before the comma: the phrase after it is an object
    doc = analyse("Die Feuerwehr bestätigte den Brand, nannte aber keine Zahl.")
    [statement] = doc.statements
    assert (statement.cue, speaker_text(doc, statement)) == ("bestätigte", "Die Feuerwehr"), statement
    # a clause that reports nothing before the comma still takes the speaker after the verb
    [statement] = analyse("Die Lage ist ernst, sagte der Bürgermeister.").statements
    assert (statement.cue, statement.content) == ("sagte", "Die Lage ist ernst"), statement


def test_a_speech_act_before_a_coordinated_verb_of_saying_is_a_statement_of_its_own():
    # "wies ... zurück und erklärte, ...": two speech acts of one subject, one statement each
    doc = analyse("Die Bezirksregierung wies die Kritik zurück und erklärte, die Deiche seien rechtzeitig verstärkt worden.")
    assert sorted((s.cue, s.content) for s in doc.statements) == [
        ("erklärte", "die Deiche seien rechtzeitig verstärkt worden"),
        ("wies zurück", "Die Bezirksregierung wies die Kritik zurück")]
    assert all(speaker_text(doc, s) == "Die Bezirksregierung" for s in doc.statements)
    # a first verb that reports nothing is no speech act ("sperrte die Straße")
    doc = analyse("Die Bezirksregierung sperrte die Uferstraße und erklärte, die Deiche seien verstärkt worden.")
    assert [s.cue for s in doc.statements] == ["erklärte"]
    # nor is a first act of another subject given to the second one's speaker
    doc = analyse("Die Opposition kritisierte den Plan und der Minister erklärte, die Deiche seien verstärkt worden.")
    assert all(speaker_text(doc, s) != "der Minister" for s in doc.statements if s.cue == "kritisierte")


def test_a_source_phrase_inside_a_subordinate_clause_gives_that_clause():
    doc = analyse("Die Gemeinde sperrte am Montag die Brücke, weil der Pfeiler nach Angaben der Stadtwerke "
                  "beschädigt ist.")
    [statement] = doc.statements
    assert statement.content == "weil der Pfeiler nach Angaben der Stadtwerke beschädigt ist"
    assert speaker_text(doc, statement) == "Stadtwerke"
    # the figures of the sentence keep the source they had: the attribution still covers the whole sentence
    [attribution] = doc.attributions
    assert doc.text[attribution.scope.start:attribution.scope.end].startswith("Die Gemeinde sperrte")
    doc = analyse("Gesperrt wurden auch zwei Wege, die laut Forstamt nicht mehr sicher sind.")
    [statement] = doc.statements
    assert statement.content == "die laut Forstamt nicht mehr sicher sind"
    # a relative clause ends at its verb, not at a comma inside it, and takes its own "dass" clause along
    doc = analyse("Der Anwalt legte Unterlagen vor, die nach Angaben der Kanzlei Weber belegen sollen, dass die "
                  "Gelder investiert wurden.")
    [statement] = [s for s in doc.statements if "Kanzlei" in speaker_text(doc, s)]
    assert statement.content.startswith("die nach Angaben") and statement.content.endswith("investiert wurden")


def test_an_article_after_the_comma_opens_no_relative_clause():
    doc = analyse("Die Feuerwehr hatte zunächst von elf Verletzten gesprochen, die Zahl nach Angaben der Polizei "
                  "aber später korrigiert.")
    assert not any(s.content.startswith("die Zahl") for s in doc.statements), [s.content for s in doc.statements]


def test_an_owner_the_subject_is_keeps_the_whole_sentence():
    # "nach ihren Angaben" in a relative clause: the subject's phrase, and the sentence stays its statement
    doc = analyse("Die Gewerkschaft sprach hingegen von sieben Toten, die nach ihren Angaben von Geschossen "
                  "getroffen wurden.")
    assert any(s.content.startswith("Die Gewerkschaft") or "sieben Toten" in s.content for s in doc.statements), \
        [s.content for s in doc.statements]


def test_a_message_with_an_indefinite_article_after_nach_is_a_source():
    doc = analyse("Nach einem EU-Dokument leben viele Roma in Armut.")
    [statement] = doc.statements
    assert statement.content == "leben viele Roma in Armut"
    assert speaker_text(doc, statement) == "einem EU-Dokument"
    doc = analyse("Nach einer Veröffentlichung im Magazin Nature haben Forscher ein neues Ozonloch entdeckt.")
    [statement] = doc.statements
    assert speaker_text(doc, statement) == "einer Veröffentlichung"
    # with the definite article the noun tells a time
    doc = analyse("Nach der Veröffentlichung kam es zu Protesten gegen die Regierung.")
    assert not doc.statements, [s.content for s in doc.statements]
    # an adverb may stand before the adjective of the phrase
    doc = analyse("Nach bisher unbestätigten Berichten wurde der Vertrag gekündigt.")
    [statement] = doc.statements
    assert speaker_text(doc, statement) == "bisher unbestätigten Berichten"


def test_der_before_an_adjective_in_e_is_no_genitive_owner():
    doc = analyse("Im Jahr 1998 soll nach einer weiteren Nachricht der ursprüngliche Gründer gestorben sein.")
    [statement] = doc.statements
    assert speaker_text(doc, statement) == "einer weiteren Nachricht"


def test_a_laut_phrase_beside_a_speaking_subject_is_a_second_quotation():
    doc = analyse("„Das ist ein Skandal“, sagte der Versammlungsleiter laut ndr.de.")
    # our gold counts the speaker's statement alone; the outlet passing it on is a quotation only
    [statement] = doc.statements
    assert speaker_text(doc, statement) == "der Versammlungsleiter"
    [copy] = [q for q in doc.quotations() if q.speaker_span != statement.speaker_span]
    assert copy.content == statement.content and speaker_text(doc, copy) == "ndr.de"
    doc = analyse("Laut dem Sender BBC sagte der Minister, dass zehn Millionen Dollar investiert werden sollen.")
    assert sorted(speaker_text(doc, q) for q in doc.quotations()) == ["dem Sender BBC", "der Minister"]
    # the subject's own phrase passes nothing on
    doc = analyse("Der Verband hat nach eigenen Angaben erklärt, dass die Zahl der Mitglieder gestiegen sei.")
    assert len(doc.quotations()) == 1, [speaker_text(doc, q) for q in doc.quotations()]
