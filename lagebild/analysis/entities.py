"""Named entities (people with roles, organisations, places, unnamed groups) with canonical names.

No trained German NER runs offline, so this is a rule and gazetteer recogniser over the
language data (see ``lagebild.lang.gazetteer``). It reads the text in two passes:

1. every reading that can be found from the words alone is collected as a candidate —
   gazetteer names, acronyms defined in parentheses, names after roles and titles or
   before appositions, first name + surname, groups ("ukrainische Geheimdienste"),
   organisation names ending in a head word; overlapping candidates are resolved
   longest first, then by how reliable their source is;
2. what the first pass learnt about the article resolves the rest: surnames of the
   people found ("Kirby" -> "John Kirby"), acronyms and their head nouns ("die NIS",
   "der südkoreanische Geheimdienst" -> "NIS").

Canonical names: places and countries in English ("North Korea", "Kursk"), organisations
by their data name or the acronym the article defines, people by their full name,
groups by an English description ("Ukrainian intelligence").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, repeat
from operator import and_
from typing import Any, Iterable, Iterator, Mapping

from lagebild import lang
from lagebild.analysis.doc import Doc
from lagebild.lang.gazetteer import PRIORITY, TOKEN_RE, Entry, Gazetteer, gazetteer, stem
from lagebild.model import Mention, Span

SOURCE_PRIORITY = {**PRIORITY, "trigger": 45, "first_name": 30, "surname": 28,
                   "local_org": 26, "generic_org": 25, "speech": 15, "caps": 12}
NAME_WORD_RE = re.compile(r"^(?:(?:al|el|as|ad|ar|at|an|ash|bin|ibn|abu)-)?[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*$")
ACRONYM_RE = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜ0-9]{1,7}$")
ALL_CAPS_RE = re.compile(r"[A-ZÄÖÜ]{2,6}")
GAPPED_TOKEN_RE = re.compile(rf"(\s*)({TOKEN_RE.pattern})")
ROAD_NUMBER_RE = re.compile(r"^\d{1,3}$")
ROAD_RE = re.compile(r"^[AB]\d{1,3}$")
HOUSE_NUMBER_RE = re.compile(r"^\d{1,4}[a-z]?$")
CAPS_RE = re.compile(r"^[A-ZÄÖÜ]{2,6}$")
ROMAN_RE = re.compile(r"^[IVXLCDM]+$")
# Endings of German common nouns that never end a person's name.
NOUN_ENDING_RE = re.compile(r"(ung|ungen|heit|keit|schaft|tion|tionen|tät|ismus|nisse|ment|mente|ium)$")
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                      "einer", "eines", "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine",
                      "Einer", "Eines", "zum", "zur", "vom", "beim", "im", "am"})
# Small words inside a role's complement or an organisation's name.
CONNECTORS = frozenset({"des", "der", "von", "vom", "für", "im", "in", "aus", "und", "of",
                        "the", "for", "and", "am", "bei", "beim", "zur", "zum", "&"})
ORG_CONNECTORS = frozenset({"für", "of", "the", "for", "zur", "zum", "&"})
ENGLISH_NAME_TAIL = frozenset({"for", "of", "on"})
GENITIVE_ADJECTIVE_RE = re.compile(r"^[a-zäöü]\w+er$")
QUOTE_OR_COMMA = frozenset({",", "“", "”", '"', "»", "«", "„", "'"})
ADJECTIVE_ENDING_RE = re.compile(r"(e|en|er|es|em)$")
SENTENCE_END = frozenset({".", "!", "?", ":", "“", "„", '"', "»", "«", "(", "-", "–"})


# What a word alone allows: a reading is only tried at a token whose word may start it.
# Each flag is a necessary condition of one *_at method below (they decide with context).
MAY_GAZETTEER, MAY_REGION, MAY_STREET, MAY_ORG, MAY_ORG_PREFIX, MAY_CAPS, MAY_GROUP, MAY_PERSON, CAPITALISED, \
    ORG_HEAD, LOCAL_HEAD = (1 << bit for bit in range(11))


def word_gates(word: str, gaz: Gazetteer) -> int:
    """The MAY_* flags of a word (cached per gazetteer: words recur in every article)."""
    # (not a MAY_ flag: org_head_at looks for a head word after its first word)
    heads = gaz.org_heads
    gates = ORG_HEAD if word in heads or ("-" in word and word.rsplit("-", 1)[-1] in heads) else 0
    if not word[:1].isalnum():
        return gates
    first_names = gaz.first_names
    if not word[0].isupper():  # most of what follows needs a capital
        if word in gaz.lengths:
            gates |= MAY_GAZETTEER
        if word[0].isdigit():
            regions = gaz.region_words
            if word in regions or word[:-1] in regions or word[:-2] in regions:
                gates |= MAY_REGION
            if word in gaz.road_words or ROAD_RE.match(word):
                gates |= MAY_STREET
            if word in gaz.club_prefixes or CAPS_RE.match(word):
                gates |= MAY_CAPS
        if gaz.adjective_country(word) or gaz.modifier(word) is not None:
            gates |= MAY_GROUP
        if word in first_names or word in gaz.speech_verbs or word.rstrip(".") in gaz.titles:
            gates |= MAY_PERSON  # (a role is capitalised)
        return gates
    gates |= CAPITALISED
    role = gaz.is_role(word)
    genitive = _genitive_entry(word, gaz)
    if word in gaz.lengths or genitive or gaz.may_have_stemmed_name(word) or gaz.compound_place(word):
        gates |= MAY_GAZETTEER
    regions = gaz.region_words
    if word in regions or word[:-1] in regions or word[:-2] in regions:
        gates |= MAY_REGION
    if (word.endswith("er") or word in gaz.road_words or ROAD_RE.match(word)
            or word.lower().endswith(gaz.street_suffixes)):
        gates |= MAY_STREET
    if not role and word not in gaz.not_names and word not in first_names:
        gates |= MAY_ORG
        if len(word) > 8 and word.startswith(gaz.org_prefixes):
            gates |= MAY_ORG_PREFIX
    if word in gaz.club_prefixes or CAPS_RE.match(word):
        gates |= MAY_CAPS
    if ("-" in word or genitive or gaz.exact.get((word,)) or gaz.group_noun(word)
            or gaz.adjective_country(word) or gaz.modifier(word) is not None):
        gates |= MAY_GROUP
    if role or word in first_names or word in gaz.speech_verbs or word.rstrip(".") in gaz.titles \
            or word in gaz.member_titles:
        gates |= MAY_PERSON
    if local_head(word, gaz) is not None:
        gates |= LOCAL_HEAD
    return gates


def local_head(word: str, gaz: Gazetteer) -> str | None:
    """The nominative of a local authority's head word ("Polizeipräsidiums" ->
    "Polizeipräsidium"), or None."""
    tails = gaz.local_org_tails
    if not tails or not word[:1].isupper():
        return None
    if word.lower().endswith(tails):
        return word
    if word.endswith("s") and word[:-1].lower().endswith(tails):
        return word[:-1]
    if word.endswith("es") and word[:-2].lower().endswith(tails):
        return word[:-2]
    return None


def _head_within(heads: list[int], i: int, reach: int) -> bool:
    """Whether one of the sorted token indices `heads` lies in (i, i + reach]."""
    k = bisect_right(heads, i)
    return k < len(heads) and heads[k] - i <= reach


def _genitive_entry(word: str, gaz: Gazetteer) -> Entry | None:
    """The entry of a genitive: "Nordkoreas", "Griechenlandes"."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        entry = gaz.exact.get((word[:-1],))
        if entry is None and word.endswith("es") and len(word) > 5:
            entry = gaz.exact.get((word[:-2],))
        return entry
    return None


