"""Direct quotations whose frame the older rules missed (counted on the Wikinews train split), on
German sentences written for these tests."""

from __future__ import annotations

from attribution_helpers import analyse, speaker_text


def direct_statements(text: str):
    doc = analyse(text)
    return doc, [s for s in doc.with_nested() if s.mode == "direct"]


def test_a_verb_of_saying_right_after_a_quoted_sentence_without_a_comma_frames_it():
    doc, direct = direct_statements(
        "„Die neue Brücke ist fertig und wird am Montag freigegeben.“ erklärte Bürgermeisterin Anna Keller.")
    assert [s.content for s in direct] == ["Die neue Brücke ist fertig und wird am Montag freigegeben."]
    assert speaker_text(doc, direct[0]) == "Bürgermeisterin Anna Keller"


def test_a_quoted_word_group_before_a_verb_that_says_nothing_stays_unframed():
    doc, direct = direct_statements("„Die Welt der kleinen Dinge“ eröffnete am Sonntag im Stadtmuseum.")
    assert direct == []


def test_a_bare_name_after_a_rarer_verb_speaks_a_postposed_quotation():
    doc, direct = direct_statements("„Wir bleiben bei unserem Kurs und ändern nichts“, strich Kowalczyk am Abend heraus.")
    assert [s.content for s in direct] == ["Wir bleiben bei unserem Kurs und ändern nichts"]
    assert speaker_text(doc, direct[0]) == "Kowalczyk"


def test_so_after_a_quoted_sentence_without_a_comma_names_the_speaker():
    doc, direct = direct_statements("„Die Anfragen sind der Verwaltung offenbar zu lästig.“ so das Fazit des Vereins Bürgerblick.")
    assert [s.content for s in direct] == ["Die Anfragen sind der Verwaltung offenbar zu lästig."]
    assert "Bürgerblick" in speaker_text(doc, direct[0])


def test_a_verb_opening_the_clause_before_a_colon_takes_the_subject_after_it():
    doc, direct = direct_statements("Auf die Frage, warum der Fehler nicht auffiel, erklärte die Hochschule so: "
                                    "„Beide Gutachter gingen von der Beachtung der Regeln aus.“")
    assert [s.content for s in direct] == ["Beide Gutachter gingen von der Beachtung der Regeln aus."]
    assert speaker_text(doc, direct[0]) == "die Hochschule"


def test_an_object_after_a_clause_opening_verb_is_no_speaker_of_the_quotation():
    doc, direct = direct_statements("Die Bäuerin, 45, beschrieb im Krankenhaus den Hergang: "
                                    "„Das Wasser kam sehr schnell und riss alles mit.“")
    assert not any(speaker_text(doc, s) == "den Hergang" for s in direct)



def test_every_quotation_one_verb_frames_is_a_statement_of_its_subject():
    doc, direct = direct_statements("Die frühere Ministerin Karin Vogt nannte den Verstorbenen einen „treuen Freund“ "
                                    "und einen „großen europäischen Staatsmann“.")
    assert [s.content for s in direct] == ["treuen Freund", "großen europäischen Staatsmann"]
    assert {speaker_text(doc, s) for s in direct} == {"Die frühere Ministerin Karin Vogt"}


def test_a_quoted_outlet_after_a_postposed_verb_speaks_a_quotation_of_several_sentences():
    doc, direct = direct_statements("Die letzten Jahre lebte der Musiker zurückgezogen. „Er war der kreative Kopf der "
                                    "Band. Der Künstler. Der zu früh ging“, schrieb „Die Woche“ in einem Nachruf.")
    assert [s.content for s in direct] == ["Er war der kreative Kopf der Band. Der Künstler. Der zu früh ging"]
    assert speaker_text(doc, direct[0]) == "„Die Woche“"


def test_a_title_shaped_quotation_after_an_indefinite_article_in_reported_speech_is_wording():
    doc, direct = direct_statements("Der Betriebsrat Jan Ohm sagte, er sehe darin einen „Angriff auf die Belegschaft“.")
    assert [s.content for s in direct] == ["Angriff auf die Belegschaft"]
    doc, direct = direct_statements("Der Betriebsrat Jan Ohm sagte, das Werk gehöre zum „Verband der Metallindustrie“.")
    assert direct == []


def test_es_hatte_geheissen_in_a_document_frames_its_quotation():
    doc, direct = direct_statements("In einer Erklärung der Innenminister hatte es geheißen: "
                                    "„Es gibt keine schnelle Lösung für die Grenzfrage.“")
    assert [s.content for s in direct] == ["Es gibt keine schnelle Lösung für die Grenzfrage."]
    assert "Innenminister" in speaker_text(doc, direct[0])


def test_one_lower_case_quoted_word_inside_reported_speech_is_the_speakers_own_word():
    doc, direct = direct_statements("Die Bürgermeisterin Lena Hoff sagte, das alte Verfahren sei „umständlich“ gewesen.")
    assert [s.content for s in direct] == ["umständlich"]
    assert speaker_text(doc, direct[0]) == "Die Bürgermeisterin Lena Hoff"
    # a capitalised word there is a term or a name, still part of the reported statement only
    doc, direct = direct_statements("Die Bürgermeisterin Lena Hoff sagte, das Verfahren heiße intern „Stadtpass“.")
    assert direct == []


