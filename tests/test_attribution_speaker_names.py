"""Which name a speaker gets: words that stand for someone named before (an age, a role), on German
sentences written for these tests."""

from __future__ import annotations

from attribution_helpers import analyse


def test_a_speaker_named_by_age_is_the_person_named_before():
    doc = analyse("Einsatzleiter Bernd Kolbeck war als Erster am Haus. "
                  "Seine Leute hätten zwölf Bewohner gerettet, sagte der 51-Jährige.")
    assert [s.speaker for s in doc.statements] == ["Bernd Kolbeck"]
    # with nobody named before, the age stays the speaker
    doc = analyse("Seine Leute hätten zwölf Bewohner gerettet, sagte der 51-Jährige.")
    assert [s.speaker for s in doc.statements] == ["51-Jährige"]


def test_a_role_in_the_genitive_is_named_in_the_nominative():
    doc = analyse("Nach Angaben eines Feuerwehrsprechers brannten am Morgen noch zwei Lagerhallen.")
    assert [s.speaker for s in doc.statements] == ["Feuerwehrsprecher"]


def test_a_role_with_its_place_before_the_apposed_person_is_that_person():
    doc = analyse("Nach Angaben des Polizeichefs in Coesfeld, Heinrich Ostkamp, mussten 40 Familien ihre Häuser verlassen.")
    assert [s.speaker for s in doc.statements] == ["Heinrich Ostkamp"]
    # the name opening the reported clause is no apposition
    doc = analyse("Der Polizeichef in Coesfeld sagte, Heinrich Ostkamp habe die Feuerwehr alarmiert.")
    assert [s.speaker for s in doc.statements] != ["Heinrich Ostkamp"]


def test_a_bare_role_with_a_definite_article_is_the_person_named_with_that_role():
    text = ("Verkehrsminister Jonas Lindqvist besuchte am Morgen die Unglücksstelle. "
            "Zugleich kündigte der Minister an, die Ursache lückenlos aufzuklären.")
    assert [s.speaker for s in analyse(text).statements][-1] == "Jonas Lindqvist"
    # an indefinite role introduces someone new
    text = ("Verkehrsminister Jonas Lindqvist besuchte am Morgen die Unglücksstelle. "
            "Ein Minister aus dem Nachbarland sagte, die Brücke sei seit Jahren marode gewesen.")
    assert "Jonas Lindqvist" not in [s.speaker for s in analyse(text).statements]


def test_a_three_word_name_after_a_role_closed_by_a_verb_of_saying_is_whole():
    doc = analyse("AA-Sprecher Khaing Min Thet erklärte, die Rebellen hätten sieben Posten eingenommen.")
    assert [s.speaker for s in doc.statements] == ["Khaing Min Thet"]
    # a noun after two names is no third name ("Nacht für Nacht")
    doc = analyse("Dies sagte Sprecher Okonkwo Adebayo Nacht für Nacht.")
    assert all(m.text != "Okonkwo Adebayo Nacht" for m in doc.mentions)


def test_a_body_named_after_the_word_for_its_kind_is_its_name():
    doc = analyse("Nach Zählung der Organisation Harbour Watch ertranken in diesem Jahr mehr als 900 Menschen.")
    assert [s.speaker for s in doc.statements] == ["Harbour Watch"]
    doc = analyse("Der staatliche Wetterdienst Meteoalarm erwartet erst am Sonntag Regen.")
    assert [s.speaker for s in doc.statements] == ["Meteoalarm"]


def test_a_bare_spokesperson_with_no_body_before_speaks_for_the_body_of_its_own_sentence():
    doc = analyse("Die Feuerwehr barg am Sonntag zwei Verletzte aus dem Haus, wie ein Sprecher in Garmisch mitteilte.")
    assert [s.speaker for s in doc.statements] == ["Feuerwehr"]


def test_a_role_with_a_body_and_a_place_before_the_apposed_person_is_that_person():
    doc = analyse("Es gebe kaum noch Betten, sagte der Leiter des Roten Kreuzes in Melilla, Tomás Herrero.")
    assert [s.speaker for s in doc.statements] == ["Tomás Herrero"]


def test_an_age_refers_to_the_person_named_not_to_an_unnamed_speaker_in_between():
    doc = analyse("Der Lkw-Fahrer Peter Brandl stand am Straßenrand. Ein Augenzeuge sagte, es habe laut geknallt. "
                  "Vor ihm seien viele Autos ineinandergefahren, sagte der 52-Jährige.")
    assert [s.speaker for s in doc.statements][-1] == "Peter Brandl"


