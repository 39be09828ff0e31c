"""Who speaks: subjects, frames and speaker spans on German sentences written for these tests
(constructions whose misses let an earlier speaker carry over, or named the wrong phrase)."""

from __future__ import annotations

from attribution_helpers import analyse, speaker_text


def test_a_passive_relative_clause_after_a_preposition_is_the_documents():
    doc = analyse("Der Bericht der Kommission, in dem behauptet wird, die Zahlen seien falsch, liegt seit Montag vor.")
    assert len(doc.statements) == 1
    assert doc.statements[0].speaker == "Kommission"
    assert doc.statements[0].content.startswith("die Zahlen seien falsch")


def test_a_main_clause_opening_with_a_demonstrative_or_adverb_is_what_was_said():
    for text, content in (("Der Minister sagte, das sei falsch.", "das sei falsch"),
                          ("Der Oberst erklärte hingegen, damit solle ein Machtvakuum vermieden werden.",
                           "damit solle ein Machtvakuum vermieden werden")):
        doc = analyse(text)
        assert [s.content for s in doc.statements] == [content], text
    # "als sei" is a comparison, not what was said
    assert analyse("Der Minister sagte, als sei nichts geschehen, die Sitzung ab.").statements == []


def test_a_phrase_with_a_relative_clause_opens_the_complement():
    doc = analyse("Die Ministerin erklärte, in den Ländern, in denen Gebühren erhoben würden, sei die Zahl gestiegen.")
    assert len(doc.statements) == 1
    assert doc.statements[0].content == "in den Ländern, in denen Gebühren erhoben würden, sei die Zahl gestiegen"


def test_an_apposition_running_to_the_sentence_end_closes_a_trailing_frame():
    doc = analyse("Die Lage sei ruhig, sagte Karl Bauer, kanadischer General und Kommandeur des Einsatzes am Montag.")
    assert len(doc.statements) == 1 and doc.statements[0].speaker == "Karl Bauer"
    doc = analyse("Die Ursache sei unklar, verlautbarte Peter Sharp, der Direktor der Reederei, in einer Mitteilung.")
    assert len(doc.statements) == 1 and doc.statements[0].speaker == "Peter Sharp"


def test_a_continuation_points_at_the_latest_mention_of_its_speaker():
    doc = analyse("Nach Angaben des Sprechers der Stadt, Karl Vogt, ist die Brücke marode. "
                  "Eine Sanierung koste zwölf Millionen Euro.")
    carried = [s for s in doc.statements if s.content.startswith("Eine Sanierung")]
    assert len(carried) == 1 and carried[0].speaker == "Karl Vogt"
    assert speaker_text(doc, carried[0]) == "Karl Vogt"
    doc = analyse("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. Eine Sanierung koste zwölf Millionen Euro.")
    carried = [s for s in doc.statements if s.content.startswith("Eine Sanierung")]
    assert len(carried) == 1 and speaker_text(doc, carried[0]) == "Der Bürgermeister Karl Vogt"


def test_a_thing_said_before_a_name_needs_a_verb_of_saying_to_be_the_object():
    # "Die Stadt hatte Vogt gewählt": no verb of saying, so Vogt is the object, the sentence no statement of
    # his; the continuation after it points at that latest mention of him
    doc = analyse("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. Die Stadt hatte Vogt im Mai 2019 "
                  "gewählt. Eine Sanierung koste zwölf Millionen Euro.")
    assert not any(s.content.startswith("Die Stadt") for s in doc.statements)
    carried = [s for s in doc.statements if s.content.startswith("Eine Sanierung")]
    assert len(carried) == 1 and carried[0].speaker == "Karl Vogt" and speaker_text(doc, carried[0]) == "Vogt"