def genitive_place(word: str, gaz: Gazetteer) -> bool:
    """A place in the Saxon genitive ("Belgiens", "Malawis")."""
    entry = _genitive_entry(word, gaz)
    return entry is not None and entry.kind == "place"


@dataclass(slots=True)
class Candidate:
    i: int  # first token
    j: int  # one past the last token
    kind: str
    canonical: str
    source: str
    role: str | None = None
    noun: str | None = None  # English group noun, for acronym head resolution
    country: str | None = None


@dataclass(slots=True)
class Acronym:
    canonical: str
    long_stems: tuple[str, ...]
    noun: str | None
    country: str | None
    role: str


@dataclass(slots=True)
class Context:
    """What one article taught the recogniser: its people's surnames and its acronyms."""

    surnames: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)  # normalised full name -> canonical
    acronyms: dict[str, Acronym] = field(default_factory=dict)
    # local authority head (lower case, nominative) -> its full name ("polizeidirektion" ->
    # "Polizeidirektion Leipzig"), the last one the article named
    local_orgs: dict[str, str] = field(default_factory=dict)


def _surnames(name: str) -> list[str]:
    """How an article may later name a person: the last word, and for Korean or Chinese
    order ("Han Ji-woo", "Lee Song-kwon") the family name in front."""
    parts = name.split()
    if len(parts) < 2:
        return []
    found = [parts[-1]]
    if len(parts) == 2 and "-" in parts[1] and parts[1].split("-", 1)[1][:1].islower():
        found.append(parts[0])
    return found


def _person_key(name: str) -> str:
    return re.sub(r"[\s\-‐’']", "", name.casefold())


