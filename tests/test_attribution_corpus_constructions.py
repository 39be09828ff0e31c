"""Constructions the Wikinews quotation corpus counts as quotations (free indirect hearsay,
split and stand-alone quotes, reported speech acts), on German sentences written for these tests."""

from __future__ import annotations

from lagebild.analysis.doc import Doc
from attribution_helpers import analyse, speaker_text


def only_direct(doc: Doc):
    """The one direct statement of the text."""
    direct = [s for s in doc.with_nested() if s.mode == "direct"]
    assert len(direct) == 1, [s.content for s in direct]
    return direct[0]


def test_hearsay_soll_after_a_statement_is_that_speakers_but_gives_no_claim_source():
    text = ("Die Feuerwehr teilte mit, das Lager sei in der Nacht ausgebrannt. "
            "Der Wachmann soll das Feuer erst am Morgen bemerkt haben.")
    doc = analyse(text)
    hearsay = [s for s in doc.statements if s.content.startswith("Der Wachmann soll")]
    assert len(hearsay) == 1 and hearsay[0].speaker == doc.statements[0].speaker
    assert speaker_text(doc, hearsay[0]) == "Die Feuerwehr"
    # the claim convention: only a marker or Konjunktiv I carries a source into the next sentence
    second = doc.sentences[1]
    assert not any(a.scope.overlaps(second) for a in doc.attributions)


def test_hearsay_soll_needs_a_statement_right_before():
    text = ("Die Feuerwehr teilte mit, das Lager sei in der Nacht ausgebrannt. Der Schaden ist groß. "
            "Der Wachmann soll das Feuer erst am Morgen bemerkt haben.")
    doc = analyse(text)
    assert not any("Wachmann" in s.content for s in doc.statements)


def test_soll_closing_a_relative_clause_is_no_hearsay():
    text = ("Die Stadt kündigte einen Neubau an. "
            "Es ist ein Bad, das aus Spenden bezahlt werden soll.")
    doc = analyse(text)
    assert not any("Spenden" in s.content for s in doc.statements)


def test_a_relay_quoting_with_the_words_colon_gives_the_quotation_alone():
    text = "Die Lokalzeitung zitiert einen Anwohner mit den Worten: „Ich habe so etwas noch nie gesehen.“"
    doc = analyse(text)
    direct = only_direct(doc)
    assert direct.content == "Ich habe so etwas noch nie gesehen." and speaker_text(doc, direct) == "Die Lokalzeitung"
    assert doc.attributions[0].relay is not None  # the quoted resident is the source


def test_a_phrase_after_the_subject_keeps_the_subject_of_a_reported_speech_act():
    doc = analyse("Die Ermittler vor Ort schlossen einen Anschlag als Ursache aus.")
    assert len(doc.statements) == 1
    assert speaker_text(doc, doc.statements[0]) == "Die Ermittler"


def test_a_quoted_word_after_a_naming_verb_is_a_quotation():
    doc = analyse("Die Gewerkschaft sprach von einem „Kahlschlag“ bei den Stellen.")
    direct = [s for s in doc.statements if s.mode == "direct"]
    assert [s.content for s in direct] == ["Kahlschlag"]


def test_a_quoted_name_after_a_noun_stays_a_name():
    doc = analyse("Der Minister sprach im Sender „Radio Nord“ über die Flut.")
    assert not any(s.mode == "direct" for s in doc.statements)


def test_a_named_so_frame_beats_a_passive_verb_of_saying_without_agent():
    doc = analyse("Die Quote sei auf ein vertretbares Maß festgelegt worden, so das Ministerium.")
    assert len(doc.statements) == 1
    assert speaker_text(doc, doc.statements[0]) == "das Ministerium"
    assert doc.statements[0].content == "Die Quote sei auf ein vertretbares Maß festgelegt worden"