def test_an_object_with_a_relative_clause_before_the_verb_leaves_the_subject_after_it():
    doc = analyse("Der Richter Paul Weber sprach in Berlin. "
                  "Den Währungsfonds, dessen Organe diese Woche tagen, forderte er auf, die Zahlung auszusetzen.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["er"]
    assert doc.statements[0].speaker == "Paul Weber"


def test_an_adverb_opening_a_passive_clause_is_no_speaker():
    doc = analyse("Besonders kritisiert wurde die einseitige Berichterstattung der staatlichen Medien.")
    assert all(speaker_text(doc, s) != "Besonders" for s in doc.statements)


def test_a_subject_with_an_apposition_keeps_speaking_before_a_named_object():
    doc = analyse("Das Staatsoberhaupt des Landes, die Königin Anna Maria, bat Premierminister Paul Key, "
                  "den Familien ihre Anteilnahme zu übermitteln.")
    assert doc.statements and speaker_text(doc, doc.statements[0]).startswith("Das Staatsoberhaupt")


def test_seiner_meinung_nach_in_a_clause_of_its_own_stands_for_the_speaker():
    doc = analyse("Joe Stork fordert eine Untersuchung des Vorfalls, bei dem es sich seiner Meinung nach um "
                  "einen Angriff auf Zivilisten gehandelt habe.")
    phrase = [s for s in doc.statements if s.cue == "nach" or "Meinung" in speaker_text(doc, s)]
    assert phrase and all(speaker_text(doc, s) == "seiner Meinung" and s.speaker == "Joe Stork" for s in phrase)


def test_a_name_in_the_genitive_after_an_opinion_noun_speaks():
    doc = analyse("Nach Auffassung Österreichs soll das Mandat geändert werden.")
    assert len(doc.statements) == 1 and speaker_text(doc, doc.statements[0]) == "Österreichs"


def test_an_unnamed_opinion_phrase_is_the_speaker_span_of_its_attribution():
    doc = analyse("Nach ersten Informationen wurden keine Menschen verletzt.")
    assert [(s.speaker, speaker_text(doc, s)) for s in doc.statements] == [(None, "ersten Informationen")]
    assert [doc.text[a.speaker_span.start:a.speaker_span.end] for a in doc.attributions] == ["ersten Informationen"]
    assert all(a.source is None for a in doc.attributions)


def test_an_impersonal_heisst_es_keeps_where_it_is_written_as_speaker_span():
    for text, phrase in (("Im Bericht heißt es, die Zahlen seien gestiegen.", "Bericht"),
                         ("Die Zahlen seien gestiegen, heißt es auf der Homepage der Stadt.", "der Homepage der Stadt")):
        doc = analyse(text)
        assert [(s.speaker, speaker_text(doc, s)) for s in doc.statements] == [(None, phrase)], text
        assert [doc.text[a.speaker_span.start:a.speaker_span.end] for a in doc.attributions] == [phrase]
        # the phrase is no part of what was said
        assert all(phrase not in doc.text[a.scope.start:a.scope.end] for a in doc.attributions)


def test_an_adverbial_opening_the_clause_is_no_speaker():
    doc = analyse("Zusammen mit dem Finanzminister Tim Geithner plädiert Barney Frank für mehr Befugnisse der Notenbank.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["Barney Frank"]
    doc = analyse("Neben der Polizei kritisierte auch die Feuerwehr, die Lage sei unübersichtlich.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["die Feuerwehr"]


def test_a_demonstrative_standing_alone_before_its_verb_is_the_person_named_before():
    doc = analyse("Die Polizei befragte den Fahrer Peter Schmidt. "
                  "Dieser behauptete, der Angeklagte sei ihm mit einer Pistole entgegengekommen.")
    assert len(doc.statements) == 1
    assert speaker_text(doc, doc.statements[0]) == "Dieser" and doc.statements[0].speaker == "Peter Schmidt"
    # before a noun it is an article
    doc = analyse("Dieser Bericht sagt, die Lage sei ruhig.")
    assert all(speaker_text(doc, s) != "Dieser" for s in doc.statements)


def test_a_focus_particle_before_a_bare_name_keeps_the_name_as_subject():
    doc = analyse("Auch Feinstein argumentierte, die Kandidatin habe mehr Stimmen als alle anderen.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["Feinstein"]
    doc = analyse("Auch am Montag sagte der Minister, die Lage sei ruhig.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["der Minister"]


def test_a_verb_of_saying_as_infinitive_after_a_modal_has_its_subject_after_the_modal():
    doc = analyse("Auf mehrmalige Nachfrage aus dem Publikum musste der Physiker betonen, dass es kaum Daten gebe.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["der Physiker"]
    doc = analyse("Außerdem ließ der Pressedienst des Ministeriums verlauten, dass über die Zölle beraten werde.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["der Pressedienst des Ministeriums"]


def test_a_name_after_an_attribute_with_a_phrase_of_its_own_speaks():
    doc = analyse("„Wir haben lange darauf gewartet“, schrieb die in Hamburg geborene Sängerin Marie Lenz.")
    assert [s.speaker for s in doc.statements] == ["Marie Lenz"]
    doc = analyse("Dann sagte der für den Landkreis zuständige Koordinator, dass nur zwölf Boote im Einsatz seien.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["Koordinator"]
    assert doc.statements[0].content == "nur zwölf Boote im Einsatz seien"
    # a noun inside the attribute is no head: the relative clause stays out of the subject
    doc = analyse("Der Verband schätzt den Schaden, der durch die anschließend erforderliche Lagerung entstanden ist, "
                  "auf zehn Millionen Euro.")
    assert not any(s.content.startswith("der durch") for s in doc.statements)


def test_a_name_apposed_to_the_speaker_and_a_phrase_after_it_come_before_the_complement():
    doc = analyse("Am Abend sagte der Sprecher der Feuerwehr, Tobias Brandt, gegenüber der Presse, "
                  "dass der Brand gelöscht sei.")
    assert [s.content for s in doc.statements] == ["der Brand gelöscht sei"]
    assert doc.statements[0].speaker == "Tobias Brandt"


def test_a_carried_sentence_naming_its_speaker_points_at_that_name():
    doc = analyse("Der Betriebsratschef Bernd Ostermann hat die Klage scharf kritisiert. "
                  "In dem Verfahren sieht Ostermann einen Angriff auf die Belegschaft, es stehe im Gegensatz zum Gesetz.")
    carried = [s for s in doc.statements if s.content.startswith("In dem Verfahren")]
    assert len(carried) == 1 and carried[0].speaker == "Bernd Ostermann"
    assert speaker_text(doc, carried[0]) == "Ostermann"
    # a name after a preposition is what the report speaks of, not who speaks
    doc = analyse("Der Senator Tom Miller sagte, der Plan sei gescheitert. "
                  "Das bedeute einen Tiefschlag für Miller, da seine Partei keine Mehrheit habe.")
    carried = [s for s in doc.statements if s.content.startswith("Das bedeute")]
    assert len(carried) == 1 and speaker_text(doc, carried[0]) == "Der Senator Tom Miller"


def test_a_sentence_opening_with_an_adverb_of_time_has_its_subject_after_the_verb():
    doc = analyse("Gegenwärtig wirft die Ministerin Anna Roth dem Senat Einmischung in das Verfahren vor.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["die Ministerin Anna Roth"]


def test_a_konjunktiv_after_an_indicative_main_clause_is_its_named_subjects():
    text = ("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. "
            "Die Gewerkschaft Verdi stellte der Stadt ein Ultimatum, anderenfalls würden die Fahrer streiken.")
    doc = analyse(text)
    second = [s for s in doc.statements if "Ultimatum" in s.content]
    assert len(second) == 1 and second[0].speaker == "Verdi"
    assert speaker_text(doc, second[0]) == "Die Gewerkschaft Verdi"
    # a name in the subject's genitive does not speak, the Konjunktiv of the main clause carries on
    doc = analyse("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. "
                  "Die Strategie der Gewerkschaft Verdi, den Verkehr zu blockieren, sei falsch.")
    second = [s for s in doc.statements if "Strategie" in s.content]
    assert len(second) == 1 and second[0].speaker == "Karl Vogt"


def test_a_konjunktiv_after_a_perfect_main_clause_is_its_named_subjects():
    # "hatte ... ins Spiel gebracht": the auxiliary and its participle are the subject's own verb, as a finite verb
    text = ("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. "
            "Die Gewerkschaft Verdi hatte schon im Mai einen Streik ins Spiel gebracht, anderenfalls würden die "
            "Fahrer nichts erreichen.")
    doc = analyse(text)
    second = [s for s in doc.statements if "Streik" in s.content]
    assert len(second) == 1 and second[0].speaker == "Verdi" and second[0].cue == "gebracht"
    # a passive subject does not act: the Konjunktiv after it goes on with the speaker before
    doc = analyse("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. "
                  "Der Fahrer Peter Braun wurde festgenommen, weil er betrunken gewesen sei.")
    second = [s for s in doc.statements if "festgenommen" in s.content]
    assert len(second) == 1 and second[0].speaker == "Karl Vogt"
    # nor does one whose participle closes a passive ("war festgenommen worden")
    doc = analyse("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. "
                  "Der Fahrer Peter Braun war festgenommen worden, weil er betrunken gewesen sei.")
    second = [s for s in doc.statements if "festgenommen" in s.content]
    assert len(second) == 1 and second[0].speaker == "Karl Vogt"


def test_a_konjunktiv_after_an_indicative_main_clause_is_its_agent_subjects_even_unnamed():
    # "Die Taxifahrer" is on no list of speakers, but an agent noun: its own clause, not the carried run
    text = ("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. "
            "Die Taxifahrer stellten der Stadt ein Ultimatum, anderenfalls würden sie den Platz blockieren.")
    doc = analyse(text)
    second = [s for s in doc.statements if "Ultimatum" in s.content]
    assert len(second) == 1 and speaker_text(doc, second[0]) == "Die Taxifahrer"
    # a thing as the subject ("Die Ermittlungen") reports nothing: the run goes on with the speaker before
    text = ("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. "
            "Die Ermittlungen dauerten an, weitere Schäden seien nicht auszuschließen.")
    doc = analyse(text)
    second = [s for s in doc.statements if "Ermittlungen" in s.content]
    assert len(second) == 1 and second[0].speaker == "Karl Vogt"


def test_an_agent_noun_no_list_knows_leads_in_the_konjunktiv_after_it():
    text = ("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. Die Stadt plant einen Neubau. "
            "Gegner des Gesetzes verweisen auf die Zustände in den Heimen. "
            "Bereits zuvor hätten Familien nur wenige Kinder adoptieren können.")
    doc = analyse(text)
    run = [s for s in doc.statements if s.content.startswith("Bereits zuvor")]
    assert len(run) == 1 and speaker_text(doc, run[0]) == "Gegner des Gesetzes"
    # a thing in the sentence before ("Eine seiner Varianten") leads nothing in
    text = ("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. Die Stadt plant einen Neubau. "
            "Eine seiner Varianten ist die Schließung der Oper. "
            "Der Ausschuss werde am Montag beraten.")
    doc = analyse(text)
    assert not any(speaker_text(doc, s) == "Eine seiner Varianten" for s in doc.statements)


def test_a_pronoun_lead_in_marks_the_speaker_where_the_text_last_named_him():
    text = ("Der Arbeitsminister Peter Brandt stellte am Montag einen Bericht vor. Die Stadt plant einen Neubau. "
            "Dabei verteidigte er die Sparbeschlüsse seiner Regierung. "
            "Außerdem wolle er im Parlament die Vertrauensfrage stellen.")
    doc = analyse(text)
    run = [s for s in doc.statements if s.content.startswith("Außerdem")]
    assert len(run) == 1 and run[0].speaker == "Peter Brandt"
    assert speaker_text(doc, run[0]) in ("Der Arbeitsminister Peter Brandt", "Peter Brandt")


def test_a_phrase_opening_with_als_or_a_preposition_before_a_verb_second_is_no_subordinate_clause():
    doc = analyse("Als Beispiel führte Roth die Proteste an und führte aus, hier gebe es eine Entwicklung.")
    assert [(s.speaker, s.content) for s in doc.statements] == [("Roth", "hier gebe es eine Entwicklung")]
    doc = analyse("Seit 2013 vertritt Roth die These, dass die Partei gescheitert sei.")
    assert [(s.speaker, s.content) for s in doc.statements] == [("Roth", "die Partei gescheitert sei")]


def test_a_verb_of_counting_takes_no_clause_after_a_comma():
    doc = analyse("Am Dienstag zählte die Behörde 61.840 Patienten und 287 Todesfälle, "
                  "mehr als die Hälfte davon in der Hauptstadt.")
    assert not any(s.content.startswith("mehr als die Hälfte") for s in doc.statements)


def test_a_subordinate_clause_first_leaves_the_subject_after_the_finite_verb():
    doc = analyse("Nachdem die Feuerwehr eingetroffen war, sagte der Bürgermeister Max Roth, die Lage sei ruhig.")
    assert [(s.speaker, s.content) for s in doc.statements] == [("Max Roth", "die Lage sei ruhig")]
    doc = analyse("In der Debatte um Energie, die derzeit geführt wird, hat Staatssekretär Max Roth gefordert, "
                  "größere Tankstellen zum Angebot von Biokraftstoffen zu zwingen.")
    assert [s.speaker for s in doc.statements] == ["Max Roth"]
    # after a main clause the verb closes what was said, the name after it is an apposition
    for text in ("Im Hafen schliefen am Abend etwa 400 Menschen im Freien, berichtete der Bürgermeister des Ortes, "
                 "Max Roth, dem Sender ERT.",
                 "Am stärksten betroffen seien Dörfer, in denen viele Häuser eingestürzt seien, sagte der Leiter "
                 "des Roten Halbmonds, Max Roth, im Fernsehen."):
        doc = analyse(text)
        assert not any(s.content.startswith("Max Roth") for s in doc.statements), text


def test_a_pronoun_subject_of_a_verb_in_konjunktiv_points_at_the_speakers_name():
    doc = analyse("Die Anwältin Gülsen Celebi sprach von einem Skandal. "
                  "Zuerst habe sie nicht damit gerechnet, dass der Mann zur Verhandlung erscheinen würde.")
    second = [s for s in doc.statements if s.content.startswith("der Mann")]
    assert len(second) == 1 and second[0].speaker == "Gülsen Celebi"
    assert speaker_text(doc, second[0]) == "Gülsen Celebi"
    # in the indicative the pronoun is the speaker's own mention
    doc = analyse("Die Anwältin Gülsen Celebi sprach von einem Skandal. "
                  "Zuerst hat sie gesagt, dass der Mann zur Verhandlung erscheinen würde.")
    second = [s for s in doc.statements if s.content.startswith("der Mann")]
    assert len(second) == 1 and speaker_text(doc, second[0]) == "sie"


def test_a_konjunktiv_after_an_indicative_clause_with_no_speaker_before_is_the_subjects():
    doc = analyse("Die Gewerkschaft Verdi zeigt keinerlei Verständnis für den Verkauf, der Vorstand habe falsch entschieden.")
    assert [(s.speaker, speaker_text(doc, s)) for s in doc.statements] == [("Verdi", "Die Gewerkschaft Verdi")]
    # a name in the subject's genitive speaks for nobody
    doc = analyse("Die Rede Müllers dauerte eine Stunde, der Vorstand habe falsch entschieden.")
    assert doc.statements == []


def test_a_quotation_after_a_colon_is_the_speaker_named_after_it():
    # the verb of saying after the quotation names its speaker; the clause before the colon denies its object
    doc = analyse("Das Ministerium wies die Berichte zurück: „Das ist falsch“, erklärte Sprecherin Anna Berger.")
    by_content = {s.content: s for s in doc.statements}
    assert set(by_content) == {"Das ist falsch", "die Berichte"}
    assert speaker_text(doc, by_content["Das ist falsch"]) == "Sprecherin Anna Berger"
    assert by_content["Das ist falsch"].speaker == "Anna Berger"
    assert speaker_text(doc, by_content["die Berichte"]) == "Das Ministerium"
    doc = analyse("Der Verband wies den Vorwurf zurück: „Wir haben nichts verschwiegen“, sagte Vorsitzender Max Roth.")
    quoted = [s for s in doc.statements if s.content == "Wir haben nichts verschwiegen"]
    assert len(quoted) == 1 and speaker_text(doc, quoted[0]) == "Vorsitzender Max Roth"
    # without a speaker after it the quotation stays with the clause before the colon
    doc = analyse("Das Ministerium wies die Berichte zurück: „Das ist völlig falsch und erfunden.“")
    assert [(s.content, speaker_text(doc, s)) for s in doc.statements] == \
        [("Das ist völlig falsch und erfunden.", "Das Ministerium")]


def only_statement(doc):
    assert len(doc.statements) == 1, doc.statements
    return doc.statements[0]


def test_a_span_of_time_before_the_verb_is_not_its_speaker():
    # the time phrase fills the first place; the subject follows the finite verb
    doc = analyse("Wenige Stunden nach dem Putsch erklärte Oberst Moussa Adamou, die Lage sei unter Kontrolle.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "Oberst Moussa Adamou" and s.content == "die Lage sei unter Kontrolle"
    doc = analyse("Dieser Tage behauptet die Vorsitzende des Lehrerverbands, die Reform sei gescheitert.")
    assert speaker_text(doc, only_statement(doc)) == "die Vorsitzende des Lehrerverbands"
    # with only "es" after the verb there is no subject: an unnamed source, as "Damals hieß es"
    doc = analyse("Die Firma plant ein Werk. Seiner Zeit hieß es, dass der Einbau in Rastatt geplant sei.")
    s = only_statement(doc)
    assert s.speaker is None and s.content == "der Einbau in Rastatt geplant sei"
    # a time noun heading the subject's own genitive is no time phrase of the clause
    doc = analyse("Die Tage der Regierung seien gezählt, sagte der Sprecher der Opposition.")
    assert speaker_text(doc, only_statement(doc)) == "der Sprecher der Opposition"


def test_a_konjunktiv_sentence_with_a_named_reporting_subject_is_not_the_previous_sentences():
    # the previous sentence's subject would introduce the reported speech only if this one named nobody;
    # its own sentence ("traf sich") then says nothing
    doc = analyse("Die Regierung traf sich am Montag in Berlin. "
                  "Der Minister Klaus Berger wandte sich am Dienstag an die Anhänger, er habe nichts verraten.")
    s = only_statement(doc)
    assert "nichts verraten" in s.content and speaker_text(doc, s) == "Der Minister Klaus Berger"


def test_a_quotation_opening_with_ich_is_speech_not_a_title():
    # "bin" links Arabic names ("Osama bin Laden"), but „Ich bin ...“ is someone speaking
    doc = analyse("Hans Meier war wütend. Er sagte: „Ich bin der Präsident des Vereins.“")
    s = only_statement(doc)
    assert s.mode == "direct" and s.content == "Ich bin der Präsident des Vereins." and s.speaker == "Hans Meier"


def test_the_writer_and_clause_words_are_not_even_unnamed_sources():
    assert analyse("Wir glauben, die Lage bleibt angespannt.").statements == []
    assert analyse("Wer das Gelände betritt, riskiert eine Anzeige.").statements == []
    # "man" is a source, though an unnamed one
    doc = analyse("Man geht davon aus, dass der Schaden in die Millionen geht.")
    assert [(s.speaker, speaker_text(doc, s)) for s in doc.statements] == [(None, "Man")]


def test_an_unnamed_source_never_continues_a_named_speakers_report():
    doc = analyse("Der Bürgermeister sagte, die Brücke bleibe gesperrt. "
                  "Nach Angaben aus der Verwaltung sollen die Arbeiten Wochen dauern. Sie sei stark beschädigt.")
    named = [s for s in doc.statements if s.speaker is not None]
    assert {s.speaker for s in named} == {"Bürgermeister"}
    assert all("Arbeiten" not in s.content for s in named)


def test_a_quoted_outlet_opening_the_sentence_is_the_speaker():
    doc = analyse("„Reuters“ berichtet, die Behörden hätten den Zugang zu der Seite gesperrt.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "„Reuters“" and s.content == "die Behörden hätten den Zugang zu der Seite gesperrt"
    doc = analyse("„BBC News“ berichtet unter Berufung auf einen Wärter, dass die Gefangenen geflohen seien.")
    assert speaker_text(doc, only_statement(doc)) == "„BBC News“"


def test_so_with_the_speaker_and_to_whom_in_quotes_ends_the_statement():
    # "gegenüber der Zeitung „...“" only extends the phrase after "so X"
    doc = analyse("Der Gesang des Mädchens sei nur Playback gewesen, so der Mitarbeiter einer Produktionsfirma "
                  "gegenüber der Zeitung „Beijing Shibao“.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "der Mitarbeiter einer Produktionsfirma"
    assert s.content == "Der Gesang des Mädchens sei nur Playback gewesen"


def test_a_contrasting_clause_with_its_own_speaker_ends_the_first_statement():
    doc = analyse("Der Präsident sagte vor der Presse, der Botschafter sei tot, doch UN-Sprecher Nicholas Birnback "
                  "erklärte, den Tod bislang nicht bestätigen zu können.")
    by_speaker = {speaker_text(doc, s): s.content for s in doc.statements}
    assert by_speaker == {"Der Präsident": "der Botschafter sei tot",
                          "UN-Sprecher Nicholas Birnback": "den Tod bislang nicht bestätigen zu können"}
    # the conjunction opening a sentence is not part of its speaker
    doc = analyse("Doch UN-Sprecher Nicholas Birnback erklärte, den Tod bislang nicht bestätigen zu können.")
    assert speaker_text(doc, only_statement(doc)) == "UN-Sprecher Nicholas Birnback"


def test_a_coordinated_clause_with_its_own_subject_and_verb_of_saying_is_its_own_statement():
    doc = analyse("Der Experte kritisierte, die Kommission habe sich der Industrie untergeordnet und die Fraktion "
                  "der Grünen forderte vom Minister, den Anbau zu verbieten.")
    by_speaker = {speaker_text(doc, s): s.content for s in doc.statements}
    assert by_speaker == {"Der Experte": "die Kommission habe sich der Industrie untergeordnet",
                          "die Fraktion der Grünen": "den Anbau zu verbieten"}
    # coordinated subjects of one verb stay one speaker
    doc = analyse("Die Gewerkschaft und der Betriebsrat forderten, die Stellen zu erhalten.")
    assert speaker_text(doc, only_statement(doc)) == "Die Gewerkschaft und der Betriebsrat"
    # a coordinated clause without a verb of saying stays in the report
    doc = analyse("Der Minister sagte, die Lage sei ruhig und die Polizei habe alles im Griff.")
    assert only_statement(doc).content == "die Lage sei ruhig und die Polizei habe alles im Griff"


def test_a_second_verb_after_a_subordinate_clause_shares_the_subject_after_the_first_verb():
    doc = analyse("Als die Menge näher kam, hob der Polizist die Hand und rief: „Bleiben Sie bitte zurück!“")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "der Polizist" and s.content == "Bleiben Sie bitte zurück!"


def test_a_long_quoted_title_after_an_article_and_adjective_is_the_speaker():
    doc = analyse("Wenige Stunden nach dem Putsch erklärte der neue „Oberste Rat zur Wiederherstellung der Demokratie“, "
                  "die Lage sei unter Kontrolle.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "der neue „Oberste Rat zur Wiederherstellung der Demokratie“"
    assert s.content == "die Lage sei unter Kontrolle"


def test_a_month_with_its_year_after_seit_opens_the_main_clause():
    doc = analyse("Hans Müller ist Autor. Seit August 2013 vertritt er die These, dass die Reform gescheitert sei.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "er" and s.speaker == "Hans Müller"
    assert s.content == "die Reform gescheitert sei"


def test_a_relay_phrase_without_a_verb_frame_is_said_by_the_reporting_subject():
    # our gold names the outlet that reports "unter Berufung auf Y" as the speaker, Y as the claim's source
    for text, speaker in (
            ("Der Sender Arte hatte zuvor unter Berufung auf Polizeikreise von acht Toten berichtet.", "Arte"),
            ("Die Zeitung „Le Figaro“ berichtete unter Berufung auf Ärzte in Nantes von 30 Verletzten.", "Le Figaro"),
            ("Der Sender BFM berichtete zudem unter Berufung auf die Zeitung „Le Parisien“, die sich wiederum auf "
             "Feuerwehrleute berief, am Abend seien vier Häuser eingestürzt.", "BFM")):
        doc = analyse(text)
        s = only_statement(doc)
        assert s.speaker == speaker, text
        assert s.relay == speaker, text
    # no report verb after the subject: the one relied on stays the speaker, the subject is not made one
    for text in ("Unter Berufung auf den Bürgermeister wurden 14 Verletzte gemeldet.",
                 "Die Zeitung Ouest-France erschien am Montag unter Berufung auf den Bürgermeister mit einer Sonderseite."):
        s = only_statement(analyse(text))
        assert s.speaker == "Bürgermeister" and s.relay is None, text


def test_a_subject_that_cannot_speak_gives_its_quotation_up_to_laut_x():
    # the quoted words in "Laut X ist die Kundgebung „...“ verlaufen" are X's, not the rally's
    doc = analyse("Laut Polizei ist die Kundgebung, zu der mehrere Verbände aufgerufen hatten, „weitgehend friedlich“ "
                  "verlaufen.")
    assert doc.with_nested() and all(speaker_text(doc, s) == "Polizei" for s in doc.with_nested())
    assert any(s.content == "weitgehend friedlich" for s in doc.with_nested())
    # a subject that can speak keeps its own speech act
    doc = analyse("Laut der Zeitung appellierte der Außenminister an die Teilnehmer, sich stärker zu engagieren.")
    assert [speaker_text(doc, s) for s in doc.with_nested()] == ["der Außenminister"]
    doc = analyse("Überlebende sagten nach Angaben der Küstenwache aus, das Boot sei überladen gewesen.")
    assert [speaker_text(doc, s) for s in doc.with_nested()] == ["Überlebende"]


def test_the_opinion_a_verb_requires_is_no_speaker():
    # "sind der Meinung", "vertreten die Auffassung": what stands before the verb holds the opinion
    for text, speaker in (("Viele sind der Meinung, die Reform sei gescheitert.", "Viele"),
                          ("42 Prozent sind jedoch der gegenteiligen Ansicht, dass die Regierung versagt habe.",
                           "42 Prozent"),
                          ("Einige vertreten die Auffassung, die Welt befinde sich in einer Krise.", "Einige"),
                          ("Seit Jahren vertritt der Verband die Auffassung, die Steuer sei zu hoch.", "der Verband"),
                          # (a preposition the verb requires, "sprechen von", is no opinion)
                          ("Insgesamt spricht die Polizei von einer ruhigen Nacht.", "die Polizei")):
        doc = analyse(text)
        assert len(doc.statements) == 1 and speaker_text(doc, doc.statements[0]).startswith(speaker), text


def test_a_participle_after_an_auxiliary_is_no_finite_verb_of_its_own():
    # "betont" is finite and participle alike; after "hatte" the subject is the phrase before the auxiliary,
    # not the last word of the object after a word cut short ("Landes- und Bundespolitiker")
    doc = analyse("Weber hatte vor allem die Rolle der Landes- und Bundespolitiker betont: "
                  "„Ohne sie geht in dieser Frage gar nichts voran.“")
    assert len(doc.statements) == 1
    assert speaker_text(doc, doc.statements[0]) == "Weber"


def test_a_second_clause_after_und_with_its_own_subject_speaks_for_itself():
    doc = analyse("Die Demonstranten riefen Parolen wie „Weg mit ihm!“ und der Gewerkschafter Paul Roth "
                  "rief ihnen zu: „Wir werden nicht aufgeben, bis das Werk gerettet ist!“")
    direct = [s for s in doc.statements if s.content.startswith("Wir werden")]
    assert len(direct) == 1 and speaker_text(doc, direct[0]) == "der Gewerkschafter Paul Roth"
    doc = analyse("Die Feuerwehr berichtete von zwei Bränden und der Bürgermeister Karl Lenz sagte: "
                  "„Wir haben die Lage jetzt unter Kontrolle.“")
    assert [speaker_text(doc, s) for s in doc.statements] == ["der Bürgermeister Karl Lenz"]


def test_a_phrase_after_und_in_a_relative_clause_stays_an_object():
    doc = analyse("Der Rat beschloss eine Erklärung, welche die Lage mit „großer Sorge“ zur Kenntnis nimmt "
                  "und die Regierung auffordert, die Gespräche fortzusetzen.")
    assert all(speaker_text(doc, s) != "die Regierung" for s in doc.statements)


def test_a_list_of_names_before_a_plural_verb_is_its_subject():
    doc = analyse("Die Verbände Nordwind, Grünkraft und Waldhilfe werfen Ministerin Anna Berg "
                  "Untätigkeit beim Klimaschutz vor.")
    assert len(doc.statements) == 1
    assert speaker_text(doc, doc.statements[0]).startswith("Die Verbände Nordwind")


def test_a_named_source_beats_unnamed_sources_in_the_same_sentence():
    doc = analyse("Nicht näher genannten Quellen zufolge handelt es sich laut „Morgenpost“ bei den Tätern "
                  "um Jugendliche aus der Nachbarschaft.")
    assert len(doc.statements) == 1 and doc.statements[0].speaker == "Morgenpost"


def test_einer_der_heads_a_partitive_subject():
    doc = analyse("Einer der Ärzte sagte, die Lage im Krankenhaus sei ernst.")
    assert len(doc.statements) == 1 and speaker_text(doc, doc.statements[0]) == "Einer der Ärzte"


def test_a_name_with_an_apposition_and_relative_clause_is_the_subject_not_the_object():
    doc = analyse("Tom Barker, einer der Abgeordneten, die den Antrag stellten, verurteilte die Haltung "
                  "der Regierung in dieser Frage.")
    assert len(doc.statements) == 1 and speaker_text(doc, doc.statements[0]).startswith("Tom Barker")
    # a name no list knows, described by its apposition, is the subject too
    doc = analyse("Sadu Khatami, eines der Mitglieder, die den Antrag stellten, verurteilte die Haltung "
                  "der Regierung in dieser Frage.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["Sadu Khatami"]


def test_a_plural_phrase_before_a_singular_verb_is_its_object():
    # the relative clause's "hatten" makes the first phrase plural; "nannte" is singular: the phrase after it speaks
    doc = analyse("Die Mönche, die sich an den Protesten beteiligt hatten, nannte der Sprecher der Regierung, "
                  "Li Wang, „aggressiv“ und „herausfordernd“.")
    assert doc.statements and all(speaker_text(doc, s) == "der Sprecher der Regierung" for s in doc.statements)
    # a plural verb agrees with them: they speak
    doc = analyse("Die Mönche, die sich an den Protesten beteiligt hatten, sagten, sie seien friedlich geblieben.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["Die Mönche"]


def test_quoted_words_in_a_konjunktiv_clause_go_on_with_the_previous_speaker():
    # "habe" is Konjunktiv I: the clause reports what the minister said; the government is spoken of
    doc = analyse("Der Minister Karl Hahn kritisierte die Pläne scharf. Er nannte sie einen „Wortbruch“. "
                  "Bisher habe die Regierung eine „zentrale Datei aller Bürger“ stets ausgeschlossen.")
    quoted = [s for s in doc.with_nested() if s.content.startswith("zentrale Datei")]
    assert len(quoted) == 1 and quoted[0].speaker == "Karl Hahn"
    # in the indicative the clause's subject says the quoted words itself
    doc = analyse("Bisher hat die Regierung eine „zentrale Datei aller Bürger“ stets ausgeschlossen.")
    assert doc.statements and all(speaker_text(doc, s) == "die Regierung" for s in doc.statements)


def test_a_phrase_attached_to_the_subject_before_its_apposition_is_part_of_it():
    # "im Landtag" belongs to the subject; the name in apposition follows; the Konjunktiv after the quotation
    # is this speaker's, not the previous speaker's carried on
    doc = analyse("Auch Karl Bauer hält ein Verbot für möglich. Er geht davon aus, dass die Partei klagen werde.\n\n"
                  "Auch der Sprecher der Fraktion im Landtag, Peter Lenz, will „in den kommenden Wochen sorgfältig "
                  "prüfen“, ob ein neues Verfahren angestrebt werden solle.")
    last = [s for s in doc.with_nested() if s.content_span.start >= doc.text.index("Auch der Sprecher")]
    assert last and all(s.speaker == "Peter Lenz" for s in last)


def test_sharing_an_opinion_is_a_frame_like_holding_it():
    doc = analyse("Viele Befragte sind zufrieden. 22 Prozent teilen jedoch die Meinung, die Ordnung sei "
                  "nicht verteidigenswert.")
    last = [s for s in doc.statements if s.content.startswith("die Ordnung")]
    assert len(last) == 1 and speaker_text(doc, last[0]) == "22 Prozent"
    # sharing costs is no speech; "teilte mit" stays the separable verb of saying
    assert analyse("Die Firma teilt die Kosten mit dem Land.").statements == []
    doc = analyse("Die Polizei teilte mit, der Täter sei gefasst.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["Die Polizei"]


def test_a_verb_of_saying_with_its_own_subject_after_a_colon_ends_the_frame_before_it():
    doc = analyse("Auch die Kommission kritisierte die Art, wie das Gesetz beschlossen wurde, scharf: "
                  "So sagte Anna Weber, Kommissarin für Justiz: „Man kann ein Gesetz nicht ohne jede Debatte beschließen.“")
    quoted = [s for s in doc.with_nested() if s.content.startswith("Man kann")]
    assert len(quoted) == 1 and quoted[0].speaker == "Anna Weber"
    assert all(not s.content.endswith("Justiz") for s in doc.statements)


def test_a_participle_or_infinitive_before_a_relative_source_word_is_no_speaker():
    # a noun phrase ends in its noun: "zurückgewiesen" and "einzufangen" close a clause, so "wonach" stands for the
    # source (unnamed), never the verb or the infinitive clause before it
    for text in ("Das Ministerium hat Berichte der Zeitung zurückgewiesen, wonach die Zahlen falsch gewesen seien.",
                 "Am Sonntag hatte der Minister die Erlaubnis gegeben, den Bären einzufangen, wonach er später "
                 "wieder freigelassen werden sollte."):
        doc = analyse(text)
        assert [(s.speaker, speaker_text(doc, s)) for s in doc.statements] == [(None, "wonach")], text
    # a noun before the comma still speaks
    doc = analyse("Seit Montag gibt es Berichte der Zeitung, wonach die Zahlen falsch gewesen seien.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["Berichte der Zeitung"]


def test_a_relative_clause_after_the_closing_verb_belongs_to_the_noun_before_that_verb():
    doc = analyse("Sollten weitere Abgeordnete dem Beispiel der Abgeordneten Anna Weber folgen, die erklärt hat, "
                  "gegen das Gesetz stimmen zu wollen, wird es eng.")
    assert [(s.speaker, speaker_text(doc, s)) for s in doc.statements] == [("Anna Weber", "die")]
    doc = analyse("In der Sendung wurde ein Prediger aus London zugeschaltet, der alle Zuschauer aufforderte, "
                  "nicht mehr zu wählen.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["der"]
    assert all(s.speaker != "London" for s in doc.statements)  # the "aus" phrase modifies the preacher


def test_deciding_whether_is_no_statement():
    assert analyse("Der Richter entscheidet, ob Untersuchungshaft angeordnet wird.").statements == []
    assert analyse("Die Frau wird dem Ermittlungsrichter vorgeführt, der entscheidet, ob Untersuchungshaft "
                   "angeordnet wird.").statements == []
    doc = analyse("Das Gericht entschied, dass die Klage zulässig ist.")
    assert [s.speaker for s in doc.statements] == ["Gericht"]


def test_an_adverb_opening_the_sentence_is_no_speaker():
    # adverbs no hand list names: the dictionary's uninflected words (lang/de/uninflected.txt)
    for text, speaker in (
            ("Demgegenüber sagte Admiral Karl Brenner, die Soldaten seien in einen Hinterhalt geraten.",
             "Admiral Karl Brenner"),
            ("Nichtsdestotrotz erklärte die Gewerkschaft Verdi, der Streik werde fortgesetzt.", "die Gewerkschaft Verdi"),
            ("Zwischen 22 und 4 Uhr meldete die Leitstelle, es habe 120 Einsätze gegeben.", "die Leitstelle")):
        doc = analyse(text)
        assert len(doc.statements) == 1, text
        assert speaker_text(doc, doc.statements[0]) == speaker, text
    # a name may begin with such a word
    doc = analyse("Pro Asyl erklärte, unter den Abgeschobenen seien auch Familien gewesen.")
    assert len(doc.statements) == 1 and speaker_text(doc, doc.statements[0]) == "Pro Asyl"


def test_the_uninflected_words_are_no_nouns_and_leave_the_lexicons_own_parts():
    from lagebild import lang
    from lagebild.analysis.attribution import lexicon
    lex = lexicon(lang.load("de"))
    assert {"demgegenüber", "vielmehr", "nichtsdestotrotz"} <= lex.adverbs
    assert not lex.adverbs & (lex.pronouns | lex.impersonal_subjects | lex.focus_particles | lex.carry_first_words)
    assert all(word.islower() for word in lang.load("de")["uninflected"])
