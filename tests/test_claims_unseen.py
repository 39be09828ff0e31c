"""Claims on constructions first met in unseen articles (blind batch h17 and later): places,
sources and measures. German sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from lagebild.analysis import analyze
from lagebild.model import Article, Claim
from claim_helpers import by_value, claims_of


def required(text: str) -> list[Claim]:
    return [c for c in claims_of(text) if not c.optional]


# ---------------------------------------------------------------- location
def test_a_place_before_an_adjective_and_its_noun_is_still_the_scene() -> None:
    # "die in Norwegen ansässige Organisation" describes a noun; here the adjective opens the object
    text = "Ein Unwetter hat am Montag in Süddeutschland schwere Schäden angerichtet und vier Menschen getötet."
    assert by_value(claims_of(text), 4).location == "Southern Germany"


def test_the_scene_in_the_sentence_beats_the_dateline() -> None:
    text = ("Zagreb - Bei einem Brand in einem Altenheim in der kroatischen Stadt Split sind sieben Menschen "
            "gestorben. Nach Angaben der Feuerwehr wurden zwölf weitere Bewohner verletzt.")
    claims = claims_of(text)
    assert by_value(claims, 7).location == "Split"
    assert by_value(claims, 12).location == "Split"


def test_a_total_after_a_paragraph_of_several_scenes_is_the_whole_event() -> None:
    text = ("Sturm über dem Süden\n\n"
            "Ein Sturm hat in Süddeutschland schwere Schäden angerichtet. "
            "In Bayern wurde ein Mann von einem Ast getroffen. In Baden-Württemberg stürzte ein Dach ein.\n\n"
            "Insgesamt wurden mehr als 40 Menschen verletzt.")
    assert by_value(claims_of(text), 40).location == "Southern Germany"


def test_a_compass_word_before_a_country_names_a_part_refined_by_a_place_inside() -> None:
    text = ("Bei einem Erdbeben in der Nordtürkei sind 14 Menschen gestorben.\n\n"
            "Am schwersten traf das Beben die Provinz Samsun.")
    assert by_value(claims_of(text), 14).location == "Samsun"


def test_a_compass_compound_alone_is_its_country() -> None:
    text = "Bei Kämpfen im Nordirak sind nach Angaben der Armee 9 Soldaten getötet worden."
    assert by_value(claims_of(text), 9).location == "Iraq"


def test_a_name_with_a_city_word_after_a_hyphen_is_the_city() -> None:
    text = "In Mexiko-Stadt wurden bei Protesten 23 Menschen festgenommen."
    assert by_value(claims_of(text), 23).location == "Mexico City"
    places = [m.canonical for m in analyze(Article(id="t", text=text, language="de")).mentions if m.kind == "place"]
    assert places == ["Mexico City"]


def test_a_countrys_abbreviation_before_the_city_word_is_no_capital() -> None:
    # "die US-Stadt Tulsa": a city of the United States, not Washington
    text = "In der US-Stadt Tulsa ist eine Brücke eingestürzt. Mindestens 4 Menschen kamen ums Leben."
    assert by_value(claims_of(text), 4).location == "Tulsa"
    places = [m.canonical for m in analyze(Article(id="t", text=text, language="de")).mentions if m.kind == "place"]
    assert "Washington" not in places


# ---------------------------------------------------------------- measures
def test_police_named_among_the_wounded_are_wounded() -> None:
    text = "Bei einer Schlägerei vor einer Diskothek wurden sieben Menschen verletzt, darunter zwei Polizisten."
    claims = required(text)
    assert by_value(claims, 2).measure == "wounded"
    assert [c.measure for c in claims] == ["wounded", "wounded"]


def test_a_separable_arrest_verb_far_from_its_particle() -> None:
    text = "Die Polizei nahm seit Beginn der Ermittlungen im Frühjahr 17 Männer wegen des Verdachts auf Betrug fest."
    assert by_value(claims_of(text), 17).measure == "arrested"


def test_managers_are_people_who_can_be_arrested() -> None:
    text = "Die Behörden nahmen nach dem Unglück vier Manager des Bauunternehmens fest."
    assert by_value(claims_of(text), 4).measure == "arrested"


def test_a_death_noun_before_von_counts_the_dead_not_the_rest_of_the_clause() -> None:
    text = ("Im Prozess um den Hungertod von drei Kindern hat das Landgericht zwei Angeklagte "
            "zu langen Haftstrafen verurteilt.")
    claims = required(text)
    # the death noun counts the three children; the defendants are counted as defendants ("other"), not as dead
    assert [(c.measure, c.low) for c in claims] == [("killed", 3), ("other", 2)]


def test_suffocated_people_are_killed() -> None:
    text = "In dem Lastwagen erstickten neun Menschen."
    assert by_value(claims_of(text), 9).measure == "killed"


def test_a_night_in_a_gym_is_displacement_and_escaping_by_oneself_is_other() -> None:
    claims = claims_of("Nach dem Brand mussten rund 60 Bewohner die Nacht in einer Turnhalle verbringen.")
    assert by_value(claims, 60).measure == "displaced"
    claims = claims_of("Bei dem Brand im Hotel konnten 40 Gäste sich rechtzeitig in Sicherheit bringen.")
    assert by_value(claims, 40).measure == "other"
    claims = claims_of("Bei dem Brand im Hotel musste die Feuerwehr 40 Gäste in Sicherheit bringen.")
    assert by_value(claims, 40).measure == "displaced"


def test_people_cut_off_by_a_flood_are_other() -> None:
    claims = claims_of("Nach dem Unwetter waren rund 800 Einwohner von der Außenwelt abgeschnitten.")
    assert by_value(claims, 800).measure == "other"


def test_a_verb_after_a_part_of_them_is_the_parts_not_the_wholes() -> None:
    text = "Im Stollen hielten sich 30 Arbeiter auf, 22 von ihnen konnten sich selbst in Sicherheit bringen."
    assert not [c for c in claims_of(text) if c.low == 30 and not c.optional]


def test_migrants_sent_back_are_displaced_in_a_migrant_story() -> None:
    text = ("Immer mehr Migranten überqueren den Ärmelkanal in kleinen Booten. "
            "Bislang seien erst 14 Menschen nach Belgien zurückgeschickt worden.")
    assert by_value(claims_of(text), 14).measure == "displaced"
    assert not claims_of("Nach der Klassenfahrt wurden 14 Schüler nach Hause zurückgeschickt.")


def test_gut_before_a_number_is_a_little_more() -> None:
    claim = by_value(claims_of("Seit Jahresbeginn sind gut 4.200 Migranten über diese Route nach Malta gelangt."), 4200)
    assert (claim.low, claim.high, claim.qualifier) == (4200, None, "at_least")


def test_soldiers_put_out_of_action_are_casualties() -> None:
    claim = by_value(claims_of("Am Sonntag seien 640 feindliche Soldaten außer Gefecht gesetzt worden."), 640)
    assert claim.measure == "killed_or_wounded"


def test_refugees_taken_in_or_expected_to_arrive_are_displaced_in_a_refugee_story() -> None:
    text = ("Die Zahl der Flüchtlinge im Osten des Landes wächst. "
            "Uganda hat seit dem Frühjahr 75.000 Menschen aus dem Nachbarland aufgenommen. "
            "Bis zum Winter könnten weitere 20.000 Menschen ankommen.")
    claims = claims_of(text)
    assert by_value(claims, 75000).measure == "displaced"
    assert by_value(claims, 20000).measure == "displaced"
    assert not claims_of("Der Verein hat im Frühjahr 75 neue Mitglieder aufgenommen.")


def test_people_housed_elsewhere_or_who_lost_their_homes_are_displaced() -> None:
    claims = claims_of("Nach dem Brand wurden 31 Bewohner von der Gemeinde in einer Pension untergebracht.")
    assert by_value(claims, 31).measure == "displaced"
    claims = claims_of("Nach dem Beben hätten rund 2.600 Menschen ihre Wohnungen verloren, hieß es.")
    assert by_value(claims, 2600).measure == "displaced"


def test_malnourished_children_treated_are_other_and_those_who_died_of_it_killed() -> None:
    claims = claims_of("In den Kliniken seien 1.120 Kinder wegen akuter Mangelernährung behandelt worden.")
    assert by_value(claims, 1120).measure == "other"
    claims = claims_of("Seit Mai seien in dem Lager 21 Kinder an Mangelernährung gestorben.")
    assert by_value(claims, 21).measure == "killed"


def test_the_country_opening_the_clause_attacks_and_the_bare_name_after_it_is_attacked() -> None:
    text = ("Ankara/Damaskus - Die Türkei hat Syrien in der Nacht mit Kampfjets angegriffen. "
            "Die Luftabwehr habe 40 türkische Drohnen abgeschossen, teilte das Militär mit.")
    assert by_value(claims_of(text), 40).location == "Syria"


def test_a_transliterated_soft_sign_is_left_out_of_a_place_name() -> None:
    text = "In der Stadt Rjasan seien nach Behördenangaben drei Arbeiter verletzt worden."
    assert by_value(claims_of(text), 3).location == "Ryazan"


# ---------------------------------------------------------------- sources
def test_own_figures_after_a_colon_are_the_new_clauses_subjects() -> None:
    text = ("Am Grenzübergang wurden auch Leichen übergeben: Die Ukraine erhielt nach eigenen Angaben "
            "die sterblichen Überreste von 500 gefallenen Soldaten.")
    assert by_value(claims_of(text), 500).source == "Ukraine"


def test_a_part_of_a_country_named_with_von_is_refined_by_a_town_told_later() -> None:
    text = ("Bei einem Angriff auf einen Militärposten im Osten von Mali sind 22 Soldaten getötet worden. "
            "Der Posten liegt am Rand der Stadt Ménaka.")
    assert by_value(claims_of(text), 22).location == "Ménaka"


def test_a_bare_city_dateline_yields_to_the_scene_of_the_headline() -> None:
    text = ("Mehr als 800 Migranten binnen zwei Tagen auf Lampedusa angekommen\n\n"
            "Rom - Die Zahl der Bootsmigranten steigt weiter. "
            "Zwischen Montag und Dienstag seien 812 Migranten gerettet worden, erklärte die Küstenwache.")
    assert by_value(claims_of(text), 812).location == "Lampedusa"


def test_a_dateline_with_its_region_is_the_scene() -> None:
    text = ("Krieg in der Ukraine\n\n"
            "Charkiw, Ukraine - Der Krieg dauert an. Am Montag seien 14 Zivilisten getötet worden, hieß es.")
    assert by_value(claims_of(text), 14).location == "Kharkiv"


def test_a_citys_adjective_before_a_school_names_the_scene_but_not_before_a_street() -> None:
    text = ("Schüsse an Schule in Kroatien\n\n"
            "Bei Schüssen an einer Schule in Zadar sind zwei Menschen getötet worden. "
            "Bereits 2021 hatte ein Mann an einer Zagreber Grundschule drei Kinder erschossen.")
    assert by_value(claims_of(text), 3).location == "Zagreb"
    text = "Bei einem Unfall auf der Frankfurter Landstraße in Darmstadt wurden vier Menschen verletzt."
    assert by_value(claims_of(text), 4).location == "Darmstadt"


def test_two_parts_of_a_country_named_together_are_the_country() -> None:
    text = ("Waldbrände in Spanien\n\n"
            "Madrid - Bei Waldbränden im Norden und im Westen Spaniens sind seit Sonntag 1.400 Menschen "
            "evakuiert worden. Ein Feuerwehrmann sei in der Gemeinde Ourense verletzt worden.")
    assert by_value(claims_of(text), 1400).location == "Spain"


def test_a_police_press_release_is_datelined_with_its_own_area() -> None:
    text = ("Razzia gegen Drogenhändler\n\n"
            "Bonn (ots) - Bei einer Razzia haben Ermittler am Dienstag 9 Tatverdächtige festgenommen. "
            "Durchsucht wurden Wohnungen in Bonn, Siegburg und im Rhein-Sieg-Kreis.")
    assert by_value(claims_of(text), 9).location == "Bonn"


def test_the_badly_wounded_who_died_are_killed() -> None:
    text = "Drei Schwerverletzte seien in der Nacht im Krankenhaus gestorben, teilte die Klinik mit."
    assert by_value(claims_of(text), 3).measure == "killed"
    assert by_value(claims_of("Es gab zwölf Verletzte, die Polizei sperrte die Straße."), 12).measure == "wounded"


def test_a_name_a_place_noun_introduced_is_a_place_where_it_is_repeated() -> None:
    text = ("Das Hochwasser traf vor allem den Bezirk Tamsweg.\n\n"
            "In Salzburg regnete es tagelang. In Tamsweg mussten am Sonntag 230 Menschen evakuiert werden.")
    assert by_value(claims_of(text), 230).location == "Tamsweg"


def test_the_subject_of_a_counting_verb_is_the_figures_source() -> None:
    text = "Nach dem Erdrutsch meldete die Katastrophenschutzbehörde BNPB am Mittwoch 23 Tote."
    assert by_value(claims_of(text), 23).source == "BNPB"
    text = ("Das Institut ISW schrieb in seinem Bericht, die Verluste seien hoch: Der ukrainische Generalstab "
            "bezifferte sie für Oktober auf rund 28.000 getötete und verwundete Soldaten.")
    claim = by_value(claims_of(text), 28000)
    assert claim.source not in (None, "ISW")


def test_an_unknown_six_letter_acronym_is_an_organisation() -> None:
    mentions = analyze(Article(id="t", text="Die Behörde INDECI meldete am Dienstag 16 Tote.", language="de")).mentions
    assert [(m.text, m.kind) for m in mentions if m.text == "INDECI"] == [("INDECI", "org")]


def test_a_part_of_them_with_its_own_event_after_a_count_that_was_no_claim() -> None:
    text = ("Der Bürgermeister sagte, es fehlten 40 Dorfbewohner. "
            "Neun von ihnen seien den Entführern in der Nacht entkommen.")
    assert by_value(claims_of(text), 9).measure == "other"


def test_soldiers_a_casualty_figure_is_put_at_are_casualties() -> None:
    text = "Der Generalstab bezifferte die feindlichen Verluste seit Jahresbeginn auf 84.000 Soldaten."
    assert by_value(claims_of(text), 84000).measure == "killed_or_wounded"
    assert by_value(claims_of("Die Armee verlegte im Frühjahr 8.000 Soldaten an die Grenze."), 8000).measure == "troops"


def test_a_part_of_them_with_an_inserted_part_takes_the_verb_after_it() -> None:
    text = "In dem Lastwagen befanden sich 30 Menschen. Neun von ihnen, darunter vier Kinder, erstickten."
    claims = claims_of(text)
    assert (by_value(claims, 9).measure, by_value(claims, 4).measure) == ("killed", "killed")


def test_refugees_taken_in_are_where_the_host_country_is_and_so_are_their_parts() -> None:
    text = ("Die Zahl der Flüchtlinge steigt weiter. Insgesamt hat Uganda seit dem Frühjahr mehr als "
            "200.000 Menschen aus dem Kongo aufgenommen, davon rund 150.000 Kinder und etwa 30.000 Rückkehrer.")
    claims = claims_of(text)
    assert [by_value(claims, v).location for v in (200000, 150000, 30000)] == ["Uganda"] * 3


def test_a_border_town_is_a_place_noun() -> None:
    text = "Allein am Montag seien rund 4.000 Flüchtlinge im Grenzort Kilis angekommen, teilte das UNHCR mit."
    assert by_value(claims_of(text), 4000).location == "Kilis"


def test_dort_points_to_the_last_place_named_even_by_its_place_noun() -> None:
    text = ("Die Regierung der Provinz Belutschistan rief den Notstand aus.\n\n"
            "Die Provinz kommt nicht zur Ruhe. Nach Zählung von Menschenrechtlern wurden dort seit "
            "Jahresbeginn mehr als 400 Menschen getötet.")
    assert by_value(claims_of(text), 400).location == "Balochistan"


def test_country_adjectives_of_smaller_states_name_the_actor() -> None:
    claims = claims_of("Nach Angaben der UN kämpfen dort rund 2.000 ugandische Soldaten.")
    assert by_value(claims, 2000).actor == "Uganda"
    claims = claims_of("Nach Angaben der senegalesischen Behörden werden 14 Fischer vermisst.")
    assert by_value(claims, 14).source == "Senegalese authorities"


def test_a_sentence_opening_adverb_of_extent_is_no_speaker() -> None:
    text = ("Die Armee meldete neue Angriffe im Norden von Mali. Landesweit zählte die Regierung zuletzt "
            "mehr als zwei Millionen Binnenvertriebene, neuere Zahlen veröffentlicht sie nicht mehr.")
    assert by_value(claims_of(text), 2000000).source == "Malian government"


def test_a_bare_number_opening_a_sentence_counts_the_people_counted_before() -> None:
    text = ("Als das Feuer ausbrach, hielten sich 60 Arbeiter in der Halle auf. "
            "48 konnten sich selbst in Sicherheit bringen.")
    assert by_value(claims_of(text), 48).measure == "other"
    assert not claims_of("Das Stadion hat 60 Sitzreihen. 48 wurden erneuert.")


def test_deported_people_are_displaced() -> None:
    claims = claims_of("Vom Flughafen Wien ist ein Abschiebeflug mit 41 nigerianischen Staatsangehörigen gestartet.")
    assert by_value(claims, 41).measure == "displaced"
    claims = claims_of("Im vergangenen Jahr wurden 320 Personen in ihre Herkunftsländer abgeschoben.")
    assert by_value(claims, 320).measure == "displaced"


def test_soldiers_handed_over_are_prisoners_of_war_but_hostages_stay_hostages() -> None:
    claims = claims_of("Im Gegenzug übergab Moskau am Sonntag 90 ukrainische Soldaten.")
    assert by_value(claims, 90).measure == "captured"
    claims = claims_of("Die Hamas hat am Sonntag weitere sieben Geiseln übergeben.")
    assert by_value(claims, 7).measure == "other"


def test_people_returning_named_with_prisoners_of_war_in_the_clause_came_from_captivity() -> None:
    text = "Nach Angaben des Koordinierungsstabs für Kriegsgefangene kehrten 120 Ukrainer in ihre Heimat zurück."
    assert by_value(claims_of(text), 120).measure in ("captured", "arrested")


def test_a_later_figure_with_its_own_modal_keeps_it_to_itself_and_is_an_increment() -> None:
    text = ("Die Armee schickte am Montag 600 Soldaten sowie zwei Hubschrauber in die Region, "
            "weitere 300 Soldaten sollen am Mittwoch folgen.")
    claims = claims_of(text)
    first, later = by_value(claims, 600), by_value(claims, 300)
    assert (first.future, first.certainty) == (False, "asserted")
    assert later.future and later.additional and not first.additional


def test_sollten_with_a_passive_infinitive_is_a_plan() -> None:
    claim = by_value(claims_of("Am Freitag sollten rund 150 Migranten mit Bussen nach Athen gebracht werden."), 150)
    assert (claim.certainty, claim.future) == ("possible", True)


def test_a_two_word_foreign_place_after_in() -> None:
    text = "Damals waren bei Bränden in Monção Alta 31 Menschen gestorben."
    assert by_value(claims_of(text), 31).location == "Monção Alta"


def test_a_neighbouring_paragraph_that_tells_its_own_figure_is_no_scene_for_the_next() -> None:
    text = ("Waldbrände in Spanien\n\n"
            "Madrid - In Spanien wüten schwere Waldbrände. Damals waren bei Bränden in Monção Alta "
            "31 Menschen gestorben.\n\n"
            "Die Polizei nahm seit Anfang Juli 18 Menschen wegen Brandstiftung fest.")
    assert by_value(claims_of(text), 18).location == "Spain"


def test_police_officers_counted_are_the_polices() -> None:
    claims = claims_of("Bei den Krawallen seien 23 Polizisten verletzt worden, teilte das Innenministerium mit.")
    assert by_value(claims, 23).actor == "police"
    claims = claims_of("Bei den Krawallen seien 23 Demonstranten verletzt worden.")
    assert by_value(claims, 23).actor is None


def test_newcomers_counted_across_a_border_are_displaced() -> None:
    text = "Das Innenministerium zählte bis Mittwochabend knapp 9.000 Neuankömmlinge aus dem Nachbarland."
    assert by_value(claims_of(text), 9000).measure == "displaced"


def test_a_region_the_clause_names_stays_the_place_of_a_whole_war_figure() -> None:
    text = "Nach UN-Angaben sind seit Kriegsbeginn rund 800.000 Menschen im Donbass vertrieben worden."
    assert by_value(claims_of(text), 800000).location == "Donbas"
    text = "In Isjum sind seit Kriegsbeginn 300 Zivilisten getötet worden."
    assert by_value(claims_of(text), 300).location == "Ukraine"


def test_a_valley_the_gazetteer_lacks_is_the_scene_but_a_hospital_is_not() -> None:
    text = "Nach dem Unwetter im Tiroler Pitztal sind drei Menschen ums Leben gekommen."
    assert by_value(claims_of(text), 3).location == "Pitztal"
    text = "In Tirol wurden nach dem Unwetter vier Verletzte ins Spital gebracht."
    assert by_value(claims_of(text), 4).location == "Tyrol"


# ---------------------------------------------------------------- source (h19)
def test_a_preposition_opening_the_reported_sentence_keeps_the_source() -> None:
    # "Seit" is a subordinator too, but a finite verb after its noun makes it a preposition
    text = "Seit Ostern seien im Land mehr als 2.300 Menschen erkrankt, teilte die Gesundheitsbehörde mit."
    assert by_value(claims_of(text), 2300).source == "Gesundheitsbehörde"


def test_an_abbreviation_in_brackets_before_the_verb_particle_keeps_the_source() -> None:
    text = ("Mindestens 140 Menschen seien an der Seuche gestorben, teilte die Weltgesundheitsorganisation (WHO) "
            "am Freitag in Genf mit.")
    claim = by_value(claims_of(text), 140)
    assert claim.source == "WHO"
    assert claim.location != "Geneva"  # where it was said is not the scene


def test_a_later_sentence_naming_a_town_by_its_place_noun_pins_a_country_scene() -> None:
    text = ("Bootsunglück in Kenia\n\n"
            "Nairobi - Beim Kentern eines Bootes auf einem See in Kenia sind mindestens 21 Menschen ertrunken. "
            "Das Boot war am Sonntagabend nahe der Stadt Kisumu gesunken.\n\n"
            "Nach Angaben der Küstenwache wurden 14 Passagiere gerettet.")
    claims = claims_of(text)
    assert by_value(claims, 21).location == "Kisumu"
    assert by_value(claims, 14).location == "Kisumu"


def test_a_period_figure_is_not_pinned_to_the_town_of_one_incident() -> None:
    text = ("Brände in Griechenland\n\n"
            "Athen - Bei den Waldbränden in Griechenland sind zwei Feuerwehrleute verletzt worden. "
            "Die Flammen hatten sich nahe der Stadt Patras ausgebreitet.\n\n"
            "Die Polizei nahm seit Anfang Juli 31 Menschen wegen Brandstiftung fest.")
    claims = claims_of(text)
    assert by_value(claims, 2).location == "Pátra"
    assert by_value(claims, 31).location == "Greece"


def test_a_village_the_lead_names_in_the_genitive_is_the_scene_without_a_preposition() -> None:
    text = ("Erdrutsch nach Gewittern\n\n"
            "Nach tagelangem Regen hat ein Erdrutsch in der Nacht Teile des Dorfes Valmorino verschüttet. "
            "Drei Menschen kamen ums Leben, wie die Polizei mitteilte.\n\n"
            "Laut den Rettungskräften wurden sieben Personen verletzt.")
    claims = claims_of(text)
    assert by_value(claims, 3).location == "Valmorino"
    assert by_value(claims, 7).location == "Valmorino"


def test_a_description_before_an_unknown_name_is_that_body_not_the_group() -> None:
    text = "Die Hilfsorganisation Mare Libero berichtete von mindestens neun Toten vor der Küste."
    assert by_value(claims_of(text), 9).source == "Mare Libero"
    # a lower-case link word carries the name on: the rule leaves what it cannot see whole
    text = "Laut der Hilfsorganisation Hope for Harbours starben 12 Menschen."
    assert by_value(claims_of(text), 12).source != "Hope"


def test_the_same_place_named_by_a_demonstrative_is_the_articles_scene() -> None:
    text = ("Explosion in Bergwerk\n\n"
            "Bei einer Explosion in einem Bergwerk bei Kemerowo sind sechs Bergleute gestorben.\n\n"
            "Der Bergbau zählt zu den gefährlichsten Branchen in Europa. Vor zehn Jahren waren in derselben "
            "Grube 22 Bergleute ums Leben gekommen.")
    assert by_value(claims_of(text), 22).location == "Kemerovo"
    # "am selben Tag" names a time, not a place: the place named before stays
    text = ("Unwetter\n\nIn Krakau starben am Montag drei Menschen.\n\n"
            "Auch in Danzig wütete der Sturm. Am selben Tag wurden zwei Menschen verletzt.")
    assert by_value(claims_of(text), 2).location != "Kraków"


def test_a_generic_authority_speaker_is_the_authority_the_article_described_so() -> None:
    text = ("Bootsunglück auf dem Fluss\n\n"
            "Nach Angaben der Hafenbehörde KPA war das Boot überladen. Drei Männer der Besatzung seien "
            "festgenommen worden, sagte ein Behördensprecher.")
    assert by_value(claims_of(text), 3).source == "KPA"


def test_a_nameless_cue_pointing_into_a_message_has_the_source_of_that_message() -> None:
    text = ("Anschlag auf Stützpunkt\n\n"
            "Die Miliz FLR reklamierte den Angriff in einer Erklärung für sich. Ihre Kämpfer hätten 23 Soldaten "
            "getötet, hieß es darin. Zudem seien vier Fahrzeuge erbeutet worden.")
    claims = claims_of(text)
    assert by_value(claims, 23).source == "FLR"
    # without a pointer into the message the cue stays nameless
    text = ("Anschlag auf Stützpunkt\n\n"
            "Die Miliz FLR reklamierte den Angriff für sich. Bei Kämpfen seien 23 Soldaten getötet worden, hieß es.")
    assert by_value(claims_of(text), 23).source != "FLR"


def test_a_bare_role_as_source_is_the_one_person_of_that_role_named_before() -> None:
    text = ("Migranten erreichen Insel\n\n"
            "Innenministerin Carla Menotti kündigte mehr Grenzschützer an. Menotti wies Kritik zurück. "
            "Bislang seien 140 Menschen gerettet worden, sagte die Ministerin am Abend.")
    assert by_value(claims_of(text), 140).source == "Carla Menotti"


def test_towns_named_together_in_a_police_release_are_the_police_area_of_its_dateline() -> None:
    text = ("POL-BI: Durchsuchungen gegen Einbrecherbande\n\n"
            "Bielefeld (ots) - Bei Durchsuchungen in Bielefeld, Gütersloh und Herford haben Ermittler am Mittwoch "
            "14 Wohnungen durchsucht. Sechs Tatverdächtige wurden festgenommen.")
    assert by_value(claims_of(text), 6).location == "Bielefeld"


def test_a_place_after_a_compound_ending_in_exclave_is_a_scene() -> None:
    text = ("Migranten erreichen Melilla\n\n"
            "In der spanischen Nordafrika-Exklave Melilla sind am Montag 300 Migranten angekommen.\n\n"
            "Das Rote Kreuz sprach von einer Notlage. Die Helfer hätten 45 Menschen medizinisch versorgt.")
    assert by_value(claims_of(text), 45).location == "Melilla"
