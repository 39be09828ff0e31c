"""Reported speech without a frame of its own (free indirect, Konjunktiv runs, reported speech acts),
on German sentences written for these tests."""

from __future__ import annotations

from attribution_helpers import analyse, speaker_text


def test_konjunktiv_run_after_an_unnamed_source_is_its_statement():
    doc = analyse("Ersten Angaben zufolge griffen vier Männer das Hotel an. "
                  "Zwei Wachleute seien dabei getötet worden. Das Feuer sei inzwischen gelöscht.")
    run = [s for s in doc.statements if s.run_start is not None]
    # one run over both Konjunktiv sentences, a statement per sentence, kept as hearsay: no speaker, the phrase
    # where it is written
    assert [s.content for s in run] == ["Zwei Wachleute seien dabei getötet worden", "Das Feuer sei inzwischen gelöscht"]
    [source] = [s for s in doc.statements if "Hotel" in s.content]
    assert all(s.speaker is None and s.speaker_span == source.speaker_span for s in run)
    assert speaker_text(doc, run[0]).endswith("Angaben")
    assert [s.content for s in doc.quotations() if s.run_start is not None] == [
        "Zwei Wachleute seien dabei getötet worden. Das Feuer sei inzwischen gelöscht"]


def test_konjunktiv_after_a_bare_passive_is_no_statement():
    doc = analyse("Es wurde betont, die Brücke werde rechtzeitig fertig. Die Kosten seien gestiegen.")
    assert not any("Kosten" in s.content for s in doc.statements), [s.content for s in doc.statements]


def test_indicative_after_an_unnamed_source_is_not_carried():
    doc = analyse("Ersten Angaben zufolge griffen vier Männer das Hotel an. Die Polizei sperrte die Straße.")
    assert not any("Straße" in s.content for s in doc.statements), [s.content for s in doc.statements]


def test_report_verb_with_quoted_words_reports_the_whole_sentence():
    doc = analyse("Das Staatsfernsehen berichtete von „schweren Verlusten des Feindes“ bei der Einnahme der Stadt.")
    whole = [s for s in doc.with_nested() if s.mode == "indirect"]
    quoted = [s for s in doc.with_nested() if s.mode == "direct"]
    assert len(whole) == 1 and len(quoted) == 1, [(s.mode, s.content) for s in doc.with_nested()]
    assert whole[0].content.startswith("Das Staatsfernsehen berichtete") and whole[0].content.endswith("der Stadt")
    assert quoted[0].content == "schweren Verlusten des Feindes"
    assert speaker_text(doc, whole[0]) == speaker_text(doc, quoted[0]) == "Das Staatsfernsehen"


def test_quoted_term_of_two_words_is_part_of_the_reported_sentence():
    doc = analyse("Die Gewerkschaft warnte die Regierung vor einem „gefährlichen Kurs“ in der Rentenfrage.")
    assert [(s.mode, s.content) for s in doc.statements] == [
        ("indirect", "Die Gewerkschaft warnte die Regierung vor einem „gefährlichen Kurs“ in der Rentenfrage")]


def test_naming_verb_keeps_the_quotation_as_the_statement():
    doc = analyse("Der Minister nannte den Plan der Opposition einen „Wortbruch“.")
    assert [(s.mode, s.content) for s in doc.statements] == [("direct", "Wortbruch")]


def test_passive_report_verb_makes_its_agent_the_speaker():
    doc = analyse("Der Betreiber dieser Seite wurde vom Landgericht Köln als Querulant eingestuft.")
    [s] = doc.statements
    assert speaker_text(doc, s) == "Landgericht Köln" and s.cue == "eingestuft"
    assert s.content == "Der Betreiber dieser Seite wurde vom Landgericht Köln als Querulant eingestuft"


