"""Speaker names read from the words of the speaker phrase (lagebild/analysis/speaker_names.py): the
name inside a description, and phrases that name no one; German sentences written for these tests."""

from __future__ import annotations

from attribution_helpers import analyse, speaker_text


def test_a_description_before_a_name_leaves_the_name():
    doc = analyse("Die lettische Nachrichtenseite Delfinet berichtete, in der Fabrik seien zwölf Arbeiter verletzt worden.")
    assert [s.speaker for s in doc.statements] == ["Delfinet"]
    # the span stays on the whole phrase in the sentence
    assert speaker_text(doc, doc.statements[0]).endswith("Nachrichtenseite Delfinet")
    doc = analyse('Die ghanaische Tageszeitung "Morning Herald" meldete, die Brücke sei eingestürzt.')
    assert [s.speaker for s in doc.statements] == ["Morning Herald"]
    doc = analyse("Nach Angaben des Betreibers Kornfeldwerk waren 40 Arbeiter in der Halle.")
    assert [s.speaker for s in doc.statements] == ["Kornfeldwerk"]


def test_an_age_before_a_full_name_describes_the_person():
    doc = analyse("Die 41-jährige Talvikki Ojanperä berichtete, das Wasser sei binnen Minuten gestiegen.")
    assert [s.speaker for s in doc.statements] == ["Talvikki Ojanperä"]


def test_a_description_without_a_name_is_left_alone():
    # a single word after an age is an unnamed person, not a surname
    doc = analyse("Der 52-jährige Schäfer sagte, viele Tiere seien ertrunken.")
    assert "Schäfer" not in [s.speaker for s in doc.statements]
    # the kind word beginning a name stays part of it when nothing describes it before
    doc = analyse("Die Stiftung Warentest teilte mit, zwölf Geräte seien mangelhaft.")
    assert [s.speaker for s in doc.statements] != ["Warentest"]


def test_phrases_that_name_no_one_give_statements_without_speaker():
    doc = analyse("Allein am Dienstag habe man 30 Drohnen gezählt, teilte das Ministerium mit.")
    assert "Allein" not in [s.speaker for s in doc.statements]
    doc = analyse("Etwa 3.500 von ihnen hätten angegeben, sie wollten nach Hause zurückkehren.")
    assert "Etwa" not in [s.speaker for s in doc.statements]
    assert not any(s.speaker and s.speaker[0].isdigit() for s in doc.statements)


def test_a_national_society_is_named_by_its_country_and_so_is_the_bare_name_after_it():
    doc = analyse("Das Kolumbianische Rote Kreuz teilte mit, 300 Familien seien in Notunterkünften. "
                  "Das Rote Kreuz sagte zudem, es fehle an Trinkwasser.")
    assert [s.speaker for s in doc.statements] == ["Colombian Red Cross", "Colombian Red Cross"]
    # with no country named, the movement's name stays
    doc = analyse("Das Rote Kreuz sagte, es fehle an Trinkwasser.")
    assert [s.speaker for s in doc.statements] == ["Red Cross"]
    # two societies: the bare name is left to neither
    doc = analyse("Das Kolumbianische Rote Kreuz und das Ecuadorianische Rote Kreuz halfen an der Grenze. "
                  "Das Rote Kreuz sagte, es fehle an Trinkwasser.")
    assert doc.statements[-1].speaker == "Red Cross"


def test_a_speaker_phrase_writing_more_of_a_name_than_the_mention_gives_the_whole_name():
    # a company whose name holds a place: the company speaks, not the place
    doc = analyse("Die Anlage sei im Mai geprüft worden, erklärte Fundição Serra Branca in einer Mitteilung.")
    assert doc.statements[0].speaker == "Fundição Serra Branca"
    # a three-part name the recogniser cut after two words, here and in a later statement
    doc = analyse("Ihr Sprecher Abdirahman Farah Guuleed sagte, die Kämpfe hätten am Morgen begonnen. "
                  "Nach seinen Angaben wurden zwölf Kämpfer verletzt.")
    assert {s.speaker for s in doc.statements} == {"Abdirahman Farah Guuleed"}


