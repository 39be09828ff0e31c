"""Claims on constructions first met in unseen articles (blind batch h17 and later): places,
sources and measures. German sentences written for these tests, run through the whole analysis."""

from __future__ import annotations

from lagebild.analysis import analyze
from lagebild.model import Article, Claim


def claims_of(text: str) -> list[Claim]:
    return analyze(Article(id="t", text=text, published="2025-03-10", language="de")).claims


def required(text: str) -> list[Claim]:
    return [c for c in claims_of(text) if not c.optional]


def by_value(claims: list[Claim], value: float) -> Claim:
    matches = [c for c in claims if value in (c.low, c.high)]
    assert len(matches) == 1, [(c.measure, c.low, c.high, c.evidence_text) for c in claims]
    return matches[0]


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