def test_a_short_quotation_the_frame_interrupts_is_speech_and_never_the_speaker():
    doc, direct = direct_statements(
        "„Alles weg“, sagte die Landwirtin Berta Gruber, „die Scheune, die Maschinen, das Futter.“")
    assert [s.content for s in direct] == ["Alles weg", "die Scheune, die Maschinen, das Futter."]
    assert {speaker_text(doc, s) for s in direct} == {"die Landwirtin Berta Gruber"}
    assert {s.speaker for s in direct} == {"Berta Gruber"}


def test_one_quoted_word_before_an_interrupting_pronoun_frame_keeps_both_parts_for_the_person_named_before():
    doc, direct = direct_statements(
        "Der Fischer Ole Jensen hat sein Boot verloren. „Weitermachen“, sagt er, „was denn sonst?“")
    assert [s.content for s in direct] == ["Weitermachen", "was denn sonst?"]
    assert {s.speaker for s in direct} == {"Ole Jensen"}


def test_a_quoted_name_with_an_apposition_still_speaks_its_reported_clause():
    doc = analyse("„Die Rundschau“, eine Regionalzeitung, berichtete, der Bürgermeister habe gelogen.")
    assert [(s.speaker, s.mode) for s in doc.statements] == [("Die Rundschau", "indirect")]


def test_a_title_in_quotation_marks_names_its_outlet_without_the_marks():
    doc = analyse("Wie die „Abendpost“ berichtete, habe der Stadtrat die Sitzung abgebrochen.")
    assert [(s.speaker, s.kind) for s in doc.statements] == [("Abendpost", "org")]


def test_quoted_words_under_a_verb_of_denial_are_a_denial():
    doc = analyse("Das Ministerium wies die Darstellung als „frei erfunden“ zurück.")
    assert [(s.content, s.denial) for s in doc.statements] == [("frei erfunden", True)]
    doc = analyse("Die Ministerin nannte den Plan „völlig unausgegoren“.")
    assert [(s.content, s.denial) for s in doc.statements] == [("völlig unausgegoren", False)]


def test_a_reported_denial_with_a_quoted_term_is_a_denial():
    doc = analyse("Der Vereinssprecher dementierte einen „geheimen Deal“ mit dem Investor.")
    assert [s.denial for s in doc.statements] == [True]



def test_the_one_quoted_by_a_paper_in_the_passive_is_the_speaker_not_the_paper():
    doc, direct = direct_statements("Die Vorsitzende des Vereins, Petra Lindner, wird vom „Stadtanzeiger“ mit den Worten "
                                    "zitiert: „Wir haben das Geld längst ausgegeben.“")
    assert [s.content for s in direct] == ["Wir haben das Geld längst ausgegeben."]
    assert "Petra Lindner" in speaker_text(doc, direct[0])
    assert direct[0].speaker == "Petra Lindner"


def test_the_one_quoted_after_a_place_of_publication_is_the_speaker():
    doc, direct = direct_statements("Zur Lage wird Hofmann auf der Internetseite von Eintracht Lübeck wie folgt zitiert: "
                                    "„Wir stehen vor einer schwierigen Saison.“")
    assert [s.content for s in direct] == ["Wir stehen vor einer schwierigen Saison."]
    assert speaker_text(doc, direct[0]) == "Hofmann"


def test_a_verb_of_saying_after_a_quotation_beats_the_lead_in_before_its_colon():
    text = ("Zufrieden zeigte sich auch die Leiterin des Tierheims, Sabine Vogt, über die Spenden: "
            "„Wir können endlich das Dach reparieren“, sagte sie dem Lokalradio. „Im Winter wird es hier sonst kalt.“")
    doc, direct = direct_statements(text)
    assert [s.content for s in direct] == ["Wir können endlich das Dach reparieren", "Im Winter wird es hier sonst kalt."]
    assert [speaker_text(doc, s) for s in direct] == ["sie", "sie"]
    assert all(s.speaker == "Sabine Vogt" for s in direct)


def test_a_quotation_two_frames_give_to_two_speakers_is_one_statement_of_the_plain_verb_of_saying():
    doc = analyse("Die Sprecherin des Landkreises, Miriam Ostwald, würdigte die Feuerwehr: „Der Landkreis verdankt ihr "
                  "sehr viel.“ Das sagte Ostwald in Husum.")
    said = [s for s in doc.statements if "verdankt" in s.content]
    assert len(said) == 1
    assert said[0].cue == "sagte" and speaker_text(doc, said[0]) == "Ostwald"


def test_of_two_plain_verbs_framing_one_quotation_the_speaker_named_by_name_keeps_it():
    doc = analyse("Weiter sagte Kuhlmann: „Unsere Prüfung wird ein offenes Buch sein.“ Dies sagte der Chef des "
                  "Unternehmens in Richtung seiner Kunden.")
    said = [s for s in doc.statements if "Prüfung" in s.content]
    assert len(said) == 1
    assert speaker_text(doc, said[0]) == "Kuhlmann"
