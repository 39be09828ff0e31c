"""Readers: files, folders, JSONL, HTML, sidecars, overrides, encodings and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lagebild.ingest import IngestError, Overrides, normalize_text, read_articles
from lagebild.ingest.dates import normalize_published
from lagebild.ingest.language import detect_language
from lagebild.model import Article

DATA = Path(__file__).parent / "data" / "ingest"
GERMAN = "Bei dem Anschlag wurden nach Angaben der Polizei mindestens 14 Menschen verletzt."
ENGLISH = "At least 14 people were injured in the attack, police said on Monday evening."


def read(*paths, overrides=None, notes=None):
    return list(read_articles(paths, overrides, on_note=None if notes is None else notes.append))


def only_article(items) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def only_error(items) -> IngestError:
    assert len(items) == 1 and isinstance(items[0], IngestError), items
    return items[0]


# -- text files ---------------------------------------------------------------

def test_txt_id_is_file_stem_and_text_is_normalised(tmp_path):
    path = tmp_path / "lage_01.txt"
    path.write_text("Titelzeile\r\n\r\nErster  Absatz mit\u00a0Text.  \r\n\r\n\r\n\r\nZweiter Absatz.\r\n", "utf-8")
    article = only_article(read(path))
    assert article.id == "lage_01"
    assert article.text == "Titelzeile\n\nErster Absatz mit Text.\n\nZweiter Absatz."
    assert article.title == "Titelzeile"
    assert article.source_path == str(path)
    assert article.published is None


def test_normalisation_nfc_markup_entities_and_tabs():
    decomposed = "Mu\u0308nchen"  # "München" with a combining diaeresis
    raw = f"{decomposed} &amp; Umgebung<br>Zeile<!-- Kommentar -->\nQuellen\t<ul style=\"list-style-type: none\">• a.de</ul>\nVerletzte\t2700\t\n"
    text = normalize_text(raw)
    assert text.startswith("München & Umgebung\nZeile")
    assert "<" not in text and "Kommentar" not in text
    assert "Verletzte\t2700" in text  # tabs inside a line survive (gold evidence keeps them)
    assert not text.endswith("\t")


def test_normalisation_keeps_comparisons_that_are_not_tags():
    assert normalize_text("Es waren < 5 Personen, also 3 < 4 > 2.") == "Es waren < 5 Personen, also 3 < 4 > 2."


# -- encodings and binary files -------------------------------------------------

def test_utf8_bom_and_utf16_bom_are_decoded(tmp_path):
    (tmp_path / "bom8.txt").write_bytes("\ufeff".encode("utf-8") + GERMAN.encode("utf-8"))
    (tmp_path / "bom16.txt").write_bytes(GERMAN.encode("utf-16"))  # writes a BOM
    notes: list[str] = []
    items = read(tmp_path, notes=notes)
    assert [a.text for a in items] == [GERMAN, GERMAN]
    assert notes == []


def test_latin1_falls_back_with_a_note(tmp_path):
    path = tmp_path / "alt.txt"
    path.write_bytes("Größere Schäden in Köln: 25 Häuser beschädigt.".encode("latin-1"))
    notes: list[str] = []
    article = only_article(read(path, notes=notes))
    assert article.text == "Größere Schäden in Köln: 25 Häuser beschädigt."
    assert len(notes) == 1 and str(path) in notes[0] and "cp1252" in notes[0]


def test_damaged_utf8_keeps_the_good_text_with_a_note(tmp_path):
    path = tmp_path / "kaputt.txt"
    path.write_bytes("Über 30 Verletzte in Düsseldorf, ".encode("utf-8") + b"\xc3(" + " teilte die Polizei mit.".encode("utf-8"))
    notes: list[str] = []
    article = only_article(read(path, notes=notes))
    assert article.text.startswith("Über 30 Verletzte in Düsseldorf,")
    assert "\ufffd" in article.text
    assert len(notes) == 1 and "invalid UTF-8" in notes[0] and str(path) in notes[0]


@pytest.mark.parametrize("data, kind", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "PNG"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
    (b"abc\x00def\x00" * 10, "NUL"),
])
def test_binary_files_are_refused(tmp_path, data, kind):
    path = tmp_path / "bild.txt"
    path.write_bytes(data)
    error = only_error(read(path))
    assert error.source == str(path)
    assert "binary file, not text" in error.reason and kind in error.reason
    assert "\n" not in str(error)


def test_empty_and_whitespace_files_are_errors(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("  \n\t\n", "utf-8")
    (tmp_path / "c.txt").write_text("<p> </p>", "utf-8")
    errors = read(tmp_path)
    assert all(isinstance(e, IngestError) for e in errors)
    assert [Path(e.source).name for e in errors] == ["a.txt", "b.txt", "c.txt"]
    assert errors[0].reason == "empty file"
    assert "no text" in errors[2].reason


def test_missing_path_and_unknown_extension(tmp_path):
    missing = tmp_path / "fehlt.txt"
    assert "no such file" in only_error(read(missing)).reason
    pdf = tmp_path / "doc.pdf"
    pdf.write_text("x", "utf-8")
    assert "unsupported file type '.pdf'" in only_error(read(pdf)).reason


# -- folders -----------------------------------------------------------------

def test_folders_recurse_sorted_and_skip_hidden_and_unknown(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "zwei.txt").write_text(GERMAN, "utf-8")
    (tmp_path / "a.txt").write_text(GERMAN + " Eins.", "utf-8")
    (tmp_path / ".versteckt.txt").write_text(GERMAN, "utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(GERMAN, "utf-8")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    (tmp_path / "notizen.md").write_text("# nein", "utf-8")
    assert [a.id for a in read(tmp_path)] == ["a", "zwei"]


# -- JSONL -------------------------------------------------------------------

def test_jsonl_articles_and_bad_lines_each_get_their_own_result():
    items = read(DATA / "wire.jsonl")
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, IngestError)]
    assert [a.id for a in good][0] == "w1" and good[-1].id == "w7"
    first = good[0]
    assert (first.url, first.outlet, first.title, first.published) == (
        "https://wire.example/1", "Wire", "Fähre gesunken", "2024-03-05")
    assert first.source_path.endswith("wire.jsonl:1")
    # a line without id gets a stable id from its text
    assert len(good[1].id) == 16 and good[1].id == read(DATA / "wire.jsonl")[1].id
    reasons = {e.source.rsplit(":", 1)[1]: e.reason for e in bad}
    assert set(reasons) == {"3", "4", "6", "7"}
    assert reasons["3"].startswith("invalid JSON")
    assert reasons["4"] == "field 'outlet' must be a string, not int"
    assert "invalid published date '2024-02-30'" in reasons["6"]
    assert "expected a JSON object" in reasons["7"]


def test_jsonl_text_must_be_a_string(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"id": "a", "text": ["Liste"]}) + "\n" + json.dumps({"id": "b"}) + "\n", "utf-8")
    errors = read(path)
    assert [e.reason for e in errors] == ["field 'text' must be a string, not list", "missing 'text'"]
    assert [e.source for e in errors] == [f"{path}:1", f"{path}:2"]


def test_jsonl_is_read_line_by_line_never_whole(tmp_path, monkeypatch):
    path = tmp_path / "korpus.jsonl"
    records = [{"id": f"k{i}", "text": f"Meldung {i}: Die Feuerwehr rückte am Morgen zu einem Brand aus."}
               for i in range(3)]
    # a byte-order mark, Windows line ends, a blank line, a line separator inside a JSON string
    records[1]["text"] += "\u2028Zweiter Absatz."
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join([lines[0], "", lines[1], lines[2]]).encode("utf-8") + b"\r\n")
    whole = Path.read_bytes

    def refuse_jsonl(self):
        assert self.suffix != ".jsonl", "a JSONL file was read whole"
        return whole(self)

    monkeypatch.setattr(Path, "read_bytes", refuse_jsonl)
    items = read(path)
    assert [a.id for a in items] == ["k0", "k1", "k2"]
    assert [a.source_path.rsplit(":", 1)[1] for a in items] == ["1", "3", "4"]
    assert "Zweiter Absatz" in items[1].text


def test_jsonl_in_a_legacy_encoding_is_still_read_with_a_note(tmp_path):
    path = tmp_path / "alt.jsonl"
    path.write_bytes((json.dumps({"id": "a", "text": "Die Brücke über die Förde ist gesperrt."}, ensure_ascii=False)
                      + "\n").encode("cp1252"))
    notes = []
    items = read(path, notes=notes)
    assert [a.text for a in items] == ["Die Brücke über die Förde ist gesperrt."]
    assert notes and "cp1252" in notes[0]


def test_blank_jsonl_is_an_empty_file(tmp_path):
    path = tmp_path / "leer.jsonl"
    path.write_bytes(b"\n  \n\t\n")
    assert [(e.source, e.reason) for e in read(path)] == [(str(path), "empty file")]


# -- HTML --------------------------------------------------------------------

def test_html_main_text_and_metadata():
    article = only_article(read(DATA / "article.html"))
    assert article.id == "article"
    assert article.title == "Hochwasser: Hunderte Menschen in Notunterkünften"
    assert article.text.startswith(article.title + "\n\n")
    assert "mehr als 800 Menschen" in article.text
    assert "Evakuierungen & Sperrungen" in article.text
    assert "Cookies" not in article.text and "Impressum" not in article.text
    assert article.outlet == "Tagesbote"
    assert article.published == "2024-09-16"
    assert article.url == "https://tagesbote.example/hochwasser-notunterkuenfte"
    assert article.language == "de"


def test_html_without_body_is_an_error():
    error = only_error(read(DATA / "empty_body.html"))
    assert error.source.endswith("empty_body.html")
    assert error.reason == "no article text found in the HTML"


# -- metadata: sidecars, --meta, overrides, dates --------------------------------

def test_meta_sidecar_applies_to_matching_files_and_is_not_an_article(tmp_path):
    (tmp_path / "a.txt").write_text(GERMAN, "utf-8")
    (tmp_path / "b.txt").write_text(GERMAN + " Zwei.", "utf-8")
    (tmp_path / "meta.jsonl").write_text(
        json.dumps({"file": "a.txt", "published": "2025-02", "outlet": "Bote", "note": "geschätzt"}) + "\n"
        + json.dumps({"id": "b", "url": "https://b.example", "outlet": None}) + "\n", "utf-8")
    a, b = read(tmp_path)
    assert (a.id, a.published, a.outlet, a.url) == ("a", "2025-02", "Bote", None)
    assert (b.id, b.published, b.outlet, b.url) == ("b", None, None, "https://b.example")


def test_common_other_field_names_are_read_in_sidecars_and_jsonl(tmp_path):
    (tmp_path / "a.txt").write_text(GERMAN, "utf-8")
    (tmp_path / "meta.jsonl").write_text(
        json.dumps({"file": "a.txt", "date": "2025-02-03", "publisher": "Bote", "link": "https://a.example"}) + "\n",
        "utf-8")
    a = only_article(read(tmp_path / "a.txt"))
    assert (a.published, a.outlet, a.url) == ("2025-02-03", "Bote", "https://a.example")
    path = tmp_path / "feed" / "x.jsonl"
    path.parent.mkdir()
    path.write_text(json.dumps({"id": "x", "body": GERMAN, "headline": "Anschlag", "published_at": "2025-04-01",
                                "published": None}) + "\n"
                    + json.dumps({"id": "y", "content": GERMAN, "date": 2025}) + "\n", "utf-8")
    x, y = read(path)
    assert (x.text, x.title, x.published) == (GERMAN, "Anschlag", "2025-04-01")
    assert isinstance(y, IngestError) and y.reason == "field 'date' must be a string, not int"


def test_sidecar_applies_when_a_single_file_is_given(tmp_path):
    (tmp_path / "a.txt").write_text(GERMAN, "utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps({"file": "a.txt", "published": "2025-03-01"}) + "\n", "utf-8")
    assert only_article(read(tmp_path / "a.txt")).published == "2025-03-01"


def test_bad_sidecar_record_is_reported_once_and_good_ones_still_apply(tmp_path):
    (tmp_path / "a.txt").write_text(GERMAN, "utf-8")
    (tmp_path / "b.txt").write_text(GERMAN + " B.", "utf-8")
    (tmp_path / "meta.jsonl").write_text("{kaputt\n" + json.dumps({"file": "a.txt", "outlet": "Bote"}) + "\n", "utf-8")
    items = read(tmp_path)
    errors = [i for i in items if isinstance(i, IngestError)]
    assert [e.source for e in errors] == [f"{tmp_path / 'meta.jsonl'}:1"]
    assert [a.outlet for a in items if isinstance(a, Article)] == ["Bote", None]


def test_meta_option_wins_over_sidecar_and_overrides_only_fill_gaps(tmp_path):
    folder = tmp_path / "texte"
    folder.mkdir()
    (folder / "a.txt").write_text(GERMAN, "utf-8")
    (folder / "meta.jsonl").write_text(json.dumps({"file": "a.txt", "outlet": "Sidecar", "published": "2024"}) + "\n", "utf-8")
    extra = tmp_path / "extra.jsonl"
    extra.write_text(json.dumps({"id": "a", "outlet": "Explizit"}) + "\n", "utf-8")
    overrides = Overrides(outlet="Override", published="2023-01-01", url="https://o.example", meta=extra)
    article = only_article(read(folder, overrides=overrides))
    assert article.outlet == "Explizit"
    assert article.published == "2024"
    assert article.url == "https://o.example"


def test_overrides_fill_missing_fields(tmp_path):
    (tmp_path / "a.txt").write_text(GERMAN, "utf-8")
    article = only_article(read(tmp_path, overrides=Overrides(outlet="Bote", published="2025-02-14T09:00:00Z")))
    assert (article.outlet, article.published) == ("Bote", "2025-02-14")


@pytest.mark.parametrize("value, expected", [
    ("2025", "2025"), ("2025-02", "2025-02"), ("2025-02-14", "2025-02-14"),
    ("2025-02-14T09:30:00Z", "2025-02-14"), ("2025-02-14 09:30", "2025-02-14"),
    ("2025-02-14T23:30:00.123+01:00", "2025-02-14"), (" 2024-12 ", "2024-12"),
])
def test_published_dates_normalise_to_iso_prefixes(value, expected):
    assert normalize_published(value) == expected


@pytest.mark.parametrize("value", ["2025-13", "2025-02-30", "14.02.2025", "gestern", "20250214", ""])
def test_bad_published_dates_raise(value):
    with pytest.raises(ValueError, match="invalid published date"):
        normalize_published(value)


def test_bad_date_fails_only_its_article(tmp_path):
    (tmp_path / "a.txt").write_text(GERMAN, "utf-8")
    (tmp_path / "b.txt").write_text(GERMAN + " B.", "utf-8")
    (tmp_path / "meta.jsonl").write_text(json.dumps({"file": "a.txt", "published": "Februar"}) + "\n", "utf-8")
    error, article = read(tmp_path)
    assert isinstance(error, IngestError) and error.source == str(tmp_path / "a.txt")
    assert "invalid published date 'Februar'" in error.reason
    assert isinstance(article, Article) and article.id == "b"


# -- language ----------------------------------------------------------------

def test_language_detection_german_and_english(tmp_path):
    (tmp_path / "de.txt").write_text(GERMAN, "utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, "utf-8")
    assert {a.id: a.language for a in read(tmp_path)} == {"de": "de", "en": "en"}


def test_language_detection_needs_letters():
    assert detect_language("123 456 --- 789") is None


def test_html_declared_charset_is_used_without_a_note(tmp_path):
    page = ("<html><head><meta charset=\"iso-8859-1\"><title>Brand in Köln</title></head><body><article>"
            "<p>Bei einem Brand in einem Wohnhaus in Köln sind nach Angaben der Feuerwehr 17 Menschen verletzt "
            "worden. Die Einsatzkräfte waren mit einem Großaufgebot vor Ort und löschten das Feuer in der Nacht.</p>"
            "</article></body></html>")
    path = tmp_path / "brand.html"
    path.write_bytes(page.encode("latin-1"))
    notes: list[str] = []
    article = only_article(read(path, notes=notes))
    assert "17 Menschen verletzt" in article.text and "Köln" in article.text
    assert notes == []


def test_overlong_jsonl_id_is_an_error(tmp_path):
    path = tmp_path / "lang.jsonl"
    path.write_text(json.dumps({"id": "x" * 300, "text": GERMAN}) + "\n", "utf-8")
    assert only_error(read(path)).reason == "field 'id' is longer than 255 characters"


def test_unexpected_parser_errors_become_error_lines(tmp_path, monkeypatch):
    import trafilatura

    def explode(*args, **kwargs):
        raise RuntimeError("parser\nexploded")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    (tmp_path / "a.html").write_text("<html><body><p>Text</p></body></html>", "utf-8")
    (tmp_path / "b.txt").write_text(GERMAN, "utf-8")
    error, article = read(tmp_path)
    assert str(error) == f"{tmp_path / 'a.html'}: cannot read: RuntimeError: parser exploded"
    assert article.id == "b"