def test_a_von_phrase_inside_the_passive_subject_is_no_agent():
    # the agent opens the clause or follows the auxiliary; "von Waldbränden", "von ihnen" belong to the subject
    doc = analyse("Die Gefahr von Waldbränden wird vom Deutschen Wetterdienst als sehr hoch eingestuft.")
    assert [speaker_text(doc, s) for s in doc.quotations()] == ["Deutschen Wetterdienst"]
    doc = analyse("Die Polizei nahm im Mai sechs Männer fest. Vier von ihnen wurden inzwischen zu Haftstrafen verurteilt.")
    assert not any("verurteilt" in a.cue for a in doc.attributions if a.cue), [a.cue for a in doc.attributions]


def test_passive_speaking_of_something_has_no_agent():
    doc = analyse("Von Versuchen, den Verband zu spalten, wird seit Wochen gesprochen.")
    assert not any(s.speaker for s in doc.statements), [(s.speaker, s.content) for s in doc.statements]


def test_hearsay_soll_after_an_unnamed_source_is_its_statement():
    doc = analyse("Nach offiziellen Angaben griffen Rebellen den Stützpunkt an. "
                  "Dabei sollen zwei Lager zerstört worden sein.")
    [run] = [s for s in doc.statements if "Lager" in s.content]
    [source] = [s for s in doc.statements if "Rebellen" in s.content]
    assert run.speaker is None and run.speaker_span == source.speaker_span
    assert run.content == "Dabei sollen zwei Lager zerstört worden sein"
    # hearsay gives no claim a source: the run makes no attribution of its own
    assert not any(att.scope.contains(run.content_span) for att in doc.attributions)


def test_seeing_something_as_or_in_it_is_an_opinion():
    doc = analyse("Die Gewerkschaft sieht darin einen klaren Verstoß gegen das Gesetz.")
    [s] = doc.statements
    assert speaker_text(doc, s) == "Die Gewerkschaft" and s.cue.startswith("sieht")
    doc = analyse("Die Ministerin sah es als ihre Aufgabe an, die Reform durchzusetzen.")
    [s] = doc.statements
    assert speaker_text(doc, s) == "Die Ministerin" and s.content == "die Reform durchzusetzen"


def test_seeing_without_an_opinion_is_no_statement():
    assert not analyse("In der 39. Minute sah der Verteidiger die Gelbe Karte.").statements
    assert not analyse("Der Schuss des Stürmers sah wie ein Tor aus.").statements


def test_lead_in_sentence_lends_its_subject_but_is_no_statement_itself():
    # the Konjunktiv after an indicative sentence of no saying is its subject's reported speech, but the
    # lead-in itself ("Der Bürgermeister besichtigte den Kai") reported nothing
    doc = analyse("Der Hafen blieb am Montag geschlossen. Der Bürgermeister besichtigte am Nachmittag den Kai. "
                  "Das Schiff sei inzwischen wieder fahrtüchtig.")
    run = [s for s in doc.statements if "fahrtüchtig" in s.content]
    assert len(run) == 1, [s.content for s in doc.statements]
    assert speaker_text(doc, run[0]) == "Der Bürgermeister"
    assert not any("besichtigte" in s.content for s in doc.statements), [s.content for s in doc.statements]
    # the lead-in's subject still gives the run its speaker when the next sentence goes on in Konjunktiv
    doc = analyse("Es regnete den ganzen Tag. Die Gewerkschaft Verdi verhandelte am Dienstag mit dem Vorstand. "
                  "Man sei einer Einigung nahe. Der Streik werde ausgesetzt.")
    run = [s for s in doc.statements if "Einigung" in s.content or "Streik" in s.content]
    assert [s.content for s in run] == ["Man sei einer Einigung nahe", "Der Streik werde ausgesetzt"]
    assert all(speaker_text(doc, s) == "Die Gewerkschaft Verdi" for s in run)
    assert run[0].run_start == run[1].run_start == run[0].content_span.start
    assert not any("verhandelte" in s.content for s in doc.statements)


