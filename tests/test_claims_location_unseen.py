"""Claim location on short paragraphs written for this test, never tuned on:
the most specific place the article gives for the event, null when the figure
spans countries (gold README). Each case: text, a value in the figure, place."""

from __future__ import annotations

import pytest

from claim_helpers import by_value, claims_of

CASES = [
    # dateline city, scene in a province named in the lead
    ("MANILA (dpa) - Bei einem Taifun in der Provinz Cagayan sind mindestens 14 Menschen ums Leben gekommen. "
     "Die Behörden meldeten zudem 30 Verletzte.", 14, "Cagayan"),
    ("MANILA (dpa) - Bei einem Taifun in der Provinz Cagayan sind mindestens 14 Menschen ums Leben gekommen. "
     "Die Behörden meldeten zudem 30 Verletzte.", 30, "Cagayan"),
    ("Panama-Stadt - Im Dorf Santa Fe sind bei Überschwemmungen fünf Menschen gestorben. "
     "Rettungskräfte suchten nach weiteren Vermissten.", 5, "Santa Fe"),
    ("KABUL (AFP) - In der Provinz Helmand sind bei einem Anschlag 9 Polizisten getötet worden.", 9, "Helmand"),
    ("NAIROBI (Reuters) - Nahe der Stadt Garissa griffen Extremisten einen Bus an. Dabei wurden 12 Menschen getötet.", 12, "Garissa"),
    ("Lagos - Im Bundesstaat Borno haben Kämpfer 40 Dorfbewohner entführt, teilte die Armee in Lagos mit.", 40, "Borno"),
    # wider region instead of the town in the lead
    ("In der Stadt Tschernihiw im Norden der Ukraine sind bei einem Raketenangriff 17 Menschen getötet worden.", 17, "Chernihiv"),
    ("Im Dorf Kleinwalden in Niedersachsen hat ein Feuer 3 Häuser zerstört. Dabei wurden 4 Menschen verletzt.", 4, "Kleinwalden"),
    ("Bei einem Erdbeben nahe der Stadt Malatya in der Türkei sind 8 Menschen ums Leben gekommen.", 8, "Malatya"),
    ("Im Bezirk Sindhupalchok in Nepal wurden nach einem Erdrutsch 23 Menschen vermisst.", 23, "Sindhupalchok"),
    # refugees counted where they are, not where they came from
    ("Aus dem Sudan sind seit April mehr als 500.000 Menschen in den Tschad geflohen.", 500000, "Chad"),
    ("Im Flüchtlingslager Kutupalong in Bangladesch leben rund 600.000 Rohingya aus Myanmar.", 600000, "Kutupalong"),
    # a compound of a camp or settlement noun announces the name as well
    ("Beni - Bei einem Überfall auf das Vertriebenenlager Mabanga sind 23 Menschen getötet worden.", 23, "Mabanga"),
    ("Im Zeltlager Ombasi wurden 70 Menschen verletzt.", 70, "Ombasi"),
    ("In Polen sind nach Angaben der Regierung 1,2 Millionen Flüchtlinge aus der Ukraine registriert.", 1200000, "Poland"),
    ("Auf der griechischen Insel Lesbos sind am Wochenende 250 Migranten aus der Türkei angekommen.", 250, "Lesbos"),
    # statement place vs. scene
    ("Bei Kämpfen in der Region Tigray sind nach Angaben der Regierung 60 Soldaten getötet worden, "
     "sagte ein Sprecher bei einer Pressekonferenz in Addis Abeba.", 60, "Tigray"),
    ("Der Minister sagte in Berlin, im Hafen von Odessa seien bei dem Angriff 6 Menschen verletzt worden.", 6, "Odesa"),
    ("Auf einer Pressekonferenz in Genf teilte die UN mit, in Gaza seien 200 Helfer getötet worden.", 200, "Gaza Strip"),
    # islands, camps, rivers, districts
    ("Auf der Insel Samos wurden 80 Migranten aus Seenot gerettet.", 80, "Samos"),
    ("Auf der Insel Bornholm sind bei einem Fährunglück 3 Menschen verletzt worden.", 3, "Bornholm"),
    ("Im Flüchtlingslager Dadaab leben nach UN-Angaben etwa 300.000 Menschen.", 300000, "Dadaab"),
    ("Am Fluss Evros hat die Polizei 45 Migranten aufgegriffen.", 45, "Evros"),
    ("Im Lager Zaatari in Jordanien sind 80.000 Syrer untergebracht.", 80000, "Zaatari"),
    ("Im Bezirk Kurram sind bei Zusammenstößen 35 Menschen getötet worden.", 35, "Kurram"),
    ("In der Ortschaft Brumby sind bei einem Unwetter zwei Menschen ums Leben gekommen.", 2, "Brumby"),
    # several scenes
    ("In Charkiw wurden 5 Menschen getötet. In Saporischschja starben 3 weitere Menschen.", 5, "Kharkiv"),
    ("In Charkiw wurden 5 Menschen getötet. In Saporischschja starben 3 weitere Menschen.", 3, "Zaporizhzhia"),
    ("Bei Angriffen auf Cherson wurden 7 Zivilisten verletzt. In Dnipro kamen 2 Menschen ums Leben.", 7, "Kherson"),
    ("Bei Angriffen auf Cherson wurden 7 Zivilisten verletzt. In Dnipro kamen 2 Menschen ums Leben.", 2, "Dnipro"),
    # spanning countries
    ("Weltweit wurden im vergangenen Jahr 110 Journalisten getötet.", 110, None),
    ("In Europa und Afrika sind nach UN-Angaben 4 Millionen Menschen auf der Flucht.", 4000000, None),
    ("Die Nato hat 300.000 Soldaten in erhöhte Bereitschaft versetzt.", 300000, None),
    # plain town named in the lead, figure in the next sentence
    ("Ein Zug ist nahe der Stadt Larissa entgleist. Nach Angaben der Feuerwehr wurden 57 Menschen getötet.", 57, "Lárisa"),
    ("ROM (dpa) - Auf Sizilien hat ein Waldbrand gewütet. Die Feuerwehr meldete 4 Tote.", 4, "Sicily"),
    ("In der Kleinstadt Oberwies in Bayern sind 150 Menschen nach einem Hochwasser evakuiert worden.", 150, "Oberwies"),
    # a past event named after its scene ("das Erdbeben von X"), not the scene of today's event
    ("Teheran - Bei einem Beben in der Provinz Kerman starben 41 Menschen.\n\n"
     "Beim Erdbeben von Dschirandeh in derselben Provinz waren 1990 mehr als 35.000 Menschen gestorben.", 35000, "Dschirandeh"),
    ("Ein Lawinenabgang im Tal traf zwei Skifahrer.\n\nDas Lawinenunglück von Galtür hatte 1999 31 Menschenleben gefordert.", 31, "Galtür"),
]


