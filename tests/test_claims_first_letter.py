"""The first-letter lookahead before the place-name patterns must not change their matches."""

import re

from lagebild import lang
from lagebild.analysis import claims

TEXT = ("Bei Schüssen in Djibo und nahe Nottwil starben im Distrikt Jajarkot drei Menschen; "
        "in der Kleinstadt Sulphur und in der Hafenstadt Les Haudères wurden zwei verletzt, "
        "um Ulm BEI Xanten ın Bonn.")


def test_first_letter_lookahead():
    assert claims._first_letter(["in", "bei"], ignore_case=True) == "(?=(?i:[bi]))"
    assert claims._first_letter(["Stadt", "dorf"]) == "(?=[Sd])"
    assert claims._first_letter(["in", ""]) == ""  # an empty word may begin anywhere
    assert claims._first_letter([]) == ""


def test_patterns_match_as_without_the_lookahead():
    lex = claims.lexicon(lang.load("de"))
    for pattern in (lex.bare_name, lex.place_noun_name):
        assert pattern.pattern.startswith("(?=")
        plain = re.compile(re.sub(r"^\(\?=(?:\(\?i:)?\[[^\]]*\]\)?\)", "", pattern.pattern))
        assert not plain.pattern.startswith("(?=")
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(TEXT)]
        assert found == [(m.span(), m.groupdict()) for m in plain.finditer(TEXT)]
        assert found  # the sentence has names of both kinds


WORD_TEXT = ("Vor der libyschen Küste und an der deutsch-polnischen Grenze, im nördlichen Shan-Staat, "
             "bei Białowieża und nahe Đakovo im Kärntner Gailtal: Die Stadt meldete, in dieser Gemeinde "
             "und in der Münchner Innenstadt xin Łódź, Abei Đakovo, im Maggiatal, DIE Stadt.")


def test_word_start():
    assert claims._word_start(["in", "bei"]) == r"(?:i(?<!\wi)n|b(?<!\wb)ei)"
    assert claims._word_start(["in", "-nahe"]) == r"\b(?:in|\-nahe)"  # no letter to open with
    assert claims._word_start(["in", ""]).startswith(r"\b")


def test_word_start_patterns_match_as_with_a_boundary():
    lex = claims.lexicon(lang.load("de"))
    for pattern in (lex.bare_foreign_name, lex.landscape_name, lex.place_noun_alone, lex.national_area,
                    lex.compound_place, claims.CITY_ADJECTIVE_SCENE):
        plain = pattern.pattern
        plain = re.sub(r"\(\?:((?:\w\(\?<!\\w\w\)[^|)]*\|?)+)\)",
                       lambda m: r"\b(?:%s)" % re.sub(r"\(\?<!\\w\w\)", "", m.group(1)), plain)
        plain = re.sub(r"^\[Dd\]\(\?<!\\w\[Dd\]\)\(\?:([^)]*)\)",
                       lambda m: r"\b(?:%s)" % "|".join("[Dd]" + e for e in m.group(1).split("|")), plain)
        plain = re.sub(r"^(?:\\b)?\(\?=[^()]*(?:\([^()]*\))?[^()]*\)(?:\\b)?", r"\\b", plain)
        assert plain != pattern.pattern and "(?<!\\w" not in plain and not plain.startswith("(?=")
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(WORD_TEXT)]
        assert found == [(m.span(), m.groupdict()) for m in re.compile(plain).finditer(WORD_TEXT)]
        assert found, pattern.pattern  # the text holds a match of each


def test_word_start_names_match_as_with_a_boundary():
    # the bare places' second scan: every mention of the names found, whole words only
    text = "In Djibo und bei Nottwil; Djibos Markt, ÜDjibo, Djibo-Stadt und Nottwil."
    names = sorted({"Nottwil", "Djibo"})
    new = [m.span() for m in re.finditer(r"%s\b" % claims._word_start(names), text)]
    assert new == [m.span() for m in re.finditer(r"\b(?:%s)\b" % "|".join(names), text)]
    assert len(new) == 4
