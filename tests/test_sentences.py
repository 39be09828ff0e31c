"""Sentence boundaries and tokens on small German texts."""

from __future__ import annotations

import pytest

from lagebild.analysis import make_doc
from lagebild.analysis.sentences import split_sentences, tokenize
from lagebild.model import Article


def sentences(text: str) -> list[str]:
    doc = make_doc(Article(id="t", text=text))
    split_sentences(doc)
    return [span.text(text) for span in doc.sentences]


def tokens(text: str) -> list[str]:
    doc = make_doc(Article(id="t", text=text))
    tokenize(doc)
    return [token.text for token in doc.tokens]


@pytest.mark.parametrize("text", [
    "Zwischen 10.000 bis 20.000 Soldaten sind im Einsatz. Das sagte er.",
    "Etwa 2.700 wurden verwundet. Das sagte er.",
    "Es waren 1,5 Millionen Menschen. Das sagte er.",
    "Am 3. Oktober kamen sie an. Das sagte er.",
    "Der Krieg begann am 24. Februar 2022 mit dem Einmarsch. Das sagte er.",
    "Dr. Müller und Prof. Schmidt kamen. Das sagte er.",
    "Es gab z. B. Drohnen, u. a. aus Iran. Das sagte er.",
    "Es kamen ca. 300 Menschen. Das sagte er.",
    "Der Schaden beträgt 3 Mio. Euro und 2 Mrd. Dollar. Das sagte er.",
    "Das Haus Nr. 5 brannte bzw. glühte. Das sagte er.",
    "Im 19. Jh. lebte hier St. Martin. Das sagte er.",
    "John F. Kennedy wurde erschossen. Das sagte er.",
    "Der 5. Jahrestag wurde begangen. Das sagte er.",
    "Mehr unter www.example.com/a.b und info@example.org heute. Das sagte er.",
])
def test_no_split_inside_numbers_abbreviations_initials_links(text: str) -> None:
    assert sentences(text) == [text[:-len(" Das sagte er.")], "Das sagte er."]


def test_sentence_ends_after_closing_quote() -> None:
    text = "Er sagte: „Das ist gut.“ Dann ging er."
    assert sentences(text) == ["Er sagte: „Das ist gut.“", "Dann ging er."]


def test_quote_followed_by_lowercase_stays_one_sentence() -> None:
    text = "„Das ist gut.“ sagte er. Dann ging er."
    assert sentences(text) == ["„Das ist gut.“ sagte er.", "Dann ging er."]


def test_question_and_exclamation() -> None:
    assert sentences("Wie viele sind es? Niemand weiß es! Wirklich.") == [
        "Wie viele sind es?", "Niemand weiß es!", "Wirklich."]


def test_english_quotes_and_ellipsis() -> None:
    text = 'Er rief "Halt!" Dann war Ruhe... Später kam sie.'
    assert sentences(text) == ['Er rief "Halt!"', "Dann war Ruhe...", "Später kam sie."]


def test_headline_without_full_stop_ends_at_line_break() -> None:
    text = "Nordkorea schickt Truppen\nDie Regierung in Pjöngjang entsendet weitere Soldaten."
    assert sentences(text) == ["Nordkorea schickt Truppen",
                               "Die Regierung in Pjöngjang entsendet weitere Soldaten."]


def test_blank_line_separates_blocks() -> None:
    text = "Hintergrund\n\nDie Lage ist ernst."
    assert sentences(text) == ["Hintergrund", "Die Lage ist ernst."]


def test_lowercase_continuation_after_line_break_is_one_sentence() -> None:
    text = "Die Rückmeldungen zeigen, dass\nnordkoreanische Soldaten Verluste erlitten."
    assert sentences(text) == [text]
    broken = "Die Rückmeldungen zeigen, dass\n\nnordkoreanische Soldaten Verluste erlitten."
    assert sentences(broken) == [broken]


def test_hard_wrapped_paragraph_keeps_sentences_whole() -> None:
    text = (
        "Die Polizei hat am Montag in der Innenstadt mehrere Verdächtige\n"
        "festgenommen, nachdem es in der Nacht zu schweren Ausschreitungen\n"
        "gekommen war. Nach Angaben der Behörden wurden dabei zwölf Beamte\n"
        "verletzt, zwei von ihnen schwer. Die Ermittlungen dauern an und\n"
        "Zeugen werden gebeten, sich bei der Polizei zu melden, hieß es.\n"
    )
    result = sentences(text)
    assert len(result) == 3
    assert result[0].startswith("Die Polizei") and result[0].endswith("war.")
    assert result[2].startswith("Die Ermittlungen") and "\nZeugen" in result[2]


