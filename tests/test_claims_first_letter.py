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