def test_a_name_after_a_kind_in_the_genitive_keeps_its_last_letter():
    doc = analyse("Nach Angaben des Landkreises Heidekreis wurden zwölf Menschen verletzt. "
                  "Nach Angaben des Wiener Gesundheitsverbunds sind zwei Kliniken überlastet.")
    assert [s.speaker for s in doc.statements] == ["Landkreises Heidekreis", "Wiener Gesundheitsverbund"]


def test_a_bare_group_word_is_the_body_the_article_qualified_with_it():
    doc = analyse("In Novi Sad hat die serbische Polizei am Morgen eine Schule geräumt. "
                  "Der Täter sei festgenommen worden, teilte die Polizei mit.")
    assert [s.speaker for s in doc.statements] == ["Serbian police"]
    doc = analyse("Die kongolesische Armee rückte am Montag auf die Stadt vor. "
                  "Nach Armeeangaben wurden dabei zwölf Kämpfer gefangen genommen.")
    assert [s.speaker for s in doc.statements] == ["Congolese army"]
    # two bodies qualified with the word: the bare word names neither
    doc = analyse("Die ukrainische Armee und die russische Armee meldeten Gefechte. "
                  "Die Armee teilte mit, zwei Dörfer seien geräumt worden.")
    assert [s.speaker for s in doc.statements][-1] not in ("Ukrainian army", "Russian army")
    # a name that contains the word is not the body it qualifies
    doc = analyse("Kämpfer der Weißen Armee griffen das Lager an. "
                  "Die Armee sprach von sieben getöteten Soldaten.")
    assert doc.statements[-1].speaker != "Weißen Armee"


def test_a_bare_national_body_in_a_foreign_article_is_that_countrys():
    text = ("In Mogadischu haben Bewaffnete ein Hotel gestürmt. Die Kämpfe in Mogadischu dauerten bis zum Morgen. "
            "Nach Angaben der Regierung wurden 40 Gäste befreit.")
    assert [s.speaker for s in analyse(text).statements] == ["Somali government"]
    # the police are named as the text names them: they are as often a city's or a province's
    text = text.replace("der Regierung", "der Polizei")
    assert [s.speaker for s in analyse(text).statements] != ["Somali police"]
    # an article in the home country keeps its own word
    text = ("In Kassel und Fulda fiel am Morgen der Strom aus. Nach Angaben der Regierung "
            "waren 40.000 Haushalte betroffen.")
    assert [s.speaker for s in analyse(text).statements][0] != "German government"


def test_a_body_named_with_a_place_in_it_is_the_body_not_the_place():
    doc = analyse("Die Provinzregierung von Khyber Pakhtunkhwa teilte mit, vier Verletzte seien gestorben.")
    assert [s.speaker for s in doc.statements] == ["Provinzregierung von Khyber Pakhtunkhwa"]
    doc = analyse("Die Organisation Sudan Watch erklärte, das Lager sei geräumt worden.")
    assert [s.speaker for s in doc.statements] == ["Sudan Watch"]
    doc = analyse("Die Regionalregierung der Balearen fordert, dass der Bund hilft.")
    assert [s.speaker for s in doc.statements] == ["Regionalregierung der Balearen"]
    doc = analyse("Ein Sprecher des Flughafens Wien sagte, die Maschine sei sicher gelandet.")
    assert [s.speaker for s in doc.statements] == ["Flughafen Wien"]
    # the place alone still speaks as the place
    doc = analyse("Polen erklärte, die Grenze bleibe offen.")
    assert [s.speaker for s in doc.statements] == ["Poland"]


def test_a_place_in_the_genitive_owns_the_office_that_speaks():
    doc = analyse("Portugals Innenministerin sagte, die Grenze bleibe offen.")
    assert [s.speaker for s in doc.statements] == ["Portugals Innenministerin"]
    doc = analyse("Chiles Verteidigungsminister sagte, die Lage sei ruhig.")
    assert [s.speaker for s in doc.statements] == ["Chiles Verteidigungsminister"]
    # the place alone, in the genitive before no noun, still speaks as the place
    doc = analyse("Nach Angaben Portugals bleibe die Grenze offen.")
    assert [s.speaker for s in doc.statements] == ["Portugal"]


