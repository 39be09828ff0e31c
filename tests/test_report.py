"""The self-contained report: renders the picture, escapes article text, needs no network."""

from __future__ import annotations

import re

from lagebild.picture import build_picture
from lagebild.views.evidence import snippet
from lagebild.views.report import render_report

EVIL = '<script>alert(1)</script> <img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a>'


def small_world():
    text = (f"Laut dem Ministerium wurden 300 Soldaten getötet. {EVIL} "
            "Die Armee spricht von etwa 4.000 Toten und Verletzten.")
    start = text.index("300 Soldaten getötet")
    start2 = text.index("etwa 4.000 Toten")
    articles = {"a": {"id": "a", "outlet": "Demo <b>Post</b>", "published": "2025-01-10", "text": text,
                      "title": EVIL}}
    claims = [
        {"doc": "a", "start": start, "end": start + 20, "evidence": text[start:start + 20], "measure": "killed",
         "actor": "X", "low": 300, "high": 300, "qualifier": "exact", "source": "Ministerium", "time": "2025-01"},
        {"doc": "a", "start": start2, "end": start2 + 16, "evidence": text[start2:start2 + 16],
         "measure": "killed", "actor": "X", "low": 4000, "high": 4000, "qualifier": "about", "source": EVIL,
         "time": "2025-01"},
    ]
    statements = [{"doc": "a", "speaker": EVIL, "cue": "laut", "mode": "indirect", "content": EVIL}]
    return build_picture(claims, articles), articles, statements


def test_report_escapes_everything_from_articles():
    picture, articles, statements = small_world()
    html = render_report(picture, articles, statements)
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Demo &lt;b&gt;Post&lt;/b&gt;" in html


def test_report_is_self_contained():
    picture, articles, statements = small_world()
    html = render_report(picture, articles, statements)
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assert "<link" not in html
    assert html.count("<script>") == 1  # only the embedded click handler


def test_report_shows_chart_marks_conflict_and_evidence():
    picture, articles, statements = small_world()
    html = render_report(picture, articles, statements)
    assert html.count('<svg class="timeline"') == len(picture.tracks) == 1
    assert html.count('class="mark') == 2
    assert len(picture.conflicts) == 1 and "cannot both hold" in html
    assert "<mark>300 Soldaten getötet</mark>" in html


def test_snippet_marks_the_span_inside_its_sentence():
    text = "Erster Satz. Laut NIS wurden 300 Soldaten getötet. Dritter Satz."
    start = text.index("300")
    piece = snippet(text, start, start + 12)
    assert piece.marked == "300 Soldaten"
    assert piece.before == "Laut NIS wurden "
    assert piece.after.startswith(" getötet.")
    assert "Dritter" not in piece.text and "Erster" not in piece.text


def test_report_on_seed_gold(shared):
    import json

    from markupsafe import escape

    texts = {p.stem: p.read_text("utf-8") for p in (shared / "seeds").glob("*.txt")}
    meta = [json.loads(line) for line in (shared / "seeds" / "meta.jsonl").read_text().splitlines() if line]
    articles = {m["id"]: {"id": m["id"], "outlet": m["outlet"], "published": m["published"], "text": texts[m["id"]]}
                for m in meta}
    claims = []
    for line in (shared / "gold" / "claims.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        record["start"] = texts[record["doc"]].index(record["evidence"])
        record["end"] = record["start"] + len(record["evidence"])
        claims.append(record)
    picture = build_picture(claims, articles, region_of={"Kursk": "Russia"}.get)
    html = render_report(picture, articles)
    for claim in claims:
        assert f"<mark>{escape(claim['evidence'])}</mark>" in html


def test_a_later_sentence_of_reported_speech_is_marked_as_continued():
    picture, articles, _ = small_world()
    text = "Der Minister sagte, die Lage sei ernst. Man werde aber nicht aufgeben."
    first, second = text.index("die Lage"), text.index("Man werde")
    statements = [
        {"doc": "a", "speaker": "Minister", "cue": "sagte", "mode": "indirect", "content": "die Lage sei ernst",
         "content_start": first, "run_start": first},
        {"doc": "a", "speaker": "Minister", "cue": "werde", "mode": "indirect", "content": "Man werde aber nicht aufgeben",
         "content_start": second, "run_start": first},
        {"doc": "a", "speaker": "Minister", "cue": "sagte", "mode": "direct", "content": "Wir bleiben",
         "content_start": 5, "run_start": None},
    ]
    html = render_report(picture, articles, statements)
    assert html.count('class="continues"') == 1
    marked = html.index('class="continues"')
    assert html.index("die Lage sei ernst") < marked < html.index("Man werde aber nicht aufgeben")