def test_a_name_is_not_grown_by_the_words_around_it():
    # an acronym after the kind of body is whole; a city adjective before a body is no name part
    doc = analyse("Die Katastrophenschutzbehörde BNPB teilte mit, 40 Häuser seien zerstört.")
    assert doc.statements[0].speaker == "BNPB"
    doc = analyse("Innenministerin Karla Velden sagte, die Grenze bleibe offen.")
    assert doc.statements[0].speaker == "Karla Velden"


def test_the_city_speaking_in_an_article_datelined_there_is_that_city():
    text = ("Göttingen (dpa) - Nach dem Wasserrohrbruch in der Göttinger Innenstadt bleiben zwei Schulen geschlossen. "
            "Nach Angaben der Stadt sind rund 3.000 Haushalte ohne Wasser. In Göttingen wird am Abend repariert.")
    assert [s.speaker for s in analyse(text).statements] == ["Stadt Göttingen"]
    # a newsroom's dateline the article never names again is no city of the story
    text = ("Berlin (dpa) - Nach dem Wasserrohrbruch bleiben zwei Schulen geschlossen. "
            "Nach Angaben der Stadt sind rund 3.000 Haushalte ohne Wasser.")
    assert [s.speaker for s in analyse(text).statements] == ["Stadt"]


def test_someone_the_text_does_not_name_is_no_named_speaker():
    doc = analyse("Ein Augenzeuge sagte, der Wagen sei viel zu schnell gewesen.")
    assert [s.speaker for s in doc.statements] == [None]
    assert speaker_text(doc, doc.statements[0]) == "Ein Augenzeuge"  # the phrase stays the speaker span
    doc = analyse("Ein Bewohner von Oberhausen sagte, das Wasser sei binnen Minuten gestiegen.")
    assert [s.speaker for s in doc.statements] == [None]
    # a spokesperson of a body speaks for it; a named person is named
    doc = analyse("Ein Sprecher der Feuerwehr sagte, das Wasser sei binnen Minuten gestiegen.")
    assert doc.statements[0].speaker is not None
    doc = analyse("Eine Anwohnerin, Helga Brämer, sagte, das Wasser sei binnen Minuten gestiegen.")
    assert doc.statements[0].speaker == "Helga Brämer"


def test_a_surname_shared_by_two_people_keeps_the_name_its_phrase_writes():
    text = ("Die Angreifer hätten mehrere Häuser angezündet, sagte der Bezirksvorsteher Sani Dankano Kaura der "
            "Zeitung am Montag. Polizeisprecher Yazid Dankano erklärte am Sonntag, zwölf Menschen seien gestorben.")
    speakers = [s.speaker for s in analyse(text).statements]
    assert speakers == ["Sani Dankano Kaura", "Yazid Dankano"]


def test_a_person_described_by_age_alone_is_no_named_speaker():
    doc = analyse("Der 61-jährige Fischer sagte, so hoch sei das Wasser noch nie gestiegen.")
    assert [s.speaker for s in doc.statements] == [None]
    # an age before a name describes the named person
    doc = analyse("Der 61-jährige Thomas Berger sagte, so hoch sei das Wasser noch nie gestiegen.")
    assert [s.speaker for s in doc.statements] == ["Thomas Berger"]


def test_a_role_before_a_comma_leaves_the_name_after_it():
    doc = analyse("Der Landrat von Görlitz, Torben Willemsen, sagte, der Brand sei unter Kontrolle.")
    assert [s.speaker for s in doc.statements] == ["Torben Willemsen"]
    doc = analyse("Ein Bezirksbeamter, Anil Pradhan, sagte am Telefon, die Straße bleibe gesperrt.")
    assert [s.speaker for s in doc.statements] == ["Anil Pradhan"]


def test_two_names_holding_the_same_place_are_each_kept_where_written():
    doc = analyse("RegioBahn Österreich sprach von einem tragischen Unfall. "
                  "Laut Wetterdienst Österreich sei die Straße vereist gewesen.")
    assert [s.speaker for s in doc.statements] == ["RegioBahn Österreich", "Wetterdienst Österreich"]