@pytest.mark.parametrize("marker", ["• ", "- ", "* ", "1. "])
def test_list_items_are_sentences_without_bullets(marker: str) -> None:
    text = f"Die Forderungen:\n{marker}mehr Personal\n{marker}bessere Ausrüstung"
    result = sentences(text)
    assert len(result) == 3
    if marker != "1. ":
        assert result[1:] == ["mehr Personal", "bessere Ausrüstung"]
    else:
        assert result[1:] == ["1. mehr Personal", "1. bessere Ausrüstung"]


def test_inline_bullets_separate_items() -> None:
    assert sentences("Quellen: • www.aljazeera.com• jacobin.de") == [
        "Quellen:", "www.aljazeera.com", "jacobin.de"]


def test_tab_separated_rows_are_sentences() -> None:
    text = "Details\t\nVorfall\tSonstiges\nort\tKursk\nVerletzte\t2700"
    assert sentences(text) == ["Details", "Vorfall\tSonstiges", "ort\tKursk", "Verletzte\t2700"]


def test_sentence_final_number_and_ranking_list() -> None:
    assert sentences("Es waren 300. Die Polizei kam.") == ["Es waren 300.", "Die Polizei kam."]
    ranking = "Endstand: 1. Ogier 207 – 2. Latvala 114. Danach kam Regen."
    assert sentences(ranking) == ["Endstand: 1. Ogier 207 – 2. Latvala 114.", "Danach kam Regen."]


def test_ordinal_at_sentence_start_and_more_abbreviations() -> None:
    assert sentences("Ajax musste handeln. 52. Minute: Tor. Es spielten Vikings vs. Raiders.") == [
        "Ajax musste handeln.", "52. Minute: Tor.", "Es spielten Vikings vs. Raiders."]
    assert sentences("Sieger nach 8:14 Std. 2. Raelert kam danach.") == ["Sieger nach 8:14 Std. 2. Raelert kam danach."]


def test_roman_numerals_years_and_big_numbers_before_a_dot() -> None:
    assert sentences("König Carl XVI. Gustaf kam. Danach ging er.") == ["König Carl XVI. Gustaf kam.", "Danach ging er."]
    assert sentences("Der Skandal seit 2015. Dazu kam mehr.") == ["Der Skandal seit 2015.", "Dazu kam mehr."]
    assert sentences("Die Zahl stieg auf 4.163.892. Auch die Toten.") == ["Die Zahl stieg auf 4.163.892.", "Auch die Toten."]


def test_missing_space_scores_and_quoted_ordinals() -> None:
    assert sentences("Bald sollen sie folgen.Eine Einheit kam an.") == ["Bald sollen sie folgen.", "Eine Einheit kam an."]
    assert sentences("Nadal punktete mit 6:5 und 7:5. Damit siegte er.") == [
        "Nadal punktete mit 6:5 und 7:5.", "Damit siegte er."]
    assert sentences("Er war zu Gast beim „2. Kongress“ in Bonn.") == ["Er war zu Gast beim „2. Kongress“ in Bonn."]
    assert sentences("Siehe www.spiegel.de.Nichts mehr.") == ["Siehe www.spiegel.de.Nichts mehr."]


def test_final_abbreviation_can_end_a_sentence() -> None:
    assert sentences("Panzer, Drohnen usw. Die Armee rückt vor.") == [
        "Panzer, Drohnen usw.", "Die Armee rückt vor."]


def test_spans_are_trimmed_ordered_and_inside() -> None:
    text = "  \n  Erster Satz.   Zweiter Satz!  \n\n  • Dritter  \n"
    doc = make_doc(Article(id="t", text=text))
    split_sentences(doc)
    assert [s.text(text) for s in doc.sentences] == ["Erster Satz.", "Zweiter Satz!", "Dritter"]
    assert [(s.start, s.end) for s in doc.sentences] == [(5, 17), (20, 33), (41, 48)]


def test_empty_and_whitespace_text() -> None:
    assert sentences("") == []
    assert sentences(" \n\t ") == []


def test_tokens_keep_numbers_links_and_compounds_whole() -> None:
    assert tokens("Etwa 11.000 Soldaten (1,5 Mio.) im Ukraine-Krieg, siehe www.x.de/a?b=1 oder a.b@c.de.") == [
        "Etwa", "11.000", "Soldaten", "(", "1,5", "Mio", ".", ")", "im", "Ukraine-Krieg", ",", "siehe",
        "www.x.de/a?b=1", "oder", "a.b@c.de", "."]


def test_token_offsets_match_text() -> None:
    text = "Am 24.02.2022 um 14:30 Uhr griffen 32-Jährige an."
    doc = make_doc(Article(id="t", text=text))
    tokenize(doc)
    assert all(text[t.start:t.end] == t.text for t in doc.tokens)
    assert "24.02.2022" in [t.text for t in doc.tokens]
    assert "14:30" in [t.text for t in doc.tokens]