class Recogniser:
    def __init__(self, text: str, gaz: Gazetteer, sentence_starts: set[int] | None = None,
                 context: Context | None = None) -> None:
        self.text = text
        self.gaz = gaz
        # TOKEN_RE's tokens with the whitespace before each: offsets by summing lengths (no
        # match objects), line breaks from the gaps
        pieces = GAPPED_TOKEN_RE.findall(text)
        self.words = [word for _gap, word in pieces]
        offsets = list(accumulate(map(len, chain.from_iterable(pieces))))
        self.starts = offsets[0::2]
        self.ends = offsets[1::2]
        self.n = len(self.words)
        after_break = {k for k, (gap, _word) in enumerate(pieces) if "\n" in gap}
        self.initial = self._sentence_initial(sentence_starts or set(), after_break)
        known = gaz.word_gates
        if len(known) > 500_000:  # a new dict, not clear(): another thread may be reading this one
            gaz.word_gates = known = {}
        for word in set(self.words).difference(known):
            known[word] = word_gates(word, gaz)
        self.gates = list(map(known.__getitem__, self.words))
        self.context = context or Context()
        self.roles: dict[tuple[int, int], str] = {}

    # ---- helpers -------------------------------------------------------------
    def _sentence_initial(self, sentence_starts: set[int], after_break: set[int]) -> list[bool]:
        """Whether each token opens a sentence: a sentence start, a token after an end mark,
        or the first token after a line break."""
        previous = [""] + self.words[:-1]
        return [k == 0 or start in sentence_starts or before in SENTENCE_END or k in after_break
                for k, (start, before) in enumerate(zip(self.starts, previous))]

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.starts[i]:self.ends[j - 1]]

    def is_capitalised(self, k: int) -> bool:
        return k < self.n and self.words[k][:1].isupper()

    def name_word(self, k: int) -> bool:
        if k >= self.n:
            return False
        word = self.words[k]
        gaz = self.gaz
        if (word in gaz.not_names or word in gaz.titles or not NAME_WORD_RE.match(word)
                or not any(c.islower() for c in word) or gaz.is_role(word)):
            return False
        if word in gaz.first_names:
            return True
        # "Maltz-Schwarzfischer", "Kosiniak-Kamysz": each part of a double name is a name's length
        if NOUN_ENDING_RE.search(word) or max(len(part) for part in word.split("-")) > 14:
            return False
        if self.gaz.group_noun(word) is not None:
            return False
        entry = gaz.exact.get((word,))
        return entry is None or entry.source not in ("country", "org", "area")

    def name_end(self, k: int, max_words: int = 4, need_two: bool = False, after_role: bool = False) -> int | None:
        """End of a person's name starting at token k, or None."""
        start, count = k, 0
        while k < self.n and count < max_words:
            word = self.words[k]
            if count >= 2 and not (self.words[k - 1] in self.gaz.first_names or len(word) <= 3) \
                    and not (after_role and count == 2 and self.name_word(k) and not self.is_capitalised(k + 1)
                             and (self.words[start] in self.gaz.first_names
                                  or k + 1 < self.n and self.words[k + 1] in self.gaz.speech_verbs)) \
                    and not (count == 2 and word[:1].isupper() and self.name_word(k) and self.closed_apposition(start, k + 1)):
                # "Matthew Williams Liebeskummer": a third word only after a middle name, or, after a role,
                # as the last word of a name that opens with a first name ("Präsident Hassan Sheikh Mohamud")
                break
            if self.name_word(k) and (word[0].isupper() or "-" in word):
                k += 1
                count += 1
                continue
            particle = word in self.gaz.particles
            if particle and count == 1 and word not in ("der", "den") and self.name_word(k + 1):
                if self.words[k + 1] in ("der", "den") and not (
                        k + 2 < self.n and self.name_word(k + 2) and self.words[k + 2][:1].isupper()):
                    break  # "Ali Hassan von der dschibutischen Liga": "von der" opens his body, no name
                k += 1  # "Ursula von der Leyen", "Otto von Bismarck"
                if self.words[k] in ("der", "den") and self.name_word(k + 1):
                    k += 1
                continue
            break
        if count == 0 or (need_two and count < 2 and self.words[start] not in self.gaz.first_names):
            return None
        return k

    def closed_apposition(self, start: int, end: int) -> bool:
        """A name set off by commas after a role ("des Flüchtlingskommissars in Cox's Bazar, Mohammad
        Rafiqul Islam, sagte", "Ihr Sprecher, Generalmajor Kyaw Zin Oo,"): all its words are the name."""
        if end >= self.n or start == 0:
            return False
        opened = self.words[start - 1] == "," or start > 1 and self.words[start - 2] == "," \
            and (self.words[start - 1] in self.gaz.titles or self.gaz.is_role(self.words[start - 1]))
        return opened and (self.words[end] in (",", ")", ";") or self.words[end] == "." and self.words[start - 1] == ",")

    def genitive_entry(self, k: int) -> Entry | None:
        """The entry of a genitive: "Nordkoreas", "Griechenlandes"."""
        return _genitive_entry(self.words[k], self.gaz)

    def country_at(self, k: int) -> str | None:
        """English country name for a country (or its genitive) at token k."""
        if k >= self.n:
            return None
        entry = self.gaz.exact.get((self.words[k],)) or self.genitive_entry(k)
        if entry and entry.source == "country":
            return entry.canonical
        return None

    # ---- pass 1 ----------------------------------------------------------------
    def gazetteer_at(self, i: int) -> list[Candidate]:
        gaz, words = self.gaz, self.words
        found = []
        for length in sorted(gaz.lengths.get(words[i], ()), reverse=True):
            if i + length > self.n:
                continue
            entry = gaz.exact.get(tuple(words[i:i + length]))
            if entry:
                found.append(Candidate(i, i + length, entry.kind, entry.canonical, entry.source))
                break
        if not found and len(words[i]) > 3 and words[i].endswith("s"):
            entry = self.genitive_entry(i)
            if entry and entry.source != "city":
                found.append(Candidate(i, i + 1, entry.kind, entry.canonical, entry.source))
        if not found:
            entry = gaz.compound_place(words[i])
            if entry:
                found.append(Candidate(i, i + 1, entry.kind, entry.canonical, entry.source))
        first = stem(words[i])
        for length in sorted(gaz.stem_lengths.get(first, ()), reverse=True):
            if i + length <= self.n and words[i][:1].isupper():
                entry = gaz.stemmed.get(tuple(stem(w) for w in words[i:i + length]))
                if entry and entry.kind == "place" and words[i + length - 1].endswith("er"):
                    continue  # "New Yorker" is an adjective, not New York
                if entry:
                    found.append(Candidate(i, i + length, entry.kind, entry.canonical, entry.source))
                    break
        return [c for c in found if self.allowed_place(c)]

    def allowed_place(self, cand: Candidate) -> bool:
        if cand.source != "city":
            return True
        word = self.words[cand.i]
        if not word[:1].isupper() or word in self.gaz.not_names:
            return False
        if word in self.gaz.towns_after_preposition or word in self.gaz.not_places:
            return cand.i > 0 and self.words[cand.i - 1] in self.gaz.place_cues
        return not self.names_a_speaker(cand)

    def names_a_speaker(self, cand: Candidate) -> bool:
        """"Timon Weber sagte", "sagte Timon Weber", "Timon Weber, Sprecher der Polizei": a town's
        name before a surname is a first name when the pair speaks or has a role."""
        words, gaz, j = self.words, self.gaz, cand.j
        if cand.j - cand.i != 1 or j >= self.n or not (words[j][:1].isupper() and words[j].isalpha()):
            return False
        if gaz.exact.get((words[j],)) is not None:
            return False  # "Berlin Mitte", two places
        after = words[j + 1] if j + 1 < self.n else ""
        if after in gaz.speech_verbs or (after == "," and j + 2 < self.n and gaz.is_role(words[j + 2])):
            return True
        return cand.i > 0 and words[cand.i - 1] in gaz.speech_verbs

    def street_at(self, i: int) -> list[Candidate]:
        """Streets, squares, stations and numbered roads, named as written."""
        words, gaz = self.words, self.gaz
        word = words[i]
        end = None
        if word in gaz.road_words and i + 1 < self.n and ROAD_NUMBER_RE.match(words[i + 1]):
            end = i + 2  # "A 7", "Bundesstraße 216"
        elif ROAD_RE.match(word):
            end = i + 1  # "A7"
        elif (word[:1].isupper() and word.lower().endswith(gaz.street_suffixes)
              and word.lower() not in gaz.street_suffixes and word not in gaz.not_places):
            end = i + 1  # "Schwanitzstraße"
        elif (word[:1].isupper() and word.endswith("er") and i + 1 < self.n
              and words[i + 1] in gaz.street_words and word not in gaz.not_names):
            end = i + 2  # "Neuendorfer Straße", "Frankfurter Hauptbahnhof"
        if end is None:
            return []
        if end < self.n and HOUSE_NUMBER_RE.match(words[end]) and not ROAD_NUMBER_RE.match(words[end - 1]):
            end += 1  # "Neuendorfer Straße 90c"
        return [Candidate(i, end, "place", self.span_text(i, end), "region")]

    def region_at(self, i: int) -> list[Candidate]:
        """"Provinz Ituri", "des Distrikts Kurgan": a region word and a place name after it.
        (A name the gazetteer lacks is left to the claims step's unlisted places.)"""
        gaz, word = self.gaz, self.words[i]
        if i + 1 >= self.n:
            return []
        base = next((w for w in (word, word[:-1], word[:-2]) if w in gaz.region_words), None)
        if base is None or (base != word and not word.endswith("s")):
            return []
        return [Candidate(i, c.j, "place", c.canonical, "region")
                for c in self.gazetteer_at(i + 1) if c.kind == "place"]

    def cut_short(self, k: int) -> bool:
        """"Feuerwehr- und Zivilschutzdienst": a word whose hyphen leaves it to share the next conjunct's end is
        the first half of a compound, no noun of its own."""
        return k + 3 < self.n and self.words[k + 1] == "-" and self.starts[k + 1] == self.ends[k] \
            and self.words[k + 2] in ("und", "oder") and self.is_capitalised(k + 3)

    def group_at(self, i: int) -> list[Candidate]:
        gaz, words = self.gaz, self.words
        modifiers: list[str] = []
        country = None
        k = i
        while k < self.n and len(modifiers) < 2:
            code = gaz.adjective_country(words[k])
            if code:
                modifiers.append(gaz.country_adjective[code])
                country = country or gaz.country_english[code]
            elif (english := gaz.modifier(words[k])) is not None:
                modifiers.append(english)
            else:
                break
            k += 1
        if modifiers:
            noun = gaz.group_noun(words[k]) if self.is_capitalised(k) and not self.cut_short(k) else None
            return [self.group(i, k + 1, modifiers, noun, country)] if noun else []
        word = words[i]
        if not word[:1].isupper():
            return []
        if "-" in word:  # "US-Regierung"
            prefix, rest = word.split("-", 1)
            entry = gaz.exact.get((prefix,))
            noun = gaz.group_noun(rest)
            if entry and entry.source == "country" and noun:
                code = gaz.country_code[entry.canonical]
                return [self.group(i, i + 1, [gaz.country_adjective[code]], noun, entry.canonical)]
            return []
        # A country named by a noun stays its own place mention; the group is the noun alone.
        owner = self.country_at(i)
        if owner and i + 1 < self.n and words[i].endswith("s"):  # "Südkoreas Geheimdienst"
            noun = gaz.group_noun(words[i + 1]) if self.is_capitalised(i + 1) else None
            if noun:
                code = gaz.country_code[owner]
                return [self.group(i + 1, i + 2, [gaz.country_adjective[code]], noun, owner)]
        noun = gaz.group_noun(word) if not self.cut_short(i) else None
        if not noun:
            return []
        found = []
        after = words[i + 1] if i + 1 < self.n else ""
        if after in ("der", "des") and (owner := self.country_at(i + 2)):  # "Regierung der USA"
            found.append(self.group(i, i + 1, [gaz.country_adjective[gaz.country_code[owner]]],
                                    noun, owner))
        elif owner := self.country_at(i + 1):  # "Geheimdienst Südkoreas"
            if words[i + 1].endswith("s") or words[i + 1] == owner:
                found.append(self.group(i, i + 1, [gaz.country_adjective[gaz.country_code[owner]]],
                                        noun, owner))
        elif (after == "aus" or after == "in" and noun[1] == "org") and i + 2 < self.n:
            # "Regierung in Kiew", "Truppen aus Nordkorea"
            for place in self.gazetteer_at(i + 2):
                if place.kind != "place":
                    continue
                seat = place.canonical if place.source == "country" else self.gaz.capital_of.get(place.canonical)
                if seat:
                    adjective = gaz.country_adjective[gaz.country_code[seat]]
                    found.append(self.group(i, i + 1, [adjective], noun, seat))
                else:
                    found.append(self.group(i, i + 1, [place.canonical], noun, None))
        singular_person = gaz.is_role(word) and gaz.group_nouns.get(word) is not None
        end = i + 1
        while noun[1] == "group" and end < min(self.n, i + 4) and self.is_capitalised(end) and (self.name_word(end) or ALL_CAPS_RE.fullmatch(words[end])) \
                and not gaz.exact.get((words[end],)) and not self.initial[end]:
            end += 1
        # ... unless a lower-case word links it on ("Save the Children"): a name this rule cannot see whole
        linked = end + 1 < self.n and not self.is_capitalised(end) and self.is_capitalised(end + 1) \
            and words[end][:1].isalpha()
        if end > i + 1 and not linked and words[i - 1:i] in (["die"], ["Die"], ["der"], ["Der"]) \
                and not gaz.is_role(word) and words[i + 1] not in gaz.first_names:  # "der Analyst Joe Byrne"
            # "Die Hilfsorganisation Caminando Fronteras": the description before a name it does not
            # know is no group in general but the one body that name names
            return [Candidate(i, end, "org", self.span_text(i + 1, end), "generic_org", noun=noun[0])]
        if noun[2] and not singular_person and words[i - 1:i] != ["ein"]:
            found.append(self.group(i, i + 1, [], noun, None))
        return found

    def group(self, i: int, j: int, modifiers: list[str], noun: tuple[str, str, bool],
              country: str | None) -> Candidate:
        english, kind, _bare = noun
        name = " ".join([*modifiers, english])
        if not modifiers and (ministry := self.gaz.ministry(self.words[j - 1])):
            # "defence ministry" alone names no ministry in particular; the text's own word
            # ("Verteidigungsministerium") is what a reader, or an alias list, knows it by
            name = ministry
        elif not modifiers and kind == "org" and _bare and j - i == 1 and name.islower() and (
                word := next((w for w in (self.words[i], nominative(self.words[i]))
                              if w in self.gaz.group_nouns), None)):
            # "die Feuerwehr" names one body by the article's own word, which an alias list
            # knows ("Feuerwehr" for "Greek fire brigade"); plurals stay descriptions
            name = word
        known = self.gaz.by_name.get(name.casefold())
        if known:
            return Candidate(i, j, known.kind, known.canonical, "group", noun=english, country=country)
        return Candidate(i, j, kind, name, "group", noun=english, country=country)

    def org_head_at(self, i: int) -> list[Candidate]:
        gaz, words = self.gaz, self.words
        word = words[i]
        if (not word[:1].isupper() or word in gaz.not_names or gaz.is_role(word)
                or word in gaz.first_names):
            return []
        if word.startswith(gaz.org_prefixes) and len(word) > 8:  # "Bundesverfassungsgericht"
            base = word[:-1] if word.endswith("s") else word
            for candidate in (word, base):
                if candidate.lower().endswith(gaz.org_tails):
                    end = self.field_end(i + 1)  # "Bundesagentur für Arbeit", "Bundesamt für ... und ..."
                    name = candidate if end == i + 1 else self.span_text(i, end)
                    return [Candidate(i, end, "org", name, "generic_org")]
        if word in gaz.org_heads and i + 2 < self.n and GENITIVE_ADJECTIVE_RE.match(words[i + 1]) \
                and words[i + 2][:1].isupper() and words[i + 2] not in gaz.not_names:
            # "der Verband unabhängiger Medien", "die Union progressiver Juden": a head named by
            # the plural genitive after it
            return [Candidate(i, i + 3, "org", self.span_text(i, i + 3), "generic_org")]
        best = None
        k = i + 1
        while k < self.n and k - i < 7:
            token = words[k]
            if token in ORG_CONNECTORS and k + 1 < self.n and words[k + 1][:1].isupper():
                k += 1
                continue
            if not token[:1].isupper() or token in gaz.not_names:
                break
            if token in gaz.org_heads or token.rsplit("-", 1)[-1] in gaz.org_heads:
                best = k + 1
            k += 1
        if best is None:
            return []
        if best + 1 < self.n and words[best] in ENGLISH_NAME_TAIL and words[best + 1][:1].isupper():
            # "Pakistan Institute for Conflict and Security Studies": an English head's tail is its name
            k, end = best + 1, best
            while k < self.n and k - best < 8 and (words[k][:1].isupper() or words[k] in ("and", "the", "&")):
                if words[k][:1].isupper() and words[k] not in gaz.not_names:
                    end = k + 1
                k += 1
            best = max(best, end)
        return [Candidate(i, best, "org", self.span_text(i, best), "generic_org")]

    def field_end(self, k: int) -> int:
        """End of a "für X" / "für X und Y" field after an authority's name starting at k ("für Arbeit",
        "für Seeschifffahrt und Hydrographie"), or k when none follows."""
        words = self.words
        if k + 1 >= self.n or words[k] != "für" or not self.is_capitalised(k + 1) or words[k + 1] in self.gaz.not_names:
            return k
        end = k + 2
        if end + 1 < self.n and words[end] == "und" and self.is_capitalised(end + 1):
            end += 2
        return end

    def local_head(self, k: int) -> str | None:
        """local_head() of token k, asked only when its word has the flag (most words are no head)."""
        return local_head(self.words[k], self.gaz) if self.gates[k] & LOCAL_HEAD else None

    def local_org_at(self, i: int) -> list[Candidate]:
        """A local authority named by its head and its place, as one organisation under the
        name the article writes ("Kantonspolizei Wallis", not the canton "Valais")."""
        head = self.local_head(i)
        if head is None or i + 1 >= self.n or self.words[i + 1] in self.gaz.not_names:
            return []
        end = max((c.j for c in self.gazetteer_at(i + 1) if c.kind == "place"), default=None)
        if end is None:
            word = self.words[i + 1]
            parts = word.split("-")
            known = len(parts) > 1 and all(
                (entry := self.gaz.exact.get((part,))) and entry.kind == "place" for part in parts)
            region = (word.startswith(self.gaz.region_prefixes) and word[:1].isupper()
                      and not self.local_head(i + 1) and not self.gaz.group_noun(word)
                      and len(word) > 7 and word.isalpha())
            if not (known or region):
                return []
            end = i + 2
        return [Candidate(i, end, "org", f"{head} {self.span_text(i + 1, end)}", "local_org")]

    def caps_at(self, i: int) -> list[Candidate]:
        """Unknown acronyms as organisations ("THW"); a club prefix takes the club's name."""
        word, gaz = self.words[i], self.gaz
        if word in gaz.club_prefixes:
            k = i + 1
            while k < self.n and k - i <= 3 and (self.words[k].isdigit() or (
                    self.words[k][:1].isupper() and self.words[k] not in gaz.not_names and (
                        k == i + 1 or any(c.kind == "place" for c in self.gazetteer_at(k))))):
                k += 1  # "SV Mattersburg", "FC Bayern München", "Schalke 04"
            if k > i + 1:
                return [Candidate(i, k, "org", self.span_text(i, k), "generic_org")]
        if (CAPS_RE.match(word) and not ROMAN_RE.match(word) and word not in gaz.not_names
                and word not in gaz.not_acronyms):
            return [Candidate(i, i + 1, "org", word, "caps")]
        return []

    def acronym_definitions(self) -> list[Candidate]:
        found = []
        words, gaz = self.words, self.gaz
        for k in range(1, self.n - 2):
            if words[k] != "(" or words[k + 2] != ")" or not ACRONYM_RE.match(words[k + 1]):
                continue
            acronym = words[k + 1]
            if sum(c.isupper() for c in acronym) < 2:
                continue
            start, j = k, k - 1
            while j >= 0 and k - j <= 8:
                word = words[j]
                if word[:1].isupper() and word not in gaz.not_names and word not in ARTICLES:
                    start = j
                    j -= 1
                elif word in CONNECTORS and j > 0 and words[j - 1][:1].isupper():
                    j -= 1
                else:
                    break
            known = next((entry for entry in (
                gaz.exact.get((acronym,)), gaz.exact.get(tuple(words[start:k])),
                gaz.stemmed.get(tuple(stem(w) for w in words[start:k])))
                if entry and entry.kind == "org"), None)
            # The long form starts with the acronym's letter ("Unterstützung des Danish Refugee
            # Council (DRC)"), names an organisation, and is no person ("Minister X (CDU)").
            start = next((m for m in range(start, k) if words[m][:1].upper() == acronym[0].upper()
                          and words[m] not in CONNECTORS), k)
            long_words = words[start:k]
            org_like = any(gaz.group_noun(w) or w in gaz.org_heads or w.lower().endswith(gaz.org_tails)
                           for w in long_words) or len(long_words) >= 2
            personal = any(w in gaz.first_names or gaz.is_role(w) for w in long_words)
            if start == k or not org_like or personal or (
                    known and gaz.exact.get(tuple(long_words)) != known
                    and gaz.stemmed.get(tuple(stem(w) for w in long_words)) != known):
                if known:
                    found.append(Candidate(k + 1, k + 2, "org", known.canonical, "acronym"))
                continue
            long_form = self.span_text(start, k)
            canonical = known.canonical if known else acronym
            kind = known.kind if known else "org"
            noun = None
            # "der südkoreanische Nationale Nachrichtendienst (NIS)": the country may precede.
            code = gaz.adjective_country(words[start - 1]) if start else None
            country = gaz.country_english[code] if code else None
            for m in range(start, k):
                group_noun = gaz.group_noun(words[m])
                if group_noun and noun is None:
                    noun = group_noun[0]
                code = gaz.adjective_country(words[m])
                country = country or (gaz.country_english[code] if code else self.country_at(m))
            self.context.acronyms[acronym] = Acronym(
                canonical, tuple(stem(w) for w in words[start:k]), noun, country, long_form)
            found.append(Candidate(start, k, kind, canonical, "acronym", role=long_form))
            found.append(Candidate(k + 1, k + 2, kind, canonical, "acronym", role=long_form))
        return found

    def people(self) -> list[Candidate]:
        found = []
        words, gaz = self.words, self.gaz
        for k in self.tokens_with(MAY_PERSON):
            word = words[k]
            if gaz.is_role(word) or word.rstrip(".") in gaz.titles or self.member_title(k):
                found.extend(self.after_role(k))
            elif word in gaz.first_names and k + 1 < self.n:
                end = self.name_end(k, need_two=True)
                if end and end - k >= 2:
                    found.append(Candidate(k, end, "person", self.span_text(k, end), "first_name"))
                    found.extend(self.apposition_after(k, end))
            elif word in gaz.speech_verbs and k and words[k - 1] in QUOTE_OR_COMMA:
                end = self.name_end(k + 1, max_words=3)
                if end and (end >= self.n or not words[end][:1].isalnum()):
                    found.append(Candidate(k + 1, end, "person", self.span_text(k + 1, end), "speech"))
        return found

    def member_title(self, k: int) -> bool:
        """"Staatsrat Stéphane Ganzer": a council's name as its member's title, right before a person's
        full name (not before a place: "der Stadtrat Bad Homburg")."""
        if self.words[k] not in self.gaz.member_titles:
            return False
        end = self.name_end(k + 1, need_two=True, after_role=True)
        return end is not None and end - k >= 3 and tuple(self.words[k + 1:end]) not in self.gaz.exact

    def role_text(self, role_start: int, head: int, role_end: int) -> str:
        """The role as written, with adjectival nouns in their nominative ("Abgeordneter")."""
        text = self.span_text(role_start, role_end)
        head_word = self.words[head]
        article = self.words[role_start - 1] if role_start else ""
        if (head_word.lower().endswith(self.gaz.adjectival_roles) and article in ("der", "Der")
                and role_end == head + 1):
            parts = [w + "r" if w.endswith("e") else w for w in self.words[role_start:head + 1]]
            return " ".join(parts)
        return text

    def adjectives_before(self, k: int) -> int:
        """Start of the adjectives before a role noun, when an article or comma precedes them
        ("der südkoreanische Abgeordnete"; not "hatte Vorstandschef")."""
        start = k
        while start > 0 and k - start < 2:
            word = self.words[start - 1]
            if (word.islower() and ADJECTIVE_ENDING_RE.search(word) and word not in ARTICLES
                    and word not in CONNECTORS and word.isalpha() and word not in self.gaz.speech_verbs):
                # ("Das bestätigte Minister X": a verb of saying in -te is no adjective of the role)
                start -= 1
            else:
                break
        if start < k and start > 0 and self.words[start - 1] not in ARTICLES \
                and self.words[start - 1] not in QUOTE_OR_COMMA and not self.initial[start]:
            return k
        return start

    def after_role(self, r: int) -> list[Candidate]:
        words, gaz = self.words, self.gaz
        title = words[r].rstrip(".") in gaz.titles
        first = r + 1
        if first < self.n and words[first] == "." and title:
            # "Dr. Imran Soomro": a title's abbreviation dot; after a role noun the dot ends the sentence
            # ("..., sagte eine Sprecherin. Thailands Regierung betont": no name of hers)
            first += 1
        role_start = self.adjectives_before(r)
        found = []
        end = self.name_end(first, max_words=4, after_role=True)
        if end:
            # three words without a known first name only when closed by a comma or a verb of saying
            # ("AA-Sprecher Khaing Min Thet erklärte")
            if words[first] not in gaz.first_names and not (end == first + 3 and (
                    self.closed_apposition(first, end) or end < self.n and words[end] in gaz.speech_verbs)):
                end = min(end, first + 2)
            role = None if title and words[r] in ("Herr", "Frau", "Dr", "Prof") else \
                self.role_text(role_start, r, r + 1)
            found.append(Candidate(first, end, "person", self.span_text(first, end), "trigger", role=role))
            return found
        if title:
            return found
        # "Der Sprecher des Nationalen Sicherheitsrates in Washington, John Kirby"
        k = r + 1
        seat = None
        while k < self.n and k - r <= 9 and words[k] != ",":
            word = words[k]
            if word in ("in", "aus") and seat is None:
                seat = k
            if not (word[:1].isupper() or word in CONNECTORS or
                    (ADJECTIVE_ENDING_RE.search(word) and word.isalpha() and word not in gaz.speech_verbs)):
                return found
            k += 1
        if k >= self.n or words[k] != "," or k == r + 1:
            return found
        end = self.name_end(k + 1, need_two=True, after_role=True)
        if end:
            role_end = seat if seat and seat > r + 1 else k
            found.append(Candidate(k + 1, end, "person", self.span_text(k + 1, end), "trigger",
                                   role=self.role_text(role_start, r, role_end)))
        return found

    def apposition_after(self, i: int, j: int) -> list[Candidate]:
        """ "Joe Byrne, ein Analyst des Open Source Centre," and "Jenny Town von Stimson Center" """
        words, gaz = self.words, self.gaz
        if j + 1 < self.n and words[j] in ("von", "vom"):
            for cand in self.org_head_at(j + 1) + self.gazetteer_at(j + 1):
                if cand.kind == "org":
                    return [Candidate(i, j, "person", self.span_text(i, j), "trigger",
                                      role=self.span_text(cand.i, cand.j))]
        if j + 2 >= self.n or words[j] != ",":
            return []
        k = j + 1
        if words[k] in ARTICLES:
            k += 1
        role_start = k
        while k < self.n and words[k].islower() and ADJECTIVE_ENDING_RE.search(words[k]):
            k += 1
        if k >= self.n or not gaz.is_role(words[k]):
            return []
        head = k
        k += 1
        while k < self.n and k - head <= 8 and words[k] not in (",", ".", ")", ";"):
            if not (words[k][:1].isupper() or words[k] in CONNECTORS or ADJECTIVE_ENDING_RE.search(words[k])):
                return []
            k += 1
        return [Candidate(i, j, "person", self.span_text(i, j), "trigger",
                          role=self.span_text(role_start, k))]

    # ---- resolution --------------------------------------------------------------
    def candidates(self) -> list[Candidate]:
        found = self.acronym_definitions()
        found.extend(self.people())
        gates, org_heads = self.gates, list(self.tokens_with(ORG_HEAD))
        for i in compress(range(self.n), gates):
            allowed = gates[i]
            if allowed & MAY_GAZETTEER:
                found.extend(self.gazetteer_at(i))
            if allowed & MAY_REGION:
                found.extend(self.region_at(i))
            if allowed & MAY_STREET:
                found.extend(self.street_at(i))
            if allowed & MAY_ORG_PREFIX or (allowed & MAY_ORG and (_head_within(org_heads, i, 6) or allowed & ORG_HEAD)):
                found.extend(self.org_head_at(i))
            if allowed & MAY_CAPS:
                found.extend(self.caps_at(i))
            if allowed & MAY_GROUP:
                found.extend(self.group_at(i))
            if allowed & LOCAL_HEAD:
                found.extend(self.local_org_at(i))
        return found + self.named_descriptions(found)

    def named_descriptions(self, found: list[Candidate]) -> list[Candidate]:
        """"die Al-Kaida-nahe Gruppe JNIM": a description right before an acronym is named by
        the acronym, as one organisation (an alias list knows the acronym, not the phrase)."""
        ends: dict[int, list[Candidate]] = {}
        for c in found:
            if c.source in ("generic_org", "group") and c.kind in ("org", "group"):
                ends.setdefault(c.j, []).append(c)
        if not ends:
            return []
        named = []
        for c in found:
            if (c.j == c.i + 1 and c.i in ends and c.kind == "org" and CAPS_RE.match(self.words[c.i])
                    and self.words[c.i] not in self.gaz.not_acronyms):
                named.extend(Candidate(d.i, c.j, "org", c.canonical, c.source) for d in ends[c.i])
        return named

    def tokens_with(self, flag: int) -> Iterator[int]:
        """Indices of the tokens whose word has the flag (selected at C speed)."""
        return compress(range(self.n), map(and_, self.gates, repeat(flag)))

    def select(self, candidates: list[Candidate], taken: list[bool]) -> list[Candidate]:
        def rank(c: Candidate) -> tuple:
            return (-(c.j - c.i), -(self.ends[c.j - 1] - self.starts[c.i]),
                    -SOURCE_PRIORITY[c.source], c.i)
        chosen = []
        for cand in sorted(candidates, key=rank):
            if cand.j <= cand.i or any(taken[cand.i:cand.j]):
                continue
            for k in range(cand.i, cand.j):
                taken[k] = True
            chosen.append(cand)
        return chosen

    def run(self) -> list[Mention]:
        candidates = self.candidates()
        roles = {(c.i, c.j): c.role for c in candidates if c.role and c.kind == "person"}
        taken = [False] * self.n
        chosen = self.select(candidates, taken)
        for cand in chosen:
            if cand.kind == "person":
                cand.role = cand.role or roles.get((cand.i, cand.j))
                self.name_person(cand)
        chosen = self.second_pass(chosen, taken)
        chosen.sort(key=lambda c: c.i)
        return [Mention(Span(self.starts[c.i], self.ends[c.j - 1]), self.span_text(c.i, c.j),
                        c.kind, c.canonical, c.role) for c in chosen if c.canonical.strip()]

    def name_person(self, cand: Candidate) -> None:
        """One canonical per person: data names first, then the first full form seen."""
        entry = self.gaz.exact.get(tuple(self.words[cand.i:cand.j]))
        single = cand.j - cand.i == 1
        if single and self.words[cand.i] in self.context.surnames:
            cand.canonical = self.context.surnames[self.words[cand.i]]  # "Martina Merz" ... "Merz"
        elif entry and entry.kind == "person":
            cand.canonical = entry.canonical
        name = cand.canonical
        if name.endswith("s") and len(self.words[cand.i:cand.j]) == 1 and name[:-1] in self.context.surnames:
            name = name[:-1]
        key = _person_key(name)
        if key in self.context.people:
            cand.canonical = self.context.people[key]
        elif name in self.context.surnames:
            cand.canonical = self.context.surnames[name]
        else:
            self.context.people[key] = cand.canonical
        for surname in _surnames(cand.canonical):
            if surname not in self.gaz.not_names:
                self.context.surnames.setdefault(surname, cand.canonical)

    def second_pass(self, chosen: list[Candidate], taken: list[bool]) -> list[Candidate]:
        words, context = self.words, self.context
        surnames = {**self.gaz.surnames, **context.surnames}
        acronyms = context.acronyms
        heads = {(a.noun, a.country): a for a in acronyms.values() if a.noun}
        heads.update({(a.noun, None): a for a in acronyms.values() if a.noun and (a.noun, None) not in heads})
        kept = []
        # "die Polizei" after "Polizeidirektion Leipzig": the bare head is that authority
        local = sorted((c.i, c.canonical.split(" ", 1)[0].lower(), c.canonical)
                       for c in chosen if c.source == "local_org")

        def named_before(k: int, bare: str) -> str | None:
            if self.gaz.exact.get((words[k],)) or self.gaz.exact.get((bare,)):
                return None  # a name of its own ("Bundespolizei" after "Bundespolizeidirektion X")
            bare = bare.lower()
            found = [name for i, head, name in local if i < k and bare in head]
            if found:
                return found[-1]
            return next((name for head, name in context.local_orgs.items() if bare in head), None)

        for cand in chosen:
            word = words[cand.i]
            if cand.j - cand.i == 1 and cand.source != "local_org" and (bare := self.local_head(cand.i)):
                if name := named_before(cand.i, bare):
                    cand.canonical, cand.kind = name, "org"
                    kept.append(cand)
                    continue
            if cand.source == "city" and cand.j - cand.i == 1 and word in context.surnames:
                taken[cand.i] = False  # "Austin" after "Verteidigungsminister Lloyd Austin"
                continue
            if cand.source == "group" and cand.noun:
                acronym = heads.get((cand.noun, cand.country))
                if acronym is None and (cand.noun, None) in heads:
                    acronym = heads[(cand.noun, None)]
                    if acronym.country is None:
                        acronym.country = cand.country  # the first such group tells its country
                    elif cand.country not in (None, acronym.country):
                        acronym = None
                if acronym:
                    cand.canonical, cand.kind = acronym.canonical, "org"
            kept.append(cand)
        long_forms = {a.long_stems: a for a in acronyms.values()}
        # a long form can only start at a word that begins like its first stem
        long_form_starts = {stems[0][:3] for stems in long_forms if stems}
        if acronyms:
            claimable: Iterable[int] = range(self.n)
        else:
            # without acronyms (and so without long forms or acronym-named groups) only a capitalised
            # surname (or its genitive) or a local authority's head can be claimed below
            gates = self.gates
            capitalised = list(self.tokens_with(CAPITALISED))
            names = {word for word in {words[k] for k in capitalised} if word in surnames or (
                word.endswith("s") and len(word) > 3 and word[:-1] in surnames)}
            claimable = [k for k in capitalised if words[k] in names or gates[k] & LOCAL_HEAD]
        for k in claimable:
            if taken[k]:
                continue
            word = words[k]
            if not (word[:1].isupper() or word.lower()[:3] in long_form_starts
                    or word in acronyms or word[:-1] in acronyms):
                continue  # none of the branches below can claim it
            base = word[:-1] if word.endswith("s") and len(word) > 3 else word
            if word in acronyms or base in acronyms:
                acronym = acronyms.get(word) or acronyms[base]
                kept.append(self.claim(k, k + 1, "org", acronym.canonical, taken))
            elif word[:1].isupper() and (word in surnames or (base in surnames and base != word)):
                person = surnames.get(word) or surnames[base]
                kept.append(self.claim(k, k + 1, "person", person, taken))
            elif (bare := self.local_head(k)) and (name := named_before(k, bare)):
                kept.append(self.claim(k, k + 1, "org", name, taken))
            # (a group noun matters only with acronyms to name, and has the MAY_GROUP flag)
            elif acronyms and self.gates[k] & MAY_GROUP and word[:1].isupper() \
                    and (noun := self.gaz.group_noun(word)):
                for acronym in acronyms.values():
                    if acronym.noun == noun[0] and k and words[k - 1] in ARTICLES:
                        kept.append(self.claim(k, k + 1, "org", acronym.canonical, taken))
                        break
            else:
                for stems, acronym in long_forms.items():
                    end = k + len(stems)
                    if end <= self.n and stem(word) == stems[0] and not any(taken[k:end]) and \
                            tuple(stem(w) for w in words[k:end]) == stems:
                        kept.append(self.claim(k, end, "org", acronym.canonical, taken))
                        break
        for _i, head, name in local:
            context.local_orgs[head] = name
        return kept

    def claim(self, i: int, j: int, kind: str, canonical: str, taken: list[bool]) -> Candidate:
        for k in range(i, j):
            taken[k] = True
        return Candidate(i, j, kind, canonical, "surname" if kind == "person" else "acronym")