@pytest.mark.parametrize(("text", "value", "place"), CASES, ids=[f"{i}" for i in range(len(CASES))])
def test_location_on_unseen_paragraphs(text: str, value: float, place: str | None) -> None:
    claim = by_value(claims_of(text), value)
    assert claim.location == place


def test_a_plural_object_after_a_settlement_noun_is_no_place() -> None:
    claim = by_value(claims_of("Die Armee hat im Dorf Häuser zerstört und 5 Menschen getötet."), 5)
    assert claim.location != "Häuser"


def test_people_fleeing_from_a_country_to_another_are_counted_where_they_arrive() -> None:
    claim = by_value(claims_of("Mehr als 30.000 Menschen sind aus Mali nach Mauretanien geflohen."), 30000)
    assert claim.location == "Mauritania"


def test_each_listed_part_lies_where_its_own_segment_says() -> None:
    claims = claims_of("Bei Razzien wurden elf Verdächtige festgenommen, acht von ihnen in Lüttich und Namur, drei in Aachen.")
    assert by_value(claims, 3).location == "Aachen"
    assert by_value(claims, 8).location != "Aachen"


def test_a_whole_whose_parts_lie_in_two_countries_has_no_place_and_in_one_its_country() -> None:
    claims = claims_of("Bei Razzien wurden elf Verdächtige festgenommen, acht von ihnen in Lüttich, drei in Aachen.")
    assert by_value(claims, 11).location is None
    claims = claims_of("Bei den Angriffen wurden 14 Menschen verletzt, zehn in Dnipro und vier in Saporischschja.")
    assert by_value(claims, 14).location == "Ukraine"


def test_where_most_of_them_came_from_is_not_the_scene_of_the_whole() -> None:
    claims = claims_of("Auf der Insel Lampedusa sind erneut Boote angekommen. Die Küstenwache brachte 612 Menschen an Land, "
                       "die meisten von ihnen aus Tunesien und Libyen.")
    assert by_value(claims, 612).location == "Lampedusa"


@pytest.mark.parametrize("text", ["In Westafrika sind in diesem Jahr 1.200 Menschen an Cholera gestorben.",
                                  "Auf dem Balkan hat die Polizei seit Januar 340 Schleuser festgenommen."])
def test_a_figure_placed_in_an_area_of_several_countries_spans_countries(text: str) -> None:
    assert all(c.location is None for c in claims_of(text)) and claims_of(text)


@pytest.mark.parametrize("text, value, place", [
    ("Vor der Atlantikküste Portugals sind 14 Migranten aus Seenot gerettet worden.", 14, "Portugal"),
    ("An der Nordgrenze Griechenlands griff die Polizei 30 Migranten auf.", 30, "Greece"),
    ("Nach dem Busunglück wurden 9 Verletzte im Kreiskrankenhaus von Zwickau behandelt.", 9, "Zwickau"),
])
def test_a_compound_of_a_filler_noun_leads_to_the_scene(text: str, value: int, place: str) -> None:
    # "Atlantikküste", "Nordgrenze", "Kreiskrankenhaus" end in the fillers "Küste", "Grenze", "Krankenhaus"
    assert by_value(claims_of(text), value).location == place


def test_a_plural_place_noun_is_no_filler_of_one_scene() -> None:
    # "in den Bezirken Zwickau und Plauen" names two places, not the first one's scene
    assert by_value(claims_of("In den Bezirken Zwickau und Plauen wurden 8 Menschen verletzt."), 8).location != "Zwickau"