def test_a_long_quotation_inside_reported_speech_is_also_a_direct_statement():
    text = ("Die Ministerin erklärte, es sei „ein schwerer Fehler der gesamten Regierung gewesen, "
            "den Vertrag so schnell zu unterzeichnen“.")
    doc = analyse(text)
    assert sorted(s.mode for s in doc.with_nested()) == ["direct", "indirect"]
    direct = next(s for s in doc.with_nested() if s.mode == "direct")
    assert direct.content.startswith("ein schwerer Fehler") and direct.speaker == "Ministerin"


def test_a_colon_quotation_after_a_subject_with_apposition_is_the_subjects():
    text = ("Die Leiterin der Studie, Maria Hofer, sieht die Schuld bei den Behörden: "
            "„Wir haben jahrelang gewarnt, aber niemand wollte zuhören.“")
    doc = analyse(text)
    direct = only_direct(doc)
    assert direct.content.startswith("Wir haben jahrelang gewarnt") and "Maria Hofer" in speaker_text(doc, direct)


def test_a_quotation_after_carried_reported_speech_continues_the_speaker():
    text = ("Der Virologe Jan Brandt sagte: „Wir müssen uns vorbereiten.“ Die Gefahr sei real. "
            "„Aber das Virus kann sich jederzeit verändern und dann sehr gefährlich werden.“")
    doc = analyse(text)
    last = [s for s in doc.statements if s.content.startswith("Aber das Virus")]
    assert len(last) == 1 and last[0].mode == "direct" and last[0].speaker == "Jan Brandt"


def test_a_quotation_after_a_colon_that_runs_into_the_next_sentence_is_split_off():
    text = ("Die Trainerin Eva Roth glaubt, dass das Team stärker geworden sei: „Wir haben viel gelernt. "
            "Wir arbeiten jetzt noch härter als früher.“")
    doc = analyse(text)
    assert only_direct(doc).content.endswith("härter als früher.")
    indirect = [s for s in doc.statements if s.mode == "indirect"]
    assert len(indirect) == 1 and indirect[0].content == "das Team stärker geworden sei"


def test_a_short_quotation_before_sagte_is_no_apposition():
    doc = analyse("„Das reicht nicht“, sagte Petra Lange am Abend.")
    assert [(s.mode, s.content, s.speaker) for s in doc.statements] == [("direct", "Das reicht nicht", "Petra Lange")]


def test_a_comma_inside_the_closing_quotation_mark_still_frames_it():
    doc = analyse("„Wir haben die Lage im Griff und arbeiten rund um die Uhr,“ sagte der Sprecher der Feuerwehr.")
    assert len(doc.statements) == 1 and doc.statements[0].mode == "direct"
    assert doc.statements[0].content == "Wir haben die Lage im Griff und arbeiten rund um die Uhr"


def test_nach_eigenen_angaben_opening_the_sentence_is_the_subjects_after_the_verb():
    doc = analyse("Nach eigenen Angaben hat die Firma im Mai zwei neue Werke eröffnet.")
    assert len(doc.statements) == 1
    # the subject speaks; in the text "eigenen Angaben" stands for it (where the Wikinews corpus marks the speaker)
    assert doc.statements[0].speaker == "Firma"
    assert speaker_text(doc, doc.statements[0]) == "eigenen Angaben"