def recognise(text: str, data: Mapping[str, Any], sentence_starts: set[int] | None = None,
              context: Context | None = None) -> list[Mention]:
    """Mentions in a text (sorted, non-overlapping) — the core of `find_mentions`."""
    if not text:
        return []
    return Recogniser(text, gazetteer(data), sentence_starts, context).run()


def find_mentions(doc: Doc) -> None:
    context = Context()
    doc.mentions = recognise(doc.text, doc.data, {s.start for s in doc.sentences}, context)
    doc.mentions = national_societies(doc.text, doc.mentions, doc.data)
    _CONTEXTS[id(doc)] = (doc, context)
    while len(_CONTEXTS) > 16:
        _CONTEXTS.pop(next(iter(_CONTEXTS)))


def national_societies(text: str, mentions: list[Mention], data: Mapping[str, Any]) -> list[Mention]:
    """"Das Philippinische Rote Kreuz" is the Philippine society, not the movement: a country adjective
    before an organisation every country has its own of (lang/de/speakers.toml `national_orgs`) names
    that country's ("Philippine Red Cross"), and the bare name later in the article ("das Rote Kreuz")
    is that society too when the article names only one."""
    names = frozenset(data.get("speakers", {}).get("national_orgs", ()))
    if not names or not any(m.canonical in names for m in mentions):
        return mentions
    gaz = gazetteer(data)
    result: list[Mention] = []
    national: dict[str, set[str]] = {}
    for k, mention in enumerate(mentions):
        if mention.canonical in names:
            before = text[:mention.span.start].rstrip()
            word = before.rsplit(None, 1)[-1] if before else ""
            start = len(before) - len(word)
            code = gaz.adjective_country(word) if word.isalpha() else None
            adjective = gaz.country_adjective.get(code) if code else None
            if adjective and (not result or result[-1].span.end <= start) \
                    and not mention.canonical.startswith(adjective + " "):
                canonical = f"{adjective} {mention.canonical}"
                national.setdefault(mention.canonical, set()).add(canonical)
                mention = Mention(Span(start, mention.span.end), text[start:mention.span.end], mention.kind,
                                  canonical, mention.role)
        result.append(mention)
    for base, societies in national.items():
        if len(societies) == 1:
            society = next(iter(societies))
            result = [Mention(m.span, m.text, m.kind, society, m.role) if m.canonical == base else m
                      for m in result]
    return result