def test_the_group_is_the_group_named_before():
    doc = analyse("Kämpfer der Rebellengruppe MNLA griffen am Montag einen Posten an. "
                  "Die Gruppe behauptete, es seien 40 Soldaten getötet worden.")
    assert [s.speaker for s in doc.statements] == ["MNLA"]


def test_a_hyphenated_body_of_a_name_is_the_body_and_a_word_of_saying_is_not():
    doc = analyse("Nach Angaben des UN-Menschenrechtsbüros wurden 580 Menschen verletzt.")
    assert [s.speaker for s in doc.statements] == ["UN-Menschenrechtsbüro"]
    doc = analyse("Nach UN-Angaben wurden 580 Menschen verletzt.")
    assert [s.speaker for s in doc.statements] == ["UN"]


def test_a_possessive_role_with_an_apposed_name_is_that_person():
    doc = analyse("Die Junta meldete Kämpfe. Ihr Sprecher, Generalmajor Kyaw Min, sagte, "
                  "die Luftwaffe habe ein Lager bombardiert.")
    assert [s.speaker for s in doc.statements][-1] == "Kyaw Min"
    # without a name the possessive still stands for the body before
    doc = analyse("Die Junta meldete Kämpfe. Ihr Sprecher sagte, die Luftwaffe habe ein Lager bombardiert.")
    assert [s.speaker for s in doc.statements][-1] == "Junta"


def test_chambers_associations_and_ombuds_offices_speak():
    # "-kammer", "Vereinigung", "Ombudsstelle": bodies no list of names knows report their own sentence
    doc = analyse("Die Salzburger Ärztekammer forderte eine Impfpflicht für Lehrer.")
    assert [s.speaker for s in doc.statements] == ["Salzburger Ärztekammer"]
    doc = analyse("Die staatliche Ombudsstelle zählte am Dienstag 44 Tote.")
    # ("staatliche" only points at the body: the article's words stay the name's spelling)
    assert [s.speaker for s in doc.statements] == ["Ombudsstelle"]
    assert [m.text for m in doc.speaker_spellings] == ["staatliche Ombudsstelle"]
    # the kind word before a name describes it: the name speaks
    doc = analyse("Die Vereinigung Miyetti Allah wies jede Verantwortung zurück.")
    assert [(s.speaker, s.denial) for s in doc.statements] == [("Miyetti Allah", True)]


def test_a_body_named_after_the_word_for_its_kind_is_its_name():
    doc = analyse("Nach Zählung der Menschenrechtsorganisation Amnesty International starben 40 Menschen.")
    assert [s.speaker for s in doc.statements] == ["Amnesty International"]
    doc = analyse("Die italienische Hilfsorganisation Casa Aperta sagte, viele Menschen seien obdachlos.")
    assert [s.speaker for s in doc.statements] == ["Casa Aperta"]
    # the kind word alone still names the group
    doc = analyse("Eine italienische Hilfsorganisation sagte, viele Menschen seien obdachlos.")
    assert [s.speaker for s in doc.statements] == ["Italian aid organisations"]


def test_a_role_at_a_sentence_end_names_nobody_in_the_next_sentence():
    # the dot after "Sprecherin" ends her sentence: "Finnlands" opens the next one and is no name of hers
    doc = analyse("Die Klinik fürchtet Engpässe, sagte eine Sprecherin. "
                  "Finnlands Regierung betont, das Land sei kein Ziel für eine dauerhafte Aufnahme.")
    assert [s.speaker for s in doc.statements][-1] == "Finnish government"


def test_a_name_after_the_word_for_its_kind_of_body_is_the_speaker():
    # "Menschenrechtsorganisation" only says what kind of body Amnesty International is
    doc = analyse("Nach Zählung der Menschenrechtsorganisation Amnesty International wurden 300 Menschen getötet.")
    assert [s.speaker for s in doc.statements] == ["Amnesty International"]
    doc = analyse("Die Hilfsorganisation Ärzte ohne Grenzen berichtete, ihre Teams hätten 1.100 Patienten behandelt.")
    assert [s.speaker for s in doc.statements] == ["Doctors Without Borders"]
    # the kind word alone stays the group it names
    doc = analyse("Die Hilfsorganisationen berichteten, ihre Teams hätten 1.100 Patienten behandelt.")
    assert [s.speaker for s in doc.statements] == ["aid organisations"]