def test_seed_article_headline_and_details_box(shared) -> None:
    text = (shared / "seeds" / "001_5ab651bbbf76d87f.txt").read_text("utf-8")
    result = sentences(text)
    assert result[0] == "Nordkorea verstärkt Militärpräsenz in Russland - Wie gefährlich ist das?"
    assert "Verletzte\t2700" in result
    assert any(s.startswith("Die Rückmeldungen") and s.endswith("erlitten haben.") for s in result)


def test_tokens_are_those_of_the_token_pattern_with_their_offsets():
    from lagebild.analysis.doc import Token
    from lagebild.analysis.sentences import TOKEN_RE, tokenize

    text = ("  Laut https://example.org/a.html starben am 24.02.2022 rund 11.000 Menschen;\n\n"
            "die Ukraine-Krise (F-16) kostete 1,5 Mio. €, info@example.org –  „Zitat“ …\t 30/40 ")
    doc = make_doc(Article(id="t", text=text))
    tokenize(doc)
    assert doc.tokens == [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]
    assert all(type(token) is Token and text[token.start:token.end] == token.text for token in doc.tokens)
    assert [t.text for t in doc.tokens][:3] == ["Laut", "https://example.org/a.html", "starben"]


def test_word_before_a_dot_is_the_regex_search_read_backwards():
    # _word_before finds from the end what WORD_BEFORE_DOT_RE.search finds from 40 characters back
    from lagebild.analysis.sentences import WORD_BEFORE_DOT_RE, _word_before
    import random

    def searched(text, start):
        match = WORD_BEFORE_DOT_RE.search(text, max(0, start - 40), start)
        return (match.group(1), match.start(1)) if match else None

    texts = ["Am 3. Oktober kamen 4.163.892. Menschen.", "Carl XVI. Gustaf sprach.", "Das war z.B. gut.",
             "Ein sehr langes Donaudampfschifffahrtsgesellschaftskapitänswort.", "Zeile\n. Punkt", "1,5. Mal", "(ca.) 12."]
    rnd = random.Random(7)
    texts += ["".join(rnd.choice("ab1２.,\n _-ü٣") for _ in range(rnd.randint(0, 50))) for _ in range(3000)]
    for text in texts:
        for start in range(len(text) + 1):
            assert _word_before(text, start) == searched(text, start), (text, start)


def test_tokens_of_a_span_after_whitespace_are_the_whole_texts_tokens_there():
    # claims tokenizes only the sentences it reads: the same tokens as the whole text's
    from bisect import bisect_left
    import random

    from lagebild.analysis.sentences import tokens_in

    texts = ["Laut https://example.org/a.html starben am 24.02.2022 um 14:30 Uhr 1.200 Menschen. Neue Zahlen folgen.",
             "Die Polizei (s. Anhang) meldete 3 Tote.Weitere 12 wurden verletzt, sagte sie@example.org heute."]
    rnd = random.Random(11)
    texts += ["".join(rnd.choice("ab1 2.,:/\n\t@-wh„“") for _ in range(rnd.randint(0, 60))) for _ in range(1500)]
    checked = 0
    for text in texts:
        doc = make_doc(Article(id="t", text=text))
        tokenize(doc)
        starts = [t.start for t in doc.tokens]
        for start in range(len(text)):
            end = min(len(text), start + rnd.randint(0, 30))
            found = tokens_in(text, start, end)
            if start and not text[start - 1].isspace():
                assert found is None
                continue
            assert found == doc.tokens[bisect_left(starts, start):bisect_left(starts, end)], (text, start, end)
            checked += 1
    assert checked > 5_000


def test_a_number_after_und_is_an_ordinal_only_after_another_ordinal() -> None:
    assert sentences("Es waren zwischen 50 und 60. Es sei ein Unglück.") == [
        "Es waren zwischen 50 und 60.", "Es sei ein Unglück."]
    assert sentences("Am 3. und 4. Tag regnete es. Dann kam Sonne.") == [
        "Am 3. und 4. Tag regnete es.", "Dann kam Sonne."]
    assert sentences("Die Kinder der 3. oder 4. Klasse kamen.") == ["Die Kinder der 3. oder 4. Klasse kamen."]


def test_a_lost_space_after_a_full_stop_still_ends_the_token() -> None:
    # the sentence ends there, so no token may run across it; host names and "z.B." stay whole
    text = "Die Lage ist ruhig.Der Minister schwieg. Mehr auf spiegel.de, z.B. heute."
    assert sentences(text)[:2] == ["Die Lage ist ruhig.", "Der Minister schwieg."]
    assert tokens(text)[:6] == ["Die", "Lage", "ist", "ruhig", ".", "Der"]
    assert "spiegel.de" in tokens(text) and "z.B" in tokens(text)