# The context each recent document taught its recogniser, for `canonical_name`.
_CONTEXTS: dict[int, tuple[Doc, Context]] = {}


def _context_of(doc: Doc) -> Context:
    cached = _CONTEXTS.get(id(doc))
    if cached and cached[0] is doc:
        return cached[1]
    context = Context()
    for mention in doc.mentions:
        if mention.kind == "person":
            for surname in _surnames(mention.canonical):
                context.surnames.setdefault(surname, mention.canonical)
            context.people.setdefault(_person_key(mention.canonical), mention.canonical)
    return context


def mention_at(doc: Doc, span: Span) -> Mention | None:
    """The mention that best covers (else overlaps most with) a span."""
    best, best_key = None, None
    for mention in doc.mentions:
        overlap = min(mention.span.end, span.end) - max(mention.span.start, span.start)
        if overlap <= 0 and not (len(span) == 0 and mention.span.start <= span.start < mention.span.end):
            continue
        key = (mention.span.contains(span), overlap, -len(mention.span))
        if best_key is None or key > best_key:
            best, best_key = mention, key
    if best is not None and best.kind in ("org", "group", "place") and not best.span.contains(span):
        # "Joe Byrne, ein Analyst des Open Source Centre": the speaker is the person whose
        # role names the organisation, not the organisation
        for mention in doc.mentions:
            if (mention.kind == "person" and mention.role and best.text in mention.role
                    and mention.span.overlaps(span)):
                return mention
    return best