def test_a_romance_name_goes_on_over_its_lowercase_particles():
    # a newspaper named after a place: the newspaper speaks, not the place
    doc = analyse('Laut dem "Giornale del Piemonte" wurden in der Nacht 14 Autos beschädigt.')
    assert [s.speaker for s in doc.statements] == ["Giornale del Piemonte"]
    doc = analyse("Laut der Zeitung Heraldo de Zaragoza wurden in der Nacht 14 Autos beschädigt.")
    assert [s.speaker for s in doc.statements] == ["Heraldo de Zaragoza"]


def test_an_acronym_opening_the_name_a_phrase_ends_in_grows_to_that_name():
    doc = analyse("Der HC Fiè-Castelrotto wies den Vorwurf zurück, die Randalierer seien aus seiner Kurve gekommen.")
    assert [s.speaker for s in doc.statements] == ["HC Fiè-Castelrotto"]


def test_a_spokesperson_of_a_body_named_in_free_words_speaks_as_the_body():
    doc = analyse("Ein Sprecher der Tiroler Landeskliniken sagte, keiner der Verletzten sei in Lebensgefahr.")
    assert [s.speaker for s in doc.statements] == ["Tiroler Landeskliniken"]
    # a spokesperson the text names stays that person
    doc = analyse("Der Sprecher der Tiroler Landeskliniken, Markus Pirchner, sagte, keiner sei in Lebensgefahr.")
    assert [s.speaker for s in doc.statements] == ["Markus Pirchner"]


def test_a_pronoun_after_a_role_and_its_apposed_name_is_that_name():
    doc = analyse("Ein Vertreter der Gemeinde, Musa Danjuma, sprach von deutlich mehr Opfern. "
                  "„Wir haben gestern elf Menschen beerdigt“, sagte er. Nach seinen Angaben verbrannten 40 Häuser.")
    assert [s.speaker for s in doc.statements] == ["Musa Danjuma"] * 3


def test_von_der_before_a_lowercase_word_opens_a_body_not_a_name():
    doc = analyse("Die Zahl sei zu niedrig, sagte Mohamed Ali Hassan von der kenianischen Bauernliga KFL.")
    assert [s.speaker for s in doc.statements] == ["Mohamed Ali Hassan"]
    # a name particle before a name stays in it
    doc = analyse("Die Präsidentin Ursula von der Leyen sagte, die Hilfe komme rasch.")
    assert [s.speaker for s in doc.statements] == ["Ursula von der Leyen"]


def test_a_place_between_an_opening_source_phrase_and_its_verb_is_the_source_seat():
    doc = analyse("Nach Angaben der griechischen Hafenbehörde in Piräus erreichten am Sonntag rund 300 Menschen die Insel.")
    statement = doc.statements[0]
    assert statement.speaker == "griechischen Hafenbehörde in Piräus"
    assert statement.content.startswith("erreichten")
    # a place after the verb stays in what was said
    doc = analyse("Nach Angaben der Feuerwehr wurden in Piräus zwölf Menschen verletzt.")
    assert doc.statements[0].content.startswith("wurden in Piräus")


def test_an_organisation_apposed_to_a_phrase_naming_none_speaks():
    doc = analyse("Der Vermieter, die Wohnbaugesellschaft Lindenhof GmbH, erklärte, alle Mängel seien behoben.")
    # (named by the name after its kind word, as "die Betreibergesellschaft X" is)
    assert [s.speaker for s in doc.statements] == ["Lindenhof GmbH"]
    # a list of bodies is no apposition
    doc = analyse("Die Polizei, die Feuerwehr und das Rote Kreuz sagten, es gebe drei Tote.")
    assert "Feuerwehr" not in [s.speaker for s in doc.statements]


