"""Speakers that stand for someone named before them: a demonstrative opening a clause of saying takes up
what was said before it (the Wikinews quotation corpus marks the stretch before as the quotation, the
clause's subject as its speaker), a relative pronoun right before a verb of saying is its subject;
German sentences written for these tests."""

from __future__ import annotations

from attribution_helpers import analyse, speaker_text


def statement_about(doc, words: str):
    found = [s for s in doc.statements if words in s.content]
    assert len(found) == 1, [s.content for s in doc.statements]
    return found[0]


def test_das_after_a_comma_takes_up_the_clause_before():
    doc = analyse("Der Sturm hat in der Nacht drei Dächer abgedeckt, das teilte das Wetteramt am Morgen mit.")
    statement = statement_about(doc, "drei Dächer")
    assert statement.content == "Der Sturm hat in der Nacht drei Dächer abgedeckt"
    assert speaker_text(doc, statement) == "das Wetteramt"


def test_das_after_a_dash_with_an_adverb_before_the_verb():
    doc = analyse("Die Brücke ist nicht mehr sicher – das zumindest meint der Statiker der Stadt.")
    statement = statement_about(doc, "Brücke")
    assert statement.content == "Die Brücke ist nicht mehr sicher"
    assert speaker_text(doc, statement).startswith("der Statiker")


def test_a_modal_before_the_verb_of_saying_at_the_clause_end():
    doc = analyse("Die Kasse der Gemeinde ist leer. Das musste der Bürgermeister am Abend einräumen.")
    statement = statement_about(doc, "Kasse")
    assert statement.cue == "einräumen" and speaker_text(doc, statement).startswith("der Bürgermeister")


def test_a_passive_with_its_agent_after_von():
    doc = analyse("Die Schule bleibt bis Freitag geschlossen. Das wurde vom Presseamt der Stadt bekannt gegeben.")
    statement = statement_about(doc, "Schule")
    assert statement.cue == "bekannt gegeben" and speaker_text(doc, statement) == "Presseamt der Stadt"


def test_a_demonstrative_with_a_verb_that_is_no_verb_of_saying_frames_nothing():
    doc = analyse("Die Schule bleibt bis Freitag geschlossen. Das wurde am Montag beschlossen.")
    assert not any("Schule" in s.content for s in doc.statements)
    doc = analyse("Der Bürgermeister kaufte ein Haus, das stand am Fluss.")
    assert doc.statements == []


def test_a_copula_after_the_demonstrative_needs_a_word_of_opinion():
    doc = analyse("Der Preis stieg um zehn Prozent. Das ist das Ergebnis der neuen Steuer.")
    assert doc.statements == []


def test_a_relative_pronoun_right_before_a_verb_of_saying_is_its_subject():
    doc = analyse("Entscheidend war die Aussage eines Jungen, der angab, von dem Mann bedroht worden zu sein.")
    statement = statement_about(doc, "bedroht")
    assert statement.content == "von dem Mann bedroht worden zu sein"
    assert speaker_text(doc, statement) == "der"


def test_a_relative_pronoun_before_a_capitalised_subject_is_its_object():
    doc = analyse("Er suchte den Zeugen, von dem die Polizei glaubt, er habe den Unfall gesehen.")
    statement = statement_about(doc, "Unfall")
    assert speaker_text(doc, statement) == "die Polizei"


def test_a_pronoun_nobody_named_before_stands_for_keeps_the_statement_without_a_name():
    text = ("Ein Mann hat sich am Abend in seinem Haus verschanzt. "
            "Er rief selbst die Polizei an und teilte mit, dass er bewaffnet sei.")
    doc = analyse(text)
    statement = statement_about(doc, "bewaffnet")
    assert statement.speaker is None and speaker_text(doc, statement) == "Er"


def test_a_pronoun_with_a_named_antecedent_still_gets_the_name():
    text = ("Der Bürgermeister Karl Heinz besuchte am Montag die Schule. "
            "Er teilte mit, dass das Dach im Sommer erneuert werde.")
    doc = analyse(text)
    assert statement_about(doc, "Dach").speaker == "Karl Heinz"


def test_an_unnamed_pronoun_with_a_naming_verb_and_no_quotation_is_no_statement():
    doc = analyse("Ein Musiker trat am Abend auf. Später nannte er sich, wie sein Vater, Syd Barrett.")
    assert not any("Barrett" in s.content for s in doc.statements)


def test_demnach_after_a_sentence_that_names_nobody_is_reported_with_demnach_for_its_source():
    text = ("Inzwischen sind neue Vorwürfe an die Öffentlichkeit gelangt. "
            "Demnach trägt der Fahrer die Schuld an dem Unfall.")
    doc = analyse(text)
    statement = statement_about(doc, "Fahrer")
    assert statement.speaker is None and speaker_text(doc, statement) == "Demnach"


def test_demnach_after_a_named_report_keeps_the_name():
    text = ("Die Kommission legte am Montag ihren Bericht vor. "
            "Demnach trägt der Fahrer die Schuld an dem Unfall.")
    doc = analyse(text)
    assert statement_about(doc, "Fahrer").speaker == "Kommission"