def test_seiner_meinung_nach_is_the_owners_and_the_phrase_stands_for_it():
    # the sentence's subject is a thing, so the opinion is the earlier speaker's; the phrase stands for him
    doc = analyse("Der Bürgermeister Jan Kowalski sprach in Berlin. Der Neubau ist seiner Meinung nach überflüssig.")
    assert len(doc.statements) == 1
    assert doc.statements[0].speaker == "Jan Kowalski"
    assert speaker_text(doc, doc.statements[0]) == "seiner Meinung"
    # inside what a verb of saying reports, its subject stands for the speaker
    doc = analyse("Bei der Pressekonferenz wies Hans Friedrich auf die seiner Meinung nach wachsenden Gefahren hin.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["Hans Friedrich"]


def test_a_passive_relative_clause_frames_nothing():
    doc = analyse("Die Pakete, die schon am Montag erwartet wurden, trafen erst am Freitag ein, da der Zoll sie aufhielt.")
    assert doc.statements == []


def test_a_relative_clause_naming_who_quotes_leaves_the_main_clause_to_its_subject():
    doc = analyse("Ein hoher Beamter, den die Zeitung zitiert, kommentierte, die Erklärung sei überflüssig.")
    assert len(doc.statements) == 1
    assert speaker_text(doc, doc.statements[0]) == "Ein hoher Beamter"
    assert doc.statements[0].content == "die Erklärung sei überflüssig"


def test_an_object_first_clause_has_its_subject_after_the_verb():
    doc = analyse("Der örtlichen Zeitung sagte Maria Lindner: „Ich bleibe im Amt, solange die Partei mich trägt.“")
    assert speaker_text(doc, only_direct(doc)) == "Maria Lindner"
    doc = analyse("Dem Sender sagte der Minister, die Lage sei ruhig.")
    assert speaker_text(doc, doc.statements[0]) == "der Minister"
    doc = analyse("Den Ärger der Partei brachte die Sprecherin der Fraktion, Anna Weber, zum Ausdruck: "
                  "„Es gibt keinen Grund, jetzt aufzugeben.“")
    assert doc.statements[0].speaker == "Anna Weber"
    doc = analyse("Der Richter Paul Weber sprach in Berlin. "
                  "Die Arbeit der Regierung lobte er mit den Worten: „Die Minister handeln pragmatisch und schnell.“")
    assert speaker_text(doc, only_direct(doc)) == "er"
    doc = analyse("Die Vorschläge der Opposition bezeichnete Paul Weber als „reine Träumerei von gestern“.")
    assert speaker_text(doc, only_direct(doc)) == "Paul Weber"


def test_a_colon_quotation_is_not_the_object_phrase_before_the_verb():
    # the phrase before the verb holds a name, but its head is a thing: the subject follows the verb
    doc = analyse("Der Parteichef Karl Brenner hielt eine Rede. Die Verantwortung für die Pleite der Stadtwerke "
                  "weist Sabine Ortmann von sich: „Diese Entscheidung hat allein der Aufsichtsrat getroffen.“")
    assert speaker_text(doc, only_direct(doc)) == "Sabine Ortmann"
    doc = analyse("Der Parteichef Karl Brenner hielt eine Rede. Den Ärger über Brenners Vorschläge brachte "
                  "die Sprecherin der Fraktion zum Ausdruck: „Es gibt keinen Grund, jetzt aufzugeben.“")
    assert speaker_text(doc, only_direct(doc)) == "die Sprecherin der Fraktion"
    # the colon ends an infinitive clause whose object is no speaker: the main clause's subject speaks
    doc = analyse("Der Abgeordnete Peter Lorenz hat wenig Hemmungen, seine Nähe zur Gewerkschaft offen zu zeigen: "
                  "„Wir stehen an der Seite der Beschäftigten, was auch immer passiert.“")
    assert "Peter Lorenz" in speaker_text(doc, only_direct(doc))


def test_quoted_words_in_a_pronouns_clause_are_the_speaker_named_after_the_verb():
    # the reported clause's pronoun is not the speaker: ", sagte die Bürgermeisterin" names her
    doc = analyse("Der Minister Paul Kern sagte, die Lage sei ruhig. Sie sei „zutiefst erschüttert“ über den Unfall, "
                  "sagte die Bürgermeisterin Eva Lind, ihre „Gedanken sind bei den Familien der Opfer“.")
    direct = [s for s in doc.with_nested() if s.mode == "direct"]
    assert len(direct) == 2 and all(s.speaker == "Eva Lind" for s in direct)
    # ", hatte X damals gesagt": the auxiliary opens the clause, its subject speaks
    doc = analyse("Die Ministerin Anna Roth trat zurück. Sie wisse, dass ihr Plan „nicht frei von Schwächen und manchmal "
                  "geradezu fehlerhaft“ sei, hatte die Abgeordnete Maria Stein damals gesagt.")
    assert speaker_text(doc, only_direct(doc)) == "die Abgeordnete Maria Stein"


def test_a_subject_first_clause_keeps_its_subject():
    doc = analyse("Der Minister sagte der Zeitung, die Lage sei ruhig.")
    assert speaker_text(doc, doc.statements[0]) == "Der Minister"
    doc = analyse("Eine Quelle in der Armee sprach gegenüber AFP von „mindestens 35 Gefallenen“ und vielen Vermissten.")
    assert "Quelle" in speaker_text(doc, only_direct(doc))


def test_a_reported_speech_act_after_a_date_or_bracket_names_the_subject_after_the_verb():
    for text, speaker in (("Am 3.5.2019 forderte der Stadtrat in Leipzig die Schließung des Bades.", "Der Stadtrat"),
                          ("Am Ende der Sitzung (Stand: 22:15 Uhr) gab die Landeswahlleiterin das Ergebnis "
                           "der Abstimmung bekannt.", "die Landeswahlleiterin")):
        doc = analyse(text)
        assert len(doc.statements) == 1, text
        assert speaker_text(doc, doc.statements[0]).lower().endswith(speaker.lower().split()[-1].lower())
        assert doc.statements[0].cue_span is not None


def test_a_participle_after_an_article_opens_no_reported_speech_act():
    doc = analyse("Wegen der prognostizierten Regenmengen wird der Deich am Montag erhöht.")
    assert doc.statements == []


def test_a_reflexive_melden_reports_nothing():
    doc = analyse("Nach der Abstimmung hat sich die Gewerkschaft der Lokführer zu Wort gemeldet.")
    assert doc.statements == []


def test_konjunktiv_goes_on_with_the_speaker_after_two_sentences_of_background():
    background = "Die Brücke wurde 1962 gebaut. Täglich fahren dort 40.000 Autos. "
    doc = analyse("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. " + background
                  + "Eine Sanierung koste zwölf Millionen Euro.")
    assert [s.speaker for s in doc.statements if s.content.startswith("Eine Sanierung koste")] == ["Karl Vogt"]
    doc = analyse("Der Bürgermeister Karl Vogt sagte, die Brücke sei marode. " + background
                  + "Der Fluss ist dort breit. Eine Sanierung koste zwölf Millionen Euro.")
    assert not any(s.content.startswith("Eine Sanierung koste") for s in doc.statements)


def test_a_reported_speech_act_of_a_coordinated_subject():
    for text in ("Die Bürgermeisterin Anna Roth sowie der Landrat Peter Bauer forderten eine neue Umgehungsstraße.",
                 "Sowohl die Stadtverwaltung als auch die Polizei kündigten eine Untersuchung des Unfalls an."):
        doc = analyse(text)
        assert len(doc.statements) == 1, text
        assert speaker_text(doc, doc.statements[0]).startswith(("Die Bürgermeisterin", "die Stadtverwaltung",
                                                                "Sowohl die Stadtverwaltung", "die Polizei",
                                                                "der Landrat"))


def test_a_reported_speech_act_after_a_fronted_subordinate_clause():
    # (the fronted clause closed by a report verb is a speech act of its own, as the corpus marks it)
    doc = analyse("Während die Veranstalter von 9.000 Teilnehmern sprachen, sprach die Polizei von 4.000 Menschen.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["die Veranstalter", "die Polizei"]
    assert doc.statements[1].cue == "sprach von"
    assert doc.statements[1].content == "sprach die Polizei von 4.000 Menschen"


def test_a_split_report_verb_whose_particle_comes_before_a_second_verb():
    doc = analyse("Die Gewerkschaft wies die geplanten Kürzungen entschieden zurück und bezeichnete sie als Wortbruch.")
    assert [(speaker_text(doc, s), s.cue) for s in doc.statements] == [("Die Gewerkschaft", "wies zurück")]
    doc = analyse("Die Gewerkschaft wies auf die Kürzungen hin und ging danach zurück in die Halle.")
    assert all(s.cue != "wies zurück" for s in doc.statements)


def test_a_protest_is_a_reported_speech_act():
    doc = analyse("Gegen die Schließung der Klinik protestierte auch der Landesverband der Hebammen.")
    assert [(speaker_text(doc, s), s.cue) for s in doc.statements] == [("der Landesverband der Hebammen",
                                                                         "protestierte")]


def test_a_storm_that_claimed_lives_demands_nothing():
    doc = analyse("Bereits im Mai hatten Stürme an der Küste mehrere Todesopfer gefordert.")
    assert doc.statements == []
    doc = analyse("Bereits im Mai hat der Gemeinderat einen Deich an der Küste gefordert.")
    assert [s.cue for s in doc.statements] == ["gefordert"]
    doc = analyse("Bereits im Mai hatte der Gemeinderat einen Deich an der Küste gefordert.")
    # background: a statement, no quotation of the Wikinews corpus, and still a source for figures
    assert [s.cue for s in doc.statements] == ["gefordert"] and doc.quotations() == []
    assert [a.cue for a in doc.attributions] == ["gefordert"]


def test_a_passive_report_speaks_through_its_agent():
    doc = analyse("Von der Gewerkschaft wurde der Sparplan als unsozial kritisiert.")
    assert [(speaker_text(doc, s), s.cue) for s in doc.statements] == [("der Gewerkschaft", "kritisiert")]
    assert analyse("Die Zahl von 500 Toten wurde am Montag bestätigt.").statements == []


def test_a_state_or_an_airport_reports_a_speech_act():
    doc = analyse("Seit Jahren fordert der mexikanische Staat die Rückgabe der Federkrone.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["der mexikanische Staat"]
    doc = analyse("Für das laufende Jahr erwartet der Flughafen einen weiteren Anstieg der Passagierzahlen.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["der Flughafen"]


def test_angeben_with_als_or_mit_reports_a_whole_sentence():
    doc = analyse("Als Grund gab die Aufsichtsbehörde die mangelnde Wartung der Maschinen an.")
    assert [(speaker_text(doc, s), s.cue) for s in doc.statements] == [("die Aufsichtsbehörde", "gab an")]
    # without "als"/"mit" it names no statement: "Er gab sein Alter an" is no report of his
    assert analyse("Die Aufsichtsbehörde gab ihre Bilanz an.").statements == []


def test_dies_geht_aus_a_message_hervor_attributes_the_sentence_before_to_its_owner():
    doc = analyse("Der Konzern Fresenius plant eine Umwandlung in eine europäische Gesellschaft. "
                  "Dies geht aus einer Pressemitteilung des Konzerns hervor.")
    assert [(s.speaker, s.cue) for s in doc.statements] == [("Konzern", "geht hervor")]
    assert doc.statements[0].content.startswith("Der Konzern Fresenius plant")


def test_a_konjunktiv_clause_after_a_verb_of_saying_is_what_its_subject_said():
    doc = analyse("Die Ärztin Anna Weber warnte vor einer Hungersnot, wenn die Hilfe weiter ausbleibe: "
                  "„Die Lage ist ernst, die Vorräte gehen zu Ende.“")
    indirect = [(speaker_text(doc, s), s.content) for s in doc.statements if s.mode == "indirect"]
    assert indirect == [("Die Ärztin Anna Weber", "wenn die Hilfe weiter ausbleibe")]
    # in the indicative the clause is the writer's
    doc = analyse("Die Ärztin Anna Weber warnte vor einer Hungersnot, wenn die Hilfe weiter ausbleibt: "
                  "„Die Lage ist ernst, die Vorräte gehen zu Ende.“")
    assert [s.mode for s in doc.statements] == ["direct"]


def test_a_report_verb_of_a_group_nobody_names_is_a_statement_without_a_name():
    doc = analyse("Die Medien sprechen von mehreren Geiseln in dem Gebäude.")
    assert [(s.speaker, speaker_text(doc, s), s.cue) for s in doc.statements] == [
        (None, "Die Medien", "sprechen von")]
    # a speaker the names know keeps its name
    doc = analyse("Die Feuerwehr sprach von mehreren Verletzten in dem Gebäude.")
    assert [s.speaker for s in doc.statements] == ["Feuerwehr"]


def test_raten_zu_reports_a_whole_sentence():
    doc = analyse("So riet die Ärztin Maria Kern den Eltern zu mehr Geduld mit ihren Kindern.")
    assert [(s.speaker, s.cue) for s in doc.statements] == [("Maria Kern", "riet")]
    # "geraten" without a speaker's advice is something that happened
    assert analyse("Die Feier in der Stadthalle ist zu einem Desaster geraten.").statements == []


def test_a_contrasting_waehrend_clause_closed_by_a_report_verb_is_its_own_speakers_speech_act():
    text = ("Die Gewerkschaft lehnte den Tarifvertrag am Montag ab, "
            "während die Arbeitgeber den Abschluss ausdrücklich lobten.")
    doc = analyse(text)
    by_speaker = {speaker_text(doc, s): s.content for s in doc.statements}
    assert by_speaker == {"Die Gewerkschaft": "Die Gewerkschaft lehnte den Tarifvertrag am Montag ab",
                          "die Arbeitgeber": "während die Arbeitgeber den Abschluss ausdrücklich lobten"}


def test_waehrend_as_a_preposition_after_a_verb_of_saying_stays_the_complement():
    text = "Der Sprecher sagte, während der Sitzung sei es ruhig geblieben."
    doc = analyse(text)
    assert [s.content for s in doc.statements] == ["während der Sitzung sei es ruhig geblieben"]


def test_an_article_before_a_quoted_name_is_a_body_that_reports_a_speech_act():
    doc = analyse("Den Börsenwert der Firma beziffert der „Blitz am Abend“ auf 17 Milliarden Euro.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["der „Blitz am Abend“"]
    doc = analyse("Während die Regierung schweigt, fordert die „Neue Mitte“ seit Tagen den Rücktritt des Bürgermeisters.")
    assert [speaker_text(doc, s) for s in doc.statements] == ["die „Neue Mitte“"]
    doc = analyse("Die „Neue Mitte“ fordert den Rücktritt des Bürgermeisters.")  # (not its object)
    assert [speaker_text(doc, s) for s in doc.statements] == ["Die „Neue Mitte“"]


def test_a_quoted_name_without_an_article_after_the_verb_is_no_speaker():
    doc = analyse("Die neue Version verspricht „Suche ohne Werbung“ und schnellere Ergebnisse.")
    assert doc.statements == []


def test_a_contrast_adverb_between_subject_and_report_verb_keeps_the_subject_speaking():
    text = ("Die Polizei sprach von drei Verletzten. "
            "Die Armee hingegen sprach von einem Unfall ohne Verletzte.")
    doc = analyse(text)
    army = [s for s in doc.quotations() if "Unfall" in s.content]
    assert len(army) == 1 and speaker_text(doc, army[0]) == "Die Armee"
    assert army[0].content.startswith("Die Armee hingegen sprach von")


def test_a_contrast_adverb_before_a_verb_that_says_nothing_makes_no_statement():
    doc = analyse("Die Polizei sprach von drei Verletzten. Der Fahrer jedoch blieb unverletzt.")
    assert not any("Fahrer" in s.content for s in doc.quotations())


def test_a_focus_particle_before_a_name_belongs_to_the_subject():
    doc = analyse("Die Polizei war vor Ort. Auch Merkel forderte den Rücktritt der Regierung.")
    merkel = [s for s in doc.quotations() if "Rücktritt" in s.content]
    assert len(merkel) == 1 and speaker_text(doc, merkel[0]) == "Merkel"


def test_a_focus_particle_before_an_adverbial_leaves_the_subject_after_the_verb():
    doc = analyse("Die Polizei war vor Ort. Auch am Montag forderte die Opposition den Rücktritt der Regierung.")
    found = [s for s in doc.quotations() if "Rücktritt" in s.content]
    assert len(found) == 1 and speaker_text(doc, found[0]) == "die Opposition"


def _quoted_by(doc: Doc, content_start: str) -> list[str]:
    """Who each quotation (`Doc.quotations`) whose content starts so is marked for."""
    return sorted(speaker_text(doc, q) for q in doc.quotations() if q.content.startswith(content_start))


def test_a_passive_quoting_verb_with_its_agent_gives_the_quotation_to_both_parties():
    # the Wikinews corpus marks the quotation once for the one quoted and once for who quotes him
    doc = analyse("Der Bürgermeister wird von der Lokalzeitung mit den Worten zitiert, die Brücke sei sicher.")
    assert _quoted_by(doc, "die Brücke") == ["Der Bürgermeister", "der Lokalzeitung"]
    # our gold counts the statement once, the one quoted's
    assert [speaker_text(doc, s) for s in doc.statements] == ["Der Bürgermeister"]


def test_an_active_quoting_verb_with_its_object_gives_the_quotation_to_both_parties():
    doc = analyse("„Wir bauen die Halle neu“, zitiert die Lokalzeitung den Bürgermeister.")
    assert _quoted_by(doc, "Wir bauen") == ["den Bürgermeister", "die Lokalzeitung"]
    assert len(doc.statements) == 1


def test_a_quoting_verb_naming_one_party_gives_one_quotation():
    doc = analyse("„Wir bauen die Halle neu“, wird der Bürgermeister zitiert.")
    assert _quoted_by(doc, "Wir bauen") == ["der Bürgermeister"]
    doc = analyse("„Wir bauen die Halle neu“, zitiert die Lokalzeitung.")
    assert _quoted_by(doc, "Wir bauen") == ["die Lokalzeitung"]


def test_a_verb_of_saying_with_an_object_gives_one_quotation():
    doc = analyse("„Wir bauen die Halle neu“, sagte der Bürgermeister den Reportern.")
    assert len(doc.quotations()) == 1


def unframed(doc: Doc) -> list[tuple[str, str | None]]:
    """(content, speaker phrase) of the quotations no frame attributes, as Doc.quotations() gives them."""
    return [(q.content, speaker_text(doc, q) if q.speaker_span is not None else None)
            for q in doc.quotations() if q in doc.unframed_quotations]


def test_a_colon_quotation_without_a_verb_of_saying_is_a_quotation_of_the_clauses_subject():
    doc = analyse("Höhnisch veröffentlichte der Verfasser folgenden Kommentar dazu: "
                  "„Wer von der Liste gestrichen werden will, muss eben zahlen.“")
    assert doc.statements == []  # (a quotation the corpus marks, no statement of our gold)
    assert unframed(doc) == [("Wer von der Liste gestrichen werden will, muss eben zahlen.", "der Verfasser")]


def test_a_colon_quotation_takes_the_agent_noun_of_its_clause():
    doc = analyse("Als ein Fahrgast half, schlug der Randalierer um sich und schrie: „Lasst mich sofort hier raus!“")
    assert unframed(doc) == [("Lasst mich sofort hier raus!", "der Randalierer")]


def test_a_colon_quotation_after_darin_is_the_message_the_sentence_before_names():
    doc = analyse("Die Staatsanwaltschaft veröffentlichte am Dienstag eine Stellungnahme. "
                  "Darin steht unter anderem: „Wir bedauern die lange Verzögerung sehr.“")
    assert unframed(doc) == [("Wir bedauern die lange Verzögerung sehr.", "eine Stellungnahme")]


def test_a_colon_quotation_with_no_one_to_speak_it_is_a_quotation_without_speaker():
    doc = analyse("Auf dem Schild am Eingang stand: „Heute bleibt das Museum leider geschlossen.“")
    assert unframed(doc) == [("Heute bleibt das Museum leider geschlossen.", None)]


def test_a_title_after_a_colon_and_a_framed_quotation_are_no_unframed_quotations():
    doc = analyse("Die Band veröffentlichte im Mai ihr neues Album: „Nacht Und Nebel Über Der Stadt“.")
    assert doc.quotations() == []
    doc = analyse("Der Minister sagte: „Wir werden die Schulen im Herbst wieder öffnen.“")
    assert [q.content for q in doc.quotations()] == ["Wir werden die Schulen im Herbst wieder öffnen."]
    assert doc.unframed_quotations == []


def test_quoted_words_a_judging_verb_gives_as_its_object_are_a_quotation_of_who_judges():
    doc = analyse("Kritik kommt vom Fahrgastverband Pro Bahn, der diese Maßnahme als „Kapitulation vor den Randalierern“ sieht.")
    assert unframed(doc) == [("Kapitulation vor den Randalierern", "Fahrgastverband Pro Bahn")]
    doc = analyse("In einem Gespräch mit dem Bürgermeister wies der Geschäftsführer alle Vorwürfe als „völlig haltlos“ zurück.")
    assert unframed(doc) == [("völlig haltlos", "der Geschäftsführer")]
    doc = analyse("Die Busfahrer wurden gestern im „Tagesspiegel“ als „die wahren Helden der Stadt“ bezeichnet.")
    assert unframed(doc) == [("die wahren Helden der Stadt", "„Tagesspiegel“")]


def test_a_term_after_als_is_no_quotation():
    # "gilt als": a term; a passive naming no one who judges: a term defined
    assert unframed(analyse("Der Bürgermeister galt schon damals als „heimlicher Regierungschef“ der Stadt.")) == []
    assert unframed(analyse("Der Strom der Teilchen, der von der Sonne ausgeht, wird als „solarer Wind“ bezeichnet.")) == []


def test_quoted_words_in_lower_case_inside_a_statement_are_a_quotation_of_its_speaker_too():
    doc = analyse("Der Minister begründete den Rücktritt mit einer „veränderten Lage“ in der Partei.")
    assert [s.content for s in doc.statements] == [
        "Der Minister begründete den Rücktritt mit einer „veränderten Lage“ in der Partei"]  # (our gold: one)
    assert unframed(doc) == [("veränderten Lage", "Der Minister")]
    # a quoted name inside is none, nor one word alone
    doc = analyse("Der Minister begründete den Rücktritt mit einem Bericht der „Neuen Presse“ über seine „Fehler“.")
    assert unframed(doc) == []


def test_sprechen_von_after_a_comma_is_a_quotation_of_the_clauses_subject():
    doc = analyse("Im neuen Werk sind 300 Stellen entstanden, die Betreiber sprechen bereits von 600 Stellen im nächsten Jahr.")
    assert doc.statements == []  # (a quotation the corpus marks, no statement of our gold)
    assert unframed(doc) == [("die Betreiber sprechen bereits von 600 Stellen im nächsten Jahr", "die Betreiber")]


def test_sprechen_von_after_a_subject_with_a_phrase_of_its_own_is_its_quotation():
    doc = analyse("Ein Reporter von n24 sprach von 300 zerstörten Autos in der Vorstadt.")
    assert unframed(doc) == [("Ein Reporter von n24 sprach von 300 zerstörten Autos in der Vorstadt", "Ein Reporter von n24")]


def test_sprechen_von_needs_a_subject_that_can_speak_and_no_verb_before_it():
    # a verb and a conjunction before the verb: the phrase before them is no subject of it
    assert unframed(analyse("Die Polizei ermittelt und der Sprecher spricht von einem Unfall.")) == []
    # what speaks for a thing is no speaker ("Die Zahlen sprechen von ..." is no speech act of anyone)
    assert unframed(analyse("Im Herbst war es kühl, die Messwerte sprechen von einem frühen Winter.")) == []
    # Konjunktiv: reported speech a frame before gives its speaker
    assert unframed(analyse("Im Herbst war es kühl, der Bauer spreche von einem frühen Winter.")) == []
    # "sprechen mit": no "von" after the verb
    assert unframed(analyse("Nach dem Spiel kam es zu Streit, die Spieler sprachen mit dem Schiedsrichter.")) == []
