"""Organisation names the way the article writes them: a local authority's head and place as
one organisation, a later bare head referring back to it, never the place as the speaker."""

from __future__ import annotations

from lagebild import lang
from lagebild.analysis import analyze
from lagebild.analysis.doc import Doc
from lagebild.analysis.entities import find_mentions
from lagebild.model import Article

DATA = lang.load("de")


def found(text: str) -> dict[str, tuple[str, str]]:
    doc = Doc(article=Article(id="t", text=text), language="de", data=DATA)
    find_mentions(doc)
    return {m.text: (m.kind, m.canonical) for m in doc.mentions}


def speakers(text: str) -> list[str]:
    analysis = analyze(Article(id="t", text=text, published="2025-05-04"))
    return [s.speaker for s in analysis.statements]


def test_head_and_known_place_are_one_organisation():
    got = found("Am Sonntag nahm die Polizei Leipzig nach Krawallen 23 Menschen fest.")
    assert got["Polizei Leipzig"] == ("org", "Polizei Leipzig")
    assert "Leipzig" not in got


def test_genitive_head_is_named_in_the_nominative():
    got = found("Das bestätigte ein Sprecher des Polizeipräsidiums Mittelfranken am Abend.")
    assert got["Polizeipräsidiums Mittelfranken"] == ("org", "Polizeipräsidium Mittelfranken")
    got = found("Nach Angaben der Kantonspolizei Zürich wurde niemand verletzt.")
    assert got["Kantonspolizei Zürich"] == ("org", "Kantonspolizei Zürich")


def test_hyphenated_place_after_the_head():
    got = found("Die Staatsanwaltschaft Nürnberg-Fürth hat Anklage erhoben.")
    assert got["Staatsanwaltschaft Nürnberg-Fürth"] == ("org", "Staatsanwaltschaft Nürnberg-Fürth")


def test_later_bare_head_refers_back():
    got = found("Das Landratsamt Nienburg richtete einen Krisenstab ein. "
                "Am Abend teilte das Landratsamt mit, die Straße bleibe gesperrt.")
    assert got["Landratsamt"] == ("org", "Landratsamt Nienburg")
    got = found("Die Polizeidirektion Hannover sperrte die Strecke. Die Polizei bat um Hinweise.")
    assert got["Polizei"] == ("org", "Polizeidirektion Hannover")


def test_bare_head_before_any_full_name_stays_generic():
    got = found("Die Polizei bat um Hinweise. Später übernahm die Feuerwehr Wien.")
    assert got["Polizei"] == ("org", "Polizei")
    assert got["Feuerwehr Wien"] == ("org", "Feuerwehr Wien")


def test_a_name_of_its_own_is_not_referred_back():
    got = found("Die Bundespolizeidirektion Sankt Augustin leitete den Einsatz. "
                "Ein Sprecher der Bundespolizei sprach von einem Erfolg.")
    assert got["Bundespolizei"][1] == "Bundespolizei"


def test_common_noun_after_a_head_is_no_place():
    got = found("Gestern hat die Feuerwehr Menschen aus dem Haus gerettet.")
    assert got["Feuerwehr"] == ("org", "Feuerwehr")


def test_spokesperson_names_the_local_organisation():
    assert speakers("„Wir haben 27 Menschen aus dem Haus gebracht“, sagte ein Sprecher der "
                    "Feuerwehr Wien am Sonntag.") == ["Feuerwehr Wien"]
    assert speakers("Wie die Polizeidirektion Hannover mitteilte, starben zwei Menschen.") == [
        "Polizeidirektion Hannover"]


def test_compound_spokesperson_names_the_authority_named_before():
    text = ("Die Polizeidirektion Dresden meldete am Abend zwölf Festnahmen. "
            "Ein Polizeisprecher sagte: „Die Lage ist inzwischen ruhig.“")
    assert speakers(text)[-1] == "Polizeidirektion Dresden"