def test_nach_with_a_finding_or_plan_that_names_nobody_is_a_statement_without_speaker():
    doc = analyse("Nach ersten Untersuchungen war ein defektes Kabel die Ursache des Brandes.")
    statement = statement_about(doc, "Kabel")
    assert statement.speaker is None and speaker_text(doc, statement) == "ersten Untersuchungen"
    doc = analyse("Nach jetzigem Ermittlungsstand hatte der Fahrer keinen Alkohol getrunken.")
    assert speaker_text(doc, statement_about(doc, "Alkohol")) == "jetzigem Ermittlungsstand"


def test_nach_with_a_compound_of_a_source_word():
    doc = analyse("Dabei sind nach den Polizeiangaben elf Personen gestorben.")
    assert speaker_text(doc, statement_about(doc, "elf Personen")) == "den Polizeiangaben"
    doc = analyse("Die Bilder haben nach Expertenmeinung große historische Bedeutung.")
    assert speaker_text(doc, statement_about(doc, "Bedeutung")) == "Expertenmeinung"


def test_nach_in_time_is_no_source():
    doc = analyse("Nach der Theatervorstellung gingen die Zuschauer in ein Restaurant.")
    assert doc.statements == []


def test_so_with_a_speaker_after_a_clause_with_a_verb_of_saying_of_its_own():
    doc = analyse("Man habe den Fehler im Netz gefunden, so der britische Sender.")
    statement = statement_about(doc, "Fehler")
    assert statement.content == "Man habe den Fehler im Netz gefunden"
    assert speaker_text(doc, statement) == "der britische Sender"


def test_so_heisst_es_in_a_message_of_a_body():
    doc = analyse("Die Kosten sollen bis zum Sommer sinken, so heißt es in einer Erklärung des Betriebsrats.")
    statement = statement_about(doc, "Kosten")
    assert statement.content == "Die Kosten sollen bis zum Sommer sinken" and statement.speaker == "Betriebsrat"


def test_heisst_es_after_a_comma_frames_the_clause_before_not_a_relative_clause_after():
    doc = analyse("Die Lage sei ernst, heißt es in dem Bericht, der viele Fälle auflistet.")
    statement = statement_about(doc, "Lage")
    assert statement.content == "Die Lage sei ernst"
    assert not any("Fälle" in s.content for s in doc.statements)


def test_quoted_words_named_by_a_verb_closing_a_subordinate_clause():
    doc = analyse("Der Bericht ist brisant, weil die Regierung das Land als „junge Demokratie“ bezeichnet hat.")
    statement = statement_about(doc, "Demokratie")
    assert statement.mode == "direct" and speaker_text(doc, statement) == "die Regierung"


def test_quoted_words_named_by_a_verb_closing_a_relative_clause_are_the_antecedents():
    doc = analyse("Kritik kam vom Fahrgastverband, der die Maßnahme als „reine Kapitulation“ bezeichnete.")
    statement = statement_about(doc, "Kapitulation")
    assert statement.mode == "direct" and speaker_text(doc, statement) == "der"


def test_a_main_clause_after_a_relative_clause_of_saying_is_not_what_was_said():
    doc = analyse("Der Präsident, der den Sieg als „großes Fest“ bezeichnete, ordnete eine Untersuchung an.")
    assert not any("Untersuchung" in s.content for s in doc.statements)


def test_a_counting_word_after_the_article_belongs_to_the_speaker_phrase():
    doc = analyse("Die Show bestreiten zwei Sängerinnen. Das teilten die beiden Sängerinnen auf Twitter mit.")
    statement = statement_about(doc, "Show")
    assert speaker_text(doc, statement) == "die beiden Sängerinnen"


def test_wie_with_a_short_quoted_outlet_name_in_lower_case():
    doc = analyse("Wie „heise online“ berichtet, sperrten die Behörden den Zugang zu der Seite.")
    statement = statement_about(doc, "Zugang")
    assert speaker_text(doc, statement) == "„heise online“"


def test_a_verb_after_the_comma_frames_a_clause_opening_with_two_prepositions():
    doc = analyse("Bis zu der Beerdigung seien die Toten in einer Halle aufgebahrt worden, berichtet die Zeitung.")
    statement = statement_about(doc, "Beerdigung")
    assert speaker_text(doc, statement) == "die Zeitung"


def test_dem_vernehmen_nach_is_hearsay_without_speaker():
    doc = analyse("Dem Vernehmen nach soll der Minister sein Amt noch bis zum Frühjahr ausüben.")
    statement = statement_about(doc, "Minister")
    assert statement.speaker is None and speaker_text(doc, statement) == "Dem Vernehmen"


def test_a_quoted_name_with_its_abbreviation_in_brackets_stays_in_the_clause():
    doc = analyse("Die Kamera ist ausgefallen, das teilte das „Space Telescope Science Institute“ (STSI) mit.")
    statement = statement_about(doc, "Kamera")
    assert speaker_text(doc, statement).startswith("das „Space Telescope Science Institute“")