def test_a_name_no_list_knows_after_the_word_for_its_kind_is_the_speaker():
    # "Hilfsorganisation" says what kind of body it is; the foreign name after it, with its particles, speaks
    doc = analyse("Nach Schätzung der Hilfsorganisation Médecins du Monde harren dort rund 1.500 Menschen aus.")
    assert [s.speaker for s in doc.statements] == ["Médecins du Monde"]
    doc = analyse("Nach Angaben der Hilfsorganisation Save the Children starben sieben Kinder.")
    assert [s.speaker for s in doc.statements] == ["Save the Children"]
    # a place after the kind word is no name of the body
    doc = analyse("Nach Angaben der Hilfsorganisationen in Berlin starben sieben Kinder.")
    assert [s.speaker for s in doc.statements] != ["Berlin"]
    # a quoted newspaper title keeps its particle and its statement
    doc = analyse('Die Zeitung "La Voix du Nord" berichtete von drei Toten.')
    assert [s.speaker for s in doc.statements] == ["La Voix du Nord"]


def test_a_quoted_name_after_the_word_for_its_kind_is_the_speaker():
    # "Exilmedium", "staatliche Zeitung", "Bündnis": the word before the quoted name only says what it names
    doc = analyse("Wie das Exilmedium „Mandalay Post“ berichtete, warf ein Kampfflugzeug zwei Bomben ab.")
    assert [s.speaker for s in doc.statements] == ["Mandalay Post"]
    doc = analyse('Die staatliche Zeitung "Neues Licht" berichtete, die Armee habe 20 Kämpfer getötet.')
    assert [s.speaker for s in doc.statements] == ["Neues Licht"]


def test_a_name_after_its_kind_word_is_not_cut_at_a_link_word_no_list_knows():
    # "for" is a particle inside an English name: the whole name speaks
    doc = analyse("Laut der Hilfsorganisation Hope for Harbours starben 12 Menschen.")
    assert [s.speaker for s in doc.statements] == ["Hope for Harbours"]
    # an unknown lower-case word before a capitalised one may carry the name on: its first word is no name
    doc = analyse("Laut der Hilfsorganisation Hope sur Harbours starben 12 Menschen.")
    assert [s.speaker for s in doc.statements] != ["Hope"]


def test_a_bodys_word_before_a_place_names_the_body_there():
    # "Bezirkskrankenhaus" ends in a body's word: the hospital at Kisoro speaks, not the place
    doc = analyse("Drei Kinder seien gestorben, berichtete das Bezirkskrankenhaus Kisoro.")
    assert [s.speaker for s in doc.statements] == ["Bezirkskrankenhaus Kisoro"]


def test_a_word_no_list_knows_before_a_place_names_a_body_called_after_the_place():
    doc = analyse("Rettungskreis Donau weist das zurück: Das Patrouillenboot sei erst spät eingetroffen.")
    assert [s.speaker for s in doc.statements] == ["Rettungskreis Donau"]
    # a German word after the name does not carry it on ("am Wochenende")
    doc = analyse("Nach Angaben der Hilfsorganisation Mare Libero starben am Wochenende vier Menschen.")
    assert [s.speaker for s in doc.statements] == ["Mare Libero"]


def test_a_definite_kind_word_alone_is_the_body_named_before_with_it():
    # "der Organisation" after "Organisation Rettungskreis Donau": the body the article named with the word
    doc = analyse("Das Schiff der Regensburger Organisation Rettungskreis Donau hat 143 Menschen gerettet. "
                  "Unter den Geretteten sind nach Angaben der Organisation 31 Minderjährige.")
    assert [s.speaker for s in doc.statements] == ["Rettungskreis Donau"]
    # a compound of the word with the body's acronym after it ("Katastrophenschutzbehörde DoDMA")
    doc = analyse("Die Katastrophenschutzbehörde DoDMA zählte 23 Tote. "
                  "Mehr als 41.000 Menschen hätten ihre Häuser verlassen müssen, erklärte die Behörde.")
    assert [s.speaker for s in doc.statements][-1] == "DoDMA"
    # a name cut off by a lower-case word names nobody: the kind word stays
    doc = analyse("Das Schiff der Organisation Hope sur Mer hat 143 Menschen gerettet. "
                  "Unter den Geretteten sind nach Angaben der Organisation 31 Minderjährige.")
    assert [s.speaker for s in doc.statements] != ["Hope"]


