"""Attribution and statements on small German sentences written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild.analysis.doc import Doc
from attribution_helpers import analyse, speaker_text


def only_statement(doc: Doc):
    assert len(doc.statements) == 1, [s.content for s in doc.statements]
    return doc.statements[0]


def test_preposition_laut():
    doc = analyse("Laut der Feuerwehr wurden drei Menschen verletzt.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "der Feuerwehr"
    assert s.content == "wurden drei Menschen verletzt"
    assert s.cue == "Laut" and s.mode == "indirect"
    assert doc.attributions[0].source is not None


def test_preposition_zufolge_and_nach_angaben():
    s = only_statement(analyse("Dem Innenministerium zufolge ist die Grenze geschlossen."))
    assert s.cue == "zufolge" and s.content == "ist die Grenze geschlossen"
    doc = analyse("Nach Angaben der Feuerwehr brannte das Haus vollständig aus.")
    s = only_statement(doc)
    assert "Feuerwehr" in speaker_text(doc, s)
    assert s.content == "brannte das Haus vollständig aus"


def test_verb_before_complement():
    doc = analyse("Der Sprecher Tom Weber sagte, die Lage sei ruhig.")
    s = only_statement(doc)
    assert "Tom Weber" in speaker_text(doc, s)
    assert "Weber" in s.speaker
    assert s.content == "die Lage sei ruhig" and s.cue == "sagte"


def test_verb_before_with_dass_and_separable_particle():
    s = only_statement(analyse("Die Polizei teilte am Montag mit, dass zwei Männer festgenommen wurden."))
    assert s.cue == "teilte mit"
    assert s.content == "zwei Männer festgenommen wurden"


def test_verb_after_content():
    doc = analyse("Die Lage sei ruhig, sagte Tom Weber am Montag.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "Tom Weber"
    assert s.content == "Die Lage sei ruhig"


def test_direct_quote_before_speaker():
    doc = analyse("„Wir haben alles unter Kontrolle“, sagte Tom Weber.")
    s = only_statement(doc)
    assert s.mode == "direct"
    assert s.content == "Wir haben alles unter Kontrolle"
    assert speaker_text(doc, s) == "Tom Weber"


def test_direct_quote_after_speaker_over_several_sentences():
    text = ("Tom Weber erklärte: „Wir haben alles unter Kontrolle. Die Feuerwehr ist vor Ort. "
            "Niemand ist in Gefahr.“ Danach fuhr er weg.")
    s = only_statement(analyse(text))
    assert s.mode == "direct"
    assert s.content.startswith("Wir haben alles") and s.content.endswith("in Gefahr.")


def test_relay_chain_keeps_original_source():
    doc = analyse("Interfax meldete unter Berufung auf die Gesundheitsbehörden, 40 Menschen seien gestorben.")
    s = only_statement(doc)
    assert s.speaker == "Interfax" and s.relay == "Interfax"
    assert s.content == "40 Menschen seien gestorben"
    attribution_ = doc.attributions[0]
    assert attribution_.relay == "Interfax" and attribution_.speaker == "Interfax"
    assert attribution_.source not in (None, "Interfax")  # the health authorities, however named


def test_relay_verb_zitiert():
    doc = analyse("CNN zitiert ukrainische Geheimdienstquellen, die betonen, dass bald 3000 Soldaten kommen.")
    s = only_statement(doc)
    assert s.speaker == "CNN" and s.cue == "zitiert"
    assert s.content.startswith("ukrainische Geheimdienstquellen")
    assert doc.attributions[0].source != "CNN" and doc.attributions[0].relay == "CNN"


@pytest.mark.parametrize("follower", [
    "Demnach waren zwei Autos beteiligt.",
    "Den Angaben zufolge waren zwei Autos beteiligt.",
    "Weiter hieß es, zwei Autos seien beteiligt gewesen.",
    "Zwei Autos seien beteiligt gewesen.",
])
def test_carry_over_with_marker_or_konjunktiv(follower):
    doc = analyse(f"Laut der Feuerwehr wurden drei Menschen verletzt. {follower}")
    carried = [a for a in doc.attributions if a.carried]
    assert len(carried) == 1
    assert carried[0].source == doc.attributions[0].source is not None
    assert carried[0].scope.start >= doc.text.index(follower)


def test_so_x_attributes_the_sentence():
    doc = analyse("Die Straße bleibt gesperrt, so die Polizei.")
    s = only_statement(doc)
    assert s.cue == "so" and s.content == "Die Straße bleibt gesperrt"
    assert speaker_text(doc, s) == "die Polizei"


def test_no_carry_over_without_marker():
    doc = analyse("Laut der Feuerwehr wurden drei Menschen verletzt. Die Straße wurde gesperrt.")
    assert len(doc.attributions) == 1
    second = doc.sentences[1]
    assert not any(a.scope.overlaps(second) for a in doc.attributions)


def test_pronoun_speaker_resolves_to_earlier_speaker():
    doc = analyse("Tom Weber sagte, die Lage sei ruhig. Ihm zufolge gibt es keine Verletzten.")
    second = [s for s in doc.statements if s.cue == "zufolge"]
    assert len(second) == 1
    assert speaker_text(doc, second[0]) == "Ihm"
    assert second[0].speaker == doc.statements[0].speaker and "Weber" in second[0].speaker


def test_bare_reports_give_no_source_but_keep_the_cue():
    doc = analyse("Berichten zufolge wurden zehn Menschen getötet.")
    # a statement of an unnamed source: no speaker, the phrase kept where it is written
    [unnamed] = doc.statements
    assert unnamed.speaker is None and unnamed.kind is None and unnamed.cue == "zufolge"
    assert speaker_text(doc, unnamed) == "Berichten" and unnamed.content == "wurden zehn Menschen getötet"
    assert len(doc.attributions) == 1
    assert doc.attributions[0].source is None and doc.attributions[0].cue == "zufolge"


@pytest.mark.parametrize("text", [
    "Das Ministerium dementierte, dass Truppen entsandt worden seien.",
    "Die Regierung wies zurück, dass Soldaten getötet worden seien.",
    "Der Minister bestritt, von dem Angriff gewusst zu haben.",
])
def test_denial_verbs(text):
    assert only_statement(analyse(text)).denial is True


def test_denial_phrase_in_reported_speech():
    doc = analyse("Hans Klein sagte, die Berichte stimmten nicht. Das sei falsch.")
    assert [s.denial for s in doc.statements] == [False, True]


def test_outlet_voice_is_not_a_statement():
    doc = analyse("In der Stadt wurden am Montag drei Häuser zerstört. Die Straße ist gesperrt.")
    assert doc.statements == [] and doc.attributions == []


def test_relative_clause_is_not_reported_speech():
    # the police reporting an accident is a statement of the whole sentence (as "meldete sechs Tote"
    # in the gold), but the relative clause alone is not what they said
    statements = analyse("Die Polizei meldete einen Unfall, bei dem zwei Menschen starben.").statements
    assert not any(s.content.startswith("bei dem") for s in statements)
    assert all(s.content.startswith("Die Polizei meldete einen Unfall") for s in statements)


WORDS = ["sagte", "Laut", "laut", "zufolge", "Er", "ihm", ",", ":", ".", "„", "“", "\"", "»", "«", "so",
         "die", "Polizei", "Tom", "Weber", "teilte", "mit", "dass", "sei", "Demnach", "wie", "unter",
         "Berufung", "auf", "hieß", "es", "nach", "Angaben", "der", "(", ")", "\n\n", "zitiert", "wurde"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.text(max_size=30))
def test_never_raises_on_odd_input(words, noise):
    text = " ".join(words) + noise
    doc = analyse(text)
    for a in doc.attributions:
        assert 0 <= a.scope.start <= a.scope.end <= len(text)


def test_das_sagte_x_attributes_the_previous_sentence():
    doc = analyse("Die Brücke bleibt bis Freitag gesperrt. Das erklärte gestern ein Sprecher der Stadt Hannover.")
    s = only_statement(doc)
    assert s.content == "Die Brücke bleibt bis Freitag gesperrt"
    assert speaker_text(doc, s) == "ein Sprecher der Stadt Hannover"


def test_quote_after_colon_with_any_verb():
    doc = analyse("Der Minister Hans Klein zeigte sich zuversichtlich: „Wir werden bald eine Lösung finden.“")
    s = only_statement(doc)
    assert s.mode == "direct" and s.content.startswith("Wir werden bald")
    assert "Hans Klein" in speaker_text(doc, s)


def test_quote_before_any_verb_and_speaker():
    doc = analyse("„Wir werden bald eine Lösung finden“, begründete Hans Klein seine Entscheidung.")
    s = only_statement(doc)
    assert s.mode == "direct" and s.content == "Wir werden bald eine Lösung finden"
    assert speaker_text(doc, s) == "Hans Klein"


def test_quoted_fragment_is_a_direct_statement():
    doc = analyse("Der Minister Hans Klein nannte den Plan einen „gefährlichen Irrweg“.")
    s = only_statement(doc)
    assert s.mode == "direct" and s.content == "gefährlichen Irrweg"


def test_quoted_name_is_not_speech():
    doc = analyse("Hans Klein sagte der Zeitung „Neue Presse“, er sei mit dem Ergebnis zufrieden.")
    s = only_statement(doc)
    assert s.mode == "indirect" and s.content == "er sei mit dem Ergebnis zufrieden"


def test_konjunktiv_after_a_speech_act_names_its_subject():
    doc = analyse("Der Minister Hans Klein kritisierte den Plan scharf. Er sei viel zu teuer.")
    carried = [s for s in doc.statements if s.content == "Er sei viel zu teuer"]
    assert len(carried) == 1 and "Klein" in carried[0].speaker


def test_nach_den_worten_names_the_speaker():
    doc = analyse("Nach den Worten der Sprecherin Anna Berg ist der Flughafen wieder geöffnet.")
    s = only_statement(doc)
    assert "Anna Berg" in speaker_text(doc, s)
    assert s.content == "ist der Flughafen wieder geöffnet"


def test_possessive_opinion_belongs_to_the_subject():
    doc = analyse("Hans Klein warnte gestern vor den seiner Meinung nach steigenden Kosten.")
    assert doc.statements
    assert all(speaker_text(doc, s) == "Hans Klein" for s in doc.statements)


# ----------------------------------------------------------------- round 2: cues the claims step needs

def test_backward_das_teilte_mit():
    doc = analyse("Bei dem Brand starben vier Menschen. Das teilte die Feuerwehr mit.")
    s = only_statement(doc)
    assert s.content == "Bei dem Brand starben vier Menschen"
    assert speaker_text(doc, s) == "die Feuerwehr" and s.cue == "teilte mit"


def test_nach_zahlen_der():
    doc = analyse("Nach Zahlen der Gemeinde wurden zwölf Häuser zerstört.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "der Gemeinde"
    assert s.content == "wurden zwölf Häuser zerstört"


def test_subject_sprechen_von():
    doc = analyse("Die Helfer sprechen von über hundert Verletzten.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "Die Helfer" and s.cue == "sprechen von"


def test_nach_eigenen_angaben_names_the_subject():
    doc = analyse("Die Küstenwache hat nach eigenen Angaben 80 Menschen gerettet.")
    s = only_statement(doc)
    assert s.speaker == "Küstenwache" and speaker_text(doc, s) == "eigenen Angaben"
    assert doc.attributions[0].source is not None


def test_diese_informationen_stammen_von():
    doc = analyse("Am Hafen wurden 30 Boote beschädigt. Diese Informationen stammen von der Hafenbehörde.")
    s = only_statement(doc)
    assert s.content == "Am Hafen wurden 30 Boote beschädigt"
    assert speaker_text(doc, s) == "der Hafenbehörde"


def test_no_origin_without_a_source_phrase():
    doc = analyse("Am Hafen wurden 30 Boote beschädigt. Diese Zahlen stammen aus dem Vorjahr und sind alt.")
    assert all(s.cue != "stammen" for s in doc.statements)


def test_direct_quote_after_colon_has_an_attribution_scoped_to_the_quote():
    text = "Die Bürgermeisterin erklärte: „Wir haben 20 Familien untergebracht.“"
    doc = analyse(text)
    s = only_statement(doc)
    assert s.mode == "direct"
    scopes = [text[a.scope.start:a.scope.end] for a in doc.attributions]
    assert "„Wir haben 20 Familien untergebracht.“" in scopes


def test_trailing_quote_after_indirect_speech_gets_its_own_attribution():
    text = "Der Arzt sagte, die Lage sei ernst: „Wir behandeln 40 Verletzte.“"
    doc = analyse(text)
    scopes = [text[a.scope.start:a.scope.end] for a in doc.attributions]
    assert "„Wir behandeln 40 Verletzte.“" in scopes


def test_konjunktiv_after_a_dated_speech_act_sentence():
    doc = analyse("Am 3. März hat die Stadtverwaltung die Sperrung verlängert. Die Brücke sei einsturzgefährdet.")
    assert any(s.content == "Die Brücke sei einsturzgefährdet" and speaker_text(doc, s) == "die Stadtverwaltung"
               for s in doc.statements), [s.content for s in doc.statements]


def test_focus_particle_before_the_subject_of_an_intro_sentence():
    doc = analyse("Auch die Sprecherin des Vereins, Maria Huber, äußerte sich besorgt. Sie rate zur Vorsicht.")
    carried = [s for s in doc.statements if s.content == "Sie rate zur Vorsicht"]
    assert carried and carried[0].speaker == doc.statements[0].speaker
    assert "Maria Huber" in speaker_text(doc, doc.statements[0])


def test_nach_schaetzung_der_names_the_source():
    doc = analyse("Nach Schätzung der Hilfsorganisation sind 5000 Menschen obdachlos.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "der Hilfsorganisation"
    assert s.content == "sind 5000 Menschen obdachlos"


def test_reported_bekannt_geben_picks_the_right_particle():
    doc = analyse("Die Staatsanwaltschaft gab am Montag die Einstellung des Verfahrens bekannt.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "Die Staatsanwaltschaft"


def test_reported_halten_fuer():
    doc = analyse("Das Ministerium hält die Warnung für übertrieben.")
    assert speaker_text(doc, only_statement(doc)) == "Das Ministerium"


def test_halten_without_fuer_is_no_speech():
    assert analyse("Der Bürgermeister hielt am Abend eine Rede.").statements == []


def test_laut_a_message_of_someone_names_its_author():
    doc = analyse("Laut einer am Abend veröffentlichten Mitteilung der Bergwacht wurden vier Wanderer gerettet.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "Bergwacht"
    assert s.content == "wurden vier Wanderer gerettet"


def test_wie_clause_with_an_adverb_before_the_speaker():
    doc = analyse("Wie schon die Feuerwehr sagte, ist das Haus nicht mehr bewohnbar.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "die Feuerwehr"


def test_colon_quote_after_a_verb_of_saying_without_a_known_speaker():
    doc = analyse("Als Begründung sagte ein Tierarzt: „Das ist eine sehr seltene Krankheit bei Pferden.“")
    s = only_statement(doc)
    assert s.mode == "direct" and speaker_text(doc, s) == "ein Tierarzt" and s.cue == "sagte"
    assert s.content == "Das ist eine sehr seltene Krankheit bei Pferden."


def test_colon_quote_without_a_speech_verb_or_speaker_stays_unattributed():
    doc = analyse("Auf dem Schild am Eingang stand: „Heute bleibt das Museum leider geschlossen.“")
    assert doc.statements == []


def test_reported_assessment_geht_von_aus():
    doc = analyse("Die Feuerwehr geht von Brandstiftung aus.")
    assert speaker_text(doc, only_statement(doc)) == "Die Feuerwehr"


def test_reported_speech_act_in_the_perfect():
    doc = analyse("Die Gewerkschaft hat höhere Löhne gefordert.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "Die Gewerkschaft" and s.cue == "gefordert"


def test_perfect_of_a_non_speech_verb_is_no_statement():
    assert analyse("Die Polizei hatte den Mann am Bahnhof festgenommen.").statements == []


def test_reported_bare_name_and_als_opener():
    doc = analyse("Oxfam fordert einen sofortigen Waffenstillstand.")
    assert speaker_text(doc, only_statement(doc)) == "Oxfam"
    doc = analyse("Als Grund nannte die Behörde den starken Regen.")
    assert speaker_text(doc, only_statement(doc)) == "die Behörde"


def test_object_first_report_sentence():
    doc = analyse("Den Vorschlag bezeichnete die Regierung als unbezahlbar.")
    assert speaker_text(doc, only_statement(doc)) == "die Regierung"


def test_complement_clause_opening_with_quoted_words():
    doc = analyse("Die Ministerin sagte, „Sperrzonen“ dürfe es in der Stadt nicht geben.")
    s = only_statement(doc)
    assert s.mode == "indirect" and s.content == "„Sperrzonen“ dürfe es in der Stadt nicht geben"


def test_konjunktiv_by_form_continues_the_previous_speaker():
    doc = analyse("Die Bürgermeisterin Anna Kranz sagte, die Brücke sei gesperrt. "
                  "Die Kosten der Reparatur übernehme die Stadt. Die neue Brücke wird im Mai eröffnet.")
    assert [s.content for s in doc.statements] == ["die Brücke sei gesperrt",
                                                   "Die Kosten der Reparatur übernehme die Stadt"]
    assert all("Kranz" in s.speaker for s in doc.statements)


def test_adjective_ending_in_e_is_no_konjunktiv():
    doc = analyse("Die Bürgermeisterin Anna Kranz sagte, die Brücke sei gesperrt. "
                  "Gestern kamen britische und deutsche Ingenieure an.")
    assert [s.content for s in doc.statements] == ["die Brücke sei gesperrt"]


def test_report_verb_with_its_preposition_before_the_verb():
    doc = analyse("Mit neuen Gewittern rechnet der Wetterdienst erst am Montag.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "der Wetterdienst" and s.cue == "rechnet"
    assert only_statement(analyse("Die Stadtverwaltung hat die Bürger zur Vorsicht aufgefordert.")).cue == "aufgefordert"


def test_report_verb_without_its_preposition_reports_nothing():
    assert analyse("Der Wetterdienst rechnet die Werte der Messstationen zusammen.").statements == []
    assert analyse("Das Unwetter forderte drei Todesopfer.").statements == []


def test_wie_frame_with_an_apposition_to_its_speaker():
    doc = analyse("Wie die Leiterin des Bauamts, Petra Lindner, mitteilte, bleibt die Straße gesperrt.")
    s = only_statement(doc)
    assert "Petra Lindner" in speaker_text(doc, s) and s.speaker == "Petra Lindner"
    assert s.content == "bleibt die Straße gesperrt"
    doc = analyse("Die Brücke wird erneuert, wie Petra Lindner, Leiterin des Bauamts, betonte.")
    assert only_statement(doc).content == "Die Brücke wird erneuert"


def test_wie_apposition_inside_a_subject_is_no_frame():
    doc = analyse("Einige Anwohner, wie Petra Lindner aus Oberdorf, äußerten Zweifel an dem Plan.")
    assert all(s.speaker != "Petra Lindner" or s.content != "Einige Anwohner" for s in doc.statements)
    assert not any(s.content == "Einige Anwohner" for s in doc.statements)


def test_speaker_written_with_a_number_and_after_a_date():
    doc = analyse("Der 39-Jährige gab jedoch an, er habe nichts gesehen.")
    assert speaker_text(doc, only_statement(doc)) == "Der 39-Jährige"
    doc = analyse("Am 15. Mai sagte der Bürgermeister, die Brücke sei gesperrt.")
    assert speaker_text(doc, only_statement(doc)) == "der Bürgermeister"


def test_opinion_noun_cues():
    doc = analyse("Die Gewerkschaft vertritt die Ansicht, dass die Löhne steigen müssen.")
    assert only_statement(doc).content == "die Löhne steigen müssen"
    doc = analyse("Der Verband hatte den Standpunkt vertreten, das Gesetz sei unnötig.")
    assert only_statement(doc).content == "das Gesetz sei unnötig"
    doc = analyse("Die Ärztin Eva Roth ist der Meinung, dass die Klinik zu klein sei.")
    assert only_statement(doc).speaker == "Eva Roth"


def test_sein_without_an_opinion_word_is_no_cue():
    assert analyse("Die Klinik ist seit Jahren zu klein, weil die Stadt wächst.").statements == []


def test_konjunktiv_reaches_back_over_one_sentence_in_the_articles_voice():
    doc = analyse("Der Richter Max Held sagte, die Band sei eine Vereinigung. Die CDs wurden im Ausland gepresst. "
                  "Eine gewisse Struktur reiche dafür aus.")
    assert [s.content for s in doc.statements] == ["die Band sei eine Vereinigung",
                                                   "Eine gewisse Struktur reiche dafür aus"]
    assert doc.statements[1].speaker == "Max Held"
    doc = analyse("Der Richter Max Held sagte, die Band sei eine Vereinigung. Die CDs wurden im Ausland gepresst. "
                  "Sie kosteten zehn Euro. Der Vertrieb lief über das Internet. Eine gewisse Struktur reiche dafür aus.")
    assert [s.content for s in doc.statements] == ["die Band sei eine Vereinigung"]


def test_quoted_name_as_subject():
    doc = analyse("Die „Neue Rundschau“ hatte gestern berichtet, das Werk werde geschlossen.")
    s = only_statement(doc)
    assert "Neue Rundschau" in speaker_text(doc, s) and s.content == "das Werk werde geschlossen"
    doc = analyse("Das „Institut für Wetterkunde“ geht davon aus, dass der Sturm sich abschwächt.")
    assert only_statement(doc).content == "der Sturm sich abschwächt"


def test_separable_particle_written_apart_and_apposition_before_it():
    doc = analyse("Wie die Banca d'Italia in Rom bekannt gab, bleibt der Zins unverändert.")
    s = only_statement(doc)
    assert s.cue == "bekannt gab" and s.content == "bleibt der Zins unverändert"
    doc = analyse("Jetzt gab der Leiter der Feuerwehr, Hans Ober, bekannt, dass das Feuer gelöscht sei.")
    s = only_statement(doc)
    assert s.cue == "gab bekannt" and s.content == "das Feuer gelöscht sei"


def test_quoted_words_in_a_continued_report_are_direct():
    doc = analyse("Die Anwältin Eva Roth sagte, ihr Mandant sei unschuldig. "
                  "Er sei „nie eine Gefahr“ gewesen.")
    assert [(s.mode, s.content) for s in doc.with_nested()][1:] == [
        ("indirect", "Er sei „nie eine Gefahr“ gewesen"), ("direct", "nie eine Gefahr")]
    assert all(s.speaker == "Eva Roth" for s in doc.with_nested())


def test_one_quoted_term_in_reported_speech_stays_in_it_a_lower_case_word_or_two_are_a_statement_of_their_own():
    doc = analyse("Der Minister sagte, die Lage im „Grenzgebiet“ sei ruhig.")
    assert [(s.mode, s.content) for s in doc.with_nested()] == [("indirect", "die Lage im „Grenzgebiet“ sei ruhig")]
    # (the Wikinews corpus marks a lower-case word and two quoted words as a Direct quotation; our gold counts
    # one statement)
    doc = analyse("Der Minister sagte, die Lage sei „kontrolliert“.")
    assert [(s.mode, s.content) for s in doc.with_nested()] == [("indirect", "die Lage sei „kontrolliert“"),
                                                             ("direct", "kontrolliert")]
    doc = analyse("Der Minister sagte, die Lage sei „unter Kontrolle“.")
    assert [(s.mode, s.content) for s in doc.with_nested()] == [("indirect", "die Lage sei „unter Kontrolle“"),
                                                             ("direct", "unter Kontrolle")]


def test_verb_of_saying_closing_a_relative_clause():
    doc = analyse("Der Schaden sei groß, so die Bürgermeisterin Anna Kranz, die auch angab, dass die Stadt helfen werde.")
    s = next(s for s in doc.statements if s.cue == "angab")
    assert s.content == "die Stadt helfen werde" and s.speaker == "Anna Kranz"
    assert speaker_text(doc, s) == "die"  # the word that stands for her in the clause
    doc = analyse("Gesucht wird ein Mann, von dem die Polizei glaubt, er sei bewaffnet.")
    s = only_statement(doc)
    assert speaker_text(doc, s) == "die Polizei" and s.content == "er sei bewaffnet"


def test_relative_clause_without_a_verb_of_saying_is_no_frame():
    assert analyse("Die Stadt, die das Gelände kaufte, plant dort einen Park.").statements == []


def test_carry_marker_is_the_speaker_mention():
    doc = analyse("Die Feuerwehr Nord teilte mit, dass drei Häuser brannten. Demnach wurde niemand verletzt.")
    s = doc.statements[-1]
    assert s.content == "Demnach wurde niemand verletzt" and speaker_text(doc, s) == "Demnach"


def test_nach_with_a_compound_message_noun_and_its_source():
    doc = analyse("Nach einem Zeitungsbericht der Lokalpresse ist die Brücke gesperrt.")
    s = only_statement(doc)
    assert "Lokalpresse" in speaker_text(doc, s) and s.content == "ist die Brücke gesperrt"
    assert only_statement(analyse("Nach Meldungen der Feuerwehr brannte die Scheune ab.")).content == \
        "brannte die Scheune ab"
    assert analyse("Nach einem Zeitungsbericht ist die Brücke gesperrt.").statements == []


def test_speakers_written_as_websites_particles_or_quoted_titles():
    doc = analyse("Laut stadtblog.de ist das Freibad geschlossen.")
    assert only_statement(doc).speaker == "stadtblog.de"
    doc = analyse("Dem Sender al-Arabija zufolge ist die Grenze offen.")
    assert "al-Arabija" in only_statement(doc).speaker
    doc = analyse("Zudem lobte Müller dem „Kurier“ zufolge die Polizei.")
    assert speaker_text(doc, only_statement(doc)) == "dem „Kurier“"


def test_konjunktiv_continuation_over_several_sentences_is_one_statement_per_sentence():
    doc = analyse("Die Ärztin Eva Roth sagte, die Klinik sei voll. Es fehle an Betten. "
                  "Auch das Personal reiche nicht aus. Am Abend regnete es.")
    # our gold: one statement per sentence, all the speaker's; the continuing sentences linked as one run
    assert [s.content for s in doc.statements] == [
        "die Klinik sei voll", "Es fehle an Betten", "Auch das Personal reiche nicht aus"]
    assert {s.speaker for s in doc.statements} == {"Eva Roth"}
    first, *run = doc.statements
    assert first.run_start is None
    assert [s.run_start for s in run] == [run[0].content_span.start] * 2
    assert run[0].speaker_span == run[1].speaker_span
    # the Wikinews corpus marks the continuing sentences as one quotation: Doc.quotations joins the run
    assert [s.content for s in doc.quotations()] == [
        "die Klinik sei voll", "Es fehle an Betten. Auch das Personal reiche nicht aus"]


def test_a_sentence_reported_by_its_konjunktiv_alone_has_that_verb_as_its_cue():
    # (our gold's cue for such a sentence: no verb of saying marks it, its Konjunktiv I does)
    doc = analyse("Der Sprecher Jan Kluge sagte, der Zug sei entgleist. Zwei Fahrgäste würden noch behandelt. "
                  "Die Strecke bleibe bis Freitag gesperrt. Am Abend regnete es.")
    assert [(s.cue, s.content) for s in doc.statements] == [
        ("sagte", "der Zug sei entgleist"), ("würden", "Zwei Fahrgäste würden noch behandelt"),
        ("bleibe", "Die Strecke bleibe bis Freitag gesperrt")]
    assert {s.speaker for s in doc.statements} == {"Jan Kluge"}
    # a marker that carries the speaker stays the cue
    doc = analyse("Die Polizei legte am Montag ihren Bericht vor. Demnach sei der Fahrer zu schnell gewesen.")
    assert [s.cue for s in doc.statements if "Fahrer" in s.content] == ["Demnach"]


def test_each_sentence_of_a_run_keeps_its_own_denial():
    doc = analyse("Der Sprecher Jan Kluge sagte, der Zug sei entgleist. Es gebe zwei Verletzte. "
                  "Die Meldung über einen Anschlag sei falsch. Am Abend regnete es.")
    run = [s for s in doc.statements if s.run_start is not None]
    assert [s.content for s in run] == ["Es gebe zwei Verletzte", "Die Meldung über einen Anschlag sei falsch"]
    assert [s.denial for s in run] == [False, True]


def test_a_quotation_in_a_later_sentence_of_a_run_is_nested_in_that_sentence():
    doc = analyse("Die Ärztin Eva Roth sagte, die Klinik sei voll. Es fehle an Betten. "
                  "Das Personal sei „am Ende seiner Kräfte“. Am Abend regnete es.")
    assert [s.content for s in doc.statements] == [
        "die Klinik sei voll", "Es fehle an Betten", "Das Personal sei „am Ende seiner Kräfte“"]
    assert [s.content for s in doc.nested_statements] == ["am Ende seiner Kräfte"]
    assert [s.content for s in doc.quotations()] == [
        "die Klinik sei voll", "Es fehle an Betten. Das Personal sei „am Ende seiner Kräfte“", "am Ende seiner Kräfte"]


def test_first_person_and_clause_words_are_no_speakers():
    assert analyse("Ich glaube, die Künstler wollen einfach nur gut aussehen.").statements == []
    assert analyse("Was das Gericht schildert, lässt sich als Patt auffassen.").statements == []


def test_quoted_title_is_no_direct_statement():
    doc = analyse("Der Sender gab den Namen der Sendung bekannt: „Gesetz zur Änderung des Passgesetzes“.")
    assert all(s.mode != "direct" for s in doc.statements)
    doc = analyse("Die Polizei forderte die Menschen auf, „sofort die Fenster zu schließen“.")
    assert any(s.mode == "direct" and s.content == "sofort die Fenster zu schließen" for s in doc.statements)


def test_more_verbs_of_saying_before_a_colon_quote():
    doc = analyse("Der Geschäftsführer Tom Lenz fragte: „Was spricht dagegen, den Reis zurückzuschicken?“")
    assert only_statement(doc).mode == "direct"
    doc = analyse("Der Aufruf der Initiative lautete: „Wir bitten alle Bürger um ihre Hilfe.“")
    assert only_statement(doc).content == "Wir bitten alle Bürger um ihre Hilfe."


def test_hervorheben_frames_reported_speech():
    doc = analyse("Die Ministerin Eva Roth hob hervor, dass die Schulen offen bleiben.")
    assert only_statement(doc).cue == "hob hervor"


def test_demnach_after_a_document_sentence():
    doc = analyse("Die Kommission legte am Montag ihren Bericht vor. Demnach sind die Preise gestiegen.")
    s = only_statement(doc)
    assert s.speaker == "Kommission" and speaker_text(doc, s) == "Demnach"
    assert analyse("Es regnete den ganzen Tag. Demnach sind die Straßen nass.").statements == []


def test_groups_of_people_report_speech_acts():
    doc = analyse("Die Meteorologen sagten für die kommenden Tage weitere Regenfälle voraus.")
    assert only_statement(doc).speaker == "Meteorologen"


def test_trailing_heisst_es_frames_the_clause_before_it():
    doc = analyse("Eine Heilung sei jedoch ausgeschlossen, heißt es in einer Erklärung des Ministeriums.")
    s = only_statement(doc)
    assert s.cue == "heißt es" and s.content == "Eine Heilung sei jedoch ausgeschlossen"
    doc = analyse("In einem Positionspapier des Ministeriums heißt es, die Regeln hätten sich bewährt.")
    assert "Ministeriums" in speaker_text(doc, only_statement(doc))


def test_suggesting_and_regarding_as_are_reported_speech_acts():
    doc = analyse("Zudem regte ein Sprecher der Afrikanischen Union eine Gipfelkonferenz an.")
    s = only_statement(doc)
    assert s.cue == "regte an" and doc.text[s.speaker_span.start:s.speaker_span.end] == "ein Sprecher der Afrikanischen Union"
    doc = analyse("Der Vize-Außenminister betrachtet die Anrufung des Sicherheitsrates als Eskalation.")
    assert only_statement(doc).cue == "betrachtet"
    # looking at something says nothing
    assert analyse("Die Forscher betrachten die Proben unter dem Mikroskop.").statements == []
    assert analyse("Der Minister betrachtet, die Lage sei ernst.").statements == []


@pytest.mark.parametrize("frame, phrase", [
    ("hieß es", "Die Feuerwehr"),  # the speaker is where the text last named it
    ("hieß es in der Mitteilung", "der Mitteilung"),  # the frame's own phrase stays where it points at the speaker
])
def test_impersonal_frame_goes_on_with_the_speaker_just_before(frame, phrase):
    doc = analyse("Die Feuerwehr teilte am Abend mit, das Feuer sei gelöscht. "
                  f"Zwei Bewohner würden noch vermisst, {frame}.")
    first, second = doc.statements
    assert second.content == "Zwei Bewohner würden noch vermisst"
    assert second.speaker == first.speaker == "Feuerwehr"
    assert speaker_text(doc, second) == phrase


def test_konjunktiv_after_an_impersonal_frame_goes_on_with_its_named_speaker():
    doc = analyse("Die Feuerwehr teilte am Abend mit, das Feuer sei gelöscht. "
                  "Zwei Bewohner würden noch vermisst, hieß es. Die Suche werde am Morgen fortgesetzt. "
                  "Man hoffe auf gutes Wetter.")
    first, second, third, fourth = doc.statements
    assert third.content == "Die Suche werde am Morgen fortgesetzt" and fourth.content == "Man hoffe auf gutes Wetter"
    assert third.speaker == fourth.speaker == second.speaker == first.speaker == "Feuerwehr"
    assert third.cue == "werde"
    # one run with the impersonal frame's sentence, which the Wikinews corpus counts as one quotation
    assert second.run_start == third.run_start == fourth.run_start == second.content_span.start
    # an impersonal frame without a named speaker before carries no one on
    doc = analyse("Das Haus liegt am Stadtrand. Zwei Bewohner würden noch vermisst, hieß es. "
                  "Die Suche werde am Morgen fortgesetzt.")
    assert all(s.speaker is None for s in doc.statements)


def test_impersonal_frame_in_a_message_with_words_before_it_goes_on_with_the_speaker_before():
    # the phrase after "hieß es" is the message, never a speaker, however many words stand before its noun
    doc = analyse("Drei Soldaten wurden getötet. Das teilte das Ministerium in Niamey am Sonntag mit. "
                  "Zwei weitere seien verletzt, hieß es in der im Fernsehen verlesenen Erklärung. "
                  "Den Angaben zufolge griffen 200 Kämpfer den Posten an. Die Soldaten hätten den Angriff abgewehrt.")
    assert [s.speaker for s in doc.statements] == ["Ministerium"] * 4
    assert [s.cue for s in doc.statements][1:] == ["hieß es", "Den Angaben zufolge", "hätten"]


def test_impersonal_frame_far_from_a_named_statement_stays_unnamed():
    doc = analyse("Die Feuerwehr teilte am Abend mit, das Feuer sei gelöscht. Das Haus liegt am Stadtrand. "
                  "Es wurde 1950 gebaut. Zwei Bewohner würden noch vermisst, hieß es.")
    last = doc.statements[-1]
    assert last.content == "Zwei Bewohner würden noch vermisst"
    assert last.speaker is None


@pytest.mark.parametrize("title", ["Dr.", "Prof."])
def test_a_dotted_title_after_the_verb_does_not_end_the_speaker(title):
    doc = analyse(f"Zwei Patienten seien gestorben, sagte Chefarzt {title} Anna Berg am Dienstag.")
    statement, = doc.statements
    assert statement.speaker == "Anna Berg"
    assert speaker_text(doc, statement).endswith(f"{title} Anna Berg")


def test_a_speaker_that_ends_the_text_after_a_named_preposition_frame():
    # "Laut Polizei, sagte Polizei": the verb's speaker is the last token; checking it must stay inside the text
    doc = analyse("Laut Polizei, sagte Polizei")
    assert all(0 <= a.scope.start <= a.scope.end <= len(doc.text) for a in doc.attributions)


def test_impersonal_subject_goes_on_with_the_speaker_just_before():
    doc = analyse("Der Bürgermeister Jan Berg sagte, die Lage sei ernst. "
                  "Man rechne damit, dass der Pegel weiter steige.")
    first, second = doc.statements
    assert second.content == "der Pegel weiter steige"
    assert second.speaker == first.speaker == "Jan Berg"
    assert speaker_text(doc, second) == "Man"


def test_the_writers_we_is_not_carried_on():
    doc = analyse("Der Bürgermeister Jan Berg sagte, die Lage sei ernst. "
                  "Wir rechnen damit, dass der Pegel weiter steigt.")
    assert all(s.speaker in (None, "Jan Berg") for s in doc.statements)
    assert not any("Pegel" in s.content and s.speaker for s in doc.statements)


def test_a_quote_mark_after_the_comma_before_a_verb_of_saying_is_no_empty_listing():
    # the closing quote stands after the verb: the comma is followed by no listed item at all
    doc = analyse("Die Lage ist ernst, „sagte er.“ Danach schwieg der Minister.")
    assert doc.sentences  # analysed, not raised


def test_a_failing_sentence_costs_only_its_own_statements(monkeypatch):
    from lagebild.analysis import attribution
    from lagebild.analysis import analyze
    from lagebild.model import Article

    real = attribution.Attributor.frames_in

    def broken_on_first(self, si):
        if si == 0:
            raise ValueError("broken rule")
        return real(self, si)

    monkeypatch.setattr(attribution.Attributor, "frames_in", broken_on_first)  # a rule with a bug, injected
    article = Article(id="t", text="Die Lage sei ernst, sagte Anna Roth. Die Hilfe komme zu spät, sagte Max Berg.",
                      published="2025-03-10")
    with pytest.raises(ValueError):
        analyze(article)
    monkeypatch.setenv("LAGEBILD_STRICT", "0")
    speakers = [s.speaker for s in analyze(article).statements]
    assert speakers == ["Max Berg"]