def canonical_name(doc: Doc, text: str) -> tuple[str, str] | None:
    """(canonical, kind) for a name or noun phrase, resolved in the document's context."""
    text = (text or "").strip()
    if not text:
        return None
    for mention in doc.mentions:
        if mention.text == text:
            return mention.canonical, mention.kind
    context = _context_of(doc)
    copy = Context(dict(context.surnames), dict(context.people), dict(context.acronyms),
                   dict(context.local_orgs))
    mentions = recognise(text, doc.data, {0}, copy)
    if not mentions:
        gaz = gazetteer(doc.data)
        return (_local_compound(text, gaz, context) or _compound_name(text, gaz)
                or _spokesperson_of(doc, text, gaz))
    best = max(mentions, key=lambda m: len(m.span))
    return best.canonical, best.kind


def _local_compound(text: str, gaz: Gazetteer, context: Context) -> tuple[str, str] | None:
    """A compound of a local authority's head ("Polizeisprecher", "Feuerwehrangaben") in an
    article that names one such authority in full: that authority."""
    words = [w for w in text.split() if w not in ARTICLES]
    if len(words) != 1 or not context.local_orgs or not gaz.local_org_tails:
        return None
    text = words[0]
    for cut in range(len(text) - 3, 4, -1):
        head = text[:cut].lower()
        if head.endswith(gaz.local_org_tails):
            names = {name for known, name in context.local_orgs.items() if head in known}
            return (names.pop(), "org") if len(names) == 1 else None
    return None