def test_acronym_after_a_description_names_it():
    got = found("Die Al-Kaida-nahe Gruppe JNIM reklamierte den Überfall für sich.")
    assert got["Al-Kaida-nahe Gruppe JNIM"] == ("org", "JNIM")
    got = found("Nach Angaben der sudanesischen Armee SAF wurden 30 Kämpfer getötet.")
    assert got["sudanesischen Armee SAF"] == ("org", "SAF")


def test_spokesperson_of_an_unknown_body_names_the_body():
    text = ("Mehr als 40 Teilnehmer seien verletzt worden, sagte eine Sprecherin des Bündnisses.")
    assert speakers(text) == ["Bündnis"]
    text = "Zwei Menschen seien gestorben, sagte ein Sprecher der Rettungsorganisation."
    assert speakers(text) == ["Rettungsorganisation"]


def test_other_roles_do_not_name_the_word_after_them():
    text = "Zwölf Bergleute seien gerettet worden, sagte der Gouverneur der Provinz."
    assert "Provinz" not in speakers(text)


def test_genitive_body_without_a_known_name_is_named_in_the_nominative():
    text = "Drei Patienten liegen nach Angaben des Grazer Klinikverbunds auf der Intensivstation."
    assert speakers(text) == ["Grazer Klinikverbund"]


def test_place_with_its_administration_speaks_as_the_administration():
    text = "Ein Sprecher des Landkreises Celle sagte, 14 Menschen seien verletzt worden."
    assert speakers(text) == ["Landkreis Celle"]
    text = "Nach Angaben der Stadt Graz sind 40 Bewohner betroffen."
    assert speakers(text) == ["Stadt Graz"]


def test_hospital_with_its_place_speaks_as_the_hospital():
    assert speakers("Der Zustand der beiden Verletzten sei stabil, teilte das Spital Glarus mit.") == [
        "Spital Glarus"]


def test_a_double_first_name_of_two_first_names_opens_a_person():
    # the lists hold the common pairs ("Karl-Heinz"), not every pair: two first names joined by a hyphen are one
    assert found("Rolf-Dieter Kampmann sagte, das Ziel sei dasselbe.").get("Rolf-Dieter Kampmann") \
        == ("person", "Rolf-Dieter Kampmann")
    # so "er" finds him, not the person named before
    assert speakers("Die Ausstellung erinnert an die Entführung von Martin Schleyer. Zu den Gästen gehörte der "
                    "frühere Zielfahnder Rolf-Dieter Kampmann. „Damals hatten wir Karteikarten“, sagte er.") \
        == ["Rolf-Dieter Kampmann"]
    # a hyphenated word with a part that is no first name stays what it was ("Peter-Krankenhaus")
    assert "Peter-Krankenhaus" not in found("Im Peter-Krankenhaus wurden drei Menschen behandelt.")


def test_union_counsel_and_coach_roles_name_the_person_after_them():
    # "Gewerkschafterin", "Verteidiger", "-Coach", "Chefvolkswirt" are roles: the name after them is a person's
    assert found("Die Gewerkschafterin Tahmina Rashed sagte, fünf Näherinnen würden vermisst.").get("Tahmina Rashed") \
        == ("person", "Tahmina Rashed")
    assert speakers("Verteidiger Olivier Brunel bezeichnete die Anklage als haltlos.") == ["Olivier Brunel"]
    assert speakers("Bank-Chefvolkswirt Lorenz Haberl sagte, die Rate werde sinken.") == ["Lorenz Haberl"]
    # and "der 47-Jährige" is the coach named just before, not a person named earlier
    assert speakers("«Wir waren schon tot», sagte Trainer Roman Keller. Gäste-Coach Urs Hofmann haderte mit den "
                    "Schiedsrichtern. Die Zeitstrafe sei ein Witz gewesen, sagte der 47-Jährige.")[-1] == "Urs Hofmann"
