"""The cue of a statement as a phrase: "teilte mit", "wies zurück", "nach eigenen Angaben".

The attribution step keys on one word (the finite verb, the preposition); a reader
and the gold standard quote the whole cue, so statements print the phrase. The words
come from lang/<language>/cues.toml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Mapping

from lagebild.lang import compiled
from lagebild.model import Span

_WORD = re.compile(r"[\w-]+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class CueLexicon:
    prepositions: frozenset[str]
    nouns: re.Pattern[str]
    max_gap: int
    particles: frozenset[str]
    clause_ends: frozenset[str]
    with_word: Mapping[str, frozenset[str]]
    coordinators: frozenset[str]


def _lexicon(data: Mapping[str, Any]) -> CueLexicon:
    cues = data.get("cues", {})
    phrase, separable = cues.get("phrase", {}), cues.get("separable", {})
    nouns = phrase.get("nouns") or ["(?!)"]
    return CueLexicon(
        prepositions=frozenset(w.casefold() for w in phrase.get("prepositions", ())),
        nouns=re.compile("(?:" + "|".join(nouns) + r")\Z"),
        max_gap=int(phrase.get("max_gap", 3)),
        particles=frozenset(separable.get("particles", ())),
        clause_ends=frozenset(separable.get("clause_ends", ())),
        with_word={verb: frozenset(words) for verb, words in cues.get("with_word", {}).items()},
        coordinators=frozenset(separable.get("coordinators", ())),
    )


def cue_phrase(text: str, cue: str | None, span: Span | None, kind: str, data: Mapping[str, Any],
               limit: int | None = None) -> str | None:
    """The cue as printed: `cue` extended by the words that complete it after `span`.

    `kind` is how the attribution step found the cue ("preposition" or a kind of verb
    frame); `limit` bounds the search (the end of the sentence). Without a span the cue stays.
    """
    if not cue or span is None or " " in cue.strip() or kind in ("so", "relay"):
        return cue
    lex = compiled(data, _lexicon)
    end = min(len(text), limit if limit is not None else span.end + 300)
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, span.end, end)]
    word = text[span.start:span.end]
    if kind == "preposition":
        if word.casefold() not in lex.prepositions:
            return cue
        for token, _start, stop in words[:lex.max_gap + 1]:
            if token in lex.clause_ends:
                break
            if lex.nouns.match(token):
                return text[span.start:stop]
        return cue
    if not word.isalpha() or not word[:1].islower():  # a verb of saying, not a mark or a name
        return cue
    clause = []
    for i, (token, _start, _stop) in enumerate(words):
        if token in lex.clause_ends:
            break
        if token in lex.coordinators and i + 1 < len(words) and words[i + 1][0][:1].islower():
            break  # "verurteilte den Anschlag und kündigte ... an": the particle is the next verb's
        clause.append(token)
    needed = lex.with_word.get(word)
    if needed:
        found = next((t for t in clause if t in needed), None)
        return f"{word} {found}" if found else cue
    if len(clause) >= 1 and clause[-1] in lex.particles and len(clause) <= 12:
        return f"{word} {clause[-1]}"
    return cue