def test_a_group_word_cut_short_before_und_is_part_of_a_compound_name():
    # "Feuerwehr- und Zivilschutzdienst": the hyphen leaves "Feuerwehr" to share the next word's end, no body of
    # its own (a last conjunct a list knows still names the body: "Bau- und Verkehrsministerium", test_attribution_content)
    doc = analyse("Der Feuerwehr- und Zivilschutzdienst der Provinz zählte am Abend elf Verletzte.")
    assert [s.speaker for s in doc.statements] == ["Feuerwehr- und Zivilschutzdienst der Provinz"]
    doc = analyse("Nach Angaben des Feuerwehr- und Bergungskorps wurden elf Menschen verletzt.")
    assert [s.speaker for s in doc.statements] == ["Feuerwehr- und Bergungskorps"]
    # the whole word alone is the body itself
    doc = analyse("Die Feuerwehr zählte am Abend elf Verletzte.")
    assert [s.speaker for s in doc.statements] == ["Feuerwehr"]


def test_a_finite_verb_of_saying_is_no_part_of_the_name_before_zufolge():
    # "sagte" ends like an adjective, but a finite verb ends the noun phrase before "zufolge": the relay speaks
    doc = analyse("Ein Arzt aus Kassala sagte Dabanga zufolge, seit Sonntag seien 40 Verletzte behandelt worden.")
    assert [s.speaker for s in doc.statements] == ["Dabanga"]
    # an adjective before the name still belongs to its phrase
    doc = analyse("Der unabhängigen Dabanga zufolge wurden seit Sonntag 40 Verletzte behandelt.")
    [statement] = doc.statements
    assert doc.text[statement.speaker_span.start:statement.speaker_span.end] == "Der unabhängigen Dabanga"


def test_an_indefinite_article_after_von_ends_the_name_of_the_source():
    # "von einem ..." is the verb's phrase ("getroffen von"), not the rest of the body's name
    doc = analyse("Der Arbeiter wurde nach Angaben der Sicherheitsregion Twente von einem herabstürzenden Balken getroffen.")
    assert [s.speaker for s in doc.statements] == ["Sicherheitsregion Twente"]
    doc = analyse("Die Polizei geht nach Angaben des Ermittlungsausschusses von einem Unfall aus.")
    assert [s.speaker for s in doc.statements] == ["Ermittlungsausschuss"]
    # a place after "von" still belongs to the name
    doc = analyse("Nach Angaben der Stadtverwaltung von Porto Alegre kamen am Montag 300 Menschen an.")
    assert [s.speaker for s in doc.statements] == ["Stadtverwaltung von Porto Alegre"]


def test_a_definite_body_word_alone_is_the_body_named_before_with_a_longer_name():
    # "das Ministerium" after "vom Thüringer Migrationsministerium": a compound of the word, an adjective before it
    doc = analyse("Die Asylsuchenden werden vom Thüringer Migrationsministerium in Suhl untergebracht. "
                  "Im September seien rund 1.100 Menschen gekommen, teilte das Ministerium mit.")
    assert [s.speaker for s in doc.statements] == ["Thüringer Migrationsministerium"]
    # "der Behörde" after "der kolumbianischen Migrationsbehörde": named in the nominative
    doc = analyse("Der Grenzübergang wurde von der kolumbianischen Migrationsbehörde am Morgen geschlossen. "
                  "Nach Angaben der Behörde warten dort 300 Menschen.")
    assert [s.speaker for s in doc.statements] == ["kolumbianische Migrationsbehörde"]
    # the words as written and the bare word stay spellings of that body (as_written)
    written = {m.text for m in doc.speaker_spellings if m.canonical == "kolumbianische Migrationsbehörde"}
    assert written == {"kolumbianischen Migrationsbehörde", "Behörde"}
    # with no longer name before, the word stays the speaker
    doc = analyse("Nach Angaben der Behörde warten dort 300 Menschen.")
    assert [s.speaker for s in doc.statements] == ["Behörde"]
    # an indefinite article introduces another body
    doc = analyse("Die Asylsuchenden werden vom Thüringer Migrationsministerium in Suhl untergebracht. "
                  "Im September seien rund 1.100 Menschen gekommen, teilte ein Ministerium mit.")
    assert "Thüringer Migrationsministerium" not in [s.speaker for s in doc.statements]
    # two bodies the word could point back to: neither
    doc = analyse("Der Grenzübergang wurde von der kolumbianischen Migrationsbehörde und der peruanischen "
                  "Einwanderungsbehörde geschlossen. Nach Angaben der Behörde warten dort 300 Menschen.")
    assert [s.speaker for s in doc.statements] == ["Behörde"]