def test_attached_source_of_nach_angaben_belongs_to_the_phrase():
    # a source the entities step does not read ("von n24", "aus Kabul", "vom späten Abend") is part of
    # the phrase that stands for it, not of what was said
    for text, phrase, content in (
            ("Nach Angaben von n24 sind die Gruppen sehr mobil.", "Angaben von n24", "sind die Gruppen sehr mobil"),
            ("Nach Angaben aus Kabul wurden zwölf Soldaten getötet.", "Angaben aus Kabul",
             "wurden zwölf Soldaten getötet"),
            ("Nach Informationen vom späten Abend wurden 31 Menschen verletzt.", "Informationen vom späten Abend",
             "wurden 31 Menschen verletzt")):
        doc = analyse(text)
        assert len(doc.statements) == 1, (text, [s.content for s in doc.statements])
        [statement] = doc.statements
        assert statement.speaker is None and speaker_text(doc, statement) == phrase, text
        assert statement.content == content
    # a source the names read stays the speaker, as before
    doc = analyse("Nach Angaben der Polizei wurden zwölf Menschen verletzt.")
    assert [s.speaker for s in doc.statements] == ["Polizei"], [(s.speaker, s.content) for s in doc.statements]


def test_own_subject_of_a_konjunktiv_clause_after_another_run():
    # after Konjunktiv of one speaker, a sentence whose indicative main clause has a subject of its own reports
    # its Konjunktiv itself: also with quoted words in the reported clause, and with a role word the names do
    # not know
    doc = analyse("Der Bürgermeister Hans Weber sagte, die Straße bleibe gesperrt. Die Arbeiten dauerten noch an. "
                  "Der Sprecher der Feuerwehr schränkte das dagegen ein, dass die Straße „ab morgen früh“ wieder "
                  "frei sei.")
    [own] = [s for s in doc.statements if "wieder frei" in s.content]
    assert speaker_text(doc, own) == "Der Sprecher der Feuerwehr"
    doc = analyse("Der Bürgermeister Hans Weber sagte, die Straße bleibe gesperrt. Die Arbeiten dauerten noch an. "
                  "Neben der Sperrung prangert der Landrat in seinem Schreiben die Kosten an, die viel zu hoch seien.")
    # (what he said is the relative clause, as the Wikinews corpus marks it)
    [own] = [s for s in doc.statements if "zu hoch" in s.content]
    assert speaker_text(doc, own) == "der Landrat"


def test_document_before_a_relative_clause_stands_for_heisst_es():
    # "In X, die ..., heißt es, ...": the document phrase before the relative clause is where it is written
    doc = analyse("In dieser Erklärung, die der Stadtrat am Montag verabschiedete, heißt es, dass die Brücke "
                  "im Herbst gesperrt werde.")
    [statement] = [s for s in doc.statements if "Brücke" in s.content]
    assert statement.speaker is None and speaker_text(doc, statement) == "dieser Erklärung"
    # the relative clause alone names no document
    doc = analyse("Die Brücke, die der Stadtrat sperren ließ, heißt es, sei marode.")
    assert all(s.speaker_span is None or speaker_text(doc, s) != "Die Brücke" for s in doc.statements)



def test_message_of_a_passive_frame_stands_for_its_unnamed_source():
    # "In einer Mitteilung, auf die sich ... berufen, wird ... begründet": the message is where it is written
    doc = analyse("In einer Mitteilung des Ministeriums, auf die sich mehrere Zeitungen berufen, wird die Sperrung "
                  "damit begründet, dass die Brücke marode sei.")
    [statement] = [s for s in doc.statements if "marode" in s.content]
    assert speaker_text(doc, statement) == "einer Mitteilung des Ministeriums"
    # a place or time in a passive clause is no source
    doc = analyse("In der Nacht wurde bekannt gegeben, dass die Brücke gesperrt werde.")
    assert all(s.speaker_span is None for s in doc.statements), [(speaker_text(doc, s), s.content) for s in doc.statements]


