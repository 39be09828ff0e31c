"""Stories: the picture compares figures only within one event, never across events.

Real data: the demo corpus (its ids start with the story), the seed articles (one
story, the demo's North Korea one) and a gold batch whose articles are separate
events except two next-day follow-ups; plus short German articles written here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lagebild.demo import corpus_path
from lagebild.ingest.pipeline import ingest_paths
from lagebild.picture import PictureSettings, build_picture, load_settings
from lagebild.picture.records import picture_from_store
from lagebild.picture.stories import article_terms, find_stories
from lagebild.store import open_store

DATA = Path(__file__).parent / "data"


def prefix(doc: str) -> str:
    return re.match(r"(.+?)-\d{4}-", doc).group(1)


def ingest(tmp_path, *paths):
    store = open_store(str(tmp_path / "stories.db"))
    summary = ingest_paths(store, list(paths), progress=False)
    assert summary.failed == 0
    return store


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    store = ingest(tmp_path_factory.mktemp("demo"), corpus_path())
    yield store
    store.close()


@pytest.fixture(scope="module")
def demo_picture(demo_store):
    return picture_from_store(demo_store)


def test_demo_stories_are_the_events_the_ids_name(demo_picture, demo_store):
    stories = demo_picture.stories
    docs = [a["id"] for a in demo_store.articles()]
    assert set(stories) == set(docs)
    for a in docs:
        for b in docs:
            assert (stories[a].id == stories[b].id) == (prefix(a) == prefix(b)), (a, b)


def test_demo_compares_no_figures_of_different_events(demo_picture):
    for track in demo_picture.tracks:
        assert len({prefix(p.doc) for p in track.points}) == 1, track.id
    for conflict in demo_picture.conflicts:
        sides = conflict.points + conflict.against
        assert len({prefix(p.doc) for p in sides}) == 1, conflict.explanation
        assert conflict.story == demo_picture.stories[sides[0].doc].id


def test_demo_keeps_every_contradiction_within_one_event(demo_picture, demo_store):
    before = build_picture(demo_store.claims(), {a["id"]: a for a in demo_store.articles()},
                           demo_store.future_times(), PictureSettings(stories=False))
    within = [c.explanation for c in before.conflicts
              if len({prefix(p.doc) for p in c.points + c.against}) == 1]
    across = [c.explanation for c in before.conflicts
              if len({prefix(p.doc) for p in c.points + c.against}) > 1]
    assert across, "without stories the demo compares the flood with the boat arrivals"
    after = [c.explanation for c in demo_picture.conflicts]
    assert set(within) <= set(after) and not set(across) & set(after)
    kinds = {c.kind for c in demo_picture.conflicts}
    assert {"forecasts", "derived_total"} <= kinds
    casualty = next(c for c in demo_picture.conflicts if c.kind == "derived_total")
    assert {p.value for p in casualty.points} == {300, 2700}
    assert casualty.against[0].value == 4000


def test_story_labels_name_the_story(demo_picture):
    nk = demo_picture.stories["nk-2024-10-29-pentagon-10000"]
    assert "Kursk" in nk.label or "North Korea" in nk.label or "Pyongyang" in nk.label
    assert "fighting" not in nk.label  # event kinds decide, they do not label
    flood = demo_picture.stories["hochwasser-2025-05-19-piemont"]
    assert flood.id != demo_picture.stories["lampedusa-2025-05-26-boote"].id
    assert flood.first == flood.last == "2025-05-19"


def test_the_seeds_join_the_demo_story_they_continue(shared, tmp_path):
    store = ingest(tmp_path, corpus_path(), shared / "seeds")
    try:
        picture = picture_from_store(store)
    finally:
        store.close()
    nk = {picture.stories[d].id for d in picture.stories if d.startswith("nk-") or re.match(r"\d{3}_", d)}
    assert len(nk) == 1, "one developing story must not be cut into pieces"
    others = {picture.stories[d].id for d in picture.stories if not d.startswith("nk-") and not re.match(r"\d{3}_", d)}
    assert not nk & others


def test_a_gold_batch_stays_separate_events_but_follow_ups_join(tmp_path):
    store = ingest(tmp_path, DATA / "blind_h18" / "articles")
    try:
        picture = picture_from_store(store)
    finally:
        store.close()
    story = {d: s.id for d, s in picture.stories.items()}
    assert story["y5_01_saporischschja"] == story["y5_02_saporischschja_folgetag"]
    assert story["y5_07_peschawar"] == story["y5_08_peschawar_folgetag"]
    # 20 articles, 18 events; the batch's three reports of the Russia-Ukraine war (Kyiv and
    # Moscow in each) may merge into one story (they do: 16 stories), more must not
    assert len(set(story.values())) >= 16


FLOOD = ("Hochwasser in Kleinfelden: Hunderte Menschen evakuiert",
         "Nach tagelangem Regen ist die Erlach in Kleinfelden über die Ufer getreten. Die Feuerwehr "
         "brachte 400 Bewohner der Altstadt in Sicherheit, teilte Bürgermeister Anton Reisinger mit. "
         "Das Hochwasser erreichte am Abend einen Pegel von mehr als vier Metern.")
FLOOD_NEXT = ("Kleinfelden: Pegel der Erlach sinkt langsam",
              "Einen Tag nach dem Hochwasser kehren die ersten der 600 evakuierten Bewohner nach "
              "Kleinfelden zurück. Bürgermeister Anton Reisinger sprach von großen Schäden in der "
              "Altstadt. Die Erlach führt noch immer Hochwasser.")
BOATS = ("Migranten erreichen Felsinsel Sankt Morgan",
         "Auf der Insel Sankt Morgan sind binnen zwei Tagen 900 Migranten mit Booten angekommen. "
         "Die Küstenwache rettete ein überladenes Schlauchboot, sagte Kapitän Bruno Falcone. "
         "Das Aufnahmelager der Insel ist überfüllt.")


def articles_of(**items):
    return {doc: {"id": doc, "title": title, "published": published}
            for doc, (title, _text, published) in items.items()}, \
        {doc: text for doc, (_title, text, _published) in items.items()}


def test_two_events_apart_and_a_follow_up_together():
    articles, texts = articles_of(flood=(*FLOOD, "2025-05-10"), next=(*FLOOD_NEXT, "2025-05-11"),
                                  boats=(*BOATS, "2025-05-11"))
    stories = find_stories(articles, {}, PictureSettings(), texts)
    assert stories["flood"].id == stories["next"].id
    assert stories["boats"].id != stories["flood"].id
    assert "Kleinfelden" in stories["flood"].label or "Erlach" in stories["flood"].label


def test_figures_of_two_events_in_one_country_are_not_compared():
    articles, texts = articles_of(flood=(*FLOOD, "2025-05-10"), boats=(*BOATS, "2025-05-11"))
    claims = [{"doc": "flood", "start": 0, "end": 10, "measure": "displaced", "low": 400, "high": 400,
               "qualifier": "exact", "location": "Italy"},
              {"doc": "boats", "start": 0, "end": 10, "measure": "displaced", "low": 900, "high": 900,
               "qualifier": "exact", "location": "Italy"}]
    with_stories = build_picture(claims, articles, texts=texts, region_of=lambda place: place)
    assert len(with_stories.tracks) == 2 and not with_stories.conflicts
    without = build_picture(claims, articles, texts=texts, region_of=lambda place: place,
                            settings=PictureSettings(stories=False))
    assert len(without.tracks) == 1 and len(without.conflicts) == 1


def test_the_same_event_months_later_needs_more_likeness():
    articles, texts = articles_of(flood=(*FLOOD, "2025-05-10"), next=(*FLOOD_NEXT, "2025-11-11"))
    assert find_stories(articles, {}, PictureSettings(), texts)["next"].id != \
        find_stories(articles, {}, PictureSettings(), texts)["flood"].id
    close = find_stories({**articles, "next": {**articles["next"], "published": "2025-05-12"}}, {},
                         PictureSettings(), texts)
    assert close["next"].id == close["flood"].id


def test_a_syndicated_copy_is_always_its_originals_story():
    articles, texts = articles_of(flood=(*FLOOD, "2025-05-10"), boats=(*BOATS, "2025-05-11"))
    articles["boats"]["duplicate_of"] = "flood"  # ingest dedup said so, whatever the words
    stories = find_stories(articles, {}, PictureSettings(), texts)
    assert stories["boats"].id == stories["flood"].id


def test_stories_do_not_depend_on_input_order():
    articles, texts = articles_of(flood=(*FLOOD, "2025-05-10"), next=(*FLOOD_NEXT, "2025-05-11"),
                                  boats=(*BOATS, "2025-05-11"))
    forward = find_stories(articles, {}, PictureSettings(), texts)
    backward = find_stories(dict(reversed(articles.items())), {}, PictureSettings(),
                            dict(reversed(texts.items())))
    assert {d: s.id for d, s in forward.items()} == {d: s.id for d, s in backward.items()}
    assert {d: s.label for d, s in forward.items()} == {d: s.label for d, s in backward.items()}


def test_an_article_with_nothing_in_common_is_its_own_story():
    articles, texts = articles_of(flood=(*FLOOD, "2025-05-10"), boats=(*BOATS, "2025-05-10"))
    stories = find_stories(articles, {}, PictureSettings(), texts)
    assert stories["flood"].docs == ["flood"] and stories["boats"].docs == ["boats"]


def test_story_terms_resolve_names_and_skip_sentence_openers():
    terms = article_terms("Kämpfe bei Kursk", "Derzeit kämpfen nordkoreanische Soldaten in Russlands Gebiet Kursk.")
    assert "place:Kursk" in terms and "country:North Korea" in terms and "country:Russia" in terms
    assert "w:derzeit" not in terms
    assert terms["place:Kursk"] == [1, 1, "Kursk"]  # once in the title (which counts more), once in the text


def test_story_thresholds_are_settings(tmp_path):
    path = tmp_path / "lagebild.toml"
    path.write_text("[picture]\nstory_link = 0.9\nstories = true\n", encoding="utf-8")
    settings = load_settings(path)
    assert settings.story_link == 0.9
    articles, texts = articles_of(flood=(*FLOOD, "2025-05-10"), next=(*FLOOD_NEXT, "2025-05-11"))
    assert find_stories(articles, {}, settings, texts)["next"].id != find_stories(articles, {}, settings, texts)["flood"].id


def test_the_story_shows_in_the_cli_exports_and_the_report(demo_store, demo_picture, tmp_path):
    import json

    from typer.testing import CliRunner

    from lagebild.cli import app
    from lagebild.views.export import ucdp_rows
    from lagebild.views.report import report_from_store

    db = str(demo_store.engine.url.database)
    runner = CliRunner()
    listed = runner.invoke(app, ["stories", "--db", db, "--format", "json"])
    assert listed.exit_code == 0, listed.output
    stories = json.loads(listed.stdout)
    assert len(stories) == 8 and sum(s["articles"] for s in stories) == 21
    nk = stories[0]
    assert nk["articles"] == 14 and all(d.startswith("nk-") for d in nk["docs"])
    tracks = json.loads(runner.invoke(app, ["tracks", "--db", db, "--format", "json"]).stdout)
    assert all(t["story"] and t["story_label"] for t in tracks)
    assert {t["story"] for t in tracks if t["actor"] == "North Korea"} == {nk["story"]}
    conflicts = json.loads(runner.invoke(app, ["conflicts", "--db", db, "--format", "json"]).stdout)
    assert conflicts and all(c["story_label"] == nk["label"] for c in conflicts)
    assert {row["story_label"] for row in ucdp_rows(demo_picture)} >= {nk["label"]}
    html = report_from_store(demo_store)
    assert 'id="stories"' in html and html.count('class="story" id="story-') == 8
    assert f"Story: <a href=\"#story-{nk['story']}\">" in html


MATCH = ("Kleinfelden gewinnt Derby gegen Oberau",
         "Der SV Kleinfelden hat das Derby gegen Oberau mit 3:1 gewonnen. Trainer Anton Reisinger lobte "
         "seine Mannschaft nach dem Spiel. In der Tabelle rückt Kleinfelden auf Platz drei vor, "
         "das nächste Spiel der Saison folgt am Samstag.")


def test_one_town_two_kinds_of_event_are_two_stories():
    # same town, same name, same day: only the event words tell the flood from the match
    articles, texts = articles_of(flood=(*FLOOD, "2025-05-10"), match=(*MATCH, "2025-05-10"))
    stories = find_stories(articles, {}, PictureSettings(), texts)
    assert stories["flood"].id != stories["match"].id
    lenient = find_stories(articles, {}, PictureSettings(story_event_likeness=0.0), texts)
    assert lenient["flood"].id == lenient["match"].id


def test_story_ids_stay_when_later_articles_arrive(demo_store):
    articles = {a["id"]: a for a in demo_store.articles()}
    texts = demo_store.texts()
    early = {d: a for d, a in articles.items() if a["published"] < "2025-02-01"}
    assert 3 <= len(early) < len(articles)
    before = find_stories(early, {}, PictureSettings(), texts)
    after = find_stories(articles, {}, PictureSettings(), texts)
    assert {d: before[d].id for d in early} == {d: after[d].id for d in early}


def test_ingest_order_does_not_change_the_stories(demo_picture, tmp_path):
    # the demo corpus ingested newest first: the wire copy is now the "original"
    lines = corpus_path().read_text("utf-8").splitlines()
    reversed_corpus = tmp_path / "reversed.jsonl"
    reversed_corpus.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    store = ingest(tmp_path, reversed_corpus)
    try:
        picture = picture_from_store(store)
    finally:
        store.close()
    assert {d: s.id for d, s in picture.stories.items()} == {d: s.id for d, s in demo_picture.stories.items()}
    assert sorted(c.explanation for c in picture.conflicts) == sorted(c.explanation for c in demo_picture.conflicts)