def test_a_body_read_from_free_words_is_written_on_as_a_mention_is():
    from lagebild.analysis import analyze
    from lagebild.model import Article, written_names

    # "Die Übergangsregierung in Dhaka": the body's name goes on after its word, a spelling of the speaker (as_written)
    analysis = analyze(Article(id="t", language="de", text=(
        "Die Übergangsregierung in Dhaka kündigte an, eine Untersuchungskommission einzusetzen.")))
    assert [s.speaker for s in analysis.statements] == ["Übergangsregierung"]
    assert "Übergangsregierung in Dhaka" in written_names(analysis)["Übergangsregierung"]
    # a person's name is whole: no such spelling
    analysis = analyze(Article(id="t", language="de", text=(
        "Innenminister Karl Brandstätter in Wien kündigte an, eine Untersuchungskommission einzusetzen.")))
    assert not any("Wien" in spelling for spellings in written_names(analysis).values() for spelling in spellings
                   if "Brandstätter" in spelling)


def test_a_bare_ministry_abroad_is_the_country_s():
    text = ("In Santiago und Valparaíso demonstrierten am Sonntag Tausende. In Santiago blieb es ruhig. "
            "Nach Angaben des Verteidigungsministeriums wurden 300 Soldaten an die Grenze verlegt.")
    doc = analyse(text)
    assert [s.speaker for s in doc.statements] == ["Chilean defence ministry"]
    # the word as written and in the nominative stay its spellings
    assert {m.text for m in doc.speaker_spellings if m.canonical == "Chilean defence ministry"} \
        == {"Verteidigungsministeriums", "Verteidigungsministerium"}
    # at home the ministry stays bare; one its phrase qualifies is named as written
    doc = analyse("In Leipzig und Dresden demonstrierten Tausende. "
                  "Nach Angaben des Innenministeriums wurden 300 Polizisten eingesetzt.")
    assert [s.speaker for s in doc.statements] == ["Innenministerium"]
    doc = analyse("In Santiago und Valparaíso demonstrierten am Sonntag Tausende. In Santiago blieb es ruhig. "
                  "Nach Angaben des regionalen Verteidigungsministeriums wurden 300 Soldaten verlegt.")
    assert "Chilean defence ministry" not in [s.speaker for s in doc.statements]


def test_a_person_named_after_what_they_are_is_named_by_their_name():
    # an article, its adjectives, a noun for what the person is, then the person's name
    doc = analyse("Das Wasser kam in der Nacht, sagte die 34-jährige Händlerin Hauwa Salihu.")
    assert [s.speaker for s in doc.statements] == ["Hauwa Salihu"]
    doc = analyse("Das Wasser kam in der Nacht, sagte der Fischer Ousmane Diop.")
    assert [s.speaker for s in doc.statements] == ["Ousmane Diop"]
    # a body's or a place's name after an adjective is no person's
    doc = analyse("Der Konflikt hat nach Zahlen der International Crisis Group mehr als 6.000 Menschen das Leben gekostet.")
    assert "Crisis Group" not in [s.speaker for s in doc.statements]


def test_a_local_body_named_by_its_place_ends_at_the_place():
    from lagebild.analysis import analyze
    from lagebild.model import Article

    # the capitalised object after the body's place is no part of its name
    text = "Die Gruppe soll nach Erkenntnissen der Staatsanwaltschaft Duisburg Shisha-Bars als Umschlagplätze genutzt haben."
    assert [s.speaker for s in analyze(Article(id="t", language="de", text=text)).statements] \
        == ["Staatsanwaltschaft Duisburg"]


def test_someone_of_the_one_named_before_is_not_that_one():
    # "Seine Familie berichtete": the family speaks, not the man named before
    doc = analyse("Der Lehrer Fadhl al-Hakimi kam nach sieben Jahren frei. "
                  "Seine Familie berichtete, er habe in der Haft 20 Kilogramm verloren.")
    assert [s.speaker for s in doc.statements] == ["Familie"]
    assert {m.text for m in doc.speaker_spellings if m.canonical == "Familie"} == {"Seine Familie"}
    doc = analyse("Der Lehrer Fadhl al-Hakimi kam nach sieben Jahren frei. "
                  "Sein Anwalt berichtete, er habe in der Haft 20 Kilogramm verloren.")
    assert [s.speaker for s in doc.statements] == ["Anwalt"]