def test_pronoun_before_the_verb_is_the_subject_not_an_accusative_after_it():
    # "den Vorwurf" cannot be a subject; "Es" before the finite verb is (the court speaking)
    doc = analyse("Das Gericht nutzte die Begründung auch zur Verteidigung. Es weist den Vorwurf als abwegig zurück, "
                  "man habe das Verfahren verschleppt.")
    [statement] = [s for s in doc.statements if "verschleppt" in s.content]
    assert speaker_text(doc, statement) == "Es"


def test_document_lead_in_and_appeal_speak_for_the_konjunktiv_after_them():
    doc = analyse("Der Minister Hans Weber sagte, die Wahl sei fair gewesen. Die Polizei sperrte den Platz. "
                  "Der Prüfbericht kritisiert eine Änderung des Wahlrechts. Einige Empfehlungen seien nicht "
                  "berücksichtigt worden.")
    [run] = [s for s in doc.statements if "Empfehlungen" in s.content]
    assert speaker_text(doc, run) == "Der Prüfbericht"
    assert not any("kritisiert" in s.content for s in doc.statements)
    doc = analyse("Die Veranstaltung schloss mit dem Appell, die Kohlekraftwerke schneller abzuschalten. "
                  "Eine solche Alternative sei der Ausbau der Windkraft.")
    [run] = [s for s in doc.statements if "Windkraft" in s.content]
    assert run.speaker is None and speaker_text(doc, run) == "dem Appell"


def test_reported_speech_act_of_a_subject_whose_apposition_has_a_phrase_attached():
    # the apposition's own phrase ("im Umweltausschuss") no longer hides the subject from the reported frame
    doc = analyse("Anna Berger, Sprecherin der Fraktion im Umweltausschuss, warf dem Minister mangelnde Sorgfalt vor.")
    [statement] = doc.statements
    assert statement.content.startswith("Anna Berger") and statement.content.endswith("Sorgfalt vor")
    assert speaker_text(doc, statement) == "Anna Berger, Sprecherin der Fraktion im Umweltausschuss"
    assert statement.speaker == "Anna Berger"


def test_passive_report_written_in_a_document_is_the_documents_statement():
    # no agent, but where it is written stands for its source, as after "heißt es"
    doc = analyse("Die Lage der Flüchtlinge wird im Bericht der Kommission als bedrohlich bezeichnet.")
    [statement] = doc.statements
    assert statement.speaker is None and speaker_text(doc, statement) == "Bericht der Kommission"
    assert statement.content.startswith("Die Lage") and statement.content.endswith("bezeichnet")
    # a place or a time after "in" is no document: no source, no statement
    assert not analyse("Die Lage der Flüchtlinge wird in der Hauptstadt als bedrohlich bezeichnet.").statements


def test_run_of_reported_speech_goes_on_past_a_document_passive():
    doc = analyse("Der Anwalt sagte, sein Mandant sei unschuldig. In einem Schreiben an das Gericht wurde das Verfahren "
                  "kritisiert. Die Ermittler hätten Beweise übersehen.")
    [run] = [s for s in doc.statements if "Ermittler" in s.content]
    assert run.speaker == "Anwalt" and speaker_text(doc, run) == "Der Anwalt"
    [written] = [s for s in doc.statements if "Verfahren" in s.content]
    assert written.speaker is None and speaker_text(doc, written) == "einem Schreiben"


def test_speech_act_told_in_konjunktiv_belongs_to_the_run():
    # "halte ... für": reported speech of the run's speaker, not the subject's own speech act; in the indicative it is
    doc = analyse("Der Sprecher der Stadt sagte, die Lage sei ruhig. Das Ministerium halte das Verfahren für einen Fehler.")
    [carried] = [s for s in doc.statements if "Verfahren" in s.content]
    assert speaker_text(doc, carried) == "Der Sprecher der Stadt"
    doc = analyse("Der Sprecher der Stadt sagte, die Lage sei ruhig. Das Ministerium hält das Verfahren für einen Fehler.")
    [own] = [s for s in doc.statements if "Verfahren" in s.content]
    assert speaker_text(doc, own) == "Das Ministerium"