def test_a_pointing_word_before_a_body_is_no_part_of_its_name():
    # "örtliche", "sogenannte", "dortigen" only point at the body: the speaker is its noun, as a claim's source is
    doc = analyse("Das örtliche Bürgerkomitee erklärte, in der Nacht seien zwölf Häuser abgebrannt.")
    assert [s.speaker for s in doc.statements] == ["Bürgerkomitee"]
    doc = analyse("Die sogenannte Übergangsverwaltung teilte mit, die Straße bleibe gesperrt.")
    assert [s.speaker for s in doc.statements] == ["Übergangsverwaltung"]
    # the words the article wrote stay a spelling of that name (as_written), once the claims are built
    assert [(m.text, m.canonical) for m in doc.speaker_spellings] == [("sogenannte Übergangsverwaltung",
                                                                      "Übergangsverwaltung")]
    # a nationality is no pointing word: it says whose body it is
    doc = analyse("Die georgische Wahlkommission erklärte, die Auszählung dauere an.")
    assert [s.speaker for s in doc.statements] != ["Wahlkommission"]


def test_a_kind_word_the_entities_step_read_into_a_body_describes_the_name_after_it():
    doc = analyse("Die Hilfsorganisation Mountain Relief Group teilte mit, 14 Familien seien obdachlos.")
    assert [s.speaker for s in doc.statements] == ["Mountain Relief Group"]
    assert speaker_text(doc, doc.statements[0]).endswith("Hilfsorganisation Mountain Relief Group")
    # a place after the kind word is no name of the body: the body's name stays whole
    doc = analyse("Das Landesgesundheitsamt Niedersachsen teilte mit, 14 Kinder seien erkrankt.")
    assert [s.speaker for s in doc.statements] != ["Niedersachsen"]


def test_the_written_phrase_is_a_spelling_of_the_shortened_speaker():
    from lagebild.analysis import analyze
    from lagebild.model import Article, statement_record, written_names

    text = "Das örtliche Bürgerkomitee erklärte, in der Nacht seien zwölf Häuser abgebrannt."
    analysis = analyze(Article(id="t", text=text, language="de"))
    records = [statement_record(s, written_names(analysis)) for s in analysis.statements]
    assert [(r["speaker"], r["as_written"]) for r in records] == [
        ("Bürgerkomitee", {"speaker": ["örtliche Bürgerkomitee"]})]


def test_a_compound_kind_noun_describes_the_name_after_it_the_bare_noun_may_begin_one():
    doc = analyse("Die Beobachtungsgruppe Skywatch sprach von zwölf Toten.")
    assert [s.speaker for s in doc.statements] == ["Skywatch"]
    doc = analyse("Die Betreibergesellschaft Nordkraft Energia erklärte, die Anlage sei sicher.")
    assert [s.speaker for s in doc.statements] == ["Nordkraft Energia"]
    # lowercase words inside the name after a kind noun ("für", "the") stay part of it
    doc = analyse("Die Menschenrechtsorganisation Stimme für Gerechtigkeit erklärte, zwölf Aktivisten seien in Haft.")
    assert [s.speaker for s in doc.statements] == ["Stimme für Gerechtigkeit"]
    # the bare kind noun begins a name ("Gruppe Wagner"), and a local body's compound is followed by its place
    doc = analyse("Das Bezirksfeuerwehrkommando Gmünd teilte mit, zwölf Feuerwehren seien im Einsatz gewesen.")
    assert [s.speaker for s in doc.statements] != ["Gmünd"]


def test_a_kind_noun_in_the_genitive_describes_the_name_after_it():
    doc = analyse("Nach Angaben des estnischen Rundfunks Raadio Tallinn wurden zwei Männer festgenommen.")
    assert [s.speaker for s in doc.statements] == ["Raadio Tallinn"]


def test_a_four_part_name_the_recogniser_cut_after_two_words_is_whole():
    doc = analyse("Bahnminister Mohammad Rafiqul Islam Chowdhury sagte, ein Signalfehler sei die wahrscheinliche Ursache.")
    assert [s.speaker for s in doc.statements] == ["Mohammad Rafiqul Islam Chowdhury"]