def _compound_name(text: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """A compound whose first part is a group ("Polizeiangaben" -> police) or, before a
    hyphen, a name ("UN-Angaben" -> UN, "US-Angaben" -> United States)."""
    if " " in text or not text[:1].isupper():
        return None
    if "-" in text:
        entry = gaz.exact.get((text.split("-", 1)[0],))
        if entry:
            return entry.canonical, entry.kind
    for cut in range(len(text) - 3, 3, -1):
        noun = gaz.group_noun(text[:cut])
        if noun and noun[2]:
            return noun[0], noun[1]
    return None


def _spokesperson_of(doc: Doc, text: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """What an unnamed role speaks for: "ein Sprecher des Gesundheitsministeriums" -> the
    health ministry, "Sprecher der Armee" -> army (never the role word as a name)."""
    parts = text.split()
    while parts and parts[0] in ARTICLES | {"ein", "eine", "einer", "eines"}:
        parts = parts[1:]
    if len(parts) < 3 or not gaz.is_role(parts[0]) or parts[1] not in CONNECTORS:
        return None
    rest = " ".join(parts[2:])
    found = canonical_name(doc, rest)
    if found:
        return found
    noun = gaz.group_noun(parts[-1]) if len(parts) == 3 else None
    if noun:
        return (noun[0], noun[1]) if noun[1] in ("org", "group") else None
    word = parts[-1].rstrip(".,;:")
    if len(parts) == 3 and parts[0] in gaz.spokespersons and word[:1].isupper() and word.isalpha() \
            and word not in gaz.not_names and not gaz.is_role(word):
        # "Sprecher der Rettungsorganisation", "Sprecherin des Bündnisses": the body, under the
        # article's own word (nominative), which names it better than the spokesperson's phrase
        return nominative(word) if parts[1] == "des" else word, "org"
    return None


def nominative(genitive: str) -> str:
    """"Bündnisses" -> "Bündnis", "Landkreises" -> "Landkreis", "Ministeriums" -> "Ministerium"."""
    if genitive.endswith("nisses"):
        return genitive[:-3]
    if genitive.endswith("es") and not genitive.endswith("ees") and len(genitive) > 5:
        return genitive[:-2]
    return genitive[:-1] if genitive.endswith("s") else genitive


def country_from_adjective(word: str, data: Mapping[str, Any] | None = None) -> str | None:
    """The country an (inflected) adjective names: "nordkoreanische" -> "North Korea"."""
    gaz = gazetteer(data if data is not None else lang.load("de"))
    code = gaz.adjective_country((word or "").strip())
    return gaz.country_english.get(code) if code else None


def country_of(place: str | None) -> str | None:
    """The country a place lies in ("Kursk" -> "Russia"); a country is its own country; a
    national organisation's country ("Bundeswehr" -> "Germany", "Pentagon" -> "United States")."""
    if not place:
        return None
    gaz = gazetteer(lang.load("de"))
    return gaz.place_country.get(place) or gaz.capital_of.get(place) or gaz.org_country.get(place)


def place_contains(outer: str | None, inner: str | None) -> bool:
    """Whether place `inner` lies within `outer` ("Russia" contains "Kursk"; "Europe" contains "Kursk")."""
    if not outer or not inner:
        return False
    if outer == inner:
        return True
    country = country_of(inner)
    if country is None:
        return False
    gaz = gazetteer(lang.load("de"))
    return country == outer or gaz.continent.get(country) == outer