def test_konjunktiv_two_standing_in_for_the_first_goes_on_with_the_report_just_before():
    doc = analyse("Der Bürgermeister Jan Berg sagte, die Lage sei ernst. Viele Familien kämen aus den Dörfern. "
                  "Sie lägen auf Matten in Zelten.")
    first, second, third = doc.statements
    assert (second.content, third.content) == ("Viele Familien kämen aus den Dörfern", "Sie lägen auf Matten in Zelten")
    assert second.speaker == third.speaker == first.speaker == "Jan Berg"
    assert (second.cue, third.cue) == ("kämen", "lägen")
    # only in the sentence right after the report: further on it is as often the writer's
    doc = analyse("Der Bürgermeister Jan Berg sagte, die Lage sei ernst. Das Dorf liegt am Fluss. "
                  "Viele Familien kämen aus den Dörfern.")
    assert not any("Familien" in s.content for s in doc.statements), [s.content for s in doc.statements]
    # a figure in it takes no source from the speaker (our gold carries one only through Konjunktiv I or a marker)
    doc = analyse("Der Bürgermeister Jan Berg sagte, die Lage sei ernst. Täglich kämen etwa 800 Menschen hinzu.")
    assert any("800" in s.content and s.speaker == "Jan Berg" for s in doc.statements)
    assert not any(a.speaker == "Jan Berg" and "800" in doc.text[a.scope.start:a.scope.end] for a in doc.attributions)


def test_sentence_whose_indicative_main_clause_frames_its_konjunktiv_leaves_the_run():
    # "Zudem diskutierten ..., weil ... seien": the Konjunktiv is framed inside the sentence, whose main clause tells
    # something of its own; the Wikinews corpus ends the run before it
    doc = analyse("Die Ministerin sagte am Montag, die Gespräche seien schwierig gewesen. Man habe aber Fortschritte "
                  "erzielt. Zudem diskutierten die Delegationen lange über neue Regeln, weil die alten Regeln veraltet "
                  "seien.")
    quotations = [s.content for s in doc.quotations()]
    assert not any("Fortschritte" in q and "Delegationen" in q for q in quotations), quotations
    assert any(q.startswith("Zudem diskutierten") for q in quotations), quotations


def test_konjunktiv_main_clause_after_a_subordinate_clause_stays_in_the_run():
    doc = analyse("Der Bürgermeister sagte, der Damm sei sicher. Die Lage sei unter Kontrolle. Wenn der Regen "
                  "anhalte, müsse man aber die Altstadt räumen.")
    assert "Die Lage sei unter Kontrolle. Wenn der Regen anhalte, müsse man aber die Altstadt räumen" in [
        s.content for s in doc.quotations()]


def test_sentence_whose_main_clause_names_its_own_speaker_leaves_the_run():
    doc = analyse("Der Sprecher sagte, die Verhandlungen seien gescheitert. Eine Einigung sei nicht in Sicht. Der "
                  "Verband der Arbeitgeber hatte sich erhofft, dass die Gewerkschaft nachgeben werde.")
    [hoped] = [s for s in doc.quotations() if "erhofft" in s.content]
    assert hoped.content.startswith("Der Verband der Arbeitgeber hatte sich erhofft")
    assert speaker_text(doc, hoped) == "Der Verband der Arbeitgeber"
    assert [s.content for s in doc.quotations() if s.speaker == "Sprecher"] == [
        "die Verhandlungen seien gescheitert", "Eine Einigung sei nicht in Sicht"]


def test_adjectives_before_the_first_comma_are_no_indicative_main_clause():
    # "Mit drei neuen, teuren Maschinen werde ...": a list of adjectives, no finite verb; the Konjunktiv main clause
    # goes on with the run
    doc = analyse("Der Sprecher sagte, die Lage sei ernst. Man müsse jetzt sparen. Mit drei neuen, teuren Maschinen "
                  "werde die Produktion aber weiterlaufen.")
    assert "Man müsse jetzt sparen. Mit drei neuen, teuren Maschinen werde die Produktion aber weiterlaufen" in [
        s.content for s in doc.quotations()]
