"""Claims: a counted quantity, what it counts, and everything known about it.

For every counted quantity we look, inside its sentence, for what it counts:
a noun after the number ("300 Soldaten"), an event word around it ("getötet",
"starben", "festgenommen"), or a noun before it ("die Zahl der Toten stieg auf
45"). A second number of a split construction inherits the noun of the first
("300 Soldaten getötet und 2.700 verwundet"). Then we add whose people are
counted (actor), who says so (source, from the attribution step), how certain,
whether it is about the future, when and where. All words are data
(lang/<code>/measures.toml and modality.toml); this module holds only the logic.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import chain
from typing import Any, Callable, Iterable, Mapping

from lagebild.analysis.entities import (ROAD_NUMBER_RE, ROAD_RE, canonical_name, country_from_adjective, country_of,
                                       gazetteer)
from lagebild.analysis.numbers import parse_number
from lagebild.analysis.sentences import tokenize, tokens_in
from lagebild.analysis.times import iso_prefix
from lagebild.analysis.attribution import DEFINITE_ARTICLES, lexicon as attribution_lexicon
from lagebild.analysis import claim_model, location_model, speaker_names
from lagebild.analysis.doc import Attribution, Doc, Token
from lagebild.lang.gazetteer import gazetteer
from lagebild.lang.gazetteer import words as gazetteer_words
from lagebild.model import Claim, Mention, Quantity, Span, TimeRef

ARTICLES = {"der", "die", "das", "den", "dem", "des"}
# words before a common noun, never before a town's name
NOUN_DETERMINERS = sorted(ARTICLES | {"ein", "eine", "einer", "einem", "einen", "eines", "kein", "keine", "keiner",
                                       "im", "am", "ins", "zum", "zur", "vom", "beim"})
# figures of a state that holds when it is said (a force's size, its arms), not of an event
STATE_MEASURES = ("troops", "equipment")
PARTITIVE = {"der"}
DETERMINERS = ARTICLES | {"ein", "eine", "einer", "eines", "einem", "einen"}
PERSON_ONLY = ("killed", "wounded", "killed_or_wounded", "captured", "missing", "arrested")
CLAUSE_PUNCT = {";", ":", "–", "—", "„", "“", "»", "«", "\t"}
ADJECTIVE_END = re.compile(r"\w+(?:e|en|er|es|em)$")
SUPERLATIVE = re.compile(r"[a-zäöü]\w*st(?:e|en|er|es|em)$")
TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-']\w+)*|[^\w\s]", re.UNICODE)
# one to four capitalised words after a group word: the name of the body it describes
NAME_AFTER_DESCRIPTOR = re.compile(r"\s+[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3}\s*")
LIST_MARKS = ("-", "–", "•", "*")
# "Abrahamyan: ..." opening a paragraph: an interview answer
INTERVIEW_SPEAKER = re.compile(r"[ \t]*(?:[A-ZÄÖÜ][\w'’-]+[ \t]+)?(?P<name>[A-ZÄÖÜ][\w'’-]+):\s")
NAME_GOES_ON = re.compile(r"\s*(?:[A-ZÄÖÜ]|[a-zäöü]+\s+[A-ZÄÖÜ])")
DASHES = {"–", "—"}
GAP_ADVERBS = {"bereits", "schon", "noch", "nur", "erst", "sogar", "nochmals"}
# a compound's last part that makes it a filler has at least this many letters ("Karibikküste":
# "Küste"; not "Ort", which ends "Sport" and "Export")
FILLER_HEAD_MIN = 4
MAX_GAP_PHRASE = 9  # tokens of the place or time before a gapped conjunct's number
MAX_DASHED_PART = 14  # tokens of a part set off by dashes, the closing dash included
RIGHT_WINDOW = 16  # tokens after a number in which its noun and event may stand
MAX_SUBJECT_INSERTION = 20  # tokens of a relative clause or an apposition between a counted subject and its verb
LEFT_FIXED_GAP = {":", "\t", "(", "-", "–"}


# ---------------------------------------------------------------- lexicon
def _words(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(patterns) + r")$") if patterns else re.compile(r"(?!x)x")


def _phrase_words(patterns: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    alternatives = "|".join(patterns) or r"(?!x)x"
    return re.compile(r"(?<!\w)(?:" + alternatives + r")(?!\w)", flags)


@dataclass
class Lexicon:
    fixed: list[tuple[str, re.Pattern[str]]]
    role: list[tuple[str, re.Pattern[str]]]
    people: re.Pattern[str]
    events: list[tuple[str, str, list[re.Pattern[str]]]]  # measure, strength, token patterns
    event_start: re.Pattern[str]  # any first word of an event phrase: a quick filter
    joiners: re.Pattern[str]
    combined: tuple[str, str]
    number_of: re.Pattern[str]
    number_links: set[str]
    ellipsis_subject: set[str]
    ellipsis_copulas: set[str]
    ellipsis_becoming: set[str]
    number_pronouns: set[str]
    count_pronouns: set[str]
    cases_of: re.Pattern[str]
    treated_survivors: re.Pattern[str]
    differences: tuple[list[str], ...]
    cases_of_links: set[str]
    charges: tuple[tuple[str, re.Pattern[str]], ...]
    attempted: re.Pattern[str]
    count_change_verbs: re.Pattern[str]
    subset_whole: set[str]
    before_part: list[list[str]]
    most_of_them: list[list[str]]
    among: list[list[str]]
    of_them: list[list[str]]
    gapped: list[frozenset[str]]  # prepositions of a gapped conjunct, each set one preposition's forms
    not_after: re.Pattern[str]
    not_before: re.Pattern[str]
    additional: list[list[str]]
    np_adverbs: set[str]
    refer_back: set[str]
    possessive: set[str]
    locative: set[str]
    destination: set[str]
    sent_to: frozenset[str]
    around: set[str]
    origin: set[str]
    institutions: re.Pattern[str]
    speech_situations: set[str]
    said_at: re.Pattern[str]
    institution_ends: re.Pattern[str]
    parts: set[str]
    taken_to: re.Pattern[str]
    report_agencies: set[str]
    landscape_name: re.Pattern[str]
    not_landscape: tuple[str, ...]
    landscape_end: re.Pattern[str]
    police_nouns: re.Pattern[str]
    police_actor: str | None
    there_words: frozenset[str]
    same_place_words: frozenset[str]
    event_of_heads: tuple[str, ...]
    multi_country_areas: frozenset[str]
    event_of_name: re.Pattern[str]
    land_of_heads: frozenset[str]
    town_nouns: frozenset[str]
    indefinite_before: re.Pattern[str]
    landmark_links: frozenset[str]
    distance_link: re.Pattern[str]
    venue_name: re.Pattern[str]
    foreign_street: re.Pattern[str]
    same_time_nouns: frozenset[str]
    counting_verbs: frozenset[str]
    counting_between: frozenset[str]
    revising_verbs: frozenset[str]
    revising_participles: frozenset[str]
    counted_by_participles: frozenset[str]
    von_counting_verbs: frozenset[str]
    von_counting_participles: frozenset[str]
    revising_skips: frozenset[str]
    counting_place_links: frozenset[str]
    own_area_tags: set[str]
    place_noun_ends: tuple[str, ...]
    additional_words: set[str]
    national_area: re.Pattern[str]
    border_areas: frozenset[str]
    border_name: str
    home_countries: frozenset[str]
    bare_foreign_name: re.Pattern[str]
    bare_name: re.Pattern[str]
    bare_nouns: frozenset[str]
    not_bare_name: re.Pattern[str]
    town_name_ends: tuple[str, ...]
    front_measures: frozenset[str]
    front_periods: re.Pattern[str]
    where_words: frozenset[str]
    departure_verbs: frozenset[str]
    compound_place: re.Pattern[str]
    long_periods: re.Pattern[str]
    reach_verbs: frozenset[str]
    period_words: re.Pattern[str]
    total_periods: re.Pattern[str]
    place_noun_alone: re.Pattern[str]
    attack_verbs: re.Pattern[str]
    nationwide: re.Pattern[str]
    place_nouns: set[str]
    around_after: set[str]
    fillers: set[str]
    global_words: re.Pattern[str]
    occurred: re.Pattern[str]
    occurrence_measures: frozenset[str]
    place_noun_name: re.Pattern[str]
    force_country: dict[str, str]
    national_force_heads: tuple[str, ...]
    unnamed_forces: set[str]
    not_place_name: re.Pattern[str]
    plural_like_name: re.Pattern[str]
    settlement_nouns: frozenset[str]
    everyday_place_nouns: frozenset[str]
    certainty: list[tuple[str, re.Pattern[str]]]
    future: re.Pattern[str]
    modals: set[str]
    plan_words: re.Pattern[str]
    change_verbs: re.Pattern[str]
    present: set[str]
    cumulative: set[str]
    totals: set[str]
    year_to_date: re.Pattern[str]
    vague_time: re.Pattern[str]
    rescue: list[list[re.Pattern[str]]] = field(default_factory=list)
    age_opener: tuple[str, ...] = ()
    age_units: frozenset[str] = frozenset()
    survivors: re.Pattern[str] = re.compile(r"(?!x)x")
    captive: re.Pattern[str] = re.compile(r"(?!x)x")
    bare_arrival: frozenset[str] = frozenset()
    own_participle: re.Pattern[str] = re.compile(r"(?!x)x")
    rate_words: frozenset[str] = frozenset()
    year_words: frozenset[str] = frozenset()
    life_events: frozenset[str] = frozenset()
    actorless: frozenset[str] = frozenset()
    civilians: re.Pattern[str] = re.compile(r"(?!x)x")
    loss_nouns: frozenset[str] = frozenset()
    seized_words: frozenset[str] = frozenset()
    seized_particles: dict[str, str] = field(default_factory=dict)
    side_prepositions: frozenset[str] = frozenset()
    side_phrase_nouns: frozenset[str] = frozenset()
    impersonal_cues: frozenset[str] = frozenset()
    identity_phrases: tuple[list[str], ...] = ()
    identity_copulas: frozenset[str] = frozenset()
    camp_verbs: frozenset[str] = frozenset()
    capacity_words: frozenset[str] = frozenset()
    camp_nouns: re.Pattern[str] = re.compile(r"(?!x)x")
    refugee_camps: re.Pattern[str] = re.compile(r"(?!x)x")
    relative_pronouns: frozenset[str] = frozenset()
    apposition_openers: frozenset[str] = frozenset()
    arrival_nouns: re.Pattern[str] = re.compile(r"(?!x)x")
    participant_nouns: re.Pattern[str] = re.compile(r"(?!x)x")
    event_participant_nouns: re.Pattern[str] = re.compile(r"(?!x)x")
    crowd_nouns: re.Pattern[str] = re.compile(r"(?!x)x")
    riders: re.Pattern[str] = re.compile(r"(?!x)x")
    most_aboard: float = 0
    counting_participles: frozenset[str] = frozenset()
    protest: re.Pattern[str] = re.compile(r"(?!x)x")
    migration_topic: re.Pattern[str] = re.compile(r"(?!x)x")
    refugee_paragraphs: int = 3
    count_compounds: tuple[tuple[str, re.Pattern[str]], ...] = ()
    active_auxiliaries: frozenset[str] = frozenset()
    arrival_directions: frozenset[str] = frozenset()
    time_anaphora: set[str] = field(default_factory=set)
    side_nouns: set[str] = field(default_factory=set)
    generic_groups: tuple[str, ...] = ()
    force_nouns: re.Pattern[str] = re.compile(r"(?!x)x")
    generic_sources: dict[str, str] = field(default_factory=dict)
    national_bodies: frozenset[str] = frozenset()
    person_anaphors: re.Pattern[str] = re.compile(r"(?!x)x")
    message_anaphors: frozenset[str] = frozenset()
    in_message: re.Pattern[str] = re.compile(r"(?!x)x")
    source_after_cue: frozenset[str] = frozenset()
    source_links: frozenset[str] = frozenset()
    hearsay_data_nouns: frozenset[str] = frozenset()
    list_header: re.Pattern[str] = re.compile(r"(?!x)x")
    attributive_future: re.Pattern[str] = re.compile(r"(?!x)x")
    agent_prepositions: set[str] = field(default_factory=set)
    loss_verbs: frozenset[str] = frozenset()
    fighters: re.Pattern[str] = re.compile(r"(?!)")
    security_forces: re.Pattern[str] = re.compile(r"(?!)")
    enemies: re.Pattern[str] = re.compile(r"(?!)")
    armed_group_words: re.Pattern[str] = re.compile(r"(?!)")
    claim_verbs: re.Pattern[str] = re.compile(r"(?!)")
    group_name: re.Pattern[str] = re.compile(r"(?!)")
    claimed_by: re.Pattern[str] = re.compile(r"(?!)")
    lost_are_killed: re.Pattern[str] = re.compile(r"(?!x)x")
    never: re.Pattern[str] = re.compile(r"(?!x)x")
    np_joiners: frozenset[str] = frozenset()
    vehicles: re.Pattern[str] = re.compile(r"(?!x)x")
    military_adjectives: re.Pattern[str] = re.compile(r"(?!x)x")
    military_owners: re.Pattern[str] = re.compile(r"(?!x)x")
    vehicles_destroyed: re.Pattern[str] = re.compile(r"(?!x)x")
    fighting_words: re.Pattern[str] = re.compile(r"(?!x)x")
    listed_weapon_fillers: frozenset[str] = frozenset()
    mass_weapons: re.Pattern[str] = re.compile(r"(?!x)x")
    captivity_returns: re.Pattern[str] = re.compile(r"(?!x)x")
    captivity: re.Pattern[str] = re.compile(r"(?!x)x")
    release: re.Pattern[str] = re.compile(r"(?!x)x")
    captivity_story: re.Pattern[str] = re.compile(r"(?!x)x")
    unnamed_hearsay: re.Pattern[str] = re.compile(r"(?!x)x")
    sick_care: re.Pattern[str] = re.compile(r"(?!x)x")
    sickness: re.Pattern[str] = re.compile(r"(?!x)x")
    prisoner_flight: re.Pattern[str] = re.compile(r"(?!x)x")
    trapped: re.Pattern[str] = re.compile(r"(?!x)x")
    no_contact: re.Pattern[str] = re.compile(r"(?!x)x")
    sick_cases: re.Pattern[str] = re.compile(r"(?!x)x")
    sick_people: re.Pattern[str] = re.compile(r"(?!x)x")
    outbreak: re.Pattern[str] = re.compile(r"(?!x)x")
    animal_outbreak: re.Pattern[str] = re.compile(r"(?!x)x")
    outbreak_animals: re.Pattern[str] = re.compile(r"(?!x)x")
    stranded: re.Pattern[str] = re.compile(r"(?!x)x")
    admitted: re.Pattern[str] = re.compile(r"(?!x)x")


_LEXICA: dict[int, Lexicon] = {}



def _in_message(table: Mapping[str, Any]) -> re.Pattern[str]:
    """"hieß es in einer am Montag verbreiteten Erklärung": an impersonal cue placed in a message."""
    nouns, cues, after = table.get("message_nouns", []), table.get("cues", []), table.get("after_cue", [])
    if not nouns or not cues:
        return re.compile(r"(?!x)x")
    cue = r"\b(?:" + "|".join(map(re.escape, cues)) + r")\s+"
    placed = r"(?:in|im)\b(?:\s+[\w-]+){0,7}?\s+(?:" + "|".join(map(re.escape, nouns)) + r")\b"
    return re.compile(cue + "(?:" + placed + "".join("|" + re.escape(word) + r"\b" for word in after) + ")")



def _list_header(table: Mapping[str, Any]) -> re.Pattern[str]:
    """"(Angaben des Zivilschutzes, ...)": a data noun of a list header and the link word after it."""
    nouns, links = table.get("list_header_nouns", []), table.get("links", [])
    if not nouns or not links:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\s+(?:" + "|".join(map(re.escape, links)) + r")\s+")


def lexicon(data: Mapping[str, Any]) -> Lexicon:
    key = id(data)
    if key not in _LEXICA:
        _LEXICA[key] = _build_lexicon(data)
    return _LEXICA[key]


def _particle_article(location: Mapping[str, Any]) -> str:
    """The optional small-letter article between a name particle and the name's word ("Deir
    al-Balah", "Ain al-Hilweh"): without it the particle stood alone as the name ("Deir")."""
    articles = location.get("name_particle_articles", [])
    return r"(?:(?:%s)-(?=[A-ZÄÖÜÀ-ÖØ-Þ]))?" % "|".join(map(re.escape, articles)) if articles else ""


def _first_letter(words: list[str], ignore_case: bool = False) -> str:
    """A lookahead for the letters `words` begin with, put before a pattern whose match begins
    with one of them: the scanner skips every other position at once instead of trying the
    pattern's lookbehinds and alternatives there (the same matches, a third less time)."""
    if not words or not all(words):
        return ""  # (an empty word may begin anywhere)
    letters = "".join(sorted({re.escape(w[0]) for w in words}))
    return f"(?=(?i:[{letters}]))" if ignore_case else f"(?=[{letters}])"


def _word_start(words: list[str]) -> str:
    """`\\b(?:words)` for words that begin with a word character, written so that every
    alternative opens with its first letter and checks the word boundary behind it: a pattern
    opening so lets the scanner jump in C to the positions holding one of those letters (the
    same matches, a third or more less time)."""
    if not all(w and re.match(r"\w", w) for w in words):
        return r"\b(?:%s)" % "|".join(map(re.escape, words))  # (no letter to open with)
    return "(?:%s)" % "|".join(
        f"{re.escape(w[0])}(?<!\\w{re.escape(w[0])}){re.escape(w[1:])}" for w in words)


def _build_lexicon(data: Mapping[str, Any]) -> Lexicon:
    measures = data.get("measures", {})
    actors, counted_by = measures.get("actors", {}), measures.get("counted_by", {})
    modality = data.get("modality", {})
    event_patterns = [
        (entry["measure"], entry.get("strength", "strong"),
         [[re.compile(word + "$") for word in phrase.split(" ")] for phrase in entry.get("phrases", [])])
        for entry in measures.get("events", [])
    ]
    certainty_order = modality.get("order", ["denied", "possible", "estimated", "reported", "asserted"])
    certainty = [
        (level, _phrase_words(modality.get("certainty", {}).get(level, []), re.I))
        for level in certainty_order if level in modality.get("certainty", {})
    ]
    location = measures.get("location", {})
    combine = measures.get("combine", {})
    return Lexicon(
        fixed=[(m, _words(p)) for m, p in measures.get("fixed", {}).items()],
        role=[(m, _words(p)) for m, p in measures.get("role", {}).items()],
        people=_words(measures.get("people", {}).get("words", [])),
        events=event_patterns,  # type: ignore[arg-type]
        event_start=_words(phrase.split(" ")[0] for entry in measures.get("events", [])
                           for phrase in entry.get("phrases", [])),
        joiners=_words(combine.get("joiners", [])),
        combined=tuple(combine.get("killed_or_wounded", ["killed", "wounded"])),  # type: ignore[arg-type]
        number_of=_words(measures.get("number_of", {}).get("nouns", [])),
        number_links=set(measures.get("number_of", {}).get("links", [])),
        ellipsis_subject=set(measures.get("number_of", {}).get("ellipsis_subject", [])),
        ellipsis_copulas=set(measures.get("number_of", {}).get("ellipsis_copulas", [])),
        ellipsis_becoming=set(measures.get("number_of", {}).get("ellipsis_becoming", [])),
        number_pronouns=set(measures.get("number_of", {}).get("pronouns", [])),
        count_pronouns=set(measures.get("number_of", {}).get("count_pronouns", [])),
        cases_of=_words(measures.get("cases_of", {}).get("nouns", [])),
        treated_survivors=_words(measures.get("treated_survivors", {}).get("nouns", [])),
        differences=tuple(p.split() for p in measures.get("not_counted", {}).get("difference", [])),
        cases_of_links=set(measures.get("cases_of", {}).get("links", [])),
        charges=tuple((m, _words(p)) for m, p in measures.get("charges", {}).items() if m != "attempted"),
        attempted=_words(measures.get("charges", {}).get("attempted", [])),
        count_change_verbs=_words(measures.get("number_of", {}).get("change_verbs", [])),
        vehicles=_words(measures.get("vehicles", {}).get("nouns", [])),
        military_adjectives=_words(measures.get("vehicles", {}).get("military_adjectives", [])),
        military_owners=_words(measures.get("vehicles", {}).get("military_owners", [])),
        vehicles_destroyed=_words(measures.get("vehicles", {}).get("destroyed", [])),
        fighting_words=_words(measures.get("vehicles", {}).get("fighting", [])),
        listed_weapon_fillers=frozenset(measures.get("vehicles", {}).get("listed_weapon_fillers", [])),
        mass_weapons=_words(measures.get("vehicles", {}).get("mass_weapons", [])),
        captivity_returns=_words(measures.get("captivity", {}).get("returns", [])),
        captivity=_words(measures.get("captivity", {}).get("words", [])),
        release=_words(measures.get("captivity", {}).get("release", [])),
        captivity_story=_phrase_words(measures.get("captivity", {}).get("words", [])
                                      + measures.get("captivity", {}).get("release", [])),
        subset_whole=set(measures.get("subset", {}).get("after_whole", [])),
        before_part=[p.split() for p in measures.get("subset", {}).get("before_part", [])],
        most_of_them=[p.lower().split() for p in measures.get("location", {}).get("most_of_them", [])],
        among=[p.split() for p in measures.get("subset", {}).get("among", [])],
        of_them=[p.split() for p in measures.get("subset", {}).get("of_them", [])],
        gapped=[frozenset(p.split()) for p in measures.get("subset", {}).get("gapped", [])],
        not_after=_words(measures.get("not_counted", {}).get("following", [])),
        not_before=_words(measures.get("not_counted", {}).get("preceding", [])),
        rate_words=frozenset(measures.get("not_counted", {}).get("rate", [])),
        year_words=frozenset(measures.get("not_counted", {}).get("preceding_year", [])),
        life_events=frozenset(measures.get("not_counted", {}).get("born", [])),
        actorless=frozenset(actors.get("none_for", [])),
        civilians=_words(actors.get("civilians", [])),
        loss_nouns=frozenset(actors.get("loss_nouns", [])),
        seized_words=frozenset(actors.get("seized", [])),
        seized_particles=dict(actors.get("seized_particles", {})),
        side_prepositions=frozenset(actors.get("side_phrase", {}).get("prepositions", [])),
        side_phrase_nouns=frozenset(actors.get("side_phrase", {}).get("nouns", [])),
        impersonal_cues=frozenset(data.get("groups", {}).get("impersonal_continuation", {}).get("cues", [])),
        identity_phrases=tuple(p.split() for p in measures.get("identified_as", {}).get("phrases", [])),
        identity_copulas=frozenset(measures.get("identified_as", {}).get("copulas", [])),
        camp_verbs=frozenset(measures.get("camps", {}).get("verbs", [])),
        capacity_words=frozenset(measures.get("camps", {}).get("capacity", [])),
        camp_nouns=_words(measures.get("camps", {}).get("nouns", [])),
        refugee_camps=_words(measures.get("camps", {}).get("refugee_camps", [])),
        relative_pronouns=frozenset(measures.get("relative_clause", {}).get("pronouns", [])),
        apposition_openers=frozenset(measures.get("relative_clause", {}).get("apposition_openers", [])),
        arrival_nouns=_words(measures.get("arrival", {}).get("nouns", [])),
        participant_nouns=_words(measures.get("participants", {}).get("nouns", [])),
        event_participant_nouns=_words(measures.get("participants", {}).get("event_nouns", [])),
        crowd_nouns=_words(measures.get("participants", {}).get("crowd_nouns", [])),
        riders=_words(measures.get("participants", {}).get("riders", [])),
        most_aboard=measures.get("participants", {}).get("most_aboard", 0),
        counting_participles=frozenset(measures.get("participants", {}).get("counting", [])),
        protest=_phrase_words(measures.get("participants", {}).get("protest", [])),
        migration_topic=_words(measures.get("arrival", {}).get("migration_topic", [])),
        refugee_paragraphs=int(measures.get("arrival", {}).get("story_paragraphs", 3)),
        count_compounds=tuple((measure, _words(words)) for measure, words in
                              measures.get("number_of", {}).get("compounds", {}).items()),
        active_auxiliaries=frozenset(measures.get("relative_clause", {}).get("active_auxiliaries", [])),
        additional=[p.split() for p in measures.get("additional", {}).get("words", [])],
        np_adverbs=set(measures.get("noun_phrase", {}).get("adverbs", [])),
        np_joiners=frozenset(measures.get("noun_phrase", {}).get("joiners", [])),
        refer_back=set(measures.get("refer_back", {}).get("words", [])),
        possessive=set(measures.get("refer_back", {}).get("possessive", [])),
        locative=set(location.get("locative", [])),
        destination=set(location.get("destination", [])),
        sent_to=frozenset(location.get("sent_to", ["nach"])),
        around=set(location.get("around", [])),
        origin=set(location.get("origin", [])),
        institutions=_words(location.get("institutions", [])),
        speech_situations=set(location.get("speech_situations", [])),
        # a phrase must come before "in": "sagte, in Kiew seien" opens what was said, "unter Berufung auf
        # einen Gerichtsmediziner in Machala" names the speaker's place, mostly the scene (after a comma:
        # a speaker's apposition, "der Sprecher, Oberst X, am Montag in")
        said_at=re.compile(r"\s*(?:,[^,.;:]{1,60})?,?\s*(?:(?:%(p)s)\s+\w+\s+)+in\s+"
                           % {"p": "|".join(map(re.escape, location.get("said_at_phrases", []))) or "(?!)"}),
        institution_ends=re.compile(r"(?:%s)$" % "|".join(location.get("institutions", [])) or r"(?!)", re.I),
        parts=set(location.get("parts", [])),
        taken_to=re.compile(
            r"\b(?:ins|in|im)\s+(?:ein\s+|eine\s+|die\s+|einem\s+|einer\s+)?(?:%s)\s+(?:in|nach|von)\s+(?:[A-ZÄÖÜ][\w'’-]*(?:\s*,\s*|\s+und\s+|\s+sowie\s+))*$"
            % "|".join(map(re.escape, location.get("taken_to", []))) if location.get("taken_to") else r"(?!)"),
        report_agencies={a.lower() for a in location.get("report_agencies", [])},
        landscape_name=re.compile(
            # (also opening a sentence: "Im Punilla-Tal"; a name of hyphened parts: "auf dem Mai-Ndombe-See")
            _word_start([v for w in location.get("landscape_prepositions", []) for v in (w, w.capitalize())])
            + r"\s+(?:[A-ZÄÖÜ]\w+er\s+)?(?P<name>[A-ZÄÖÜ]\w+(?:-[A-ZÄÖÜ]\w+)*(?:%s))\b"
            % "|".join(map(re.escape, location.get("landscape_ends", []))) if location.get("landscape_ends") else r"(?!)"),
        not_landscape=tuple(location.get("not_landscape_ends", [])),
        landscape_end=re.compile(r"(?:%s)$" % "|".join(map(re.escape, location.get("landscape_ends", []))) if location.get("landscape_ends") else r"(?!)"),
        police_nouns=_words(data.get("measures", {}).get("police", {}).get("nouns", [])),
        police_actor=data.get("measures", {}).get("police", {}).get("actor"),
        there_words=frozenset(location.get("there", [])),
        same_place_words=frozenset(location.get("same_place", [])),
        event_of_heads=tuple(location.get("event_of_heads", [])),
        land_of_heads=frozenset(location.get("land_of_heads", [])),
        town_nouns=frozenset(location.get("town_nouns", [])),
        landmark_links=frozenset(" %s " % link for link in location.get("landmark_links", [])),
        distance_link=re.compile(location.get("distance_link", r"(?!)")),
        # "auf das Hotel „Jowhar Palace“", "vor dem Tor des Hotels Mustaqbal": a venue noun and its name
        # (or the whole quoted: "auf das „Hotel Sahal“")
        venue_name=re.compile(
            r"„(?:%s) [^“\n]{2,40}“|" % "|".join(map(re.escape, location["venue_nouns"])) +
            _word_start(location["venue_nouns"]) + r" (?:„[^“\n]{2,40}“|«[^»\n]{2,40}»|\"[^\"\n]{2,40}\"|[A-ZÄÖÜ][\w'’-]+)"
            if location.get("venue_nouns") else r"(?!)"),
        # (an indefinite article, then up to two small-letter words ending like an inflected adjective,
        # ending right where a name starts: "auf einer kurvigen ", "von einem herabfallenden ")
        indefinite_before=re.compile(r"\b(?:%s)(?:[ \t]+[a-zäöüß]{2,}(?:e|en|er|es|em))?(?:[ \t]+[a-zäöüß]{2,}(?:e|en|er|es|em))?[ \t]+$"
                                     % "|".join(map(re.escape, data.get("articles", {}).get("indefinite", [])))
                                     if data.get("articles", {}).get("indefinite") else r"(?!)"),
        foreign_street=re.compile(
            _word_start(location["foreign_street_words"]) + r" (?:(?:%s) )?[A-ZÀ-ÖØ-Þ][\w'’]+(?:-[A-ZÀ-ÖØ-Þ][\w'’]+)*\b"
            % "|".join(map(re.escape, location.get("name_linkers", []) + location.get("street_name_linkers", [])))
            if location.get("foreign_street_words") else r"(?!)"),
        multi_country_areas=frozenset(location.get("multi_country_areas", [])),
        # (the head is checked against event_of_heads after the match: an alternation of them after
        # "\w*" made the claims step 7% slower)
        event_of_name=re.compile(r"\b(?P<head>[A-ZÄÖÜ]\w+) (?:von|am) (?P<name>[A-ZÄÖÜÀ-ÖØ-Þ][\w'’]+(?:-[A-ZÄÖÜ][\w'’]+)*)\b(?! [A-ZÄÖÜ])"
                                 if location.get("event_of_heads") else r"(?!)"),
        same_time_nouns=frozenset(location.get("same_time_nouns", [])),
        counting_verbs=frozenset(counted_by.get("verbs", [])),
        counting_between=frozenset(counted_by.get("between", [])),
        revising_verbs=frozenset(counted_by.get("revising_verbs", [])),
        revising_participles=frozenset(counted_by.get("revising_participles", [])),
        counted_by_participles=frozenset(counted_by.get("participles", [])),
        von_counting_verbs=frozenset(counted_by.get("von_verbs", [])),
        von_counting_participles=frozenset(counted_by.get("von_participles", [])),
        revising_skips=frozenset(counted_by.get("revising_skips", [])),
        counting_place_links=frozenset(counted_by.get("place_links", [])),
        own_area_tags={a.lower() for a in location.get("own_area_dateline_tags", [])},
        place_noun_ends=tuple(location.get("place_noun_ends", [])),
        additional_words={p for p in measures.get("additional", {}).get("words", []) if " " not in p},
        # (the lookahead: a run of small letters, then one of the areas, before trying the
        # adjective's endings at every word)
        national_area=re.compile(r"\b(?=[a-zäöü-]++ (?:%s)\b)(?P<adjective>[a-zäöü]+(?:-[a-zäöü]+)?(?:e|en|er|es|em)) (?P<area>%s)\b"
                                 % (("|".join(map(re.escape, location.get("national_areas", []))),) * 2) if location.get("national_areas") else r"(?!)"),
        place_noun_alone=re.compile(
            r"[Dd](?<!\w[Dd])(?:er|ie|em|en|ieser|iese|iesem)\s+(?P<noun>%s)\b(?![ \t]+[A-ZÄÖÜ])"
            % "|".join(map(re.escape, location.get("anaphoric_place_nouns", []))) if location.get("anaphoric_place_nouns") else r"(?!)"),
        border_areas=frozenset(location.get("border_areas", [])),
        border_name=location.get("border_name", "{first}"),
        home_countries=frozenset(location.get("home_countries", [])),
        period_words=_phrase_words(location.get("period_words", []), re.I),
        total_periods=_phrase_words(location.get("total_periods", []), re.I),
        bare_foreign_name=re.compile(
            r"%s (?P<name>[A-ZÄÖÜ]?[\w'’]*[^\W\d_%s][\w'’]*(?: [A-ZÄÖÜ][a-zäöü]+)?)\b(?! [A-ZÄÖÜ])"
            % (_word_start(location.get("bare_place_prepositions", [])), re.escape(location.get("native_letters", "")))
            if location.get("bare_place_prepositions") and location.get("native_letters") else r"(?!)"),
        bare_name=re.compile(
            _first_letter(location.get("bare_name_prepositions", []), ignore_case=True) +
            # (a particle or a linking word makes it a name of two or three words: "in La Cumbre",
            # "bei Capilla del Monte"; two capitalised parts joined by a hyphen are one: "südlich von
            # Gorom-Gorom", "bei Bobo-Dioulasso")
            r"(?<![\w-])(?i:%s) (?P<name>(?:(?:%s) %s|(?:%s)-(?=[A-ZÄÖÜ]))?[A-ZÄÖÜÀ-ÖØ-ÞŁŚŠŽČĆ][a-zäöüßà-ÿ]{2,}(?:-[A-ZÄÖÜÀ-ÖØ-Þ][a-zäöüßà-ÿ]{2,})?"
            r"(?:(?P<linked> (?:%s) [A-ZÄÖÜÀ-ÖØ-Þ][a-zäöüßà-ÿ]+)|(?P<second> [A-ZÄÖÜÀ-ÖØ-ÞŁŚŠŽČĆ][a-zäöüßà-ÿ]{2,}))?)\b(?![-'’.]\w| [A-ZÄÖÜ])"
            % ("|".join(map(re.escape, location.get("bare_name_prepositions", []))),
               "|".join(map(re.escape, location.get("name_particles", []))) or r"(?!)",
               _particle_article(location),
               # (a particle joined by a hyphen opens the name too: "in Al-Mawasi", "nach El-Obeid")
               "|".join(map(re.escape, location.get("name_particles", []))) or r"(?!)",
               "|".join(map(re.escape, location.get("name_linkers", []))) or r"(?!)")
            if location.get("bare_name_prepositions") else r"(?!)"),
        bare_nouns=frozenset(data.get("bare_nouns", ())),
        town_name_ends=tuple(location.get("town_name_ends", [])),
        front_measures=frozenset(location.get("front_measures", [])),
        front_periods=_phrase_words(location.get("front_periods", []), re.I),
        where_words=frozenset(location.get("where", [])),
        departure_verbs=frozenset(location.get("departure_verbs", [])),
        long_periods=_phrase_words(location.get("long_periods", []), re.I),
        reach_verbs=frozenset(location.get("reach_verbs", [])),
        compound_place=re.compile(r"(?=[A-ZÄÖÜÀ-ÖØ-Þ][a-zäöüßà-ÿ]++-)\b(?P<name>[A-ZÄÖÜÀ-ÖØ-Þ][a-zäöüßà-ÿ]+)-(?:%s)\b" % "|".join(map(re.escape, location.get("compound_place_heads", [])))
                                  if location.get("compound_place_heads") else r"(?!)"),
        not_bare_name=re.compile(r"(?:%s)$" % "|".join(location.get("not_bare_name_endings", [])) if location.get("not_bare_name_endings") else r"(?!)"),
        attack_verbs=_words(location.get("attack_verbs", [])),
        nationwide=_phrase_words(location.get("nationwide", []), re.I),
        place_nouns=set(location.get("place_nouns", [])),
        around_after=set(location.get("around_after", [])),
        fillers=set(location.get("fillers", [])),
        global_words=_phrase_words(location.get("global_words", []), re.I),
        occurred=_phrase_words(location.get("occurred", [])),
        occurrence_measures=frozenset(location.get("occurrence_measures", [])),
        force_country=dict(measures.get("forces", {}).get("of_country", {})),
        national_force_heads=tuple(measures.get("forces", {}).get("national_heads", [])),
        unnamed_forces=set(measures.get("forces", {}).get("unnamed", [])),
        # "im Distrikt Jajarkot", "auf der Kanareninsel El Hierro", "den Weiler Les Haudères"
        place_noun_name=re.compile(
            _first_letter(location.get("place_nouns", []) + location.get("place_noun_ends", [])) +
            r"(?:\b(?:%s)|(?<=[a-zäöü])(?:%s))s? (?P<name>(?:(?P<particle>%s) %s)?[A-ZÄÖÜÀ-ÖØ-ÞŁŚŠŽČĆ][\w'’]+(?:(?:-[a-z]{1,2})?-[A-ZÄÖÜ][\w'’]+)*"
            r"(?:(?P<second>(?: [A-ZÄÖÜ][a-zäöüß]+){1,2})|(?P<linked> (?:%s) [A-ZÄÖÜÀ-ÖØ-Þ][\w'’]+))?)\b(?! [A-ZÄÖÜ])"
            % ("|".join(map(re.escape, location.get("place_nouns", []))),
               "|".join(map(re.escape, location.get("place_noun_ends", []))) or r"(?!)",
               "|".join(map(re.escape, location.get("name_particles", []))) or r"(?!)",
               _particle_article(location),
               "|".join(map(re.escape, location.get("name_linkers", []))) or r"(?!)")
            if location.get("place_nouns") else r"(?!)"),
        not_place_name=re.compile(r"(?:%s)$" % "|".join(location.get("not_name_endings", [])) if location.get("not_name_endings") else r"(?!)"),
        plural_like_name=re.compile(r"(?:%s)$" % "|".join(location.get("plural_like_name_endings", [])) if location.get("plural_like_name_endings") else r"(?!)"),
        settlement_nouns=frozenset(location.get("settlement_nouns", [])),
        everyday_place_nouns=frozenset(location.get("everyday_place_nouns", [])),
        certainty=certainty,
        future=_phrase_words(modality.get("future", {}).get("words", []), re.I),
        modals=set(modality.get("future", {}).get("modals", [])),
        plan_words=_phrase_words(modality.get("future", {}).get("plan_words", []), re.I),
        change_verbs=_phrase_words(modality.get("future", {}).get("change_verbs", [])),
        present=set(modality.get("present", {}).get("words", [])),
        cumulative=set(modality.get("cumulative", {}).get("words", [])),
        totals=set(modality.get("cumulative", {}).get("totals", [])),
        year_to_date=_phrase_words(modality.get("cumulative", {}).get("year_to_date", []), re.I),
        vague_time=_phrase_words(modality.get("vague_time", {}).get("words", []), re.I),
        time_anaphora=set(modality.get("time_anaphora", {}).get("words", [])),
        side_nouns=set(data.get("groups", {}).get("sides", {}).get("data_nouns", [])),
        unnamed_hearsay=_phrase_words(modality.get("unnamed_hearsay", {}).get("words", []), re.I),
        never=_words(measures.get("never", {}).get("words", [])),
        loss_verbs=frozenset(measures.get("forces", {}).get("loss_verbs", [])),
        fighters=_words(actors.get("fighters", [])),
        security_forces=_words(actors.get("security_forces", [])),
        enemies=_words(actors.get("enemies", [])),
        armed_group_words=_words(actors.get("armed_group_words", [])),
        # (after the name's short form in brackets: "Die Tehrik-i-Taliban Pakistan (TTP) bekannte sich")
        claim_verbs=re.compile(r"\)?\s+(?:\([^()]{1,20}\)\s+)?(?:[\w-]+\s+){0,3}?(?:%s)(?!\w)" % "|".join(actors.get("claim_verbs", [])) if actors.get("claim_verbs") else r"(?!)"),
        claimed_by=re.compile(r"\)?\s+(?:\([^()]{1,20}\)\s+)?(?:%s)(?!\w)" % "|".join(actors.get("claim_verbs", [])) if actors.get("claim_verbs") else r"(?!)"),
        group_name=re.compile(r"(?<!\w)(?:%s)\s+(?P<name>[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+){0,2})" % "|".join(actors["group_name_nouns"])
                              if actors.get("group_name_nouns") else r"(?!)"),
        lost_are_killed=_words(measures.get("forces", {}).get("lost_are_killed", [])),
        agent_prepositions=set(measures.get("agents", {}).get("prepositions", [])),
        attributive_future=_words(modality.get("future", {}).get("attributive", [])),
        generic_sources=dict(data.get("groups", {}).get("refer_back", {})),
        national_bodies=frozenset(data.get("orgs", {}).get("national_bodies", {}).get("words", [])),
        person_anaphors=_words(data.get("groups", {}).get("refer_back_person", {}).get("words", [])),
        message_anaphors=frozenset(data.get("groups", {}).get("message_anaphors", {}).get("words", [])),
        in_message=_in_message(data.get("groups", {}).get("message_anaphors", {})),
        source_after_cue=frozenset(data.get("groups", {}).get("named_after_data_noun", {}).get("cues", [])),
        source_links=frozenset(data.get("groups", {}).get("named_after_data_noun", {}).get("links", [])),
        hearsay_data_nouns=frozenset(data.get("groups", {}).get("named_after_data_noun", {}).get("hearsay", [])),
        list_header=_list_header(data.get("groups", {}).get("named_after_data_noun", {})),
        force_nouns=_words(measures.get("forces", {}).get("force_nouns", [])),
        generic_groups=tuple(" " + g for g in data.get("groups", {}).get("sides", {}).get("generic", [])),
        rescue=[[re.compile(word + "$") for word in phrase.split(" ")]
                for phrase in measures.get("rescued_migrants", {}).get("events", [])],
        age_opener=tuple(measures.get("age_phrase", {}).get("opener", [])),
        age_units=frozenset(measures.get("age_phrase", {}).get("units", [])),
        survivors=_words(measures.get("rescued_migrants", {}).get("survivors", [])),
        captive=_words(measures.get("rescued_migrants", {}).get("captive", [])),
        bare_arrival=frozenset(measures.get("arrival", {}).get("bare_verbs", [])),
        own_participle=re.compile("(?:" + "|".join(measures.get("own_predicate", {}).get("participles", [])) + ")$")
        if measures.get("own_predicate", {}).get("participles") else re.compile(r"(?!x)x"),
        arrival_directions=frozenset(measures.get("arrival", {}).get("directions", [])),
        sick_care=_phrase_words(measures.get("sick_care", {}).get("care", [])),
        sickness=_phrase_words(measures.get("sick_care", {}).get("sickness", [])),
        prisoner_flight=_phrase_words(measures.get("prisoner_flight", {}).get("events", [])),
        trapped=_phrase_words(measures.get("trapped", {}).get("events", [])),
        no_contact=_phrase_words(measures.get("trapped", {}).get("no_contact", []), re.I),
        sick_cases=_words(measures.get("sick_care", {}).get("cases", [])),
        sick_people=_words(measures.get("sick_care", {}).get("people", [])),
        outbreak=_phrase_words(measures.get("sick_care", {}).get("outbreak", [])),
        animal_outbreak=_phrase_words(measures.get("animal_outbreak", {}).get("diseases", [])),
        outbreak_animals=_words(measures.get("animal_outbreak", {}).get("animals", [])),
        stranded=_phrase_words(measures.get("arrival", {}).get("stranded", [])),
        admitted=_phrase_words(measures.get("sick_care", {}).get("admitted", [])),
    )


# ---------------------------------------------------------------- helpers from other steps
def _number_word(word: str, data: Mapping[str, Any]) -> bool:
    return word[:1].isalpha() and _safely(parse_number, word) is not None
def _safely(function: Callable[..., Any], *args: Any) -> Any:
    """Another step's helper must never break the claims step: a failure means no answer."""
    try:
        return function(*args)
    except Exception:
        return None


def _country_from_adjective(word: str, data: Mapping[str, Any]) -> str | None:
    return _safely(country_from_adjective, word, data) if word[:1].isalpha() else None


def _country_of(place: str) -> str | None:
    return _safely(country_of, place)


def _canonical_name(doc: Doc, text: str) -> tuple[str, str] | None:
    return _safely(canonical_name, doc, text)


def _iso(timeref: TimeRef) -> str | None:
    return _safely(iso_prefix, timeref)


# ---------------------------------------------------------------- per-sentence view
@dataclass
class Sentence:
    span: Span
    tokens: list[Token]
    boundaries: list[int] = field(default_factory=list)  # token indices that open a new clause
    starts: list[int] = field(default_factory=list)
    # words -> running count of tokens in `words` up to each index, for range questions per number
    counts: dict[frozenset[str], list[int]] = field(default_factory=dict)

    def index_at(self, offset: int) -> int:
        if len(self.starts) != len(self.tokens):
            self.starts = [t.start for t in self.tokens]
        return max(0, bisect_left(self.starts, offset))

    def has_word(self, words: frozenset[str], lo: int, hi: int) -> bool:
        """Whether a token in [lo, hi) is one of `words` (lowercased), without a pass per question:
        a sentence listing hundreds of numbers asks once per number."""
        running = self.counts.get(words)
        if running is None:
            running = [0]
            for token in self.tokens:
                running.append(running[-1] + (token.text.lower() in words))
            self.counts[words] = running
        return running[max(lo, 0)] < running[min(hi, len(self.tokens))]

    def clause(self, index: int) -> tuple[int, int]:
        """Token range [start, end) of the clause holding token `index`."""
        boundaries = self.boundaries
        at = bisect_right(boundaries, index)  # boundaries ascend: a sentence of many clauses is no loop
        return (boundaries[at - 1] if at else 0), (boundaries[at] if at < len(boundaries) else len(self.tokens))


CLAUSE_OPENERS = {
    "dass", "weil", "da", "wenn", "als", "nachdem", "obwohl", "während", "um", "die", "der", "das",
    "den", "dem", "denen", "deren", "dessen", "welche", "welcher", "welches", "wo", "und", "aber",
    "sondern", "doch", "darunter", "davon", "so", "wie", "ob", "bevor", "seit", "seitdem", "damit",
    "jedoch", "allerdings", "nur", "sowie", "wobei", "weshalb", "was", "unter", "sodass",
    # "... auf mehr als 40 steigen, sobald die Helfer die Orte erreichten": the figure's clause ends
    "sobald", "falls", "sofern", "solange", "indem", "ehe", "obgleich", "wenngleich", "weswegen", "woraufhin",
}
COMPLEMENT_OPENERS = {"dass", "ob", "wie"}
COORDINATORS = {"und", "oder", "sowie", "sondern"}
COMPOUND_LINKS = {"auf", "bei", "mit"}  # "Die Totenzahl stieg auf 41", "liegt bei 41", "gab sie mit 41 an"


class SentenceCache(dict):
    """Sentences of one document by start offset, and the document's token offsets (when needed)."""

    def __init__(self, doc: Doc) -> None:
        super().__init__()
        self.token_starts: list[int] | None = None


def _sentence(doc: Doc, span: Span, cache: SentenceCache) -> Sentence:
    if span.start in cache:
        return cache[span.start]
    # the document's tokens in the span: scanned from the span's start when that is exact, else
    # (a sentence not after whitespace) taken from the tokens of the whole text, made once
    scanned = tokens_in(doc.text, span.start, span.end) if span.start < len(doc.text) else None
    if scanned is None and not doc.tokens and doc.text.strip():
        tokenize(doc)
    if scanned is not None:
        tokens = [t for t in scanned if t.end <= span.end]
    elif doc.tokens:
        if cache.token_starts is None:
            cache.token_starts = [t.start for t in doc.tokens]
        starts = cache.token_starts
        low = bisect_left(starts, span.start)
        high = bisect_left(starts, span.end)
        tokens = [t for t in doc.tokens[low:high] if t.end <= span.end]
    else:
        tokens = [Token(span.start + m.start(), span.start + m.end(), m.group())
                  for m in TOKEN_RE.finditer(doc.text[span.start:span.end])]
    text = doc.text
    if text.find("\t", span.start, span.end) != -1:  # the tokens ascend already: only tabs go between
        tokens = tokens + _tab_tokens(text, span, tokens)
        tokens.sort(key=lambda t: t.start)
    sentence = Sentence(span, tokens)
    # (a token can be an opening mark only where the sentence's text holds one)
    inline = _inline_quote_marks(tokens) if any(text.find(mark, span.start, span.end) != -1 for mark in QUOTE_PAIRS) \
        else set()
    for i, token in enumerate(tokens):
        if i in inline:
            continue
        if token.text in CLAUSE_PUNCT or token.text in {"–", "—"}:
            sentence.boundaries.append(i + 1)
        elif token.text == "," and i + 1 < len(tokens):
            following = tokens[i + 1].text
            if following.lower() in CLAUSE_OPENERS or following.lower() in {"von", "bei", "mit", "in", "aus", "für"} and (
                    i + 2 < len(tokens) and tokens[i + 2].text.lower() in {"denen", "dem", "der", "deren", "welchen", "ihnen"}):
                sentence.boundaries.append(i + 1)
    cache[span.start] = sentence
    return sentence


QUOTE_PAIRS = {"„": "“", "»": "«", "“": "”", "«": "»"}
QUOTE_CLOSING = {"“", "”", "«", "\"", "»"}
INLINE_QUOTE_TOKENS = 3
INLINE_QUOTE_NUMBER_TOKENS = 5


def _inline_quote_marks(tokens: list[Token]) -> set[int]:
    """Quote marks around a few words inside a clause ("hätten 200 Aufständische „neutralisiert“",
    "„mehrere Tausend“ Soldaten"): the clause goes on through them."""
    marks: set[int] = set()
    for i, token in enumerate(tokens):
        closing = QUOTE_PAIRS.get(token.text)
        if closing is None:
            continue
        for j in range(i + 1, min(len(tokens), i + INLINE_QUOTE_NUMBER_TOKENS + 2)):
            if tokens[j].text == closing:
                inside = tokens[i + 1:j]
                # a quoted count may run longer ("„weit mehr als 100 Mann“ verloren")
                if all(t.text[:1].isalnum() for t in inside) and (
                        len(inside) <= INLINE_QUOTE_TOKENS or any(t.text[:1].isdigit() for t in inside)):
                    marks.update((i, j))
                break
    return marks


def _tab_tokens(text: str, span: Span, tokens: list[Token]) -> list[Token]:
    """Tabs separate table cells: keep them as tokens so a cell is a clause."""
    return [Token(m.start() + span.start, m.end() + span.start, "\t")
            for m in re.finditer(r"\t", text[span.start:span.end])]


class NumberRuns:
    """The located numbers of a document as runs of one sentence, so that walking back over
    earlier numbers is a bisection, not a loop over every number of a long sentence."""

    def __init__(self, all_found: list[Found | None]) -> None:
        self.all_found = all_found
        # run_stop[i]: the last index before i that is no number of i's sentence (-1: none)
        self.run_stop: list[int] = []
        # numbers a comma follows ("auf 300, ..."), ascending
        self.comma_closed: list[int] = []
        # whether the numbers of each run ascend by first token (quantities that overlap oddly may not)
        self.ascending = True
        for i, found in enumerate(all_found):
            previous = all_found[i - 1] if i else None
            if i == 0:
                self.run_stop.append(-1)
            elif previous is None or found is None or previous.sentence is not found.sentence:
                self.run_stop.append(i - 1)
            else:
                self.run_stop.append(self.run_stop[i - 1])
                self.ascending = self.ascending and previous.first <= found.first
            if found is not None:
                tokens = found.sentence.tokens
                if found.last + 1 < len(tokens) and tokens[found.last + 1].text == ",":
                    self.comma_closed.append(i)


# ---------------------------------------------------------------- what one number counts
@dataclass
class Reading:
    measure: str
    first: int  # token index range of the evidence
    last: int
    noun: int | None = None  # token index of the counted noun
    noun_class: str | None = None  # "fixed" | "role" | "people" | "unknown" | None
    actor: str | None = None
    optional: bool = False
    referent: Claim | None = None  # an earlier claim this bare figure restates


@dataclass
class Found:
    """A quantity placed in its sentence."""

    quantity: Quantity
    sentence: Sentence
    first: int  # token indices of the number itself
    last: int


# the word after a settlement's name, and a sentence opening up to a preposition and article
SETTLEMENT_NEXT = re.compile(r"\s*(?P<word>[^\W\d_]*)")
SETTLEMENT_OPENS = re.compile(r"(?:\A|[.!?:\n]\s*|\s[-–]\s+)(?:[^\W\d_]+\s+){0,2}\Z")


def _classify_noun(word: str, lex: Lexicon) -> tuple[str, str | None]:
    known = _answers(lex, "noun")
    found = known.get(word)
    if found is None:
        found = known[word] = _classify_noun_once(word, lex)
    return found


def _classify_noun_once(word: str, lex: Lexicon) -> tuple[str, str | None]:
    if "-" in word.strip("-"):  # "US-Soldaten", "Zivil-Opfer": the head is the last part
        for measure, pattern in lex.fixed:
            if pattern.match(word):
                return "fixed", measure  # unless the whole word is listed: "Ebola-Fälle"
        word = word.rsplit("-", 1)[1]
    if lex.never.match(word):
        return "never", None  # "zwei Spieler fielen verletzt aus"
    for measure, pattern in lex.fixed:
        if pattern.match(word):
            return "fixed", measure
    for measure, pattern in lex.role:
        if pattern.match(word):
            return "role", measure
    if lex.people.match(word):
        return "people", None
    return "unknown", None


def _events_in(tokens: list[Token], start: int, end: int, lex: Lexicon, reach: int | None = None
               ) -> list[tuple[int, int, str, str]]:
    """Events starting in tokens[start:end] as (first, last, measure, strength); separable verbs
    stand apart ("nahm drei Männer fest"), so a phrase's later words may follow up to `reach`."""
    return _events_of(_longest_events(tokens, start, end, lex, reach))


def _events_of(longest: dict[int, tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    # "fielen ... aus" is no death; nor does a word inside such a phrase start an event of its own
    # ("zu Schaden gekommen" is no arrival)
    nothing = [e for e in longest.values() if e[2] == "none"]
    return sorted(e for e in longest.values() if e[2] != "none"
                  and not any(n[0] < e[0] <= n[1] for n in nothing))


def counts_nothing(tokens: list[Token], start: int, end: int, lex: Lexicon) -> bool:
    """Whether tokens[start:end] hold a phrase the language data says counts nothing ("zur Welt
    gekommen", "kamen ... zusammen")."""
    return any(e[2] == "none" for e in _longest_events(tokens, start, end, lex, None).values())


def _longest_events(tokens: list[Token], start: int, end: int, lex: Lexicon, reach: int | None
                    ) -> dict[int, tuple[int, int, str, str]]:
    found: list[tuple[int, int, str, str]] = []
    reach = end if reach is None else reach
    known = _answers(lex, "event")
    for i in range(start, end):
        word = tokens[i].text
        if i == 0 and word[:1].isupper() and not lex.event_start.match(word) and _classify_noun(word, lex)[0] == "unknown":
            word = word[:1].lower() + word[1:]  # "Verletzt wurden fünf Menschen": a participle opening the sentence
        starting = known.get(word)
        if starting is None:
            starting = known[word] = tuple(
                (measure, strength, phrase) for measure, strength, phrases in lex.events for phrase in phrases
                if phrase[0].match(word)) if lex.event_start.match(word) else ()
        for measure, strength, phrase in starting:
            last = _match_rest(tokens, i, reach, phrase)
            if last is not None:
                found.append((i, last, measure, strength))
    # at one start the longest phrase wins: "Verletzungen erlegen" is a death, not an injury
    longest: dict[int, tuple[int, int, str, str]] = {}
    for event in found:
        if event[0] not in longest or event[1] > longest[event[0]][1]:
            longest[event[0]] = event
    return longest


# per lexicon and question: word -> the answer, so a word is tried against every pattern once, not
# wherever it occurs ("event": the event phrases it starts; "noun": _classify_noun)
_ANSWERS: dict[tuple[int, str], tuple[Lexicon, dict[str, Any]]] = {}


def _answers(lex: Lexicon, question: str) -> dict[str, Any]:
    cached = _ANSWERS.get((id(lex), question))
    if cached is None or cached[0] is not lex or len(cached[1]) > 200_000:
        # a new dict, not clear(): another thread may be reading this one
        cached = _ANSWERS[(id(lex), question)] = (lex, {})
    return cached[1]


def _year_like(quantity: Quantity) -> bool:
    """A number that can name a year: four digits, no separators."""
    return quantity.low is not None and quantity.low == quantity.high and 1000 <= quantity.low <= 2199 \
        and quantity.text.strip().isdigit()


def _names_whole(between: list[str], lex: Lexicon) -> bool:
    """The words between two numbers make the second the whole the first is part of: "4.000 von
    den ersten 11.000", "32 der mehr als 4.200"; a genitive "der" only with lower-case words after
    it ("drei der Insassen getötet, zwei Afghanen" names no whole)."""
    if not between or between[0] not in lex.subset_whole or len(between) > 4:
        return False
    return between[0] != "der" or all(w[:1].islower() for w in between[1:])


def _match_rest(tokens: list[Token], i: int, end: int, phrase: list[re.Pattern[str]]) -> int | None:
    position = i
    for word in phrase[1:]:
        if position + 1 < end and word.match(tokens[position + 1].text):
            position += 1
            continue
        # separable particle at the clause end ("nahm 12 Männer fest"), also before a coordinated
        # predicate ("nahmen elf Personen fest und sprachen 37 Platzverweise aus")
        for j in range(position + 1, min(end, position + 20)):
            if word.match(tokens[j].text) and (j + 1 >= end or not tokens[j + 1].text[:1].isalnum()
                                               or tokens[j + 1].text in COORDINATORS):
                position = j
                break
        else:
            return None
    return position


def _combine(events: list[tuple[int, int, str, str]], tokens: list[Token], lex: Lexicon
             ) -> list[tuple[int, int, str, str]]:
    """"getötet oder verwundet" names one figure of casualties."""
    killed, wounded = "killed", "wounded"
    result: list[tuple[int, int, str, str]] = []
    i = 0
    while i < len(events):
        current = events[i]
        if i + 1 < len(events):
            nxt = events[i + 1]
            between = [t.text for t in tokens[current[1] + 1:nxt[0]]]
            if {current[2], nxt[2]} == {killed, wounded} and between and all(
                    lex.joiners.match(w) or w in {"schwer", "leicht"} for w in between):
                result.append((current[0], nxt[1], "killed_or_wounded", "strong"))
                i += 2
                continue
        result.append(current)
        i += 1
    return result


def _gender_pair(first: str, second: str) -> bool:
    """"Camperinnen und Camper", "Besucherinnen und Besuchern", "Bewohner und Bewohnerinnen"."""
    female, male = (first, second) if first.endswith("innen") else (second, first)
    stem = female[:-5]
    return len(stem) > 2 and female.endswith("innen") and male in (stem, stem + "n", stem + "en")


def _noun_after(tokens: list[Token], start: int, end: int, lex: Lexicon) -> tuple[int | None, list[int]]:
    """The counted noun right after a number: adjectives, then a capitalised word."""
    adjectives: list[int] = []
    for i in range(start, min(end, start + 6)):
        word = tokens[i].text
        if word[:1].isupper() and word[:1].isalpha():
            return i, adjectives
        if (word in QUOTE_CLOSING or word in QUOTE_PAIRS) and i == start:
            continue  # "„mehrere Tausend“ Soldaten", and a quoted noun: "neun „Terroristendrohnen“ abgeschossen"
        if word in {"-", "‑"} or not word[:1].isalpha():
            if word in {","} and adjectives and i + 1 < end and tokens[i + 1].text[-1:] == tokens[adjectives[-1]].text[-1:]:
                continue  # "48 bestätigte, wahrscheinliche Fälle": adjectives agree ("auf 28 gestiegen, teilte X mit" do not)
            return None, adjectives
        lowered = word.lower()
        if lowered in lex.modals or lowered in lex.ellipsis_copulas:
            return None, adjectives  # "auf über 30 steigen könnte, sagte der Mediziner": a verb ends it
        if lowered in DETERMINERS and i > start:
            # "auf 28 gestiegen, teilte der Sprecher mit", "..., warnte eine Sprecherin": an article opens
            # another phrase (right after the number it is partitive: "Elf der Geretteten")
            return None, adjectives
        is_additional = any(lowered == p[0] for p in lex.additional)
        if ADJECTIVE_END.match(word) or is_additional or "-" in word or word in lex.np_adverbs:
            adjectives.append(i)
            continue
        if word in lex.np_joiners and adjectives:
            continue  # "48 bestätigte und wahrscheinliche Fälle"
        return None, adjectives
    return None, adjectives


class Builder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = lexicon(doc.data)
        self.sentences = SentenceCache(doc)
        self.claims: list[Claim] = []
        self.source_spellings: list[Mention] = []
        self.claim_nouns: dict[int, tuple[str, str | None]] = {}  # id(claim) -> (noun class, noun)
        self._gazetteer_places = [m for m in doc.mentions if m.kind == "place" and not self._common_noun_place(m)]
        self.actors = sorted((m for m in doc.mentions if m.kind in ("place", "org", "group")),
                             key=lambda m: m.span.start)
        # the location search asks for the same sentences again and again: answer each once
        self._paragraphs: dict[int, frozenset[int]] = {}
        self._scenes: dict[tuple[int, frozenset[str]], list[Mention]] = {}
        self._departures: dict[tuple[int, int, int], bool] = {}
        self._speaker_spans = [a.speaker_span for a in doc.attributions if a.speaker_span is not None]
        self._number_runs: NumberRuns | None = None
        # the numbers of one long clause share its text: search it once, not once per number
        self._memo: dict[tuple[Any, ...], Any] = {}
        self._parts_restated: set[int] = set()  # numbers of an apposition that restates the count before it
        self._region_of: dict[str, str] = {}  # a town named a paragraph after its region -> that region
        self._filler_words: dict[str, bool] = {}  # a word -> whether it is a filler (see _filler)

    def _common_noun_place(self, mention: Mention) -> bool:
        """"auf einer kurvigen Bergstraße", "von einem herabfallenden Ast": a listed name after an
        indefinite article is a common noun that happens to name a place somewhere ("Bergstraße",
        "Asti"), no scene; a name before a capitalised word stays (a town's adjective: "an einer Belgrader Schule")."""
        text = self.doc.text
        if self.lex.indefinite_before.search(text, max(0, mention.span.start - 40), mention.span.start) is None:
            return False
        after = text[mention.span.end:mention.span.end + 2]
        return not (after[:1] == " " and after[1:2].isupper())

    # places are looked at only in articles with a claim: found on first use
    @cached_property
    def _roads(self) -> set[Span]:
        road_words = set(self.doc.data.get("places", {}).get("road_words", ()))
        return {m.span for m in self._gazetteer_places if ROAD_RE.match(m.text) or (
            len(m.text.split()) == 2 and m.text.split()[0] in road_words and ROAD_NUMBER_RE.match(m.text.split()[1]))}

    @cached_property
    def local_places(self) -> list[Mention]:
        return self._unlisted_places(self._gazetteer_places)

    @cached_property
    def places(self) -> list[Mention]:
        longer = [m.span for m in self.local_places + self._bare_places if " " in m.text]
        listed = [m for m in self._gazetteer_places
                  if not any(span.contains(m.span) and m.span.start > span.start for span in longer)]
        places = sorted(listed + self.local_places + self._bare_places + self._national_areas,
                        key=lambda m: m.span.start)
        places = self._without_city_adjectives(self._without_landmarks(places))
        return sorted(places + self._place_anaphora(places), key=lambda m: m.span.start)

    def _without_city_adjectives(self, places: list[Mention]) -> list[Mention]:
        """"im Geraer Stadtteil Lusan", "im Montrealer Quartier Plateau-Mont-Royal": a city's "-er"
        adjective before a place noun and that place's name only says which city the named place lies
        in; the named place is the scene, as in "im Stadtteil Lusan in Gera"."""
        text = self.doc.text
        kept = []
        for mention, after in zip(places, places[1:] + [None]):
            if after is not None and mention.text.endswith("er") and mention.text != mention.canonical:
                between = text[mention.span.end:after.span.start]
                noun = between.strip()
                if between == " %s " % noun and (noun in self.lex.place_nouns or self._place_noun(noun)
                                                  or noun.isalpha() and noun[:1].isupper()):
                    continue  # (also before any noun of the named place: "im Athener Gefängnis Korydallos")
            kept.append(mention)
        return kept

    def _without_landmarks(self, places: list[Mention]) -> list[Mention]:
        """"im Gefängnis Korydallos bei Athen", "in Nikopol am Dnipro", "Strečno nahe Sillein": a
        place named right after another place and a linking word only says where the first one lies
        (a city near it, its river or lake), no scene of its own; after a road or a country's coast
        or border it is the scene ("auf der A3 bei Passau", "vor der türkischen Küste bei Didim")."""
        links = self.lex.landmark_links
        if not links:
            return places
        text = self.doc.text
        national = {m.span for m in self._national_areas}
        kept = []
        for before, mention in zip([None] + places[:-1], places):
            if before is not None and before.span.end < mention.span.start \
                    and text[before.span.end:mention.span.start] in links \
                    and before.span not in self._roads and before.span not in national:
                continue
            if before is not None and before.span.end < mention.span.start \
                    and self.lex.distance_link.fullmatch(text, before.span.end, mention.span.start):
                continue  # "bei Ngouboua, etwa 30 Kilometer nördlich der Provinzhauptstadt Bol": where Ngouboua lies
            kept.append(mention)
        return kept

    @cached_property
    def _national_areas(self) -> list[Mention]:
        """"vor der libyschen Küste", "an der deutsch-polnischen Grenze": a country's coast, border
        or airspace is a scene in that country (the first one named)."""
        found = []
        for match in self.lex.national_area.finditer(self.doc.text):
            adjectives = match.group("adjective").split("-")
            country = _country_from_adjective(adjectives[0], self.doc.data)
            if country and len(adjectives) == 2 and match.group("area") in self.lex.border_areas:
                # "an der polnisch-belarussischen Grenze": the border of two countries is a scene of
                # its own, in neither country alone
                other = _country_from_adjective(adjectives[1], self.doc.data)
                if other and other != country and not {country, other} & self.lex.home_countries:
                    country = self.lex.border_name.format(first=country, second=other)
            if country:
                span = Span(match.start(), match.end())
                found.append(Mention(span=span, text=match.group(), kind="place", canonical=country))
        return [m for m in found if not any(m.span.overlaps(g.span) for g in self._gazetteer_places)]

    @cached_property
    def _quantity_starts(self) -> list[int]:
        return sorted(q.span.start for q in self.doc.quantities)

    @cached_property
    def _exact_figure_starts(self) -> list[int]:
        """Starts of the figures that are no vague plural ("Hunderte vermummte Jugendliche" counts nobody)."""
        return sorted(q.span.start for q in self.doc.quantities if not q.vague)

    @cached_property
    def _local_names(self) -> set[str]:
        return {m.canonical for m in self.local_places + self._bare_places}

    @cached_property
    def _place_starts(self) -> list[int]:
        return [m.span.start for m in self.places]

    def _unlisted_places(self, known: list[Mention]) -> list[Mention]:
        """Names the gazetteer lacks but a place noun announces: "im Distrikt Jajarkot",
        "die Kleinstadt Sulphur", "im Lager Adré" (the name as written is its canonical name)."""
        doc = self.doc
        mentions = doc.mentions
        found = []
        for match in self.lex.place_noun_name.finditer(doc.text):
            span = Span(match.start("name"), match.end("name"))
            name = match.group("name")
            if match.group("second") and any(self._common_noun(word) or self.lex.not_place_name.search(word)
                                             for word in match.group("second").split()):
                continue  # "im Dorf Kleinwalden Häuser zerstört": one name, then a noun
            if match.group(0).split(" ", 1)[0] in self.lex.everyday_place_nouns and self._common_noun(name.split(" ")[0]):
                continue  # "vor Ort Tote geborgen"
            if self.lex.not_place_name.search(name) and not self._settlement_name(match, name) \
                    or any(m.span.overlaps(span) and not self._rest_of_name(m, span, match) for m in mentions):
                continue
            found.append(Mention(span=span, text=name, kind="place", canonical=name))
        for match in self.lex.event_of_name.finditer(doc.text):
            # "beim Erdbeben von Bam": a past event named after its scene
            span = Span(match.start("name"), match.end("name"))
            name = match.group("name")
            if not (match.group("head").lower().endswith(self.lex.event_of_heads) or match.group("head") in self.lex.land_of_heads) \
                    or self._common_noun(name) or self.lex.not_place_name.search(name) or self.lex.plural_like_name.search(name) \
                    or self._common_noun_head(name) \
                    or any(m.span.overlaps(span) for m in chain(mentions, found)):
                continue
            found.append(Mention(span=span, text=name, kind="place", canonical=name))
        for match in self.lex.foreign_street.finditer(doc.text):
            # "in der Rue Paul-Bert": a street whose name a foreign street word opens
            span = Span(match.start(), match.end())
            if not any(m.span.overlaps(span) for m in chain(mentions, found)):
                found.append(Mention(span=span, text=match.group(), kind="place", canonical=match.group()))
        for match in self.lex.venue_name.finditer(doc.text):
            # "Bei dem Angriff auf das Hotel „Jowhar Palace“ in Jowhar": the named venue is the scene, named as
            # written (a town inside its name is part of the name)
            span = Span(match.start(), match.end())
            if not self._common_noun(match.group().strip("„“").split(" ", 1)[1]) \
                    and not any(m.span.overlaps(span) and m.kind != "place" for m in mentions):
                found.append(Mention(span=span, text=match.group(), kind="place", canonical=match.group()))
        for bracket in OTHER_NAME.finditer(doc.text):
            # "in Glatz (Kłodzko)": a name with its other-language name in brackets is a place
            lo = max(0, bracket.start() - 60)
            match = NAME_BEFORE.search(doc.text, lo, bracket.start())
            if match is None or match.group("prep").lower() not in self.lex.locative:
                continue
            span = Span(match.start("name"), match.end("name"))
            if not self.lex.not_place_name.search(match.group("name")) and not any(m.span.overlaps(span) for m in mentions):
                found.append(Mention(span=span, text=match.group("name"), kind="place", canonical=match.group("name")))
        for match in self.lex.bare_foreign_name.finditer(doc.text):
            # "bei Białowieża", "in Algemesí": after a bare preposition, a name spelt with letters
            # German lacks is no German noun but a foreign place
            span = Span(match.start("name"), match.end("name"))
            if not any(m.span.overlaps(span) for m in mentions) and not any(m.span.overlaps(span) for m in found):
                found.append(Mention(span=span, text=match.group("name"), kind="place", canonical=match.group("name")))
        for match in self.lex.compound_place.finditer(doc.text):
            # "im nördlichen Shan-Staat", "durch den Darién-Dschungel": a name joined to a region's or a
            # landscape's noun names that region
            span = Span(match.start(), match.end())
            if match.group("name") in self.lex.bare_nouns or any(m.span.overlaps(span) for m in chain(mentions, found)):
                continue
            found.append(Mention(span=span, text=match.group(), kind="place", canonical=match.group()))
        for match in self.lex.landscape_name.finditer(doc.text):
            # "im Kärntner Gailtal", "im Maggiatal": a valley the gazetteer lacks is a place
            span = Span(match.start("name"), match.end("name"))
            if match.group("name").lower().endswith(self.lex.not_landscape) or any(
                    m.span.overlaps(span) for m in mentions) or any(m.span.overlaps(span) for m in found):
                continue
            found.append(Mention(span=span, text=match.group("name"), kind="place", canonical=match.group("name")))
        gaz = _safely(gazetteer, doc.data)
        for match in CITY_ADJECTIVE_SCENE.finditer(doc.text) if gaz is not None else ():
            # "an einer Belgrader Grundschule", "in einem Wiener Spital": a city's "-er" adjective
            # before the noun of a scene names the city
            entry = gaz.exact.get((match.group("city"),))
            span = Span(match.start("city"), match.end("city") + 2)
            noun = match.group("noun")
            if noun in gaz.street_words or noun.lower().endswith(gaz.street_suffixes):
                continue  # "auf der Hanauer Landstraße" is a street, maybe in another city
            if entry is not None and entry.kind == "place" and entry.source == "city" \
                    and not any(m.span.overlaps(span) for m in mentions):
                found.append(Mention(span=span, text=match.group("city") + "er", kind="place", canonical=entry.canonical))
        # a name a place noun introduced is a place wherever the article repeats it ("im Bezirk
        # Hermagor" ... "In der Feuerwehrzentrale in Hermagor"), also a name of two words ("auf Bint
        # Dschbeil" ... "aus dem Bezirk Bint Dschbeil")
        # (under the canonical name it got there: a repeated "Welser" is still Wels)
        names = {m.text: m.canonical for m in found if len(m.text) > 3}
        if names:
            taken = [m.span for m in mentions] + [m.span for m in found]
            for match in re.finditer(r"\b(?:%s)\b" % "|".join(map(re.escape, sorted(names))), doc.text):
                span = Span(match.start(), match.end())
                if not any(t.overlaps(span) for t in taken):
                    found.append(Mention(span=span, text=match.group(), kind="place", canonical=names[match.group()]))
        for match in DATELINE_NAME.finditer(doc.text, 0, min(len(doc.text), 600)):
            # "Andalo (dpa) - Beim Absturz einer Gondel ...": an agency's dateline names a place, also
            # one too small for the gazetteer or also a common word ("Bordeaux (AFP) -", "Gießen (ots) -")
            span = Span(match.start("name"), match.end("name"))
            if not any(m.span.overlaps(span) for m in chain(mentions, found)):
                found.append(Mention(span=span, text=match.group("name"), kind="place", canonical=match.group("name")))
            for other in DATELINE_OTHER.finditer(match.group("others")):
                # "Damaskus/Dschableh (Reuters) -": each name of a dateline of several places
                span = Span(match.start("others") + other.start("name"), match.start("others") + other.end("name"))
                if not any(m.span.overlaps(span) for m in chain(mentions, found)):
                    found.append(Mention(span=span, text=other.group("name"), kind="place", canonical=other.group("name")))
        for road in (m for m in known if m.span in self._roads):
            # "auf der Autobahn 9 bei Münchberg": the town the road passes is a place
            match = ROAD_TOWN.match(doc.text, road.span.end)
            if match:
                span = Span(match.start("name"), match.end("name"))
                if not any(m.span.overlaps(span) for m in mentions):
                    found.append(Mention(span=span, text=match.group("name"), kind="place", canonical=match.group("name")))
        return found

    def _common_noun_head(self, name: str) -> bool:
        """"bei einem Angriff von Boko-Haram-Kämpfern": a hyphenated compound whose last part is a common
        noun's dative plural names people or things, no place ("vor Équihen-Plage" stays a place)."""
        if "-" not in name:
            return False
        head = name.rsplit("-", 1)[-1]
        return head.endswith("n") and self._common_noun(head[:-1])

    @staticmethod
    def _rest_of_name(mention: Mention, span: Span, match: re.Match[str]) -> bool:
        """A mention inside the longer name `match` found, after its first word, is the rest of that name (the
        longer name wins, see `places`): a place the gazetteer knows after a linking word ("die Kleinstadt
        Conceição do Itabira"), a person the entity step read after a particle ("die Industriestadt San Pedro
        Sula", "der Gemeinde San Miguel Totolapan": "Pedro Sula")."""
        if not (span.contains(mention.span) and mention.span.start > span.start):
            return False
        return bool(match.group("linked")) and mention.kind == "place" \
            or bool(match.group("particle")) and mention.kind == "person"

    @cached_property
    def _bare_places(self) -> list[Mention]:
        """"in Djibo", "bei Nottwil": a capitalised word right after a bare "in", "bei" or "nahe"
        is a town the gazetteer lacks, unless it is a common noun ("in Haft", "bei Nacht": the
        list bare_nouns), ends like one ("in Erwartung", "in Klöstern"), counts people ("bei
        Soldaten") or stands elsewhere in the article after an article ("im Chemiepark"); the
        article's other mentions of the name are the place too."""
        text = self.doc.text
        taken = sorted((m.span for m in chain(self.doc.mentions, self.local_places)), key=lambda span: span.start)
        starts = [span.start for span in taken]

        def free(span: Span, linked: bool = False) -> bool:
            i = bisect_left(starts, span.end)
            return not any(t.overlaps(span) and not (linked and span.contains(t) and t.start > span.start)
                           for t in taken[max(0, i - 8):i])

        names: set[str] = set()
        rejected: set[str] = set()
        for match in self.lex.bare_name.finditer(text):
            name = match.group("name")
            if name in names or name in rejected or not free(Span(match.start("name"), match.end("name")), bool(match.group("linked"))):
                continue
            # "in Lajas Blancas", "in Velika Kladuša": two capitalised words the lexicon knows neither
            # of are one name (not "in Richtung Süden", "in Tibú Zuflucht"); a plural's ending alone
            # says less after a second name ("Lajas Blancas")
            two = match.group("second") is not None
            # ("südlich von Chilas": after a direction's or a distance's "von" a name ending like a
            # genitive or a plural's dative is still a town)
            after_von = match.group(0)[:match.start("name") - match.start()].rstrip().endswith(" von")
            if any(self._common_noun(word) or self.lex.not_place_name.search(word)
                   or (not two and not after_von and self.lex.not_bare_name.search(word))
                   or _classify_noun(word, self.lex)[0] != "unknown" for word in (name.split(" ") if two else [name])):
                rejected.add(name)
                continue
            names.add(name)
        if not names:
            return []
        alternatives = "|".join(map(re.escape, sorted(names)))
        # (not before a capitalised word, which makes it part of a longer name: "des Flagstaff Medical
        # Center"; not after a place's adjective: "im texanischen Port Arthur")
        after_determiner = {m.group("name") for m in re.finditer(
            _first_letter(NOUN_DETERMINERS, ignore_case=True) +
            r"\b(?i:%s) (?:(?P<adjective>[a-zäöü]\w*) )?(?P<name>%s)\b(?! [A-ZÄÖÜ])" % ("|".join(NOUN_DETERMINERS), alternatives), text)
            if not (m.group("adjective") and self._lowercase_place_adjective(m.group("adjective")))}
        names -= after_determiner
        if not names:
            return []
        found = []
        for match in re.finditer(r"%s\b" % _word_start(sorted(names)), text):
            span = Span(match.start(), match.end())
            if free(span, " " in match.group()):
                found.append(Mention(span=span, text=match.group(), kind="place", canonical=match.group()))
        return found

    def _common_noun(self, word: str) -> bool:
        """A noun of bare_nouns, or a compound ending in one of four letters or more ("Chemiepark",
        "Tagesanbruch"), unless it ends like a town's name ("Kleinwaldbach", "Oberhausen")."""
        if word in self.lex.bare_nouns or word[-1:] == "e" and word[:-1] in self.lex.bare_nouns:
            return True  # (also the dative of a listed lemma: "nach Hause")
        if word.endswith(self.lex.town_name_ends):
            return False
        return any(word[i:].capitalize() in self.lex.bare_nouns and self._noun_modifier(word[:i])
                   for i in range(2, len(word) - 3))

    def _noun_modifier(self, part: str, depth: int = 0) -> bool:
        """Whether `part` can open a German compound: a noun of bare_nouns, also before a linking
        "s", "es", "n", "en", "e", "er" ("Tages|anbruch", "Chemie|park"), or itself such a compound;
        "Tech|iman", "Schär|ding", "Giorn|ico" open none, so those stay names."""
        nouns = self.lex.bare_nouns
        for link in ("", "s", "es", "n", "en", "e", "er", "ns"):
            if link and not part.endswith(link):
                continue
            stem = part[:len(part) - len(link)] if link else part
            if len(stem) < 2:
                continue
            stem = stem.capitalize()
            if stem in nouns or stem + "e" in nouns or stem + "en" in nouns:
                return True
            if depth < 2 and any(stem[i:].capitalize() in nouns and self._noun_modifier(stem[:i], depth + 1)
                                 for i in range(2, len(stem) - 2)):
                return True
        return False

    @cached_property
    def _bare_names_set(self) -> set[str]:
        return {m.canonical for m in self._bare_places}

    def _settlement_name(self, match: re.Match[str], name: str) -> bool:
        """A word ending like a plural after a settlement noun is the settlement's name ("im Dorf
        Kleinwalden"), unless it is a noun the figures count ("in der Gemeinde Menschen") or an
        object before the clause's last verb ("hat im Dorf Häuser zerstört"): so the phrase opens
        its sentence, or a preposition, a comma or a capitalised word follows the name."""
        text = self.doc.text
        noun = match.group(0).split(" ", 1)[0]
        if not (noun in self.lex.settlement_nouns and " " not in name and len(name) > 4
                and self.lex.plural_like_name.search(name) is not None
                and self.lex.not_place_name.search(name[:-2]) is None
                and _classify_noun(name, self.lex)[0] == "unknown"):
            return False
        after = SETTLEMENT_NEXT.match(text, match.end("name"))
        if after is None or not after.group("word") or after.group("word")[:1].isupper() \
                or after.group("word") in self.lex.locative:
            return True
        return SETTLEMENT_OPENS.search(text, max(0, match.start() - 40), match.start()) is not None

    def _place_anaphora(self, places: list[Mention]) -> list[Mention]:
        """"in einem Krankenhaus der Stadt" after "der sudanesischen Stadt El Fasher": the place
        noun alone refers back to the place it introduced."""
        text = self.doc.text
        found = []
        for match in self.lex.place_noun_alone.finditer(text):
            noun = match.group("noun")
            span = Span(match.start("noun"), match.end("noun"))
            if any(m.span.overlaps(span) for m in places):
                continue
            for mention in reversed(places):
                if mention.span.start >= span.start:
                    continue
                introducer = text[max(0, mention.span.start - 40):mention.span.start].split()
                if mention.text.split(" ", 1)[0] == noun or (introducer and introducer[-1] == noun):
                    found.append(Mention(span=span, text=noun, kind="place", canonical=mention.canonical))
                    break
        borders = [m for m in self._national_areas if m.text.rsplit(" ", 1)[-1] in self.lex.border_areas
                   and "-" in m.text]
        if borders and self.lex.border_areas:
            # "an der polnisch-belarussischen Grenze" ... "im Grenzgebiet", "an der 400 Kilometer
            # langen Grenze": the border alone refers back to the border of two countries named before
            alone = re.compile(r"\b(?:der|dem|im|am)\s+(?:[\w.]+\s+){0,4}?(?P<noun>%s)\b(?!\s+(?:zu|zum|zur|zwischen|nach|mit|von|vom|des|der|[A-ZÄÖÜ]))"
                               % "|".join(map(re.escape, sorted(self.lex.border_areas, key=len, reverse=True))))
            for match in alone.finditer(text):
                span = Span(match.start("noun"), match.end("noun"))
                before = [m for m in borders if m.span.end <= span.start]
                if before and not any(m.span.overlaps(span) for m in places):
                    found.append(Mention(span=span, text=match.group("noun"), kind="place", canonical=before[-1].canonical))
        return found

    # -------------------------------------------------------------- main loop
    def build(self) -> list[Claim]:
        self.rules()
        model = claim_model.active_model()
        if model is not None:
            self.claims = self.with_added({index: self.claim_as(index, measure)
                                           for index, measure, _p in claim_model.decide(self, model)})
        self._mark_restated_headlines()
        # last, so that no rule and no added claim reads a place the model chose
        places = location_model.active_model()
        if places is not None:
            location_model.relocate(self, self.claims, places)
        return self.claims

    def with_added(self, added: Mapping[int, Claim | None]) -> list[Claim]:
        """The rules' claims with claims a model added for numbers they rejected, in text order."""
        by_index = {**self.step_claims, **{i: c for i, c in added.items() if c is not None}}
        return [by_index[i] for i in sorted(by_index)]

    def claim_as(self, index: int, measure: str) -> Claim | None:
        """A claim of the rejected number `index` counting `measure`: the counted noun after it
        as its evidence, and everything else as the rules find it for their own claims (with the
        rules' claims before it in view, as when they read it)."""
        found = self.found[index]
        if found is None:
            return None
        tokens = found.sentence.tokens
        rule_claims = self.claims
        self.claims = [self.step_claims[i] for i in sorted(self.step_claims) if i < index]
        try:
            _clause_lo, clause_hi = found.sentence.clause(found.first)
            noun, adjectives = _noun_after(tokens, found.last + 1, clause_hi, self.lex)
            noun_class = _classify_noun(tokens[noun].text, self.lex)[0] if noun is not None else None
            reading = Reading(measure, found.first, noun if noun is not None else found.last, noun, noun_class)
            reading.actor = self._actor(found, reading, adjectives, self._previous_claim_in_sentence(found.sentence))
            return self.claim_from(found, reading)
        except Exception:
            if os.environ.get("LAGEBILD_STRICT") == "1":
                raise
            return None
        finally:
            self.claims = rule_claims

    def rules(self) -> list[Claim]:
        """The rules' claims, before headlines are marked; `self.found` and `self.steps` keep, per
        quantity, where it stands and the step that decided it (a claim model reads them)."""
        quantities = sorted(self.doc.quantities, key=lambda q: q.span.start)
        found_all = self.found = [self._locate(q) for q in quantities]
        steps = self.steps = ["unplaced"] * len(found_all)
        self.step_claims: dict[int, Claim] = {}
        for index, found in enumerate(found_all):
            if found is None:
                continue
            try:
                claim = self._claim(found, found_all, index)
            except Exception:
                # one odd sentence never costs the article its other claims; tests and audits
                # set LAGEBILD_STRICT=1 so that such a bug surfaces instead of a silent miss
                if os.environ.get("LAGEBILD_STRICT") == "1":
                    raise
                claim = None
                self._step = "error"
            steps[index] = self._step
            if claim is not None:
                self.claims.append(claim)
                self.step_claims[index] = claim
        return self.claims

    def _locate(self, quantity: Quantity) -> Found | None:
        doc = self.doc
        if quantity.span.end > len(doc.text):
            return None
        sentence = _sentence(doc, doc.sentence_of(quantity.span), self.sentences)
        tokens = sentence.tokens
        # tokens ascend by start: begin at the quantity's, not at the sentence's first token
        inside = []
        for i in range(sentence.index_at(quantity.span.start), len(tokens)):
            if tokens[i].start >= quantity.span.end:
                break
            if tokens[i].end <= quantity.span.end:
                inside.append(i)
        if not inside:
            return None
        return Found(quantity, sentence, inside[0], inside[-1])

    def _counts_the_speakers(self, found: Found, reading: Reading) -> bool:
        """"sagten zwei Offiziere der Nachrichtenagentur AFP", "wie drei Soldaten berichteten": people
        counted only as who said something, with nothing befalling them, are no figure."""
        noun = reading.noun
        if noun is None or reading.noun_class != "role" or _classify_noun(found.sentence.tokens[noun].text, self.lex)[1] != reading.measure:
            return False
        tokens = found.sentence.tokens
        cues = _safely(attribution_lexicon, self.doc.data)
        if cues is None:
            return False

        def finite_speech(i: int) -> bool:
            # a whole finite verb of saying; not a separable stem ("stellte ... bereit") nor one that
            # needs a word of its own to say something ("sind", "sprachen von")
            return 0 <= i < len(tokens) and any(f.kind == "finite" and f.lemma not in cues.verb_requires
                                                for f in cues.forms.get(tokens[i].text, ()))

        if finite_speech(found.first - 1):
            return True
        # the noun and a genitive after it ("der Nachrichtenagentur AFP"), then the verb closing the clause
        k = noun + 1
        if k < len(tokens) and tokens[k].text in ARTICLES:
            k += 1
            while k < len(tokens) and k <= noun + 5 and tokens[k].text[:1].isalpha() and not finite_speech(k):
                k += 1
        return finite_speech(k) and (k + 1 >= len(tokens) or tokens[k + 1].text.lower() != "sich")

    def _counts_something_else(self, found: Found) -> bool:
        text = self.doc.text
        tokens = found.sentence.tokens
        end = found.quantity.span.end
        if end < len(text) and text[end] in "-‑%" or re.search(r"[%€$]", found.quantity.text):
            return True
        if found.last + 1 < len(tokens) and self.lex.not_after.match(tokens[found.last + 1].text):
            return True
        if found.first > 0 and self.lex.not_before.match(tokens[found.first - 1].text):
            return True
        after = [t.text.lower() for t in tokens[found.last + 1:found.last + 3]]
        if any(after[:len(phrase)] == phrase for phrase in self.lex.differences):
            return True  # "20 mehr als die offizielle Zahl": a difference
        if found.first > 0 and tokens[found.first - 1].text in self.lex.year_words and _year_like(found.quantity):
            return True
        if _year_like(found.quantity) and any(t.text in self.lex.life_events for t in tokens[found.last + 1:found.last + 5]):
            return True  # "Münter, die 1877 in Berlin geboren wurde": a year of birth
        # "1025 Neuinfektionen je 100.000 Einwohner": a rate; within the noun phrase after the number
        for i in range(found.last + 2, min(len(tokens) - 1, found.last + 5)):
            if not tokens[i - 1].text[:1].isalpha():
                break
            if tokens[i].text in self.lex.rate_words and tokens[i + 1].text[:1].isdigit() \
                    and tokens[i - 1].text[:1].isupper():
                return True
        return False

    # -------------------------------------------------------------- one claim
    def _claim(self, found: Found, all_found: list[Found | None], index: int) -> Claim | None:
        self._step = "something_else"
        if self._counts_something_else(found):
            return None
        self._step = "breaks_down"
        if self._breaks_down(found, all_found, index):
            return None
        self._step = "no_reading"
        reading = self._read(found, all_found, index)
        if reading is None:
            return None
        self._step = "speakers"
        if self._counts_the_speakers(found, reading):
            return None
        self._step = "claim"
        return self.claim_from(found, reading)

    def claim_from(self, found: Found, reading: Reading) -> Claim:
        """The claim of a number read as `reading`: source, certainty, time, place and actor as
        the rules find them (also for a claim a model adds)."""
        doc = self.doc
        quantity = found.quantity
        sentence = found.sentence
        tokens = sentence.tokens
        evidence = self._evidence(found, reading)
        clause_lo, clause_hi = sentence.clause(found.first)
        clause_hi = self._before_next_figure_clause(found, clause_hi)
        scope_lo = self._governing_start(sentence, clause_lo)
        scope_text = doc.text[tokens[scope_lo].start:tokens[clause_hi - 1].end]
        talk = self._unnamed_talk(found, clause_lo, clause_hi)
        # ("war von acht Toten die Rede": nobody named says it, however the sentence goes on)
        attribution = None if talk else self._attribution(quantity.span) or self._speaker_before_figure(found)
        present = self._is_present(found)
        future = self._future(found, scope_lo, clause_hi, present)
        if reading.referent is not None and not present:
            future = future or reading.referent.future
        certainty = self._certainty(scope_text, attribution, present, future)
        additional = self._additional(found, reading)
        time = None if future and not self._explicit_future_time(found) else self._time(
            found, present, clause_lo, clause_hi, event=reading.measure not in STATE_MEASURES)
        location = self._location(found, reading)
        if reading.referent is not None and location is None:
            location = reading.referent.location
        whole = self._previous_claim_in_sentence(sentence)
        if whole is not None and whole.location and (self._is_part(found, tokens) or self._next_part(found, tokens, whole)) \
                and self._clause_place(found, frozenset(self.lex.locative)) is None:
            location = whole.location  # "davon gut 860.000 registrierte Flüchtlinge": where the whole is
        if reading.actor is None and location:
            country = location if self._is_country(location) else self._country_of_place(location, found)
            if self._unnamed_force(found, reading, country):
                reading.actor = country
        elif reading.actor is None:
            country = self._sole_country_in_sentence(found)
            if self._unnamed_force(found, reading, country):
                reading.actor = country  # "hat Russland seit Beginn der Invasion 1.183.420 Soldaten verloren"
        counter = None if talk else self._counted_by(found, clause_lo, reading.measure)
        if counter is not None and (attribution is None or attribution.speaker_span is None or not attribution.speaker_span.overlaps(
                Span(tokens[clause_lo].start, tokens[clause_hi - 1].end))):
            # "INDECI meldete 16 Tote", "Der Generalstab bezifferte sie auf 32.000" (inside someone
            # else's statement): who counted the figure in its own clause is its source
            attribution = None
            source = counter
        else:
            source = attribution.source if attribution else None if talk else \
                self._quoted_speaker(quantity.span) or self._list_header_source(quantity.span) \
                or self._interview_answer(quantity.span)
        if attribution is not None:
            source = self._apposed_person(attribution) or self._described_body(attribution) or source
        if attribution is not None and source is None:
            source = self._named_after_data_noun(attribution) or self._interview_answer(quantity.span) \
                or self._side(attribution) or self._message_source(attribution) \
                or self._impersonal_continuation(attribution, sentence.span)
        word = self._bare_descriptor(attribution, source)
        if source in self.lex.generic_sources or word is not None:
            speaker = attribution.speaker_span if attribution is not None else None
            source = self._named_before(word or source, sentence.span, speaker.start if speaker else None) or source
        elif source is not None and self.lex.person_anaphors.fullmatch(source):
            # a Konjunktiv continuation carries the age word from where it was said
            said = self.doc.sentence_of(attribution.speaker_span) \
                if attribution is not None and attribution.speaker_span is not None else sentence.span
            source = self._person_named_before(said) or source
        elif source is not None and " " not in source:
            source = self._person_of_role(source, sentence.span) or source
        if source in self.lex.generic_sources and self.lex.generic_sources[source] in ("authorities", "government") \
                and not (location and self._below_country(location)):
            # "nach Behördenangaben" with nobody named before: the authorities of the scene's country
            # (in a state or province they may as well be its own: "In Illinois kamen nach Behördenangaben");
            # with no place of the scene's own, the country the article names most, the word as its spelling
            national = (self._national(self.lex.generic_sources[source], location) if location else None) \
                or self._national_body(source, self.lex.generic_sources[source])
            if national is not None:
                self._spell_as(source, national)
                source = national
        if attribution is not None and self._denies(attribution):
            source = None  # who denies a figure is not where it comes from
        if source is None and whole is not None and whole.source is not None and attribution is None \
                and self._is_part(found, tokens):
            source = whole.source  # "registrierte die Organisation 412 Opfer, darunter 94 Kinder": the whole's
        if source is not None:
            source = self._whole_speaker_name(source, attribution)
        if source is not None:
            source = self._plain_source(source, evidence)
        if source is not None:
            source = self._national_ministry(source, location, attribution) or source
        relay = None
        if attribution is not None and source is not None:
            relay = attribution.relay or (attribution.speaker if attribution.speaker != attribution.source else None)
        origin = self._relayed_origin(source, sentence.span) if source is not None else None
        if origin is not None:
            relay, source = source, origin  # "X, die sich wiederum auf Y berief": Y's figure, X relays it
        elif source is not None and attribution is not None and attribution.speaker_span is not None \
                and attribution.source == source and attribution.relay is None \
                and not self._mention_names.get(source):
            # (a relay's phrase is the relay's spelling, not the source's: "Antara unter Berufung auf die Polizei")
            self._spell_speaker(source, attribution.speaker_span)
        if reading.actor is None and self._enemies(tokens, reading):
            reading.actor = self._armed_group(found, source)
        optional = reading.optional or quantity.vague or (quantity.low == 1 and quantity.high == 1)
        low, high, qualifier = quantity.low, quantity.high, quantity.qualifier
        if reading.referent is not None and self._restates(quantity, reading.referent):
            # "die Zahl von 30.000" repeats "bis zu 30.000": the same figure, not a new one
            low, high, qualifier = reading.referent.low, reading.referent.high, reading.referent.qualifier
            optional = True
        claim = Claim(
            doc=doc.article.id, measure=reading.measure, evidence=evidence,
            evidence_text=evidence.text(doc.text), low=low, high=high,
            qualifier=qualifier, actor=None if reading.measure in self.lex.actorless or (
                self._civilian_victims(reading) and self._side_phrase(found, reading) != reading.actor
                and not self._of_national_force(found, reading)) else reading.actor,
            source=source, relay=relay,
            certainty=certainty, future=future, time=time, location=location,
            additional=additional, optional=optional, sentence=sentence.span,
        )
        self.claim_nouns[id(claim)] = (reading.noun_class or "", tokens[reading.noun].text if reading.noun is not None else None)
        return claim

    # -------------------------------------------------------------- measure
    def _read(self, found: Found, all_found: list[Found | None], index: int) -> Reading | None:
        lex = self.lex
        sentence = found.sentence
        tokens = sentence.tokens
        clause_lo, clause_hi = sentence.clause(found.first)
        window_hi = min(clause_hi, found.last + 1 + RIGHT_WINDOW)
        # the conjunct of this number ends where the next number of the sentence starts,
        # unless that number is the whole this one is part of ("4.000 von den 11.000 Soldaten")
        conjunct_hi = window_hi
        next_found = self._next_in_sentence(all_found, index)
        ages = self._ages_after(found, window_hi)
        if ages is not None:
            # "Drei Männer im Alter von 29, 33 und 40 Jahren wurden ... festgenommen": the verb past the ages
            window_hi = conjunct_hi = min(clause_hi, window_hi + ages[1] - ages[0] + 1)
            next_found = self._next_in_sentence(all_found, index, after=ages[1])
        whole: Found | None = None
        if next_found is not None and next_found.first < window_hi:
            between = [t.text for t in tokens[found.last + 1:next_found.first]]
            if _names_whole(between, lex):
                whole = next_found
            elif not self._in_prepositional_phrase(next_found, all_found, index + 1):
                conjunct_hi = next_found.first
        if found.last + 1 < len(tokens) and tokens[found.last + 1].text == ",":
            conjunct_hi = window_hi = found.last + 1  # "auf 300, verwundet worden seien ...": a new clause
        previous = self._previous_claim_in_sentence(sentence)
        if self._is_of_them(found, tokens):
            earlier = self._previous_in_sentence(all_found, index)
            if earlier is None:
                previous = self._previous_claim_nearby(sentence)
            elif previous is None or not previous.evidence.overlaps(earlier.quantity.span):
                previous = None  # "46 Arbeiter ..., 34 von ihnen": the whole counted no measure
        is_whole = self._is_whole(all_found, index)
        noun_from = whole.last + 1 if whole else found.last + 1
        noun, adjectives = _noun_after(tokens, noun_from, conjunct_hi if not whole else window_hi, lex)
        if noun is not None and noun + 2 < len(tokens) and tokens[noun + 1].text in ("und", "oder") \
                and _gender_pair(tokens[noun].text, tokens[noun + 2].text):
            noun += 2  # "1.200 Camperinnen und Camper": one noun in both genders, counted once
        noun_class, noun_measure = (None, None)
        if noun is not None:
            noun_class, noun_measure = _classify_noun(tokens[noun].text, lex)
            if noun_measure == "troops_in_context":
                noun_class, noun_measure = ("role", "troops") if self._force_nearby(found) else ("people", None)
            elif noun_class == "unknown" and lex.sick_cases.match(tokens[noun].text) and self._sickness_story(found):
                noun_class, noun_measure = "fixed", "other"
            elif noun_class == "people" and lex.sick_people.match(tokens[noun].text) and self._outbreak_story(found):
                noun_class, noun_measure = "role", "other"  # "mehr als 650 Patienten", "900 Kontaktpersonen"
            elif noun_class in ("never", "unknown") and lex.outbreak_animals.match(tokens[noun].text) \
                    and self.story(self.doc.sentence_index(found.sentence.span.start), "animal_outbreak"):
                noun_class, noun_measure = "fixed", "other"  # "38.000 Legehennen gekeult": an animal disease's figures
            if noun_class == "unknown" and lex.cases_of.match(tokens[noun].text) and noun + 2 < len(tokens) \
                    and tokens[noun + 1].text in lex.cases_of_links:
                counted = self._counted_by_cases(tokens, noun + 2)
                if counted is not None:
                    noun, noun_class, noun_measure = counted[0], "fixed", counted[1]
            elif noun_class == "unknown" and lex.cases_of.match(tokens[noun].text) and found.first >= 2 \
                    and tokens[found.first - 1].text == "in":
                charged = self._charge_before(tokens, found.first - 1)
                if charged is not None:
                    noun_class, noun_measure = "fixed", charged  # "fahrlässige Tötung in fünf Fällen"
        # events after the number: first in its own conjunct, else shared at the clause end
        event_lo = found.last + 1
        own_np = range(found.last + 1, noun if noun is not None else found.last + 1)
        events = _combine(_events_in(tokens, event_lo, conjunct_hi if not whole else window_hi, lex), tokens, lex)
        events = [e for e in events if not self._describes_other_noun(tokens, e, own_np)]
        shared = False
        if events and noun is not None and _classify_noun(tokens[noun].text, lex)[0] == "unknown" and \
                self._coordinated_before(tokens, noun + 1, events[0][0]):
            events = []  # "zwei Camps zerstört und Kämpfer festgenommen": the event has its own noun
        events = [e for e in events if e[3] != "before"]  # "300 Soldaten bewachen die Grenze": they guard
        if len(events) > 1 and tokens[events[0][0]].text in lex.bare_arrival and events[0][0] == events[0][1]:
            events = events[1:] + events[:1]  # "für sechs weitere kam jede Hilfe zu spät": bare "kommen" yields
        right_event = events[0] if events else None
        left_event = None
        before: tuple[int, int, str, list[int], int | None] | None = None
        if noun is None and right_event is None and not is_whole:
            before = self._noun_before(found, clause_lo)
        if right_event is None and before is None:
            # a verb before the first number of the clause governs all of them ("starben 12 Männer
            # und 3 Frauen"), and so does a separable one around them ("nahm 12 Männer und 3 Frauen fest")
            first_number = self._past_prepositional_numbers(
                all_found, index, self._first_number_in_clause(all_found, index, clause_lo))
            left_lo = self._after_closed_number(all_found, index, clause_lo)
            left = _combine(_events_in(tokens, left_lo, first_number, lex, reach=clause_hi), tokens, lex)
            # "Ein Fahrer kam ums Leben, 23 Menschen wurden verletzt, sechs davon schwer": a part of the whole
            # before it takes none of the verbs before that whole (it shares the whole's measure below)
            whole_start = previous.evidence.start if previous is not None and self._is_of_them(found, tokens) else -1
            left = [e for e in left if not self._describes_other_noun(tokens, e, range(0))
                    and tokens[e[0]].start >= whole_start
                    and not self._in_adverbial(tokens, e[0])
                    # "den Erstickungstod von elf Migranten": an event ending in its preposition
                    # governs the number right after it, not the rest of the clause
                    and not (self._ends_in_preposition(tokens, e) and e[1] + 1 != found.first)]
            left_event = left[-1] if left else None
            shared = first_number < found.first
        if right_event is None and left_event is None and noun is not None and conjunct_hi < window_hi \
                and not (next_found is not None and self._is_of_them(next_found, tokens)) \
                and self._among(found, clause_lo) is None:
            # "12 Männer, 3 Frauen und 2 Kinder wurden festgenommen": the verb after the list
            # (not "46 Arbeiter ..., 34 von ihnen konnten sich retten": that verb is the part's; nor
            # "Unter den Toten seien 12 Kinder, mehr als 50 Menschen seien verletzt worden": the whole
            # named before the part says what befell it)
            later = _combine(_events_in(tokens, conjunct_hi, window_hi, lex), tokens, lex)
            later = [e for e in later if not self._describes_other_noun(tokens, e, own_np)]
            if later and _classify_noun(tokens[noun].text, lex)[0] != "unknown" \
                    and not self._own_predicate(tokens, noun + 1, conjunct_hi) \
                    and not self._own_object(tokens, noun + 1, conjunct_hi):
                right_event, shared = later[0], True
        if right_event is None and left_event is None and not whole and (
                noun is not None or self._is_of_them(found, tokens)):
            # "Mindestens 14 Menschen, darunter neun Feuerwehrleute, wurden ... verletzt", "Elf von
            # ihnen, darunter drei Kinder, erstickten": the inserted part closes its own clause, the
            # verb after it governs the whole
            resumed = self._after_inserted_part(sentence, clause_hi) or self._after_dashed_part(sentence, clause_lo, clause_hi) \
                or (self._after_subject_insertion(sentence, found, noun) if noun is not None else None)
            if resumed is not None and (noun is None or _classify_noun(tokens[noun].text, lex)[0] != "unknown"):
                later = _combine(_events_in(tokens, resumed[0], resumed[1], lex), tokens, lex)
                if later:
                    right_event, shared = later[0], True
        event = right_event or left_event
        if event is not None and event[2] == "arrived" and previous is not None and previous.measure in PERSON_ONLY \
                and self._is_of_them(found, tokens):
            # "Vier Menschen wurden verletzt. Zwei von ihnen kamen ins Klinikum": a part of the hurt, dead or
            # arrested whole just counted, whose coming somewhere is no arrival; it shares the whole's measure
            event = right_event = left_event = None
        if event is not None and event[3] == "before" and noun is not None and noun + 1 < len(tokens) \
                and tokens[noun + 1].text.lower() in ARTICLES | {"einen", "eine", "ein"}:
            event = left_event = None  # "Seit Montag bewachen 300 Soldaten den Flughafen": the guards, with their object
        if is_whole:  # "4.000 von den ersten 11.000 Soldaten getötet": the 11.000 were not killed
            right_event = left_event = event = None

        measure: str | None = None
        optional = False
        first, last = found.first, found.last
        actor: str | None = None
        referent: Claim | None = None
        inherited = False

        # a split construction: no noun of its own, the noun of the previous number
        if noun is None and previous is not None and event is not None and not whole:
            prev_class, _ = self.claim_nouns.get(id(previous), ("", None))
            # the event of this conjunct decides; a role noun keeps its default without one
            noun_class = "role" if prev_class == "role" else "people"
            noun_measure = previous.measure
            inherited = True
            actor = previous.actor
        elif noun is None and event is not None and not whole and (
                self._elided_noun(found, tokens) or self._is_of_them(found, tokens)):
            # "Fünf weitere seien eingeschlossen": people like those before; "Zwölf von ihnen seien
            # entkommen" after a count that was no claim ("es fehlten 38 Mädchen")
            noun_class = "people"

        if noun_class == "fixed" and noun is not None and noun == found.last + 2 \
                and tokens[found.last + 1].text.lower() in PARTITIVE and event is right_event \
                and event is not None and event[3] == "strong" and event[2] in PERSON_ONLY:
            measure = event[2]  # "Elf der Geretteten würden im Krankenhaus behandelt": what befell the part
        elif noun_class == "fixed" and noun_measure == "other" and noun is not None and lex.treated_survivors.match(
                tokens[noun].text) and event is right_event and event is not None and event[2] == "wounded":
            measure = "wounded"  # "im Spital würden 19 Überlebende behandelt": the rescued who are hurt
        elif noun_class == "fixed" and noun_measure == "wounded" and event is right_event and event is not None \
                and event[2] == "killed" and event[3] == "strong" and not tokens[event[0]].text.lower().startswith("tödlich"):
            measure = "killed"  # "Vier Schwerverletzte seien in der Nacht gestorben": the wounded died
        elif noun_class == "fixed" and noun_measure == "displaced" and event is None and previous is not None \
                and previous.measure in PERSON_ONLY and self._is_part(found, tokens):
            measure = previous.measure  # "19 Menschen starben, unter ihnen zwölf Obdachlose": who they were
        elif noun_class == "fixed":
            measure = noun_measure
            measure = self._fixed_pair(tokens, noun, conjunct_hi, measure) if noun is not None else measure
        elif noun_class == "role":
            if event is not None and (event[3] in ("strong", "before") or event[3] == "role" and noun_measure in ("troops", "troops_optional")):
                measure = event[2]  # (losing and handing over are said of forces, not of hostages)
                if measure == "killed_or_wounded" and event[3] == "role" and noun is not None \
                        and lex.lost_are_killed.match(tokens[noun].text):
                    measure = "killed"  # "Die Miliz verlor zwölf Kämpfer": fighters lost are the dead
            elif noun_measure == "troops" and (put_at := self._casualties_put_at(found, clause_lo)):
                measure = put_at  # "bezifferte die Verluste auf 1.146.320 Soldaten"
                if measure == "killed_or_wounded" and noun is not None and lex.lost_are_killed.match(tokens[noun].text):
                    measure = "killed"  # "bezifferte die Verluste auf neun Kämpfer": fighters lost are the dead
            elif previous is not None and previous.measure in PERSON_ONLY and self._is_part(found, tokens):
                measure = previous.measure  # "41 Tote, darunter 12 Soldaten": the part shares what befell the whole
            elif (whole := self._colon_whole(found, tokens)) is not None:
                measure = whole.measure
            else:
                measure = "troops" if noun_measure == "troops_optional" else noun_measure
                optional = noun_measure == "troops_optional"
        elif noun_class in ("people", "unknown") or (noun_class is None and event is not None):
            if found.first > 0 and tokens[found.first - 1].text.lower() in lex.agent_prepositions:
                event = None  # "durch vier Männer ... getötet": the agents, not the victims
            if event is not None and event[3] == "role":
                event = None  # "2.000 Beschäftigte verloren ihren Arbeitsplatz": only forces suffer losses
            if event is not None:
                if noun_class == "people" or inherited:
                    measure = event[2]
                elif event[2] in PERSON_ONLY and (noun_class is None or event is right_event or (
                        event is left_event and noun is not None and event[1] > noun)) and not (
                        noun is not None and lex.vehicles.match(tokens[noun].text)):
                    # an unknown noun counts only with its own event after it, or inside a separable
                    # verb ("nahm vier Ordner ... fest"); a vehicle carries the hurt ("mit zwei
                    # Helikoptern in umliegende Spitäler gebracht")
                    measure = event[2]
                elif event[2] == "displaced" and noun_class is None and event is right_event and event[3] == "strong" \
                        and not found.quantity.vague:
                    measure = event[2]  # "23 wurden in Notquartieren untergebracht"
                elif event[2] == "equipment" and noun_class == "unknown" and event is right_event:
                    measure = event[2]  # "14 Fahrzeuge erbeutet": things taken are equipment
        link = found.first - 1
        while link > 0 and tokens[link].text.lower() in lex.additional_words:
            link -= 1  # "die Leichen von weiteren 13 Migranten"
        if link >= 1 and tokens[link].text in lex.number_links and (
                measure is None and noun_class == "people" and event is None
                # a role noun's default yields too: "die Leichen von fünf Flüchtlingen" were killed,
                # not displaced (a strong event of their own still decides)
                or noun_class == "role" and (event is None or event[3] not in ("strong", "role", "before"))):
            # "die Leichen von vier Männern": the people are counted by the noun that governs them
            head_class, head_measure = _classify_noun(tokens[link - 1].text, lex)
            if head_class == "fixed" and head_measure in PERSON_ONLY and head_measure != "killed_or_wounded":
                measure, optional = head_measure, False
        if measure is None and noun_class == "people" and event is None and noun is not None \
                and previous is not None and previous.measure in PERSON_ONLY \
                and self._listed_after(found, tokens, previous) and self._conjunct_closed(tokens, noun, previous):
            # "die Leichen von vier Babys, zwei Kleinkindern und vier Frauen", "von acht getöteten
            # Mexikanern und vier Ägyptern": a listed part with no event of its own shares the one before
            measure = previous.measure
        if measure is None and noun_class == "unknown" and noun is not None and event is None \
                and lex.vehicles.match(tokens[noun].text) and (
                    any(lex.military_adjectives.match(tokens[i].text) for i in adjectives)
                    or self._military_vehicle(tokens, noun)
                    or self._destroyed_in_fighting(tokens, clause_lo, clause_hi)
                    or previous is not None and self._listed_after(found, tokens, previous)
                    and (previous.measure == "equipment" or previous.measure == "troops" and not previous.optional)):
            # "23 gepanzerte Fahrzeuge", "500 Soldaten sowie 120 Fahrzeuge"; not after rescuers
            # ("80 Bergretter, vier Hubschrauber")
            measure = "equipment"
        # "darunter drei Kinder", "vier von ihnen": a part of the figure before it
        if measure is None and previous is not None and noun_class in (None, "people", "unknown") and (
                self._is_part(found, tokens) or noun is None and self._part_of_named_whole(found, previous)
                or self._next_part(found, tokens, previous)):
            measure = previous.measure
            actor = actor or previous.actor
        if measure is None and noun_class in (None, "people", "unknown") and event is None \
                and (whole := self._colon_whole(found, tokens)) is not None:
            measure = whole.measure
        if measure is None and previous is None and noun_class in (None, "people", "unknown") \
                and found.first <= 3 and self._is_part(found, tokens):
            # "... 24 identifizierten Toten. Unter ihnen seien 19 Mitglieder der Bande": a sentence
            # opening with the part names a part of the figure just before it
            nearby = self._previous_claim_nearby(sentence)
            if nearby is not None and nearby.measure in PERSON_ONLY:
                measure, actor = nearby.measure, actor or nearby.actor
        if measure is None and previous is None and event is None and noun_class in (None, "people") \
                and self._opens_with_part(tokens, found):
            # the same with words between the opening and the number ("Unter ihnen waren auch 31
            # Kinder") and for a displaced figure ("Davon wurden rund 7.300 ... gezählt")
            nearby = self._previous_claim_nearby(sentence)
            if nearby is not None and nearby.measure in PERSON_ONLY + ("displaced",):
                measure = nearby.measure
                actor = actor or nearby.actor
        if noun_class in (None, "people", "unknown") and measure is None or \
                noun_class == "role" and (event is None or event[3] not in ("strong", "role", "before")):
            # "unter den Toten waren drei Soldaten": the part takes the measure of the whole
            among = self._among(found, clause_lo)
            if among == "killed_or_wounded":
                # "Damit stieg die Zahl der Todesopfer auf 19 ... Unter den Opfern sind drei Kinder":
                # the victims are those the figure just before counted
                nearby = previous or self._previous_claim_nearby(sentence)
                if nearby is not None and nearby.measure in ("killed", "wounded"):
                    among = nearby.measure
                elif nearby is None and self._only_dead_counted():
                    among = "killed"  # "Mindestens 31 Menschen kamen ums Leben. ... Unter den Opfern sind vier Schüler"
            measure = among or measure
        if measure is None and noun is None and previous is None and self._is_of_them(found, tokens):
            # "damit die Evakuierten zurückkehren könnten; ... dass 300 von ihnen nicht in ihre Häuser
            # dürften": "ihnen" stands for the counted noun named before it in the sentence
            measure = self._fixed_noun_before(tokens, found.first)
        if measure is None and event is None and previous is not None and not previous.optional \
                and (noun is None or noun_class == "people" and noun == found.last + 1) \
                and self._gapped(found, noun, previous):
            measure, actor = previous.measure, actor or previous.actor  # "elf Schwerverletzte in Potosí, sechs in Oruro"
        # the counted noun before the number: "die Zahl der Toten stieg auf 45", "Verletzte\t2700"
        if measure is None and noun is None:
            if before is not None:
                first, last_before, measure, adjectives, noun = before
                noun_class = _classify_noun(tokens[noun].text, lex)[0] if noun is not None else None
                if measure == "troops_optional":
                    measure, optional = "troops", True
        if measure is None and noun is None:
            referent = self._referent(found, clause_lo, clause_hi)
            if referent is not None:
                measure = referent.measure
                actor = referent.actor
        if noun is not None and event is None and (measure is None and noun_class == "people" or noun_class == "role"):
            # "zwei weitere Verdächtige, die am Freitag festgenommen worden waren": the event of a
            # relative clause about the counted people
            measure = self._relative_clause_event(tokens, noun) or measure
        if measure is None and noun_class in ("people", "unknown") and event is None:
            measure = self._identified_as(found)  # "Bei den Todesopfern handelt es sich um zwei Wanderer"
        if measure is None and noun_class == "people" and event is None and self._lives_in_camp(found, clause_lo, clause_hi):
            measure = "displaced"  # "Im Lager Farchana leben annähernd 90.000 Menschen"
        named_arrival = False
        if measure is None and noun_class == "people" and event is None and noun is not None \
                and lex.arrival_nouns.match(tokens[noun].text):
            measure = "arrived"  # "die Verpflegung von 5.000 Gestrandeten": arrivals by their name
            named_arrival = True
        if measure is None and noun_class in ("people", "unknown") and event is None and noun is not None \
                and self._participants(found, tokens, noun, conjunct_hi):
            measure = "other"  # "die Polizei zählte 4.500 Demonstranten", "212 Passagiere": those taking part
        if measure is None:
            return None
        if noun is None and referent is None and not inherited and self._elides_a_unit(found):
            return None  # "21 Monate hinter Gittern, vor allem die sieben im Vollzug": seven months
        if measure == "troops_optional":
            measure, optional = "troops", True
        if measure == "other" and self._rescued_migrants(found, event, noun, clause_lo):
            measure = "displaced"
        elif measure == "displaced" and noun_class == "role" \
                and any(lex.captive.match(t.text) for t in tokens[clause_lo:clause_hi]):
            measure = "other"  # "31 entführte Migranten befreit", "43 Migranten verschleppt": hostages
        if measure == "wounded" and event is not None and self._sick_care(found, event):
            measure = "other"  # "14 Gäste mussten ins Krankenhaus" after a meal: sick, not injured
        if measure == "displaced" and noun_class == "role" and noun_measure in ("arrested", "captured") \
                and event is not None and lex.prisoner_flight.search(self._event_text(tokens, event)):
            measure = "other"  # prisoners who fled escaped
        if measure == "other" and event is not None and lex.trapped.search(self._event_text(tokens, event)) \
                and self._out_of_contact(found):
            measure = "missing"  # trapped with no contact: nobody knows their fate
        if measure == "troops" and noun_class == "role" and not optional and event is None \
                and any(lex.release.match(t.text) for t in tokens):
            measure = "captured"  # "bestätigte den Austausch und sprach von 185 Soldaten": prisoners of war
        if measure in ("displaced", "captured") and self._returned_from_captivity(found, clause_lo, clause_hi):
            # "kehrten 185 Soldaten und 20 Zivilisten aus der Gefangenschaft zurück": prisoners of war
            # are captured, civilians held by a state arrested, none of them displaced
            measure = "captured" if noun_class == "role" else "arrested"
        if measure == "arrived" and event is not None and lex.admitted.search(self._event_text(tokens, event)) \
                and not self._migrant_story(found) and self._sickness_story(found):
            measure = "other"  # "rund 650 Patienten aufgenommen" in an outbreak: the sick admitted
        if measure == "arrived" and event is not None and not self._migrant_story(found) and lex.stranded.fullmatch(
                " ".join(dict.fromkeys((tokens[event[0]].text, tokens[event[1]].text)))):
            measure = "other"  # "Rund 1.400 Urlauber sitzen im Tal fest": cut off, like the trapped
        if measure == "arrived":
            # arriving counts only refugees and migrants: displaced in a story about them
            if event is None and not named_arrival or not self._migrant_story(found):
                return None
            if event is not None and tokens[event[0]].text in lex.bare_arrival and event[0] == event[1] and not any(
                    t.text in lex.arrival_directions for t in tokens[clause_lo:clause_hi]):
                # "Zur Kundgebung kamen 3.000 Menschen": coming without a way is no arrival, a judgment
                # of the rules that the claim model does not reopen
                self._step = "no_way"
                return None
            measure = "displaced"

        # evidence token range
        if before is None:
            ends = [found.last]
            if noun is not None and noun_class is not None and not inherited:
                ends.append(noun)
            if right_event is not None and (measure == right_event[2] or noun_class not in ("fixed",)):
                if right_event[1] - found.last <= RIGHT_WINDOW and not shared:
                    ends.append(right_event[1])
            last = max(ends)
            if left_event is not None and right_event is None and measure == left_event[2] and not shared:
                first = left_event[0]
        else:
            last = found.last
        if referent is not None:
            last = found.last
        reading = Reading(measure, first, last, noun, noun_class, actor, optional, referent)
        if reading.actor is None:
            reading.actor = self._actor(found, reading, adjectives, previous)
        return reading

    @staticmethod
    def _ends_in_preposition(tokens: list[Token], event: tuple[int, int, str, str]) -> bool:
        """"Tod von" ends in a preposition with its object after it; a particle at the clause end
        ("harren ... aus,") does not."""
        last = event[1]
        return tokens[last].text.lower() in PREPOSITIONS and last + 1 < len(tokens) \
            and tokens[last + 1].text[:1].isalnum()

    def _casualties_put_at(self, found: Found, clause_lo: int) -> str | None:
        """"bezifferte die russischen Verluste auf 1.146.320 Soldaten": soldiers counted as what a
        casualty noun before "auf" names."""
        tokens = found.sentence.tokens
        if found.first == 0 or tokens[found.first - 1].text != "auf":
            return None
        for i in range(found.first - 2, clause_lo - 1, -1):
            kind, measure = _classify_noun(tokens[i].text, self.lex)
            if kind == "fixed" and measure in ("killed", "wounded", "killed_or_wounded"):
                return measure
        return None

    def _before_next_figure_clause(self, found: Found, clause_hi: int) -> int:
        """"schickte 850 Soldaten in die Region, weitere 500 Soldaten sollen am Mittwoch folgen": a
        comma before another figure that opens a main clause of its own ends this figure's clause
        (its modal verb and its date are the other figure's)."""
        tokens = found.sentence.tokens
        # the commas that do so up to the sentence's end, found once per sentence (a sentence listing
        # hundreds of figures asked it of every figure); up to clause_hi a window may only be shorter
        key = ("figure clause", found.sentence.span.start)
        commas = self._per_sentence.get(key)
        if commas is None:
            commas = self._per_sentence[key] = [i for i in range(len(tokens) - 2) if tokens[i].text == ","
                                                and self._opens_figure_clause(tokens, i, len(tokens))]
        for i in commas[bisect_left(commas, found.last + 1):bisect_left(commas, clause_hi - 2)]:
            if self._opens_figure_clause(tokens, i, clause_hi):
                return i
        return clause_hi

    def _opens_figure_clause(self, tokens: list[Token], i: int, clause_hi: int) -> bool:
        """Whether the comma at i opens another figure's clause with a modal verb before clause_hi."""
        k = i + 1
        if tokens[k].text.lower() in self._single_additional:
            k += 1
        starts = self._quantity_starts
        at = bisect_left(starts, tokens[k].start)
        if at < len(starts) and starts[at] == tokens[k].start:
            after = [t.text.lower() for t in tokens[k + 1:min(clause_hi, k + 5)]]
            return any(w in self.lex.modals for w in after)
        return False

    @cached_property
    def _single_additional(self) -> set[str]:
        return {p[0] for p in self.lex.additional if len(p) == 1}

    @cached_property
    def _per_sentence(self) -> dict[tuple[str, int], list[int]]:
        """Token indices a sentence is asked for once per figure, by (question, sentence start)."""
        return {}

    def _counted_by(self, found: Found, clause_lo: int, measure: str | None = None) -> str | None:
        """The subject of a counting verb governing the figure in its clause: "Perus
        Zivilschutzbehörde INDECI meldete 16 Tote", "Am Dienstag zählte das Ministerium 300 Tote"; of a
        verb revising a count too ("erhöhte die Regierung ihre Zahl auf 340", "Die Polizei hat die Zahl der
        Toten auf sechs erhöht", the auxiliary standing for the verb), unless an actor adds what it counts."""
        tokens = found.sentence.tokens
        revising = measure not in self.lex.revising_skips
        key = ("counting verbs", found.sentence.span.start, revising)
        verbs = self._per_sentence.get(key)
        if verbs is None:
            verbs = self._per_sentence[key] = [i for i, t in enumerate(tokens) if t.text in self.lex.counting_verbs
                                               or t.text in self.lex.von_counting_verbs
                                               or (revising and t.text in self.lex.revising_verbs)]
        before = bisect_left(verbs, found.first)  # the last counting verb of the clause before the figure
        while before > 0 and tokens[verbs[before - 1]].text in self.lex.von_counting_verbs \
                and not self._von_between(tokens, verbs[before - 1], found.first):
            before -= 1  # "sprach mit 30 Überlebenden" tells of no figure; "sprach von 17 Toten" does
        if before == 0 or verbs[before - 1] < clause_lo:
            verb = self._revising_auxiliary(found, clause_lo) if revising else None
            if verb is None:
                verb = self._counting_auxiliary(found, clause_lo)
            if verb is None:
                return None
        else:
            verb = verbs[before - 1]
        # the subject right after the verb, also behind its article and a describing noun ("meldete
        # die Katastrophenschutzbehörde BNPB")
        after = {tokens[k].start for k in range(verb + 1, min(found.first, verb + 4))}
        # the subject before the verb ends right before it, or before its bracketed short name
        # ("Die Internationale Organisation für Migration (IOM) zählte ...")
        subject_end = verb - 1 if verb - 1 > clause_lo and tokens[verb - 1].text.lower() in self.lex.counting_between \
            else verb  # "Das Forum wiederum zählte"
        ends = {tokens[subject_end - 1].end} if subject_end > clause_lo else set()
        if subject_end - 3 >= clause_lo and tokens[subject_end - 1].text == ")" and tokens[subject_end - 3].text == "(":
            ends |= {tokens[subject_end - 2].end, tokens[subject_end - 4].end}
        for mention in self.actors + [m for m in self.doc.mentions if m.kind == "person"]:
            if mention.kind == "place" and (not self._is_country(mention.canonical)
                                            or self._seat_of_subject(tokens, clause_lo, mention)):
                continue
            if mention.span.end in ends or (mention.span.start in after
                                                and not self._after_preposition(tokens, verb, mention)):
                return mention.canonical
        # an unnamed body right after the verb ("korrigierte das Gesundheitsministerium die Zahl"):
        # the body of that kind named just before, else the article's word for it
        for k in range(verb + 1, min(found.first, verb + 4)):
            word = tokens[k].text
            generic = next((g for g, head in self.lex.generic_sources.items()
                            if head and word[:1].isupper() and word.lower().endswith(g.lower())), None)
            if generic is not None:
                return self._named_before(generic, found.sentence.span) or word
            if word in self.lex.generic_sources and not self.lex.generic_sources[word] \
                    and tokens[k - 1].text.lower() in ARTICLES:
                # "registrierte die Organisation": any body named just before ("Organisation", "Gruppe")
                return self._named_before(word, found.sentence.span)
        return self._described_subject(tokens, clause_lo, subject_end)

    def _seat_of_subject(self, tokens: list[Token], clause_lo: int, mention: Mention) -> bool:
        """"Die UN-Menschenrechtsmission in der Ukraine hat ... gezählt": a country after a place link (and its
        article) behind a capitalised word is where the subject sits, not the subject."""
        at = next((i for i in range(clause_lo, len(tokens)) if tokens[i].start == mention.span.start), None)
        if at is None:
            return False
        link = at - 2 if at - 2 > clause_lo and tokens[at - 1].text.lower() in ARTICLES else at - 1
        return link > clause_lo and tokens[link].text in self.lex.counting_place_links \
            and tokens[link - 1].text[:1].isupper()

    def _counting_auxiliary(self, found: Found, clause_lo: int) -> int | None:
        """"Das Analyseportal Oryx hat seit Kriegsbeginn rund 4.300 Panzer dokumentiert": the auxiliary of a
        counting verb's perfect, whose participle closes the figure's clause after it (measures.toml
        [counted_by] participles), stands for the verb. Only "haben": "wurden 40 Tote registriert" names no one."""
        tokens = found.sentence.tokens
        _lo, clause_hi = found.sentence.clause(found.first)
        participle = next((i for i in range(found.last + 1, clause_hi)
                           if tokens[i].text in self.lex.counted_by_participles
                           or (tokens[i].text in self.lex.von_counting_participles
                               and self._von_between(tokens, clause_lo, found.first))), None)
        if participle is None or participle + 1 < len(tokens) and tokens[participle + 1].text.isalnum():
            return None  # none, or one the clause goes on after (no closing participle of the perfect)
        return next((i for i in range(found.first - 1, clause_lo - 1, -1)
                     if tokens[i].text.lower() in PERFECT_AUXILIARIES), None)

    def _after_preposition(self, tokens: list[Token], verb: int, mention: Mention) -> bool:
        """"sprach gegenüber der Nachrichtenagentur AFP von 30 Toten": a name right after a preposition (and its
        article) behind the verb is no subject."""
        at = next((k for k in range(verb + 1, len(tokens)) if tokens[k].start >= mention.span.start), None)
        if at is None:
            return False
        k = at - 1 if at - 1 > verb and tokens[at - 1].text.lower() in ARTICLES else at
        return k - 1 > verb and tokens[k - 1].text.lower() in attribution_lexicon(self.doc.data).prepositions

    @staticmethod
    def _von_between(tokens: list[Token], lo: int, figure: int) -> bool:
        """"von" between a verb of saying and the figure: what was said is the figure ("sprach von 17 Toten")."""
        return any(tokens[k].text == "von" for k in range(lo + 1, figure))

    def _revising_auxiliary(self, found: Found, clause_lo: int) -> int | None:
        """"Die Polizei hat die Zahl der Toten auf sechs erhöht": the auxiliary of a revising participle
        that closes the figure's clause right after it (the figure is the last thing revised)."""
        tokens = found.sentence.tokens
        after = found.last + 1
        while after < len(tokens) and after <= found.last + 2 and tokens[after].text[:1].islower() \
                and tokens[after].text not in self.lex.revising_participles:
            after += 1  # "auf sechs Tote erhöht", "auf 19 nach oben korrigiert"
        if after >= len(tokens) or tokens[after].text not in self.lex.revising_participles:
            return None
        if after + 1 < len(tokens) and tokens[after + 1].text.isalnum():
            return None  # the participle closes the clause
        auxiliary = next((i for i in range(found.first - 1, clause_lo - 1, -1)
                          if tokens[i].text.lower() in PERFECT_AUXILIARIES), None)
        return auxiliary

    def _described_subject(self, tokens: list[Token], lo: int, end: int) -> str | None:
        """"Die staatliche Menschenrechtskommission Conadeh zählte": a subject no mention names, an article
        and words one of which ends like a body (attribution's org_suffixes), named by those words."""
        if end - lo < 2 or tokens[lo].text.lower() not in ARTICLES:
            return None
        words = [t.text for t in tokens[lo + 1:end]]
        # "Die Distriktverwaltung von Chirang wiederum meldete": the body's words end before its place
        link = next((i for i, w in enumerate(words) if w in self.lex.counting_place_links), None)
        if link is not None and 0 < link < len(words) - 1 and words[-1][:1].isupper() \
                and all(w[:1].isupper() or w.lower() in ARTICLES for w in words[link + 1:]):
            words = words[:link]
        if not all(w[:1].isupper() or (w.isalpha() and w.endswith(("e", "en"))) for w in words) \
                or not words[-1][:1].isupper():
            return None
        suffixes = attribution_lexicon(self.doc.data).org_suffixes
        if not any(w.lower().endswith(suffixes) for w in words if w[:1].isupper()):
            return None
        return speaker_names.plain_body_name(self.doc.text[tokens[lo + 1].start:tokens[end - 1].end], None,
                                             self.doc.data)

    def _returned_from_captivity(self, found: Found, lo: int, hi: int) -> bool:
        """A word of returning in the clause, and one of captivity there too or in the paragraph or the
        lead that tells of an exchange of prisoners ("die Zahl von 157 zurückgekehrten Soldaten")."""
        words = [t.text for t in found.sentence.tokens[lo:hi]]
        return any(self.lex.captivity_returns.match(w) for w in words) and (
            any(self.lex.captivity.match(w) for w in words)
            or self.story(self.doc.sentence_index(found.sentence.span.start), "captivity"))

    def _elides_a_unit(self, found: Found) -> bool:
        """A bare number after a number of a unit in its sentence counts that unit."""
        tokens = found.sentence.tokens
        if found.first == 0 or tokens[found.first - 1].text.lower() not in ARTICLES:
            return False  # only "die sieben": an article before a bare number stands for a noun
        for i in range(found.first - 1, 0, -1):
            if tokens[i - 1].text[:1].isdigit() or _number_word(tokens[i - 1].text, self.doc.data):
                return bool(self.lex.not_after.match(tokens[i].text))
        return False

    def _rescued_migrants(self, found: Found, event: tuple[int, int, str, str] | None, noun: int | None,
                          clause_lo: int) -> bool:
        """Refugees and migrants rescued at sea are displaced: a rescue in a paragraph, or an
        article lead, that names them; the rescue is the event, or the survivors' noun counts them
        or the whole they are part of ("Unter den Geretteten sind 31 Minderjährige"). Hostages freed
        from captors stay "other" (a word of captivity in the sentence)."""
        tokens = found.sentence.tokens
        rescued = event is not None and any(_match_rest(tokens, event[0], event[1] + 1, phrase) is not None
                                            and phrase[0].match(tokens[event[0]].text) for phrase in self.lex.rescue)
        if not rescued:
            rescued = noun is not None and noun > found.last and self.lex.survivors.match(tokens[noun].text) is not None \
                or any(self.lex.survivors.match(tokens[k].text) and tokens[k - 2].text.lower() == "unter"
                       for k in range(max(clause_lo, 2), found.first))
        if not rescued or any(self.lex.captive.match(t.text) for t in tokens) \
                or found.first > 0 and tokens[found.first - 1].text in self.lex.capacity_words:
            return False  # (nor the people a camp was built "für")
        return self._migrant_story(found)

    @staticmethod
    def _event_text(tokens: list[Token], event: tuple[int, int, str, str]) -> str:
        return " ".join(t.text for t in tokens[event[0]:event[1] + 1])

    def _sick_care(self, found: Found, event: tuple[int, int, str, str]) -> bool:
        """Care or a poisoning (not an injury) in a paragraph that names a sickness."""
        if not self.lex.sick_care.search(self._event_text(found.sentence.tokens, event)):
            return False
        return self._sickness_story(found)

    def _sickness_story(self, found: Found) -> bool:
        return self.story(self.doc.sentence_index(found.sentence.span.start), "sickness")

    def _outbreak_story(self, found: Found) -> bool:
        """Where patients and contacts are the sick's figures (not heat or a bad meal)."""
        return self.story(self.doc.sentence_index(found.sentence.span.start), "outbreak")

    def story(self, here: int, kind: str) -> bool:
        """What the article around sentence `here` is about, one answer per paragraph: "refugees"
        when it or the lead (_lead) names refugees or migrants (a word, or the last part of a
        hyphenated one, that a displaced role or a migration topic of measures.toml starts);
        "sickness" or "outbreak" when it or the lead names a sickness or an outbreak of a disease (a
        headline may name only the wave or the toll, the paragraph below it the disease). The claims rules and the claim model's features ask the same question here."""
        paragraph = self._paragraph(here)
        key = ("story", kind, paragraph)
        answer = self._memo.get(key)
        if answer is None:
            scope = paragraph | (self._lead() if kind in ("refugees", "sickness", "outbreak", "captivity") else self._paragraph(0))
            if kind == "refugees" and self._refugee_paragraphs() >= self.lex.refugee_paragraphs:
                scope = frozenset(range(len(self.doc.sentences)))
            answer = self._memo[key] = any(self._sentence_names(i, kind) for i in sorted(scope))
        return answer

    def _refugee_paragraphs(self) -> int:
        """How many paragraphs name refugees or migration: an article that names them in several
        is about them throughout, also where a paragraph or the lead does not (a boat accident in the
        Channel whose lead counts the people on board, the migrants named in later paragraphs)."""
        key = ("refugee paragraphs",)
        if key not in self._memo:
            paragraphs = {self._paragraph(i) for i in range(len(self.doc.sentences))}
            self._memo[key] = sum(any(self._sentence_names(i, "refugees") for i in p) for p in paragraphs)
        return self._memo[key]

    def _sentence_names(self, index: int, kind: str) -> bool:
        """Whether sentence `index` names what story(kind) looks for; each sentence read once per
        kind (the lead is part of every paragraph's question)."""
        key = ("names", kind, index)
        answer = self._memo.get(key)
        if answer is None:
            span = self.doc.sentences[index]
            if kind == "refugees":
                answer = self._names_refugees(_sentence(self.doc, span, self.sentences))
            else:
                pattern = self.lex.sickness if kind == "sickness" else \
                    self.lex.animal_outbreak if kind == "animal_outbreak" else \
                    self.lex.protest if kind == "protest" else \
                    self.lex.captivity_story if kind == "captivity" else self.lex.outbreak
                answer = pattern.search(self.doc.text[span.start:span.end]) is not None
            self._memo[key] = answer
        return answer

    def _out_of_contact(self, found: Found) -> bool:
        """The sentence or the next one says nobody has contact with the counted."""
        here = self.doc.sentence_index(found.sentence.span.start)
        doc = self.doc
        return any(self.lex.no_contact.search(doc.text[doc.sentences[i].start:doc.sentences[i].end])
                   for i in (here, here + 1) if i < len(doc.sentences))

    def _civilian_victims(self, reading: Reading) -> bool:
        """People (not forces) killed, hurt or missing belong to no side, whatever country they come from
        ("zwei Bergwanderer aus Deutschland", "drei Studentinnen aus Spanien")."""
        return reading.noun_class in ("people", "unknown") and reading.measure in ("killed", "wounded", "missing") \
            and reading.actor is not None and self._is_country(reading.actor)

    def _of_national_force(self, found: Found, reading: Reading) -> bool:
        """"35 Angehörige der marokkanischen Sicherheitskräfte": the people counted are members of a
        national force, not civilians of a country."""
        tokens = found.sentence.tokens
        if reading.noun is None or reading.noun + 3 >= len(tokens):
            return False
        article, adjective, force = tokens[reading.noun + 1:reading.noun + 4]
        return article.text in ("der", "des") and self.lex.force_nouns.match(force.text.rsplit("-", 1)[-1]) is not None \
            and _country_from_adjective(adjective.text, self.doc.data) is not None

    def _identified_as(self, found: Found) -> str | None:
        """"Bei den Todesopfern handelt es sich um zwei Bergwanderer": people named as who the
        casualties were share their measure; the phrase must stand right before the figure."""
        tokens = found.sentence.tokens
        words = [t.text for t in tokens[:found.first]]
        for phrase in self.lex.identity_phrases:
            n = len(phrase)
            if len(words) < n + 3 or words[-n:] != phrase:
                continue
            # "Bei den Toten" (maybe "laut Polizei" between) opens the sentence
            if words[0].lower() != "bei" or words[1].lower() not in ARTICLES:
                return None
            return self._measure_of_phrase(tokens, 2, found.first - n)
        # a copula after the sentence's subject: "Die übrigen Toten seien drei Bergführer"
        if 3 <= found.first <= 5 and words[-1].lower() in self.lex.identity_copulas and words[0].lower() in ARTICLES:
            return self._measure_of_phrase(tokens, 1, found.first - 1)
        # an apposition: "Gegen die Festgenommenen, 22 Männer und vier Frauen, wird ermittelt"
        if found.first >= 3 and words[-1] == "," and words[-3].lower() in ARTICLES:
            kind, measure = _classify_noun(words[-2], self.lex)
            return measure if kind == "fixed" and measure in PERSON_ONLY + ("displaced",) else None
        return None

    def _measure_of_phrase(self, tokens: list[Token], lo: int, hi: int) -> str | None:
        """The measure a noun phrase names: its measure noun ("den Todesopfern"), or people with an
        event's participle ("den festgenommenen Personen")."""
        noun = next((i for i in range(lo, min(hi, lo + 5)) if tokens[i].text[:1].isupper()), None)
        return None if noun is None else self._noun_measure(tokens, lo, noun)

    def _noun_measure(self, tokens: list[Token], lo: int, noun: int) -> str | None:
        """The measure a noun names: a measure noun's own, or for people the event of a participle before
        it in [lo, noun) ("verschwundenen Personen")."""
        kind, measure = _classify_noun(tokens[noun].text, self.lex)
        if kind == "fixed":
            return measure
        strong = [e for e in _events_in(tokens, lo, noun, self.lex) if e[3] == "strong" and e[2] in PERSON_ONLY]
        return strong[-1][2] if kind in ("people", "role") and strong else None

    def _lives_in_camp(self, found: Found, clause_lo: int, clause_hi: int) -> bool:
        """People living in a camp, in the figure's clause a verb of living and in its sentence a camp:
        a refugee camp, or any camp in a story of refugees."""
        tokens = found.sentence.tokens
        if found.first > 0 and tokens[found.first - 1].text in self.lex.capacity_words:
            return False  # "das für 40.000 Personen geplant war": what the camp was built for
        if not any(t.text in self.lex.camp_verbs for t in tokens[clause_lo:clause_hi]):
            return False
        camps = [t.text for t in tokens if self.lex.camp_nouns.match(t.text)]
        return bool(camps) and (any(self.lex.refugee_camps.match(c) for c in camps) or self._migrant_story(found))

    def _participants(self, found: Found, tokens: list[Token], index: int, conjunct_hi: int) -> bool:
        """The counted noun names people taking part in a protest or a strike or riding a vehicle
        (no more than one can hold: participants in measures.toml); people at an event only in a story
        of a protest. In a story of refugees the people on board or on the march are displaced, which
        this does not say. People with a predicate of their own that is no event are counted for what
        befell them, which the rules do not know ("200 Demonstranten festgehalten und 15 verletzt"),
        unless it only counts them ("4.500 Demonstranten gezählt, ...")."""
        noun = tokens[index].text
        if self._own_predicate(tokens, index + 1, conjunct_hi) and not self._counted_only(tokens, index + 1, conjunct_hi):
            return False
        here = self.doc.sentence_index(found.sentence.span.start)
        low = found.quantity.low or found.quantity.high or 0
        taking_part = self.lex.participant_nouns.match(noun) is not None or \
            self.lex.riders.match(noun) is not None and low <= self.lex.most_aboard or \
            self.lex.event_participant_nouns.match(noun) is not None and self.story(here, "protest") or \
            self._counted_crowd(found, noun, here)
        return taking_part and not self._migrant_story(found)

    def _counted_crowd(self, found: Found, noun: str, here: int) -> bool:
        """"Die Polizei zählte rund 4.800 Menschen": plain people counted in a paragraph about a protest
        are its crowd; a vague crowd ("mehrere Tausend Menschen versammelten sich") is a description,
        not a count, and the gold leaves it out."""
        return self.lex.crowd_nouns.match(noun) is not None and not found.quantity.vague \
            and self.story(here, "protest")

    def _counted_only(self, tokens: list[Token], lo: int, hi: int) -> bool:
        """The participle closing the conjunct (see _own_predicate) only counts the people."""
        return any(t.text in self.lex.counting_participles for t in tokens[lo:hi])

    def _migrant_story(self, found: Found) -> bool:
        return self.story(self.doc.sentence_index(found.sentence.span.start), "refugees")

    def _names_refugees(self, sentence: Sentence) -> bool:
        known = _answers(self.lex, "refugee word")  # word -> whether it names refugees or migration, tried once
        displaced = None
        for token in sentence.tokens:
            word = token.text.rsplit("-", 1)[-1]
            answer = known.get(word)
            if answer is None:
                if displaced is None:
                    displaced = [pattern for measure, pattern in self.lex.role if measure == "displaced"]
                answer = known[word] = any(pattern.match(word) for pattern in displaced) \
                    or self.lex.migration_topic.match(word) is not None
            if answer:
                return True
        return False

    @staticmethod
    def _in_adverbial(tokens: list[Token], i: int) -> bool:
        """"Auf der Flucht erschießt der Täter ...": an event noun inside a prepositional phrase
        describes the actor, not the people counted after it."""
        if not tokens[i].text[:1].isupper() or i + 1 < len(tokens) and tokens[i + 1].text.lower() == "von":
            return False  # "nach der Flucht von 300 Menschen": the event's own object
        j = i - 1
        while j >= 0 and tokens[j].text.lower() in ARTICLES:
            j -= 1
        return j >= 0 and j < i - 1 and tokens[j].text.lower() in PREPOSITIONS

    def _own_predicate(self, tokens: list[Token], lo: int, hi: int) -> bool:
        """"500 Journalisten bedroht und 20 getötet": a participle (no event, or it would have been
        found) closing the conjunct before its "und" or comma is this number's own predicate."""
        k = hi - 1
        while k >= lo and tokens[k].text not in ("und", "oder", ","):
            k -= 1
        return k - 1 >= lo and bool(self.lex.own_participle.match(tokens[k - 1].text))

    @staticmethod
    def _own_object(tokens: list[Token], lo: int, hi: int) -> bool:
        """"etwa 20 Vermummte griffen eine Gruppe ... an, vier Menschen wurden verletzt": an article not
        governed by a preposition opens an object of the number's own clause, so the people counted act
        on others and take no verb of the next conjunct (a list item's "aus dem Irak" is no such object)."""
        for k in range(lo, hi):
            word = tokens[k].text.lower()
            if word in DETERMINERS - {"dem", "des", "der", "einem", "eines", "einer"} \
                    and (k == 0 or tokens[k - 1].text.lower() not in PREPOSITIONS):
                return True
        return False

    @staticmethod
    def _coordinated_before(tokens: list[Token], lo: int, hi: int) -> bool:
        """A coordinator or comma between a noun and an event, not inside a prepositional phrase
        ("wegen Unterkühlung und Dehydrierung im Krankenhaus behandelt")."""
        for t in tokens[lo:hi]:
            if t.text.lower() in PREPOSITIONS - COORDINATORS - {"und", "oder", "als", "wie"}:
                return False
            if t.text in COORDINATORS or t.text == ",":
                return True
        return False

    def _after_inserted_part(self, sentence: Sentence, clause_hi: int) -> tuple[int, int] | None:
        """The clause that resumes after ", darunter ... ,": token range, or None."""
        tokens = sentence.tokens
        if clause_hi >= len(tokens) or not any(
                [t.text.lower() for t in tokens[clause_hi:clause_hi + len(p)]] == p for p in self.lex.before_part):
            return None
        if clause_hi == 0 or tokens[clause_hi - 1].text != ",":
            return None
        for j in range(clause_hi + 1, min(len(tokens), clause_hi + 8)):
            if tokens[j].text == ",":
                lo, hi = sentence.clause(j + 1) if j + 1 < len(tokens) else (j + 1, j + 1)
                return (j + 1, min(hi, j + 1 + RIGHT_WINDOW)) if j + 1 < hi else None
        return None

    def _after_subject_insertion(self, sentence: Sentence, found: Found, noun: int) -> tuple[int, int] | None:
        """The clause that resumes after a relative clause or an apposition set off by commas after the
        counted subject that opens the sentence ("Zwei Männer, die ... verschafft haben sollen, wurden am
        Dienstag festgenommen", "Zwei Autofahrer, ein 51-jähriger Mann und eine 29-jährige Frau, starben"):
        token range, or None. A relative clause with an event of its own keeps it (_relative_clause_event)."""
        lex = self.lex
        tokens = sentence.tokens
        # the subject opens the sentence: only a word or two before the number ("Insgesamt", "Die beiden")
        if found.first > 2 or not all(t.text[:1].isalpha() for t in tokens[:found.first]):
            return None
        comma = noun + 1
        if comma + 2 >= len(tokens) or tokens[comma].text != ",":
            return None
        opener = tokens[comma + 1].text
        relative = opener in lex.relative_pronouns
        if relative and self._relative_clause_event(tokens, noun) is not None:
            return None
        if not relative and not (opener.lower() in lex.apposition_openers or opener[:1].isdigit()):
            return None
        for j in range(comma + 2, min(len(tokens) - 1, comma + 2 + MAX_SUBJECT_INSERTION)):
            word = tokens[j].text
            if word in CLAUSE_PUNCT or word in QUOTE_CLOSING or word == ".":
                return None
            if word != ",":
                continue
            following = tokens[j + 1].text
            if not relative and (following.lower() in lex.apposition_openers or following[:1].isdigit()):
                continue  # "ein 19-Jähriger, ein 22-Jähriger und ...": the apposition lists on
            # the main clause's finite verb follows the closing comma (a relative clause ends in its own verb)
            if not following[:1].islower() or following in CLAUSE_OPENERS or following in COORDINATORS \
                    or relative and not tokens[j - 1].text[:1].islower():
                return None
            lo, hi = sentence.clause(j + 1)
            return (j + 1, min(hi, j + 1 + RIGHT_WINDOW)) if j + 1 < hi else None
        return None

    def _military_vehicle(self, tokens: list[Token], noun: int) -> bool:
        """A vehicle owned by a force ("vier Boote der Marine") or armed with weapons ("zwei Pick-ups mit
        aufmontierten Maschinengewehren")."""
        lex = self.lex
        if noun + 2 >= len(tokens):
            return False
        link = tokens[noun + 1].text
        if link in COORDINATORS and self._weapon_listed_at(tokens, noun + 2):
            return True  # "zwei Fahrzeuge und mehrere Gewehre erbeutet": taken together with weapons
        if link in ("der", "des"):
            return bool(lex.military_owners.match(tokens[noun + 2].text))
        if link == "mit":
            weapon, _ = _noun_after(tokens, noun + 2, min(len(tokens), noun + 6), lex)
            return weapon is not None and _classify_noun(tokens[weapon].text, lex) == ("fixed", "equipment")
        return False

    def _destroyed_in_fighting(self, tokens: list[Token], clause_lo: int, clause_hi: int) -> bool:
        """Vehicles destroyed or lost where the sentence names a force or a weapon: a war's losses ("Die
        Angreifer hätten 400 Kämpfer und 40 Fahrzeuge verloren"), not cars wrecked by a fire or a riot."""
        lex = self.lex
        if not any(lex.vehicles_destroyed.match(t.text) for t in tokens[clause_lo:clause_hi]):
            return False
        return any(_classify_noun(t.text, lex) in (("role", "troops"), ("fixed", "equipment"))
                   or lex.fighting_words.match(t.text) or lex.military_owners.match(t.text)
                   or lex.force_nouns.match(t.text.rsplit("-", 1)[-1]) for t in tokens)

    def _weapon_listed_at(self, tokens: list[Token], lo: int) -> bool:
        """A weapon (an equipment noun, or a mass of weapons: "Munition") opens the list item at `lo`,
        after a count or a few fillers ("mehrere", "große Mengen")."""
        lex = self.lex
        for k in range(lo, min(len(tokens), lo + 4)):
            word = tokens[k].text
            if _classify_noun(word, lex) == ("fixed", "equipment") or lex.mass_weapons.match(word):
                return True
            if not (word in lex.listed_weapon_fillers or word[:1].isdigit() or word.lower() in lex.apposition_openers):
                return False
        return False

    def _counted_by_cases(self, tokens: list[Token], lo: int) -> tuple[int, str] | None:
        """"247 Fälle von verschwundenen Personen", "zwölf Fälle von Entführten": the people the cases
        count, by their noun or the event of their participle (noun index, measure)."""
        lex = self.lex
        inner, _ = _noun_after(tokens, lo, min(len(tokens), lo + 6), lex)
        if inner is None:
            return None
        measure = self._noun_measure(tokens, lo, inner)
        return (inner, measure) if measure in PERSON_ONLY else None

    @staticmethod
    def _after_dashed_part(sentence: Sentence, clause_lo: int, clause_hi: int) -> tuple[int, int] | None:
        """The clause that resumes after a part set off by a pair of dashes ("14 Personen – elf Bewohnende
        und drei Mitarbeitende – wurden ... gebracht"), for the whole before it and the parts inside it."""
        tokens = sentence.tokens
        if clause_hi < 2 or clause_hi >= len(tokens) or tokens[clause_hi - 1].text not in DASHES:
            return None
        resume = clause_hi
        if not (clause_lo > 0 and tokens[clause_lo - 1].text in DASHES):
            inner_lo, inner_hi = sentence.clause(clause_hi)
            if inner_hi >= len(tokens) or tokens[inner_hi - 1].text not in DASHES:
                return None
            clause_lo, resume = inner_lo, inner_hi
        if resume - clause_lo > MAX_DASHED_PART:
            return None
        lo, hi = sentence.clause(resume)
        return (resume, min(hi, resume + RIGHT_WINDOW)) if resume < hi else None

    def _elided_noun(self, found: Found, tokens: list[Token]) -> bool:
        """"sechs weitere", "weitere fünf": a number whose people noun was named before."""
        near = [t.text.lower() for t in tokens[max(0, found.first - 1):found.first]] + \
               [t.text.lower() for t in tokens[found.last + 1:found.last + 2]]
        if any(len(p) == 1 and p[0] in near for p in self.lex.additional):
            return True
        return found.first == 0 and self._people_counted_before(found)

    def _people_counted_before(self, found: Found) -> bool:
        """"Zum Zeitpunkt arbeiteten 127 Kumpel unter Tage. 95 konnten sich retten": a bare number
        opening a sentence counts the people the sentence before counted."""
        here = self.doc.sentence_index(found.sentence.span.start)
        if here == 0:
            return False
        before = _sentence(self.doc, self.doc.sentences[here - 1], self.sentences)
        tokens = before.tokens
        for quantity in self.doc.items_in(self.doc.quantities, before.span):
            last = before.index_at(quantity.span.start)
            while last + 1 < len(tokens) and tokens[last + 1].end <= quantity.span.end:
                last += 1
            noun, _adjectives = _noun_after(tokens, last + 1, len(tokens), self.lex)
            if noun is not None and _classify_noun(tokens[noun].text, self.lex)[0] in ("people", "role"):
                return True
        return False

    def _part_of_named_whole(self, found: Found, previous: Claim) -> bool:
        """"Von den vorgesehenen 105 Kampfpanzern seien nur 18 ausgeliefert": a bare number after a
        whole introduced by "von den" counts a part of it."""
        tokens = found.sentence.tokens
        if previous.sentence != found.sentence.span:
            return False
        start = found.sentence.index_at(previous.evidence.start)
        before = [t.text.lower() for t in tokens[max(0, start - 5):start + 1]]
        return any(before[i:i + len(p)] == p for p in self.lex.among if p[0] == "von" for i in range(len(before)))

    def _ages_after(self, found: Found, window_hi: int) -> tuple[int, int] | None:
        """The token range [start, end] of an age phrase inside the counted noun phrase after `found`
        ("Drei Männer aus Rumänien im Alter von 29, 33 und 40 Jahren"), or None: its opener within a few
        words of the number, its unit a few words on."""
        opener = self.lex.age_opener
        if not opener:
            return None
        tokens = found.sentence.tokens
        n = len(opener)
        for start in range(found.last + 1, min(window_hi, found.last + 8) - n + 1):
            if [t.text for t in tokens[start:start + n]] == list(opener):
                for end in range(start + n + 1, min(len(tokens), start + n + 8)):
                    if tokens[end].text in self.lex.age_units:
                        return start, end
                return None
        return None

    def _in_prepositional_phrase(self, found: Found, all_found: list[Found | None], index: int) -> bool:
        """"800.000 Menschen in rund 9.000 Schutzräume gebracht": a number after a preposition that
        counts no measure of its own is part of the first one's clause, not a new conjunct."""
        tokens = found.sentence.tokens
        if found.first == 0 or tokens[found.first - 1].text.lower() not in PREPOSITIONS:
            return False
        if tokens[found.first - 1].text.lower() in COORDINATORS | {"als", "wie", "laut", "zufolge"}:
            return False
        noun, _ = _noun_after(tokens, found.last + 1, len(tokens), self.lex)
        return noun is not None and _classify_noun(tokens[noun].text, self.lex)[0] == "unknown"

    def _describes_other_noun(self, tokens: list[Token], event: tuple[int, int, str, str], own_np: range) -> bool:
        """"drei Innenverteidiger und den verletzten Torhüter": an attributive participle belongs
        to the noun after it, which is not the counted one ("erlagen Verletzungen" is no such pair)."""
        first, last = event[0], event[1]
        if first in own_np or last + 1 >= len(tokens) or first != last:
            return False
        word, following = tokens[last].text, tokens[last + 1].text
        if not (ADJECTIVE_END.match(word) and following[:1].isupper() and following[:1].isalpha()):
            return False
        if self._finite_after_fronted_phrase(tokens, first):
            return False  # "Am Montag töteten Angreifer 14 Menschen": a verb with its subject after it
        return not _events_in(tokens, last + 1, last + 2, self.lex) and _classify_noun(following, self.lex)[0] != "fixed"

    def _finite_after_fronted_phrase(self, tokens: list[Token], i: int) -> bool:
        """Token `i` stands where a main clause's finite verb stands: after a capitalised noun or name
        that is no article, number or preposition and does not open the sentence ("In Vilshofen holten
        Helfer ...", "Am Montag töteten Angreifer ..."); an attributive participle follows an article, a
        number or a preposition ("den verletzten Torhüter", "Zwei verletzte Soldaten")."""
        if i < 2:
            return False
        before = tokens[i - 1].text
        lowered = before.lower()
        return before[:1].isupper() and before[:1].isalpha() and lowered not in DETERMINERS \
            and lowered not in PREPOSITIONS and lowered not in COORDINATORS \
            and lowered not in self.lex.possessive and not _number_word(before, self.doc.data)

    def _fixed_pair(self, tokens: list[Token], noun: int, hi: int, measure: str | None) -> str | None:
        """"45 Tote und Verletzte": one figure of both."""
        if noun + 2 < hi and self.lex.joiners.match(tokens[noun + 1].text):
            other_class, other = _classify_noun(tokens[noun + 2].text, self.lex)
            if other_class == "fixed" and {measure, other} == {"killed", "wounded"}:
                return "killed_or_wounded"
        return measure

    @staticmethod
    def _next_in_sentence(all_found: list[Found | None], index: int, after: int = -1) -> Found | None:
        """The first number after number `index` in its sentence (that starts after token `after`)."""
        sentence = all_found[index].sentence  # type: ignore[union-attr]
        for other in all_found[index + 1:]:
            if other is None:
                continue
            if other.sentence is not sentence:
                return None
            if other.first > after:
                return other
        return None

    def _fixed_noun_before(self, tokens: list[Token], first: int) -> str | None:
        """The measure of the last counted noun with an article before `first` in the sentence."""
        for i in range(first - 1, 0, -1):
            if tokens[i - 1].text.lower() not in self.lex.refer_back:
                continue
            kind, measure = _classify_noun(tokens[i].text, self.lex)
            if kind == "fixed":
                return measure
        return None

    def _breaks_down(self, found: Found, all_found: list[Found | None], index: int) -> bool:
        """"Drei Bewohner, zwei Männer aus Rumänien und eine Frau aus Bulgarien, starben": an
        apposition right after a counted noun whose numbers add up to that count restates it."""
        tokens = found.sentence.tokens
        whole = self._previous_in_sentence(all_found, index)
        if whole is not None and id(whole) in self._parts_restated:
            if all(t.text != "," for t in tokens[whole.last + 1:found.first]):
                self._parts_restated.add(id(found))  # "..., zwei Frauen und zwei Kinder, ...": the next part
                return True
            return False
        if whole is None or found.first < 2 or tokens[found.first - 1].text != "," \
                or whole.quantity.low is None or whole.quantity.low != whole.quantity.high:
            return False
        between = tokens[whole.last + 1:found.first - 1]
        if not 1 <= len(between) <= 3 or not all(t.text[:1].isalpha() for t in between) \
                or not between[-1].text[:1].isupper():
            return False
        starts = {f.first: f for f in all_found if f is not None and f.sentence is found.sentence}
        total, i = 0.0, found.first
        while i < len(tokens) and tokens[i].text != ",":
            if i in starts:
                total += starts[i].quantity.low or 0
                i = starts[i].last + 1
                continue
            value = _safely(parse_number, tokens[i].text) if tokens[i].text[:1].islower() else None
            total += value or 0
            i += 1
        if i < len(tokens) and total == whole.quantity.low:
            self._parts_restated.add(id(found))
            return True
        return False

    def _previous_in_sentence(self, all_found: list[Found | None], index: int) -> Found | None:
        me = all_found[index]
        for other in reversed(all_found[:index]):
            if other is None:
                continue
            return other if other.sentence is me.sentence else None  # type: ignore[union-attr]
        return None

    def _is_whole(self, all_found: list[Found | None], index: int) -> bool:
        me = all_found[index]
        for other in reversed(all_found[:index]):
            if other is None or other.sentence is not me.sentence:  # type: ignore[union-attr]
                return False
            between = [t.text for t in me.sentence.tokens[other.last + 1:me.first]]  # type: ignore[union-attr]
            return _names_whole(between, self.lex)
        return False

    def _runs(self, all_found: list[Found | None]) -> NumberRuns:
        if self._number_runs is None or self._number_runs.all_found is not all_found:
            self._number_runs = NumberRuns(all_found)
        return self._number_runs

    def _after_closed_number(self, all_found: list[Found | None], index: int, clause_lo: int) -> int:
        """Where the left context of a number starts: the clause start, or after an earlier
        number of the sentence that a comma closes."""
        me = all_found[index]
        runs = self._runs(all_found)
        closed = runs.comma_closed
        # only the numbers a comma closes can answer, and none before the sentence's run
        for at in range(bisect_left(closed, index) - 1, -1, -1):
            other = all_found[closed[at]]
            if closed[at] <= runs.run_stop[index]:
                break
            if other.last + 1 < me.first:  # type: ignore[union-attr]
                return max(clause_lo, other.last + 2)  # type: ignore[union-attr]
        return clause_lo

    def _first_number_in_clause(self, all_found: list[Found | None], index: int, clause_lo: int) -> int:
        me = all_found[index]
        runs = self._runs(all_found)
        # "auf 300, verwundet worden seien etwa 2.700": the comma closed that number
        closed_at = bisect_left(runs.comma_closed, index)
        stop = max(runs.run_stop[index], runs.comma_closed[closed_at - 1] if closed_at else -1)
        if not runs.ascending:
            at = index
            while at - 1 > stop and all_found[at - 1].first >= clause_lo:  # type: ignore[union-attr]
                at -= 1
            return all_found[at].first if at < index else me.first  # type: ignore[union-attr]
        # the numbers of one sentence ascend: the first of them inside the clause
        at = bisect_left(all_found, clause_lo, stop + 1, index, key=lambda f: f.first)  # type: ignore[union-attr]
        return all_found[at].first if at < index else me.first  # type: ignore[union-attr]

    def _gapped(self, found: Found, noun: int | None, previous: Claim) -> bool:
        """"27 Hitzetote im Bundesstaat Rio und 14 im Bundesstaat São Paulo", "23 Personen wurden leicht
        verletzt, zwei Personen schwer": a number (with a neutral noun at most) after a comma or a
        coordinator, followed by a word of the kind the conjunct of the claim before it has, repeats
        that claim's event for another place, time or degree."""
        tokens = found.sentence.tokens
        end = found.last if noun is None else noun
        while end + 1 < len(tokens) and tokens[end + 1].text.lower() in self.lex.additional_words:
            end += 1  # "zwölf Leichen gefunden, fünf weitere in der Gemeinde Navolato"
        if found.first == 0:
            return False
        opening = found.first - 1
        while opening > 0 and (tokens[opening].text.lower() in self.lex.additional_words
                               or tokens[opening].text.lower() in GAP_ADVERBS):
            opening -= 1
        sentence = found.sentence
        lo = sentence.index_at(previous.evidence.start)
        previous_lo = sentence.clause(lo)[0] if lo < len(tokens) else lo
        if tokens[opening].text == "," or tokens[opening].text in COORDINATORS:
            if end + 1 >= len(tokens):
                return False
            forms = next((f for f in self.lex.gapped if tokens[end + 1].text in f), None)
            # the claim before names the same kind of place or degree in its conjunct, or (after "weitere")
            # in its clause: "In der Hauptstadt wurden zwölf Leichen gefunden, fünf weitere in ..."
            start = previous_lo if end > (noun if noun is not None else found.last) else lo
            return forms is not None and any(t.text.lower() in forms for t in tokens[start:opening])
        # the place or time before the number: "87 Fälle in der ersten Woche, in der zweiten bereits mehr
        # als 400", "40.000 in Surin, in der Nachbarprovinz weitere rund 12.500"
        if noun is not None or (end + 1 < len(tokens) and tokens[end + 1].text[:1].isalnum()
                                and not self._gapped_conjunct_follows(tokens, end + 1)):
            return False
        comma = next((i for i in range(opening, max(lo, opening - MAX_GAP_PHRASE), -1)
                      if tokens[i].text == "," or tokens[i].text in COORDINATORS), None)
        if comma is None or comma + 1 > opening:
            return False
        forms = next((f for f in self.lex.gapped if tokens[comma + 1].text.lower() in f), None)
        if forms is None or _events_in(tokens, comma + 1, opening + 1, self.lex) or any(
                t.text[:1].isdigit() or t.text.lower() in self.lex.modals for t in tokens[comma + 1:opening + 1]):
            return False
        return any(t.text.lower() in forms for t in tokens[previous_lo:comma])

    def _gapped_conjunct_follows(self, tokens: list[Token], i: int) -> bool:
        """A coordinator and another gapped conjunct's preposition after a number: "in Süd 14 und im
        Osten sieben" (the middle of a list of places)."""
        return tokens[i].text in COORDINATORS and i + 1 < len(tokens) \
            and any(tokens[i + 1].text.lower() in forms for forms in self.lex.gapped)

    def _past_prepositional_numbers(self, all_found: list[Found | None], index: int, first_number: int) -> int:
        """"Bei Durchsuchungen in zwei Wohnungen nahmen die Ermittler zwei Männer fest": a number of
        an adverbial before the verb counts no conjunct, so the verb after it still governs."""
        me = all_found[index]
        if first_number >= me.first:  # type: ignore[union-attr]
            return first_number
        before: list[tuple[int, Found]] = []  # the sentence's numbers from the first one on, nearest first
        for j in range(index - 1, -1, -1):
            other = all_found[j]
            if other is None or other.sentence is not me.sentence or other.first < first_number:  # type: ignore[union-attr]
                break
            before.append((j, other))
        for j, other in reversed(before):
            if other.first != first_number or not self._in_prepositional_phrase(other, all_found, j):
                break
            later = [f.first for k, f in before if k > j]
            first_number = min(later) if later else me.first  # type: ignore[union-attr]
        return first_number

    def _previous_claim_in_sentence(self, sentence: Sentence) -> Claim | None:
        for claim in reversed(self.claims):
            if claim.sentence == sentence.span:
                return claim
            break
        return None

    def _charge_before(self, tokens: list[Token], link: int) -> str | None:
        """The victims' measure of a charge right before "in N Fällen" (attempted killings hurt)."""
        if link < 1:
            return None
        for measure, pattern in self.lex.charges:
            if pattern.match(tokens[link - 1].text):
                attempted = link >= 2 and self.lex.attempted.match(tokens[link - 2].text)
                return "wounded" if attempted and measure == "killed" else measure
        return None

    def _colon_whole(self, found: Found, tokens: list[Token]) -> Claim | None:
        """"Elf Menschen kamen ums Leben: acht Zivilisten, zwei Gendarmen und ein Polizist": a list
        right after a colon that ends a casualty figure's clause names its parts, which share its
        measure; only nouns, numbers, commas and "und" between the colon and the number."""
        sentence = found.sentence.span
        for claim in self.claims:
            if claim.sentence != sentence or claim.measure not in PERSON_ONLY:
                continue
            after = [i for i, t in enumerate(tokens[:found.first]) if t.start >= claim.evidence.end]
            colon = next((i for i in after[:3] if tokens[i].text == ":"), None)
            if colon is None:
                continue
            between = [t.text for t in tokens[colon + 1:found.first]]
            if len(between) > 12 or not all(w in {",", "und", "sowie"} or w[:1].isalnum() for w in between):
                continue
            if claim.high is not None and found.quantity.high is not None and found.quantity.high > claim.high:
                continue
            return claim
        return None

    def _only_dead_counted(self) -> bool:
        """The article so far counted dead and no hurt: its victims ("Opfer") are the dead."""
        measures = {claim.measure for claim in self.claims}
        return "killed" in measures and not measures & {"wounded", "killed_or_wounded"}

    def _previous_claim_nearby(self, sentence: Sentence) -> Claim | None:
        """The last claim of this sentence or the one before it in the same paragraph."""
        here = self.doc.sentence_index(sentence.span.start)
        for claim in reversed(self.claims):
            if claim.sentence is not None:
                there = self.doc.sentence_index(claim.sentence.start)
                if here - there <= 1 and there in self._paragraph(here):
                    return claim
            break
        return None

    def _is_of_them(self, found: Found, tokens: list[Token]) -> bool:
        after = [t.text.lower() for t in tokens[found.last + 1:found.last + 3]]
        return any(phrase and after[:len(phrase)] == phrase for phrase in self.lex.of_them)

    def _opens_with_part(self, tokens: list[Token], found: Found) -> bool:
        """The sentence opens with a word of a part ("Unter ihnen waren auch 31 Kinder", "Darunter
        sind zwölf Frauen") and the number follows within three words, not counting the words of a
        source named between them ("Unter ihnen waren nach Angaben der Kommission 22 Minderjährige")."""
        words = [t.text.lower() for t in tokens[:found.first]]
        phrases = [p for p in self.lex.before_part if p and words[:len(p)] == p]
        if not phrases:
            return False
        between = tokens[len(phrases[0]):found.first]
        if len(between) <= 3:
            return True
        here = self.doc.sentence_index(found.sentence.span.start)
        source_spans = [Span(min(s.start for s in spans), max(s.end for s in spans)) for a in self.doc.attributions
                        if a.sentence == here and (spans := [s for s in (a.cue_span, a.speaker_span) if s is not None])]
        return sum(not any(s.start <= t.start and t.end <= s.end for s in source_spans) for t in between) <= 3

    def _is_part(self, found: Found, tokens: list[Token]) -> bool:
        return self._is_part_at(tokens, found.first, found.last)

    def _next_part(self, found: Found, tokens: list[Token], previous: Claim) -> bool:
        """"darunter sechs Ukrainer und vier Georgier", "sieben von ihnen in Utrecht, zwei in Bonn":
        a number joined to a part of a figure, with only names and prepositions between, is a part too."""
        inside = [i for i, t in enumerate(tokens[:found.first])
                  if previous.evidence.start <= t.start and t.end <= previous.evidence.end]
        if not inside or not any(self._is_part_at(tokens, i, i) for i in inside):
            return False
        last = inside[-1]
        between = [t.text for t in tokens[last + 1:found.first]]
        if not between or between[-1] not in {",", "und", "sowie"}:
            return False
        of_them = {w for phrase in self.lex.of_them for w in phrase}
        return all(w in {",", "und", "sowie"} or w in self.lex.locative or w in self.lex.origin or w in of_them
                   or w[:1].isupper() and not w[:1].isdigit() for w in between)

    def _relative_clause_event(self, tokens: list[Token], noun: int) -> str | None:
        """The measure of a passive or intransitive event in a relative clause right after the noun
        ("Verdächtige, die ... festgenommen worden waren", "Menschen, die ums Leben kamen"); none
        where the clause counts others or has the people act on others ("..., die zwei Polizisten
        erschossen haben")."""
        lex = self.lex
        if noun + 1 < len(tokens) and tokens[noun + 1].text in QUOTE_CLOSING:
            noun += 1  # the quoted phrase ends with the noun: "sprach von „etwa 900 Menschen“, die ... mussten"
        if noun + 3 >= len(tokens) or tokens[noun + 1].text != "," or tokens[noun + 2].text not in lex.relative_pronouns:
            return None
        end = noun + 3
        while end < len(tokens) and end < noun + 18 and (tokens[end].text[:1].isalnum() or (
                # a list of nouns inside the clause: "die durch Sprengkörper, Minen oder Drohnen getötet wurden"
                tokens[end].text == "," and end + 1 < len(tokens) and tokens[end - 1].text[:1].isupper()
                and tokens[end + 1].text[:1].isupper())):
            end += 1
        words = [t.text for t in tokens[noun + 3:end]]
        if any(w[:1].isdigit() for w in words):
            return None
        # an active clause has the people act on others ("..., die Passanten verletzt hatten"), but
        # leaving or fleeing is their own ("..., die ihre Dörfer verlassen hätten")
        active = any(w in lex.active_auxiliaries for w in words)
        for first, _last, measure, strength in _combine(_events_in(tokens, noun + 3, end, lex), tokens, lex):
            if strength == "strong" and (measure in PERSON_ONLY and not active or measure == "displaced"):
                return measure
        return None

    def _conjunct_closed(self, tokens: list[Token], noun: int, previous: Claim) -> bool:
        """The listed noun ends its conjunct (a comma, a coordinator or the sentence end after it),
        or the whole list hangs from one preposition ("von acht ... und vier Ägyptern die Rede");
        not "drei Menschen verletzt, 40 Passagiere blieben unverletzt"."""
        after = tokens[noun + 1].text if noun + 1 < len(tokens) else "."
        if not after[:1].isalnum() or after in {"und", "sowie", "oder"}:
            return True
        first = next((i for i, t in enumerate(tokens) if t.start >= previous.evidence.start), None)
        if first is not None and first > 2 and tokens[first - 1].text == "," \
                and tokens[first - 3].text.lower() in ARTICLES and _classify_noun(tokens[first - 2].text, self.lex)[0] == "fixed":
            return True  # an apposition to a measure noun: "Gegen die Festgenommenen, 22 Männer und vier Frauen im Alter ..."
        return first is not None and first > 0 and tokens[first - 1].text.lower() in PREPOSITIONS

    @staticmethod
    def _listed_after(found: Found, tokens: list[Token], previous: Claim) -> bool:
        """Only a comma or a conjunction stands between the previous claim's evidence and the number."""
        between = [t.text for t in tokens[:found.first] if t.start >= previous.evidence.end]
        return bool(between) and len(between) <= 2 and all(w in {",", "und", "sowie"} for w in between[-1:]) \
            and all(w in {",", "und", "sowie"} or w[:1].isdigit() for w in between)

    def _is_part_at(self, tokens: list[Token], first: int, last: int) -> bool:
        before = [t.text.lower() for t in tokens[max(0, first - 3):first]]
        after = [t.text.lower() for t in tokens[last + 1:last + 3]]
        for phrase in self.lex.before_part:
            if phrase and before[-len(phrase):] == phrase or (len(before) > len(phrase) and before[-len(phrase) - 1:-1] == phrase):
                return True
        if any(phrase and after[:len(phrase)] == phrase for phrase in self.lex.of_them):
            return True
        # a part listed after a named one: "darunter der Vater des Bräutigams und zwei Kinder"
        if first < 2 or tokens[first - 1].text not in ("und", "sowie"):
            return False
        for j in range(first - 2, max(-1, first - 2 - MAX_GAP_PHRASE), -1):
            word = tokens[j].text
            if word[:1].isdigit() or not word[:1].isalnum():
                return False
            if word.lower() in ("darunter", "davon"):
                return True
        return False

    def _among(self, found: Found, clause_lo: int) -> str | None:
        """"unter den Toten seien 12 Minderjährige": the part takes the measure of the whole."""
        tokens = found.sentence.tokens
        words = [t.text for t in tokens]
        lowered = [w.lower() for w in words]  # once, not per position and phrase
        for i in range(clause_lo, found.first):
            for phrase in self.lex.among:
                n = len(phrase)
                if lowered[i:i + n] == phrase and i + n < found.first:
                    noun = i + n
                    if noun + 1 < found.first and (words[noun][:1].isdigit() or _number_word(words[noun], {})):
                        noun += 1  # "Unter den neun Toten waren vier Kinder": the whole's own count
                    kind, measure = _classify_noun(words[noun], self.lex)
                    if kind == "fixed":
                        return measure
        return None

    def _noun_before(self, found: Found, clause_lo: int) -> tuple[int, int, str, list[int], int | None] | None:
        lex = self.lex
        tokens = found.sentence.tokens
        # a table cell or label right before: "Verletzte\t2700", "Tote: 12"
        j = found.first - 1
        while j >= clause_lo - 1 and j >= 0 and tokens[j].text in LEFT_FIXED_GAP:
            j -= 1
        if 0 <= j < found.first - 1 or (j == found.first - 1 and j >= 0 and tokens[j].text not in LEFT_FIXED_GAP):
            kind, measure = _classify_noun(tokens[j].text, lex)
            gap = tokens[j + 1:found.first]
            if kind == "fixed" and measure and (gap and all(t.text in LEFT_FIXED_GAP for t in gap)):
                return j, found.first - 1, measure, [], j
        # "die Zahl der gefallenen oder verletzten Soldaten bei etwa 4.000"
        search_lo = max(0, min(clause_lo, self._sentence_clause_floor(found)))
        key = ("number_of", found.sentence.span.start)
        if key not in self._memo:  # where the sentence names a number ("Zahl") or a pronoun for one
            self._memo[key] = ([i for i, t in enumerate(tokens) if lex.number_of.match(t.text)],
                               [i for i, t in enumerate(tokens) if t.text.lower() in lex.number_pronouns])
        number_of_at, pronouns_at = self._memo[key]
        compound = self._count_compound(found, search_lo)
        if compound is not None:
            return compound
        sentence_counts = bisect_left(number_of_at, search_lo) > 0
        candidates = number_of_at[bisect_left(number_of_at, search_lo):bisect_left(number_of_at, found.first)]
        if sentence_counts:
            candidates = sorted({*candidates, *pronouns_at[bisect_left(pronouns_at, search_lo):bisect_left(pronouns_at, found.first)]})
        for i in reversed(candidates):
            if i + 1 >= found.first or tokens[i + 1].text not in lex.number_links:
                continue
            np_lo = i + 2
            adjectives: list[int] = []
            noun = None
            for k in range(np_lo, min(found.first, np_lo + 7)):
                word = tokens[k].text
                if word[:1].isupper() and word[:1].isalpha():
                    noun = k
                    break
                adjectives.append(k)
            if noun is None:
                return None
            kind, measure = _classify_noun(tokens[noun].text, lex)
            if kind == "people" and lex.sick_people.match(tokens[noun].text) and self._outbreak_story(found):
                kind, measure = "role", "other"
            events = _combine(_events_in(tokens, np_lo, noun, lex), tokens, lex)
            strong = [e for e in events if e[3] == "strong"]
            if kind == "fixed":
                measure = self._fixed_pair(tokens, noun, found.first, measure)
            elif kind in ("role", "people") and strong:
                measure = strong[-1][2]
            elif kind == "role":
                pass
            elif self.lex.sick_cases.match(tokens[noun].text) and self._sickness_story(found):
                measure = "other"  # "die Zahl der Fälle könnte auf 12.000 steigen"
            else:
                return None
            if measure is None:
                return None
            first_word = min([e[0] for e in events] + [noun])
            return first_word, noun, measure, adjectives, noun
        return None

    def _count_compound(self, found: Found, search_lo: int) -> tuple[int, int, str, list[int], int | None] | None:
        """"Die Totenzahl stieg auf 41": a word for the number of the dead names the measure; the
        figure is the first number after it, with a link word right before ("auf", "bei", "mit")."""
        tokens = found.sentence.tokens
        if not self.lex.count_compounds or found.first < 1 or tokens[found.first - 1].text not in COMPOUND_LINKS:
            return None
        for i in range(found.first - 2, max(search_lo, found.first - 10) - 1, -1):
            word = tokens[i].text
            if word[:1].isdigit():
                return None  # another number stands between them
            for measure, pattern in self.lex.count_compounds:
                if pattern.match(word):
                    return i, i, measure, [], i
        return None

    def _sentence_clause_floor(self, found: Found) -> int:
        """"Zahl der ..." may stand in the governing clause ("..., dass die Zahl ... bei 4.000 liegt")."""
        lo, _ = found.sentence.clause(found.first)
        return self._governing_start(found.sentence, lo)

    def _referent(self, found: Found, clause_lo: int, clause_hi: int) -> Claim | None:
        """A bare number that restates or re-estimates a recent figure: "die Zahl von 30.000",
        "10.000 bis 20.000 klingt realistischer"."""
        tokens = found.sentence.tokens
        before = [t.text for t in tokens[max(clause_lo, found.first - 2):found.first]]
        clause_text = self.doc.text[tokens[clause_lo].start:tokens[clause_hi - 1].end]
        restates = len(before) >= 2 and self.lex.number_of.match(before[-2]) and before[-1] in self.lex.number_links
        estimates = any(level == "estimated" and pattern.search(clause_text) for level, pattern in self.lex.certainty)
        compares = self._copula_ellipsis(tokens, clause_lo, found.first) or self._becoming_ellipsis(tokens, clause_lo, found)
        # "Die Zahl könnte noch auf 60 bis 70 steigen": a bare "Zahl" is the figure just counted
        bare_count = any(self.lex.number_of.match(tokens[i].text) and tokens[i - 1].text.lower() in ARTICLES
                         and tokens[i + 1].text.lower() not in self.lex.number_links
                         for i in range(max(clause_lo, 1), found.first - 1))
        here = self.doc.sentence_index(found.sentence.span.start)
        pronoun_count = not bare_count and self._pronoun_for_count(found, clause_lo, here)
        if not (restates or estimates or compares or bare_count or pronoun_count):
            return None
        if compares and not restates and self._uncounted_figure_before(found):
            return None  # "2024 zählte das LKA 89 Fälle, 2022 waren es noch 182": the cases, no claim
        if (bare_count or pronoun_count) and not (restates or estimates or compares) \
                and self._uncounted_sentence_before(here):
            return None  # "9.000 Menschen versuchten, ... Die Zahl könne auf 15.000 steigen": not an older claim's
        for claim in reversed(self.claims):
            if claim.sentence is None:
                continue
            distance = here - self.doc.sentence_index(claim.sentence.start)
            if distance > 5:
                break
            if restates and not (claim.high == found.quantity.high or claim.low == found.quantity.low):
                continue
            return claim
        return None

    def _uncounted_sentence_before(self, here: int) -> bool:
        """The sentence before names a number (not a year) and the rules counted none of its figures."""
        if here < 1:
            return False
        span = self.doc.sentences[here - 1]
        numbers = [q for q in self.doc.quantities if span.start <= q.span.start < span.end and not _year_like(q)]
        return bool(numbers) and not any(c.sentence is not None and c.sentence.start == span.start for c in self.claims)

    def _pronoun_for_count(self, found: Found, clause_lo: int, here: int) -> bool:
        """"Das UN-Büro schätzt die Zahl der Vertriebenen auf 35.000. ... könnte sie auf mehr als 60.000
        steigen": a pronoun before "auf" and a verb of change stands for the number the sentence before named."""
        tokens = found.sentence.tokens
        lex = self.lex
        if here < 1 or found.first < 1 or tokens[found.first - 1].text.lower() != "auf" or not any(
                lex.count_change_verbs.match(t.text) for t in tokens[found.last + 1:found.last + 4]):
            return False
        if not any(t.text.lower() in lex.count_pronouns for t in tokens[clause_lo:found.first - 1]):
            return False
        before = _sentence(self.doc, self.doc.sentences[here - 1], self.sentences)
        return any(lex.number_of.match(t.text) for t in before.tokens)

    def _uncounted_figure_before(self, found: Found) -> bool:
        """The last number with a noun before this one in its sentence counted no claim."""
        tokens = found.sentence.tokens
        for j in range(found.first - 2, -1, -1):
            if tokens[j].text[:1].isdigit() and tokens[j + 1].text[:1].isupper():
                start = tokens[j].start
                return not any(c.evidence.start <= start < c.evidence.end for c in self.claims)
        return False

    def _copula_ellipsis(self, tokens: list[Token], clause_lo: int, first: int) -> bool:
        """"Im September waren es noch rund 2.900", "Im Vorjahr sind es 300 gewesen": "es" next
        to a copula before the number stands for the figure counted just before."""
        words = [t.text.lower() for t in tokens[clause_lo:first]]
        for i, word in enumerate(words):
            if word in self.lex.ellipsis_subject and (
                    i > 0 and words[i - 1] in self.lex.ellipsis_copulas
                    or i + 1 < len(words) and words[i + 1] in self.lex.ellipsis_copulas):
                return True
        return False

    def _becoming_ellipsis(self, tokens: list[Token], clause_lo: int, found: Found) -> bool:
        """"120 Soldaten ..., ab Mittwoch sollen es bis zu 200 werden": "es" with a verb of becoming after
        the number stands for the figure counted just before."""
        after = found.last + 1
        return after < len(tokens) and tokens[after].text.lower() in self.lex.ellipsis_becoming and any(
            t.text.lower() in self.lex.ellipsis_subject for t in tokens[max(clause_lo, found.first - 3):found.first])

    @staticmethod
    def _restates(quantity: Quantity, referent: Claim) -> bool:
        value = quantity.low if quantity.low is not None else quantity.high
        return quantity.qualifier == "exact" and value in (referent.low, referent.high)

    # -------------------------------------------------------------- actor
    def _actor(self, found: Found, reading: Reading, adjectives: list[int], previous: Claim | None) -> str | None:
        doc = self.doc
        tokens = found.sentence.tokens
        for i in adjectives:
            for part in reversed(tokens[i].text.split("-")):
                country = _country_from_adjective(part, doc.data)
                if country:
                    return country
        side = self._side_phrase(found, reading) or self._national_losses(found, reading)
        if side is not None:
            return side
        if reading.noun is not None and self.lex.police_actor and self.lex.police_nouns.fullmatch(tokens[reading.noun].text) \
                and not self._with_soldiers(tokens, reading.noun):
            return self.lex.police_actor  # "14 Polizisten seien verletzt worden": the police's people
        if reading.noun is not None and "-" in tokens[reading.noun].text:
            prefix = tokens[reading.noun].text.split("-")[0]
            named = _canonical_name(doc, prefix)
            if named and named[1] == "place":
                return named[0]  # "US-Soldaten"
            if named and named[1] in ("org", "group"):  # "acht Hisbollah-Kämpfer", "Bundeswehr-Soldaten"
                return self.lex.force_country.get(prefix) or self.lex.force_country.get(named[0]) or named[0]
        if reading.noun is not None:
            owner = self._owner_after(found.sentence, reading.noun)
            if owner:
                return owner
            if self._fighters(tokens, reading):
                group = self._fighters_group(found, reading)
                if group:
                    return group
            determiner = tokens[reading.noun - len([a for a in adjectives if a < reading.noun]) - 1].text \
                if reading.noun > 0 else ""
            if determiner.lower() in self.lex.possessive or any(
                    tokens[a].text.lower() in self.lex.possessive for a in adjectives):
                # "Die Hisbollah bestätigte den Tod von zwei ihrer Mitglieder": whose they are
                subject = self._subject(found, before=found.first, organisations=True)
                if subject:
                    return subject
        if reading.measure == "equipment" and self._seized(found):
            return None  # "Bei Razzien wurden 19 Gewehre sichergestellt": not the seizer's
        clause_lo, _ = found.sentence.clause(found.first)
        if reading.measure in ("troops", "equipment") or found.sentence.has_word(
                self.lex.loss_verbs, clause_lo, found.first):
            # "Nordkorea entsandte 11.000 Soldaten", "Russland verlor 1.040 Soldaten"
            subject = self._subject(found, before=found.first)
            if subject:
                return subject
        if reading.noun is not None:
            same = self._same_noun_actor(found, tokens[reading.noun].text)
            if same:
                return same
        if reading.measure in ("troops", "equipment") and (
                self._is_part(found, tokens) or self._joined_to(found, previous)):
            # "Davon seien 71 Drohnen und vier Raketen abgefangen worden": the owner of the whole
            recent = self._recent_actor(found, reading)
            if recent:
                return recent
        if reading.measure in ("troops", "equipment"):
            force = self._national_force(found)
            if force:
                return force
        # a noun phrase that refers back ("die Soldaten", "diese Truppen") takes the actor
        # of the figure or the phrase it refers to in the sentences just before
        if reading.noun is not None and reading.noun_class in ("role", "fixed"):
            start = reading.first if reading.first < found.first else found.first
            determiner = tokens[start - 1].text.lower() if start > 0 else ""
            nested = {tokens[a].text.lower() for a in adjectives}
            if determiner in self.lex.refer_back or nested & self.lex.refer_back or reading.first < found.first:
                return self._recent_actor(found, reading)
        if reading.measure in ("troops", "equipment"):
            # "Derzeit dienen 182.000 Männer und Frauen in der Truppe": the force counted just before;
            # "vier zusätzliche Flugabwehrsysteme" continue a delivery told a few sentences before
            more = any(tokens[a].text.lower() in self.lex.additional_words for a in adjectives)
            return self._recent_actor(found, reading, reach=4 if more else 2)
        return None

    def _fighters(self, tokens: list[Token], reading: Reading) -> bool:
        """"Kämpfer" are an armed group's, not a state's soldiers (lang/de/measures.toml [actors] fighters)."""
        return reading.noun is not None and self.lex.fighters.fullmatch(tokens[reading.noun].text) is not None

    def _enemies(self, tokens: list[Token], reading: Reading) -> bool:
        """"70 Angreifer getötet", "mehr als 80 Terroristen neutralisiert", "neun Aufständische": the armed
        side's people, counted dead, caught or as its strength (lang/de/measures.toml [actors] enemies)."""
        return reading.noun is not None and reading.measure in PERSON_ONLY + ("troops",) \
            and self.lex.enemies.fullmatch(tokens[reading.noun].text) is not None

    def _armed_group(self, found: Found, source: str | None) -> str | None:
        """The armed group the article names, whose people an army counts as attackers or terrorists: the
        one named nearest before the figure, else first after it, never the figure's own source ("Die Armee
        habe 70 Angreifer getötet" after "Die Terrormiliz al-Shabaab reklamierte den Angriff")."""
        groups = [m for m in self._armed_groups if m.canonical != source]
        # the group that claims the attack, its verb right after its name, is the attackers' ("Die dem
        # Terrornetzwerk Al-Kaida nahestehende Gruppe JNIM reklamierte den Angriff"): its names first
        claimants = [m for m in groups if self.lex.claimed_by.match(self.doc.text, m.span.end)]
        if claimants:
            groups = [m for m in groups if m.canonical in {c.canonical for c in claimants}]
        gaz = _safely(gazetteer, self.doc.data)
        named = [m for m in groups if gaz is None or gaz.group_noun(m.text) is None]
        # a group's name before a bare word for it ("die Rebellengruppe M23" ... "die Rebellen")
        for candidates in (named, groups):
            before = [m for m in candidates if m.span.end <= found.quantity.span.start]
            if before:
                return before[-1].canonical
        return (named or groups)[0].canonical if groups else None

    @cached_property
    def _armed_groups(self) -> list[Mention]:
        """Organisations the article marks as armed groups: a word before the name or opening it ("die
        Terrormiliz al-Shabaab", "die Rebellengruppe M23", "Miliz Rapid Support Forces"), or a claim of an
        attack right after it ("JNIM reklamierte den Angriff"), also among the names a group noun announces that
        the entity step does not know (_unlisted_groups); lang/de/measures.toml [actors]."""
        text = self.doc.text
        found = []
        for mention in sorted(self.actors + self._unlisted_groups, key=lambda m: m.span.start):
            if mention.kind not in ("org", "group"):
                continue
            words = text[max(0, mention.span.start - 40):mention.span.start].split()[-2:] + mention.text.split()[:1]
            if any(self.lex.armed_group_words.fullmatch(w.strip(",;:(")) for w in words) \
                    or self.lex.claim_verbs.match(text, mention.span.end) \
                    or (found and text[found[-1].span.end:mention.span.start].strip() == "("):
                # (the short name in brackets after an armed group's: "Islamischer Staat in der Sahelprovinz (ISSP)")
                found.append(mention)
        return found

    @cached_property
    def _unlisted_groups(self) -> list[Mention]:
        """Armed groups the entity step does not know, announced by a group noun ("der islamistischen
        Terrorgruppe Abu Sayyaf", "die Bande Gran Grif"): the name as written is its canonical name."""
        found = []
        for match in self.lex.group_name.finditer(self.doc.text):
            span = Span(match.start("name"), match.end("name"))
            # (a short word of a foreign name may be in bare_nouns too: "Abu Sayyaf", "Gran Grif")
            if any(len(word) > 3 and self._common_noun(word) or _classify_noun(word, self.lex)[0] != "unknown"
                   for word in match.group("name").split()) \
                    or any(m.span.overlaps(span) for m in self.doc.mentions):
                continue
            found.append(Mention(span=span, text=match.group("name"), kind="group", canonical=match.group("name")))
        return found

    def _fighters_group(self, found: Found, reading: Reading) -> str | None:
        """The group whose fighters are counted: named after them ("19 Kämpfer der PKK") or the subject
        that lost them ("Die Brigade 116 habe elf Kämpfer verloren", the verb before or after the figure)."""
        tokens = found.sentence.tokens
        nxt = reading.noun + 1
        if nxt + 1 < len(tokens) and tokens[nxt].text in ("der", "des"):
            mention = self._mention_starting(self.actors, tokens[nxt + 1].start)
            if mention is not None and mention.kind in ("org", "group"):
                return mention.canonical
        clause_lo, clause_hi = found.sentence.clause(found.first)
        if found.sentence.has_word(self.lex.loss_verbs, clause_lo, clause_hi):
            return self._subject(found, before=found.first, organisations=True)
        return None

    def _national_losses(self, found: Found, reading: Reading) -> str | None:
        """"Der ukrainische Generalstab bezifferte die russischen Verluste auf 1.020 Soldaten": losses named
        by a country's adjective earlier in the clause are that country's, not the counter's."""
        if reading.measure not in PERSON_ONLY and reading.measure != "equipment":
            return None
        tokens = found.sentence.tokens
        clause_lo, _ = found.sentence.clause(found.first)
        for i in range(found.first - 1, max(clause_lo, 1) - 1, -1):
            if tokens[i].text in self.lex.loss_nouns:
                return _country_from_adjective(tokens[i - 1].text, self.doc.data)
        return None

    def _with_soldiers(self, tokens: list[Token], noun: int) -> bool:
        """"500 Polizisten und Soldaten": police counted together with soldiers are the security forces
        of a country, not the police's alone."""
        after = tokens[noun + 1:noun + 3]
        return len(after) == 2 and after[0].text in COORDINATORS and not self.lex.police_nouns.fullmatch(after[1].text) \
            and _classify_noun(after[1].text, self.lex) == ("role", "troops")

    def _seized(self, found: Found) -> bool:
        """A verb of seizing in the figure's clause or just after it, past a subset in commas
        ("19 Gewehre, darunter sechs Kalaschnikows, sichergestellt"), or "stellten ... sicher"."""
        tokens = found.sentence.tokens
        clause_lo, clause_hi = found.sentence.clause(found.first)
        words = [t.text.lower() for t in tokens[clause_lo:max(clause_hi, min(len(tokens), found.last + 8))]]
        for i, word in enumerate(words):
            if word in self.lex.seized_words:
                particle = self.lex.seized_particles.get(word)
                if particle is None or particle in words[i + 1:]:
                    return True
        return False

    def _side_phrase(self, found: Found, reading: Reading) -> str | None:
        """"Auf kirgisischer Seite seien elf Menschen getötet und 64 verletzt worden": casualties counted
        after a side named by its country's adjective are that country's, people as well as soldiers
        (not civilians, nor what is found there: "Auf belarussischer Seite wurden vier Leichen gefunden")."""
        if reading.measure not in PERSON_ONLY or reading.measure == "arrested":
            return None
        tokens = found.sentence.tokens
        if reading.noun is not None and (reading.noun_class not in ("people", "role")
                                         or self.lex.civilians.match(tokens[reading.noun].text)):
            return None  # civilians killed belong to no side ("auf indischer Seite kamen sechs Zivilisten ums Leben")
        for i in range(found.first - 3, -1, -1):
            if tokens[i].text.lower() in self.lex.side_prepositions and tokens[i + 2].text in self.lex.side_phrase_nouns:
                return _country_from_adjective(tokens[i + 1].text, self.doc.data)
        return None

    def _joined_to(self, found: Found, previous: Claim | None) -> bool:
        """"71 Drohnen und vier Raketen": a figure coordinated with the one just before."""
        if previous is None:
            return False
        between = self.doc.text[previous.evidence.end:found.quantity.span.start].split()
        return bool(between) and all(w in COORDINATORS or w == "," for w in between)

    def _force_nearby(self, found: Found) -> bool:
        """A national force named in the figure's sentence or the one before."""
        here = self.doc.sentence_index(found.sentence.span.start)
        for index in (here, here - 1):
            if index < 0:
                continue
            tokens = _sentence(self.doc, self.doc.sentences[index], self.sentences).tokens
            if any(self.lex.force_nouns.match(t.text.rsplit("-", 1)[-1]) for t in tokens):
                return True
        return False

    def _national_force(self, found: Found) -> str | None:
        """"Der Aufbau der deutschen Panzerbrigade ... . Derzeit seien 1.800 Soldaten dort": the
        country of the last national force named before in the paragraph or the article's lead."""
        doc = self.doc
        here = doc.sentence_index(found.sentence.span.start)
        scope = self._paragraph(here) | self._paragraph(0)
        if here > 0:
            scope |= self._paragraph(1) if len(doc.sentences) > 1 else frozenset()
        for index in sorted((i for i in scope if i <= here), reverse=True):
            tokens = _sentence(doc, doc.sentences[index], self.sentences).tokens
            end = found.first if index == here else len(tokens)
            for i in range(end - 1, 0, -1):
                if self.lex.force_nouns.match(tokens[i].text.rsplit("-", 1)[-1]):
                    country = _country_from_adjective(tokens[i - 1].text, doc.data)
                    if country:
                        return country
        return None

    def _same_noun_actor(self, found: Found, noun: str) -> str | None:
        """The same kind of thing counted just before in the paragraph keeps its owner,
        unless another party acts in this clause ("Die Bundeswehr ... 4.800 Soldaten")."""
        here = self.doc.sentence_index(found.sentence.span.start)
        paragraph = self._paragraph(here)
        clause_lo, _ = found.sentence.clause(found.first)
        tokens = found.sentence.tokens
        speakers = [a.speaker_span for a in self.doc.attributions if a.speaker_span is not None]
        if any(tokens[clause_lo].start <= m.span.start < found.quantity.span.start
               and not any(s.overlaps(m.span) for s in speakers) for m in self.actors):
            return None
        stem = noun.rsplit("-", 1)[-1][:5].lower()
        for claim in reversed(self.claims):
            if claim.sentence is None or self.doc.sentence_index(claim.sentence.start) not in paragraph:
                break
            counted = self.claim_nouns.get(id(claim), ("", None))[1]
            if claim.actor and counted and counted.rsplit("-", 1)[-1][:5].lower() == stem:
                return claim.actor
        return None

    def _owner_after(self, sentence: Sentence, noun: int) -> str | None:
        """"Soldaten Nordkoreas", "Soldaten aus Nordkorea", "Soldaten der russischen Armee"."""
        tokens = sentence.tokens
        nxt = noun + 1
        if nxt >= len(tokens):
            return None
        word = tokens[nxt].text
        if word in {"aus", "der", "des"} and nxt + 1 < len(tokens):
            mention = self._mention_starting(self.actors, tokens[nxt + 1].start)
            if mention is not None and mention.kind == "place" and (word != "aus" or self._is_country(mention.canonical)):
                return mention.canonical  # "Menschen aus El Fasher" fled from a town, they are no town's people
            if word in {"der", "des"}:
                country = _country_from_adjective(tokens[nxt + 1].text, self.doc.data)
                if country:
                    return country
        mention = self._mention_starting(self.actors, tokens[nxt].start)
        if mention is not None and mention.kind == "place" and mention.text.endswith("s"):
            return mention.canonical
        return None

    @staticmethod
    def _mention_starting(mentions: list[Mention], offset: int) -> Mention | None:
        for mention in mentions:
            if mention.span.start == offset:
                return mention
            if mention.span.start > offset:
                break
        return None

    def _subject(self, found: Found, before: int, organisations: bool = False) -> str | None:
        """The party that acts in the clause: "Nordkorea entsandte 11.000 Soldaten". German puts
        the subject first or right after the verb, so the earliest name not governed by a
        preposition is taken; an organisation counts only through a country in its name."""
        sentence = found.sentence
        tokens = sentence.tokens
        clause_lo, _ = sentence.clause(found.first)
        lo = tokens[clause_lo].start
        hi = tokens[before].start
        speakers = [a.speaker_span for a in self.doc.attributions if a.speaker_span is not None]
        for mention in self.actors:
            if not (lo <= mention.span.start and mention.span.end <= hi):
                continue
            if not organisations and any(s.overlaps(mention.span) for s in speakers):
                continue  # who speaks is not whose people are counted, unless "ihrer Mitglieder"
            i = sentence.index_at(mention.span.start)
            preceding = tokens[i - 1].text.lower() if i > 0 else ""
            if preceding in PREPOSITIONS or (i > 0 and tokens[i - 1].text[:1].isupper() and i - 1 >= clause_lo
                                              and tokens[i - 1].text[:1].isalpha() and mention.text.endswith("s")):
                continue
            if mention.kind == "place":
                # a capital acting stands for its country: "Pjöngjang entsandte 11.000 Soldaten"
                return mention.canonical if self._is_country(mention.canonical) else _country_of(mention.canonical)
            for word in mention.text.split():
                country = _country_from_adjective(word, self.doc.data)
                if country:
                    return country
            country = self.lex.force_country.get(mention.text) or self.lex.force_country.get(mention.canonical)
            return country or (mention.canonical if organisations and mention.kind in ("org", "group") else None)
        for token in tokens[clause_lo:before]:  # "Die Bundeswehr" when entities gave no mention
            if token.text in self.lex.force_country:
                return self.lex.force_country[token.text]
        return None

    def _unnamed_force(self, found: Found, reading: Reading, country: str | None) -> bool:
        """Soldiers of the scene's country: "Die Armee schickte 300 Soldaten", "30 Tote auf Seiten der
        Armee", "Auch 150 Soldaten seien im Einsatz" (no other party in the sentence). Places of the
        scene's own country name no other party ("im Westen Tunesiens sind 14 Soldaten getötet worden",
        "nach Mecula verlegt")."""
        if country is None or (reading.measure == "equipment" and self._seized(found)):
            return False  # weapons the army seized are not its own
        tokens = found.sentence.tokens
        clause_lo, clause_hi = found.sentence.clause(found.first)
        if reading.measure in ("troops", "equipment"):
            if any(t.text in self.lex.unnamed_forces for t in tokens[clause_lo:found.first]):
                return True
        elif reading.measure in PERSON_ONLY:
            if any(t.text in self.lex.unnamed_forces for t in tokens[found.last + 1:found.last + 8]):
                return True  # "von „30 Toten“ auf Seiten der Armee"
        else:
            return False
        soldiers = reading.noun is not None and reading.measure != "arrested" and not self._fighters(tokens, reading) and (
            _classify_noun(tokens[reading.noun].text, self.lex) == ("role", "troops")
            or self._security_forces(tokens, reading.noun)
            or self._with_soldiers(tokens, reading.noun))  # "300 Polizisten und Soldaten"
        span = found.sentence.span
        counted = Span(tokens[reading.noun].start, tokens[reading.noun].end) if reading.noun is not None else None
        others = [m for m in self.actors if span.start <= m.span.start < span.end
                  and not any(s.overlaps(m.span) for s in self._speaker_spans)
                  and not (counted is not None and counted.overlaps(m.span))  # the soldiers themselves
                  and not (m.kind == "place" and self._place_country(m.canonical) in (country, None))]
        return soldiers and not self._mixed_group(tokens, reading.noun) and not any(
            m.kind == "place" and self._is_country(m.canonical) for m in others) and (reading.measure != "troops" or not others)

    def _sole_country_in_sentence(self, found: Found) -> str | None:
        """With no scene for the figure, the one country its sentence names (outside a speaker's
        name): the side whose soldiers an unnamed force counts ("hat Russland 1.183.420 Soldaten
        verloren"); two countries name no single side."""
        span = found.sentence.span
        countries = {m.canonical for m in self.places if span.start <= m.span.start < span.end
                     and self._is_country(m.canonical)
                     and not any(s.overlaps(m.span) for s in self._speaker_spans)}
        return countries.pop() if len(countries) == 1 else None

    def _security_forces(self, tokens: list[Token], noun: int) -> bool:
        """"elf Sicherheitskräfte", "sieben Gendarmen", "350 Angehörige der Sicherheitskräfte": a state's
        security forces, like its soldiers (lang/de/measures.toml [actors] security_forces)."""
        if self.lex.security_forces.fullmatch(tokens[noun].text):
            return True
        after = tokens[noun + 1:noun + 3]
        return len(after) == 2 and after[0].text in ("der", "von") and self.lex.security_forces.fullmatch(after[1].text) is not None

    def _place_country(self, place: str) -> str | None:
        return place if self._is_country(place) else _country_of(place)

    def _mixed_group(self, tokens: list[Token], noun: int) -> bool:
        """"450 Soldaten und Zivilisten": a group of soldiers and civilians is no side's."""
        after = tokens[noun + 1:noun + 3]
        return len(after) == 2 and after[0].text in COORDINATORS and self.lex.civilians.match(after[1].text) is not None

    def _recent_actor(self, found: Found, reading: Reading, reach: int = 2) -> str | None:
        here = self.doc.sentence_index(found.sentence.span.start)
        tokens = found.sentence.tokens
        soldiers = reading.noun is not None and not self._enemies(tokens, reading) \
            and _classify_noun(tokens[reading.noun].text, self.lex) == ("role", "troops")
        for claim in reversed(self.claims):
            if claim.sentence is None:
                continue
            if here - self.doc.sentence_index(claim.sentence.start) > reach:
                break
            if reading.measure in ("displaced", "arrested", "other") and claim.measure != reading.measure:
                continue  # "rund 200 Vertriebene" are not the fighters counted just before
            counted = self.claim_nouns.get(id(claim), ("", None))[1]
            if soldiers and counted and self.lex.enemies.fullmatch(counted):
                continue  # "zusätzlich rund 200 Soldaten" are not the side of the "Terroristen" counted before
            if claim.actor:
                return claim.actor
        # "... nordkoreanische Soldaten ..." in the sentence just before
        for index in range(here - 1, max(-1, here - 3), -1):
            sentence = _sentence(self.doc, self.doc.sentences[index], self.sentences)
            tokens = sentence.tokens
            for i in range(len(tokens) - 1, 0, -1):
                kind, _ = _classify_noun(tokens[i].text, self.lex)
                if kind != reading.noun_class:
                    continue
                country = _country_from_adjective(tokens[i - 1].text, self.doc.data)
                if country:
                    return country
        return None

    # -------------------------------------------------------------- evidence
    def _evidence(self, found: Found, reading: Reading) -> Span:
        tokens = found.sentence.tokens
        first, last = min(reading.first, found.first), max(reading.last, found.last)
        span = Span(min(tokens[first].start, found.quantity.span.start), max(tokens[last].end, found.quantity.span.end))
        noun_gap = found.first - reading.noun if reading.noun is not None and reading.noun < found.first else 0
        if span.start < found.quantity.span.start and noun_gap > 4:
            # the counted noun stands far before: the number with its own little phrase
            first, last = found.first, found.last
            while first > 0 and first > found.first - 2 and tokens[first - 1].text[:1].islower():
                first -= 1
            if last + 1 < len(tokens) and tokens[last + 1].text[:1].islower():
                last += 1
            span = Span(min(tokens[first].start, found.quantity.span.start), max(tokens[last].end, found.quantity.span.end))
        if reading.referent is not None:
            while last + 1 < len(tokens) and last < found.last + 2 and tokens[last + 1].text[:1].isalpha():
                last += 1
            span = Span(found.quantity.span.start, max(tokens[last].end, found.quantity.span.end))
        return self._unique(span, found.sentence, tokens)

    def _unique(self, span: Span, sentence: Sentence, tokens: list[Token]) -> Span:
        """`span`, widened by a word at a time until its text occurs once in the article
        (`tokens` are the sentence's)."""
        text = self.doc.text
        start, end = span.start, span.end
        for _ in range(8):
            if text.count(text[start:end]) <= 1:
                break
            # the first token from `end` on, else the last one before `start` (tokens ascend by start)
            after = sentence.index_at(end)
            before = sentence.index_at(start) - 1
            while before >= 0 and tokens[before].end > start:
                before -= 1
            if after < len(tokens):
                end = tokens[after].end
            elif before >= 0:
                start = tokens[before].start
            else:
                break
        return Span(start, end)

    # -------------------------------------------------------------- certainty and future
    def _governing_start(self, sentence: Sentence, clause_lo: int) -> int:
        """A "dass"-clause belongs to the clause that introduces it ("schätzte der NIS, dass ...")."""
        tokens = sentence.tokens
        if clause_lo < len(tokens) and tokens[clause_lo].text.lower() in COMPLEMENT_OPENERS and clause_lo > 0:
            lo, _ = sentence.clause(clause_lo - 1)
            return lo
        return clause_lo

    def _attribution(self, span: Span) -> Attribution | None:
        # "Elf weitere Beschäftigte klagten über ...": who the figure counts is not its source
        covering = [a for a in self.doc.attributions if a.scope.contains(span) and not self._counts_as_speaker(a)
                    and not (a.speaker_span is not None and a.speaker_span.overlaps(span))]
        if not covering:
            return None
        best = min(covering, key=lambda a: (len(a.scope), a.carried))
        if best.source is None:
            # "Schätzungen zufolge ... . Diese Informationen stammen von X.": an explicit later
            # attribution of the same sentence names the source the bare cue left open
            sentence = self.doc.sentence_of(span)
            named = [a for a in covering if a.source is not None and a.scope.start >= sentence.start]
            if named:
                chosen = min(named, key=lambda a: (len(a.scope), a.carried))
                return self._specific(chosen, sentence)
        return best

    def _specific(self, attribution: Attribution, sentence: Span) -> Attribution:
        """"Ukrainian authorities" right after "Ukrainian intelligence" spoke: the body named before."""
        source = attribution.source or ""
        generic = next((g for g in self.lex.generic_groups if source.endswith(g)), None)
        if generic is None:
            return attribution
        side = source[:-len(generic)]
        before = [a for a in self.doc.attributions if a.source and a.source != source
                  and a.source.startswith(side + " ") and a.scope.end <= sentence.start
                  and sentence.start - a.scope.end < 400]
        if not before:
            return attribution
        earlier = max(before, key=lambda a: a.scope.end)
        return replace(attribution, source=earlier.source, speaker=earlier.speaker)

    def _national(self, head: str, place: str) -> str | None:
        country = place if self._is_country(place) else _country_of(place)
        gaz = _safely(gazetteer, self.doc.data)
        code = gaz.country_code.get(country) if gaz is not None and country else None
        adjective = gaz.country_adjective.get(code) if code else None
        return f"{adjective} {head}" if adjective else None

    def _named_before(self, generic: str, sentence: Span, speaker: int | None = None) -> str | None:
        """"teilte das Ministerium mit", "sagte ein Sprecher": the organisation named just before
        (within three sentences, or earlier in the sentence than the speaker: "Die Küstenwache barg
        neun Leichen, wie ein Sprecher mitteilte") whose name has the generic word's head."""
        head = self.lex.generic_sources[generic]
        here = self.doc.sentence_index(sentence.start)
        limit = speaker if speaker is not None and sentence.start <= speaker < sentence.end else sentence.start
        for mention in sorted(self.actors, key=lambda m: m.span.start, reverse=True):
            if mention.span.start >= limit or mention.kind not in ("org", "group"):
                continue
            if here - self.doc.sentence_index(mention.span.start) > 3:
                break
            if mention.canonical not in self.lex.generic_sources and mention.canonical.endswith(head):
                return mention.canonical
            if head and self._described_as(mention, head):
                return mention.canonical  # "sagte ein Behördensprecher" after "der Binnenschifffahrtsbehörde BIWTA"
        return None

    def _person_of_role(self, role: str, sentence: Span) -> str | None:
        """"sagte der Minister" after "Innenminister Fernando Grande-Marlaska": a bare role word as
        the source is the one person named before with that role."""
        gaz = _safely(gazetteer, self.doc.data)
        if gaz is None or not gaz.is_role(role):
            return None
        here = self.doc.sentence_index(sentence.start)
        before = [m for m in self.doc.mentions if m.kind == "person" and m.span.start < sentence.start]
        names = {m.canonical for m in before if m.role and m.role.split()[-1].lower().endswith(role.lower())}
        recent = {m.canonical for m in before if here - self.doc.sentence_index(m.span.start) <= 5}
        # one person of that role, and named again lately ("Grande-Marlaska wies Berichte zurück")
        return names.pop() if len(names) == 1 and names <= recent else None

    def _impersonal_continuation(self, attribution: Attribution, sentence: Span) -> str | None:
        """"Nach bis zu 25 weiteren Menschen werde noch gesucht, hieß es": an impersonal cue goes on
        with the source of the figures of the two sentences before, if one was named."""
        if not attribution.cue or attribution.cue.lower() not in self.lex.impersonal_cues:
            return None
        here = self.doc.sentence_index(sentence.start)
        for claim in reversed(self.claims):
            if claim.sentence.start >= sentence.start:
                continue
            if here - self.doc.sentence_index(claim.sentence.start) > 2:
                return None
            if claim.source is not None:
                return claim.source
        return None

    def _apposed_person(self, attribution: Attribution) -> str | None:
        """The person named in apposition to the speaker's role ("nach Angaben des Gouverneurs des
        Gebiets Donezk, Wadym Filaschkin,", "Ihr Sprecher, Generalmajor Kyaw Zin Oo, sagte"): the person,
        not the role, the place or the body in the role's phrase."""
        span = attribution.speaker_span
        if span is None:
            return None
        text = self.doc.text
        for mention in self.doc.mentions:
            if mention.kind != "person" or mention.span.start < span.start:
                continue
            if mention.span.start > span.end + 40:
                break
            if attribution.source == mention.canonical:
                return None
            gap = text[span.end:mention.span.start] if mention.span.start >= span.end else ""
            inside = span.contains(mention.span) and text[span.start:mention.span.start].rstrip().endswith(",")
            after = re.fullmatch(r",\s*(?:[A-ZÄÖÜ][\w.-]*\s+)?", gap) is not None and mention.span.start >= span.end
            inside = inside or span.contains(mention.span) and re.search(r",\s*[A-ZÄÖÜ][\w.-]*\s+$", text[span.start:mention.span.start]) is not None
            if after or inside:
                return mention.canonical
        return None

    def _unnamed_talk(self, found: Found, clause_lo: int, clause_hi: int) -> bool:
        """"Zunächst war von acht Toten die Rede": the figure after "von" in a main clause that talk nobody is
        named for closes (attribution.toml unnamed_talk). Not in a subordinate clause, whose main clause's
        speaker it tells of ("meldete neun Tote, nachdem zuvor von sechs die Rede gewesen war"), nor where a
        message is named ("In der Erklärung ist von 70 Toten die Rede")."""
        tokens = found.sentence.tokens
        lex = attribution_lexicon(self.doc.data)
        if not any(tokens[i].text.lower() == "von" for i in range(clause_lo, found.first)) \
                or tokens[clause_lo].text.lower() in lex.subordinators \
                or any(tokens[i].text[:1].isupper() and tokens[i].text.lower().endswith(lex.message_endings)
                       for i in range(clause_lo, found.first)):
            return False
        words = [t.text.lower() for t in tokens[found.last + 1:clause_hi]]
        return any(words[i:i + len(phrase)] == list(phrase) for phrase in lex.unnamed_talk for i in range(len(words)))

    def _speaker_before_figure(self, found: Found) -> Attribution | None:
        """"Die Armee sprach dagegen von neun getöteten „Terroristen“": an attribution whose speaker
        and cue stand before the figure in its clause but whose scope (a quotation) starts after it
        covers the figure too: the figure is part of what the speaker said."""
        sentence = found.sentence
        tokens = sentence.tokens
        clause_lo, clause_hi = sentence.clause(found.first)
        start, end = tokens[clause_lo].start, tokens[clause_hi - 1].end
        figure = found.quantity.span
        for attribution in self.doc.attributions:
            speaker, cue = attribution.speaker_span, attribution.cue_span
            if attribution.source is None or speaker is None or cue is None:
                continue
            if start <= speaker.start and speaker.end <= cue.start and cue.end <= figure.start \
                    and figure.end <= attribution.scope.start < end and not self._counts_as_speaker(attribution):
                return attribution
        return None

    def _interview_answer(self, span: Span) -> str | None:
        """"Abrahamyan: Nach unseren Daten etwa 88.000.": a paragraph of an interview that opens with
        the name of a person the article named before, and a colon, is that person's answer."""
        text = self.doc.text
        start = text.rfind("\n", 0, span.start) + 1
        match = INTERVIEW_SPEAKER.match(text, start, span.start)
        if match is None:
            return self._unmarked_answer(start)
        return self._interviewee(match.group("name"), start)

    def _interviewee(self, name: str, start: int) -> str | None:
        people = {m.canonical for m in self.doc.mentions if m.kind == "person" and m.span.start < start
                  and m.canonical.split()[-1] == name}
        return people.pop() if len(people) == 1 else None

    def _unmarked_answer(self, start: int) -> str | None:
        """"Elena Trajkovska: Angespannt. ..." then question and answer paragraphs without names: a
        paragraph an even number of paragraphs after the interviewee's first named answer, right
        after a question, is the interviewee's answer too."""
        key = ("interview",)
        if key not in self._memo:
            self._memo[key] = self._interview_paragraphs()
        answers = self._memo[key]
        return answers.get(start)

    def _interview_paragraphs(self) -> dict[int, str]:
        text = self.doc.text
        starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        paragraphs = [(a, text[a:text.find("\n", a) if text.find("\n", a) >= 0 else len(text)].strip())
                      for a in starts]
        paragraphs = [(a, p) for a, p in paragraphs if p]
        answers: dict[int, str] = {}
        person, first = None, None
        for k, (start, paragraph) in enumerate(paragraphs):
            match = INTERVIEW_SPEAKER.match(paragraph)
            if person is None:
                name = self._interviewee(match.group("name"), start) if match else None
                if name is not None:
                    person, first = name, k
                continue
            if match or (k - first) % 2 or paragraph.endswith("?") or not paragraphs[k - 1][1].endswith(("?", ".")):
                continue
            answers[start] = person
        return answers

    def _list_header_source(self, span: Span) -> str | None:
        """"Die wichtigsten Zahlen (Angaben des Zivilschutzes, Stand Montag):" over lines "- Tote: 9", "- Verletzte:
        37": a figure in a list whose header line (ending in a colon) names where its data come from."""
        text = self.doc.text
        start = text.rfind("\n", 0, span.start) + 1
        if not text[start:span.start].lstrip().startswith(LIST_MARKS):
            return None
        for _ in range(30):
            if start == 0:
                return None
            end = start - 1
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if not line.startswith(LIST_MARKS):
                break
        if not line.endswith(":"):
            return None
        for match in self.lex.list_header.finditer(text, start, end):
            for mention in self.doc.mentions:
                if mention.span.start == match.end() and mention.kind in ("org", "group"):
                    return mention.canonical
        return None

    def _named_after_data_noun(self, attribution: Attribution) -> str | None:
        """"nach Schätzungen westlicher Geheimdienste", "nach Zählung von Menschenrechtsorganisationen",
        "nach Angaben aus Sicherheitskreisen": a preposition cue left without a source whose data
        noun is followed by a named body (no article before it): that body is the source."""
        cue = attribution.cue_span
        if cue is None or (attribution.cue or "").lower() not in self.lex.source_after_cue:
            return None
        text = self.doc.text
        sentence = self.doc.sentences[attribution.sentence]
        for mention in self.doc.mentions:
            if mention.span.start < cue.end or mention.kind not in ("org", "group") or mention.span.start >= sentence.end:
                continue
            words = text[cue.end:mention.span.start].split()
            nouns = [w for w in words if w[:1].isupper()]
            if len(words) <= 3 and len(nouns) <= 1 and not set(nouns) & self.lex.hearsay_data_nouns \
                    and all(w[:1].isupper() or w in self.lex.source_links for w in words):
                return mention.canonical
            return None
        return None

    def _described_body(self, attribution: Attribution) -> str | None:
        """"Die Hilfsorganisation Ärzte ohne Grenzen (MSF) hat nach eigenen Angaben ...": a group word
        that opens the speaker's phrase only describes the body named right after it, which is the
        source (the group word alone is a category, not who counted)."""
        span = attribution.speaker_span
        if span is None or attribution.source is None:
            return None
        text = self.doc.text
        descriptor = next((m for m in self.doc.mentions if m.kind == "group" and m.canonical == attribution.source
                           and span.start <= m.span.start < span.end), None)
        if descriptor is None:
            return None
        for mention in self.doc.mentions:
            if mention.span.start >= descriptor.span.end and mention.kind in ("org", "group") \
                    and not text[descriptor.span.end:mention.span.start].strip():
                return mention.canonical
        tail = text[descriptor.span.end:span.end]
        if NAME_AFTER_DESCRIPTOR.fullmatch(tail) is None or NAME_GOES_ON.match(text, span.end):
            return None  # "Hilfsorganisation Hope for Harbours": not seen whole, leave it
        return tail.strip()

    def _whole_speaker_name(self, source: str, attribution: Attribution | None) -> str:
        """"sagte Juntasprecher Zaw Min Tun" where the entities step read only "Zaw Min": the whole name the
        statements give the speaker (speaker_names.whole_names), for the figure it said as for its statement.
        The statement of the figure's own speaker phrase first, else the one whole name the article's
        statements give that part."""
        spans, parts = self._whole_speaker_names
        if attribution is not None and attribution.speaker_span is not None:
            whole = spans.get((attribution.speaker_span.start, attribution.speaker_span.end, source))
            if whole is not None:
                return whole
        wholes = parts.get(source)
        return next(iter(wholes)) if wholes and len(wholes) == 1 else source

    @cached_property
    def _whole_speaker_names(self) -> tuple[dict[tuple[int, int, str], str], dict[str, set[str]]]:
        """(speaker span and the name a mention inside it gives -> the statement's longer speaker name, name ->
        the longer names): a statement's speaker that writes more of a person's name than a mention in its speaker
        phrase read (the mention's words a run of the speaker's words). Persons only: a body's speaker phrase
        runs on into other words more often ("Landespolizeidirektion Vorarlberg Rauchgasvergiftungen")."""
        spans: dict[tuple[int, int, str], str] = {}
        parts: dict[str, set[str]] = {}
        for statement in self.doc.statements:
            span, speaker = statement.speaker_span, statement.speaker
            if span is None or not speaker:
                continue
            words = speaker.split()
            for mention in self.doc.mentions:
                if not (span.start <= mention.span.start and mention.span.end <= span.end) \
                        or mention.canonical == speaker or mention.kind != "person":
                    continue
                part = mention.canonical.split()
                if len(part) < len(words) and any(words[i:i + len(part)] == part
                                                  for i in range(len(words) - len(part) + 1)):
                    spans[(span.start, span.end, mention.canonical)] = speaker
                    parts.setdefault(mention.canonical, set()).add(speaker)
        return spans, parts

    def _name_in_kind_word_mention(self, source: str) -> str:
        """"nach Zählung der Hilfsorganisation Karen Human Rights Group": a body a mention names from its kind
        word on is named by the name after that word, as its statement's speaker is
        (speaker_names.described_body_name); the mention's words stay its spelling (as_written)."""
        mention = next((m for m in self.doc.mentions if m.canonical == source), None)
        inner = speaker_names.described_body_name(self.doc, mention) if mention is not None else None
        if inner is None:
            return source
        for m in self.doc.mentions:
            if m.canonical == source and not any(s.span == m.span and s.canonical == inner for s in self.source_spellings):
                self.source_spellings.append(Mention(m.span, m.text, m.kind, inner))
        return inner

    def _plain_source(self, source: str, evidence: Span) -> str:
        """A source no mention names, read from the words where the text last writes it before the
        figure: in the nominative and without its description ("nach Angaben der Syrischen
        Beobachtungsstelle für Menschenrechte" -> "Syrische Beobachtungsstelle für Menschenrechte");
        speaker_names.plain_body_name."""
        if self._mention_names.get(source):
            return self._name_in_kind_word_mention(source)
        text = self.doc.text
        at = text.rfind(source, 0, evidence.end)
        if at < 0:
            at = text.find(source)
        if at < 0:
            return source
        before = text[max(0, at - 20):at].split()
        article = before[-1].lower() if before and text[at - 1:at] == " " else None
        plain = speaker_names.plain_body_name(source, article, self.doc.data)
        rest = speaker_names.name_goes_on(text, at + len(source), self.doc.data)
        if rest:  # "der Organisation Causa en Común": a Romance name goes on past its lowercase word
            source, plain = source + rest, plain + rest
        if plain != source and not any(m.span.start == at and m.canonical == plain for m in self.source_spellings):
            self.source_spellings.append(Mention(Span(at, at + len(source)), source, "org", plain))
        return plain

    def _relayed_origin(self, source: str, sentence: Span) -> str | None:
        """"unter Berufung auf die Zeitung X, die sich wiederum auf den Bürgermeister Y berief": where
        the source was last written before the figure's sentence ends (in it or the two before) and a
        relative clause right after it names its own source, that original source's name."""
        doc, text = self.doc, self.doc.text
        here = doc.sentence_index(sentence.start)
        lo = doc.sentences[max(0, here - 2)].start if doc.sentences else 0
        ends = [m.span.end for m in doc.mentions if m.canonical == source and lo <= m.span.start < sentence.end]
        at = text.rfind(source, lo, sentence.end)
        if at >= 0:
            ends.append(at + len(source))
        if not ends:
            return None
        span = speaker_names.relayed_origin(text, max(ends), doc.data)
        if span is None or span[1] > sentence.end:
            return None
        start, end = span
        words = text[start:end].split()
        if words and words[0].lower() in DEFINITE_ARTICLES | {"einen", "eine", "ein", "einem", "einer"}:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
        inside = [m for m in doc.mentions if start <= m.span.start and m.span.end <= end]
        person = next((m for m in reversed(inside) if m.kind == "person" and not text[m.span.end:end].strip(" ,")), None)
        if person is not None:
            return person.canonical  # "den Distriktverwalter von Mecula, Amade Issufo"
        whole = next((m for m in inside if m.span.start == start and m.span.end == end), None)
        if whole is not None:
            return whole.canonical
        name = text[start:end].strip(" ,").strip(speaker_names.QUOTES)
        return speaker_names.plain_body_name(name, None, doc.data) if name else None

    def _national_ministry(self, source: str, location: str | None, attribution: Attribution | None) -> str | None:
        """"teilte das Verteidigungsministerium mit" about a scene abroad: a bare ministry is that
        country's ("Colombian defence ministry", lang/de/orgs.toml [ministries]), as "Regierung" is;
        not in a state or province (its own ministries), not one its phrase gives a region's adjective
        ("des sächsischen Innenministeriums"), not at home. The bare word stays the name's spelling
        (as_written)."""
        gaz = _safely(gazetteer, self.doc.data)
        if gaz is None or " " in source or (gaz.ministry(source) != source and source not in self.lex.national_bodies):
            return None  # (a body each country has once: "teilte die Polizei mit", lang/de/orgs.toml [national_bodies])
        if attribution is not None and attribution.speaker_span is not None \
                and speaker_names.names_region(self.doc, attribution.speaker_span):
            return None
        noun = gaz.group_noun(source)
        country = (location if self._is_country(location) else _country_of(location)) if location else None
        if not country:
            # no place, or one the gazetteer lacks: the country the article names most
            country = self._main_country
        if noun is None or not country or country in self.lex.home_countries \
                or (location and self._below_country(location)):
            return None
        national = self._national(noun[0], country)
        if national is None:
            return None
        if attribution is not None and attribution.speaker_span is not None and attribution.source == source \
                and attribution.relay is None and not self._mention_names.get(source):
            # the speaker phrase stays a spelling of the bare word too, as it is without the national name
            # (the speakers' mentions, which the statement model counts, stay as they were)
            self._spell_speaker(source, attribution.speaker_span)
        self._spell_as(source, national)
        return national

    def _national_body(self, word: str, head: str) -> str | None:
        """The body a bare word names in the country the article names most ("Regierung" -> "Benin
        government"), abroad only; the word stays the name's spelling (as_written)."""
        country = self._main_country
        if not country or country in self.lex.home_countries:
            return None
        national = self._national(head, country)
        if national is not None:
            self._spell_as(word, national)
        return national

    def _spell_speaker(self, source: str, span: Span) -> None:
        """A source no mention names ("armed forces" of "Ein Sprecher der Streitkräfte") is written as
        its speaker phrase without the article, and as the body a spokesperson speaks for: those words
        are its spellings (as_written)."""
        text = self.doc.text
        words = [(m.start() + span.start, m.end() + span.start) for m in re.finditer(r"\S+", text[span.start:span.end])]
        if words and text[words[0][0]:words[0][1]].lower() in DETERMINERS:
            words = words[1:]
        phrases = []
        if words:
            phrases.append(Span(words[0][0], words[-1][1]))
        spokesperson = speaker_names.spokesperson_endings(self.doc.data)
        if len(words) > 2 and text[words[0][0]:words[0][1]].lower().endswith(spokesperson) \
                and text[words[1][0]:words[1][1]].lower() in ARTICLES:
            phrases.append(Span(words[2][0], words[-1][1]))  # "Sprecher der Streitkräfte": the forces
        for phrase in phrases:
            written = phrase.text(text).strip(speaker_names.QUOTES + ",")
            if written and written != source and not any(
                    m.span == phrase and m.canonical == source for m in self.source_spellings):
                self.source_spellings.append(Mention(phrase, written, "org", source))

    def national_force_spellings(self) -> list[Mention]:
        """A country counted as a side is also written as its national force: "17 Soldaten getötet" in an
        article that names "die nigrische Armee", "400 Soldaten" sent by "das Bundesheer". The force stands
        for its country as a capital does ("Moskau"), so its spellings (as written and in the nominative)
        become spellings of the country (as_written) where a claim counts that country's people or things.
        A force is a mention named "<country's adjective or name> <force head>" (lang/de/measures.toml
        [forces] national_heads: "Nigerien army") or one of the forces that stand for their country
        ([forces] of_country: "Bundesheer")."""
        countries = {c.actor for c in self.claims if c.actor and self._is_country(c.actor)}
        if not countries:
            return []
        spellings: list[Mention] = []
        # (a force read as a claim's source from free words, "teilte die Armee mit", is named by source_spellings)
        for mention in self.doc.mentions + self.source_spellings:
            if mention.kind not in ("org", "group"):
                continue
            country = self._force_country(mention)
            if country not in countries:
                continue
            i = mention.span.start
            before = self.doc.text[max(0, i - 4):i].split()
            article = before[-1].lower() if before and before[-1].lower() in ARTICLES else None
            plain = speaker_names.plain_body_name(mention.text, article, self.doc.data)
            for written in dict.fromkeys((mention.text, plain)):
                spellings.append(Mention(mention.span, written, mention.kind, country))
        for name, country in self.lex.force_country.items():
            if country not in countries:
                continue
            # a force no mention names ("des Bundesheeres"): its words, and its name in the nominative
            for match in re.finditer(r"(?<!\w)%s(?:e?s)?(?!\w)" % re.escape(name), self.doc.text):
                span = Span(match.start(), match.end())
                for written in dict.fromkeys((match.group(), name)):
                    spellings.append(Mention(span, written, "org", country))
        return spellings

    def _force_country(self, mention: Mention) -> str | None:
        """The country whose national force `mention` names, if it names one."""
        named = self.lex.force_country.get(mention.text) or self.lex.force_country.get(mention.canonical)
        if named:
            return named
        for head in self.lex.national_force_heads:
            if mention.canonical.endswith(" " + head):
                side = mention.canonical[:-len(head) - 1]
                country = self._countries_by_adjective.get(side) or side
                return country if self._is_country(country) else None
        return None

    @cached_property
    def _countries_by_adjective(self) -> dict[str, str]:
        """"Nigerien" -> "Niger": the gazetteer's English adjectives of countries."""
        gaz = _safely(gazetteer, self.doc.data)
        if gaz is None:
            return {}
        return {adjective: gaz.country_english[code] for code, adjective in gaz.country_adjective.items()
                if code in gaz.country_english}

    def _spell_as(self, source: str, name: str) -> None:
        """The article's spellings of `source` (its mentions, else its words) become spellings of `name`."""
        written = [m for m in self.doc.mentions if m.canonical == source]
        if not written:  # a name read from the words ("nach Angaben des Gesundheitsministeriums")
            written = [Mention(Span(m.start(), m.end()), m.group(), "org", source)
                       for m in re.finditer(r"\b%s\w*" % re.escape(source), self.doc.text)]
        for mention in written:
            if not any(m.span == mention.span and m.canonical == name for m in self.source_spellings):
                self.source_spellings.append(Mention(mention.span, mention.text, mention.kind, name))

    @cached_property
    def _main_country(self) -> str | None:
        """The country the article's places lie in most often, if one leads (each mention counts)."""
        counts: dict[str, int] = {}
        for m in self.doc.mentions:
            if m.kind == "place":
                country = m.canonical if self._is_country(m.canonical) else _country_of(m.canonical)
                if country:
                    counts[country] = counts.get(country, 0) + 1
        ranked = sorted(counts.values(), reverse=True)
        if not ranked or len(ranked) > 1 and ranked[0] == ranked[1]:
            return None
        return max(counts, key=counts.get)

    @cached_property
    def _mention_names(self) -> dict[str, bool]:
        return {m.canonical: True for m in self.doc.mentions}

    def _bare_descriptor(self, attribution: Attribution | None, source: str | None) -> str | None:
        """"Nach Angaben der Hilfsorganisation": a speaker phrase that is nothing but a generic word
        the language data says refers back ("Hilfsorganisation") gives that word, so the body named
        just before is the source rather than the category the word names."""
        if attribution is None or attribution.speaker_span is None or source is None:
            return None
        words = self.doc.text[attribution.speaker_span.start:attribution.speaker_span.end].split()
        if len(words) == 2 and words[0].lower() in DEFINITE_ARTICLES:
            words = words[1:]  # "teilte die Hilfsorganisation mit"
        word = " ".join(words)
        if word == source or word not in self.lex.generic_sources:
            return None
        # only while the source is still the word's own category: a body the attribution step already
        # found for it ("Wie die Organisation mitteilte" after "Cepadho zufolge") stays
        span = attribution.speaker_span
        category = any(m.kind == "group" and m.canonical == source and span.start <= m.span.start < span.end
                       for m in self.doc.mentions)
        return word if category else None

    def _person_named_before(self, sentence: Span) -> str | None:
        """"sagte der 49-Jährige" after "Einsatzleiter Sven Martens": the last person named in the
        two sentences before."""
        here = self.doc.sentence_index(sentence.start)
        before = [m for m in self.doc.mentions if m.kind == "person" and m.span.start < sentence.start
                  and here - self.doc.sentence_index(m.span.start) <= 2]
        return max(before, key=lambda m: m.span.start).canonical if before else None

    def _described_as(self, mention: Mention, head: str) -> bool:
        """Whether the article's own word before an organisation's name ends in a generic word of
        `head` ("Binnenschifffahrtsbehörde BIWTA" for "authorities")."""
        words = self.doc.text[max(0, mention.span.start - 40):mention.span.start].split()
        if not words:
            return False
        word = words[-1].lower()
        return any(word.endswith(key.lower()) for key, value in self.lex.generic_sources.items() if value == head)

    def _counts_as_speaker(self, attribution: Attribution) -> bool:
        """"Die Zahl der Verletzten gibt er mit 64 an": the counted phrase is no speaker."""
        named = self.doc.text[attribution.speaker_span.start:attribution.speaker_span.end] \
            if attribution.speaker_span is not None else attribution.source or ""
        return any(self.lex.number_of.match(word) for word in re.findall(r"\w+", named)[:2])

    def _message_source(self, attribution: Attribution) -> str | None:
        """"Die Gruppe JNIM reklamierte den Angriff für sich. Ihre Kämpfer hätten 61 Soldaten getötet,
        hieß es darin. Zudem seien ... erbeutet worden": a nameless cue (or its continuation) whose
        sentence points into a message ("darin") has the source of the sentence before it."""
        by_sentence: dict[int, list[Attribution]] = {}
        for other in self.doc.attributions:
            by_sentence.setdefault(other.sentence, []).append(other)
        index = attribution.sentence
        for _ in range(3):
            here = by_sentence.get(index, [])
            if not here or any(a.source for a in here):
                return None
            span = self.doc.sentences[index]
            said = self.doc.text[span.start:span.end]
            if any(word in self.lex.message_anaphors for word in re.findall(r"\w+", said)) \
                    or self.lex.in_message.search(said):
                before = [a for a in by_sentence.get(index - 1, []) if a.source]
                return before[-1].source if before else self._body_of_sentence(index - 1)
            index -= 1
        return None

    def _body_of_sentence(self, index: int) -> str | None:
        """"Die Miliz X reklamierte den Anschlag für sich. Dabei seien ..., hieß es dort": the message
        is the one of the organisation the sentence before names first (no speech verb made it an
        attribution)."""
        if index < 0:
            return None
        span = self.doc.sentences[index]
        first = next((m for m in self.doc.mentions if span.start <= m.span.start < span.end
                      and m.kind in ("org", "group", "person")), None)
        return first.canonical if first is not None and first.kind == "org" else None

    def _side(self, attribution: Attribution) -> str | None:
        """"nach ukrainischen Angaben", "russischen Angaben zufolge": the country's side."""
        cue = attribution.cue_span
        if cue is None:
            return None
        text = self.doc.text
        words = re.findall(r"[\w-]+", text[cue.start:cue.end + 40])[:4] if attribution.cue and \
            attribution.cue.lower() != "zufolge" else re.findall(r"[\w-]+", text[max(0, cue.start - 40):cue.start])[-2:]
        for adjective, noun in zip(words, words[1:]):
            if noun in self.lex.side_nouns:
                return _country_from_adjective(adjective, self.doc.data)
        return None

    def _quoted_speaker(self, span: Span) -> str | None:
        """A figure inside a statement the attribution step found but gave no attribution for
        (a direct quote after a colon): its speaker, unless the statement was relayed or the figure
        stands in hearsay carried on from it ("Weitere 800 Soldaten sollen folgen": no Konjunktiv I)."""
        if any(hearsay.contains(span) for hearsay in self.doc.hearsay):
            return None
        for statement in self.doc.statements:
            if statement.speaker and statement.content_span.contains(span) and statement.relay is None \
                    and not statement.denial and not (statement.speaker_span is not None
                                                      and statement.speaker_span.overlaps(span)):
                if statement.speaker and any(self.lex.number_of.match(w) for w in re.findall(r"\w+", statement.speaker)[:2]):
                    continue  # "Die Zahl der Verletzten gibt er ... an": no speaker
                return statement.speaker
        return None

    def _denies(self, attribution: Attribution) -> bool:
        denied = dict(self.lex.certainty).get("denied")
        if not denied or not attribution.cue:
            return False
        if denied.search(attribution.cue):
            return True
        cue = attribution.cue_span
        if cue is None or " " not in attribution.cue:
            return False
        # a verb written apart ("wies Mballa Ndongo als Erfindung zurück"): its words in the sentence
        sentence = self.doc.sentences[attribution.sentence]
        return denied.match(self.doc.text, cue.start, sentence.end) is not None

    def _is_present(self, found: Found) -> bool:
        """"von derzeit rund 11.000", "Derzeit sind dort rund 10.000 Soldaten": a figure of now,
        when no other number stands between the marker and this one."""
        tokens = found.sentence.tokens
        clause_lo, _ = found.sentence.clause(found.first)
        for i in range(found.first - 1, clause_lo - 1, -1):
            word = tokens[i].text
            if word[:1].isdigit():
                return False
            if word.lower() in self.lex.present:
                return True
        return False

    def _future(self, found: Found, lo: int, hi: int, present: bool) -> bool:
        if present:
            return False
        tokens = found.sentence.tokens
        if any(self.lex.attributive_future.match(t.text) for t in tokens[max(lo, found.first - 2):found.first]):
            return True  # "die vorgesehenen 105 Kampfpanzer"
        key = ("future", tokens[lo].start, tokens[hi - 1].end)
        if key not in self._memo:
            self._memo[key] = self._future_in(tokens, lo, hi)
        return self._memo[key]

    def _future_in(self, tokens: list[Token], lo: int, hi: int) -> bool:
        text = self.doc.text[tokens[lo].start:tokens[hi - 1].end]
        if self.lex.future.search(text):
            return True
        modal_at = [i for i in range(lo, hi) if tokens[i].text.lower() in self.lex.modals]
        if modal_at:
            after = self.doc.text[tokens[modal_at[0]].end:tokens[hi - 1].end]
            if self.lex.change_verbs.search(after):
                return True
            # a subordinate clause puts the modal last: "dass die Zahl auf 30 steigen könnte"
            last = modal_at[-1]
            closes = last + 1 >= hi or not tokens[last + 1].text[:1].isalnum()
            if closes and last > lo and self.lex.change_verbs.search(
                    self.doc.text[tokens[lo].start:tokens[last].start]):
                return True
        return False

    def _explicit_future_time(self, found: Found) -> bool:
        return any(not self.lex.vague_time.search(t.text) for t in self._times_in(found.sentence.span))

    def _certainty(self, scope_text: str, attribution: Attribution | None, present: bool, future: bool) -> str:
        key = ("certainty", scope_text, attribution.cue if attribution is not None else None,
               attribution is not None and attribution.source is not None, present, future)
        if key not in self._memo:
            self._memo[key] = self._find_certainty(scope_text, attribution, present, future)
        return self._memo[key]

    def _find_certainty(self, scope_text: str, attribution: Attribution | None, present: bool, future: bool) -> str:
        texts = [scope_text]
        if attribution is not None and attribution.cue and attribution.cue not in scope_text:
            texts.append(attribution.cue)  # a cue inside the scope is read with its context ("hieß es darin")
        joined = " ".join(texts)
        if future:  # "sollen ... verlegt werden" states a plan, not hearsay
            joined = self.lex.plan_words.sub(" ", joined)
        if attribution is not None and attribution.source is not None:
            # "In einer Erklärung des Generalstabs hieß es": hearsay only without a named source
            joined = self.lex.unnamed_hearsay.sub(" ", joined)
        level = "asserted"
        for name, pattern in self.lex.certainty:
            if name == "possible" and present:
                continue
            if pattern.search(joined):
                level = name
                break
        if future and level in ("asserted",):
            level = "possible"
        return level

    def _additional(self, found: Found, reading: Reading) -> bool:
        tokens = found.sentence.tokens
        lo = max(0, found.first - 3)
        words = [t.text.lower() for t in tokens[lo:found.first]]
        hi = reading.noun if reading.noun is not None and reading.noun > found.last else found.last + 1
        words += [t.text.lower() for t in tokens[found.last + 1:hi]]
        joined = " " + " ".join(words) + " "
        if not any(" " + " ".join(p) + " " in joined for p in self.lex.additional):
            return False
        previous = self._previous_claim_nearby(found.sentence)
        if previous is None or previous.measure == reading.measure:
            return True
        # "850 Soldaten sowie vier Hubschrauber ..., weitere 500 Soldaten": an earlier figure of the
        # same measure in the sentence, with another measure listed between
        return any(c.measure == reading.measure and c.sentence == found.sentence.span for c in self.claims)

    # -------------------------------------------------------------- time
    def _times_in(self, span: Span) -> list[TimeRef]:
        return [t for t in self.doc.times if span.contains(t.span)]

    @staticmethod
    def _clause_span(found: Found, clause_lo: int, clause_hi: int) -> Span:
        tokens = found.sentence.tokens
        return Span(tokens[clause_lo].start, tokens[clause_hi - 1].end)

    def _only_superlative(self, tokens: list[Token], lo: int, hi: int) -> bool:
        """"Bei dem bislang schwersten Beben im Jahr 2009": the cumulative word only grades an adjective
        (the worst so far), it opens no total."""
        cumulative = [i for i in range(lo, hi) if tokens[i].text.lower() in self.lex.cumulative]
        return all(i + 1 < hi and SUPERLATIVE.match(tokens[i + 1].text) for i in cumulative)

    def _dating(self, sentence: Sentence) -> list[TimeRef]:
        """Time expressions of a sentence that can date a figure: not vague, not the open start
        of a period ("seit April 2023")."""
        text = self.doc.text
        found = []
        for t in self._times_in(sentence.span):
            if not t.value or self.lex.vague_time.search(t.text):
                continue
            before = re.findall(r"\w+", text[max(sentence.span.start, t.span.start - 12):t.span.start])
            if before and before[-1].lower() in self.lex.cumulative:
                continue
            found.append(t)
        return found

    def _said_when(self, found: Found, candidates: list[TimeRef]) -> list[TimeRef]:
        """Times inside a later clause of the sentence that holds a verb of saying ("23 Menschen
        verletzt, wie ein Sprecher am Dienstag sagte"): when it was reported, not when it happened."""
        sentence = found.sentence
        own = sentence.clause(found.first)
        said = []
        for attribution in self.doc.attributions:
            cue = attribution.cue_span
            if cue is None or not sentence.span.contains(cue):
                continue
            lo, hi = sentence.clause(sentence.index_at(cue.start))
            if (lo, hi) == own or lo < own[0]:
                continue  # "Im Januar schätzte der NIS, dass ...": the statement dates what it states
            span = Span(sentence.tokens[lo].start, sentence.tokens[hi - 1].end)
            said += [t for t in candidates if span.contains(t.span)]
        return said

    def _time(self, found: Found, present: bool, clause_lo: int, clause_hi: int, event: bool = True) -> str | None:
        doc = self.doc
        tokens = found.sentence.tokens
        governing = self._governing_start(found.sentence, clause_lo)
        key = ("words", found.sentence.span.start, governing, clause_hi)
        if key not in self._memo:
            self._memo[key] = {t.text.lower() for t in tokens[governing:clause_hi]}
        clause_words = self._memo[key]
        if clause_words & self.lex.cumulative and not self._only_superlative(tokens, governing, clause_hi):
            return None  # "inzwischen elf Tote", "seit Kriegsbeginn": an open total
        if self.lex.year_to_date.search(doc.text, tokens[governing].start, tokens[clause_hi - 1].end):
            return None  # "in diesem Jahr bereits 36.000": the year so far, still counting
        candidates = self._dating(found.sentence)
        if present:
            # a figure of now holds when it was said: the day the sentence gives, else the article's
            days = [t for t in candidates if t.precision == "day"]
            return _iso(days[0]) if days else (doc.anchor[0] if doc.anchor else (doc.article.published or None))
        if event:
            # an event happened when it happened, not when a later clause says it was reported; with
            # no date of its own the report's date dates it ("..., wie die Polizei am Sonntag mitteilte":
            # the convention of blind h13, h18, h20, h21; h14/h15 left such figures undated)
            said = self._said_when(found, candidates)
            candidates = [t for t in candidates if t not in said] or said
        if not candidates and clause_words & self.lex.time_anaphora:
            # "Dabei starben 12 Menschen": the time of the sentence before
            here = doc.sentence_index(found.sentence.span.start)
            if here > 0:
                candidates = self._dating(_sentence(doc, doc.sentences[here - 1], self.sentences))[-1:]
        if not candidates or clause_words & self.lex.totals and not self._times_in(self._clause_span(found, clause_lo, clause_hi)):
            return None  # "insgesamt" without a period of its own is an open total
        q = found.quantity.span
        preceding = [t for t in candidates if t.span.end <= q.start]
        following = [t for t in candidates if t.span.start >= q.end]
        chosen = preceding[-1] if preceding else (following[0] if following else candidates[0])
        # a closed period gives its end: "von Januar bis März 2024"
        later = [t for t in candidates if t.span.start > chosen.span.end]
        if later:
            between = doc.text[chosen.span.end:later[0].span.start].strip().lower()
            if between in {"bis", "und", "bis zum", "bis ende", "-", "–"}:
                chosen = later[0]
        if chosen.precision in ("halfyear", "quarter", "season") and chosen.end and doc.anchor \
                and chosen.end < doc.anchor[0] + "-99":
            return chosen.end[:7]  # a closed period gives its end: "im ersten Halbjahr 2025" -> 2025-06
        return _iso(chosen)

    # -------------------------------------------------------------- location
    def _location(self, found: Found, reading: Reading) -> str | None:
        place = self._scene_of(found, reading)
        if place in self.lex.multi_country_areas:
            return None  # "in Westafrika", "auf dem Balkan": the figure spans countries (gold README)
        span = found.sentence.span
        own = self._clause_place(found, frozenset(self.lex.locative)) if place else None
        if place and self.lex.nationwide.search(self.doc.text, span.start, span.end) \
                and not (own is not None and own.canonical == place and self._region_not_town(own)):
            # "landesweit 121 Menschen": the whole country of the scene told around it (a region the
            # clause names itself stays: "seit Kriegsbeginn 1,9 Millionen Menschen im Gazastreifen")
            return place if self._is_country(place) else (self._country_of_place(place, found) or place)
        if place and (own is None or self._is_country(own.canonical) and self._names_a_part(own)):
            occurred = self._occurrence_place(found, reading, place)
            if occurred is not None:
                return occurred
        if place and own is None:
            return self._headline_town(found, reading, place) or place
        return place

    def _occurrence_place(self, found: Found, reading: Reading, place: str) -> str | None:
        """"Vor der Küste Senegals ist ein Boot gekentert. ... 31 Leichen ... Das Unglück ereignete sich
        ... vor dem Fischereihafen Mbour": the sentence that says where the event happened ("ereignete
        sich", "geschah") names its most specific place; a casualty figure whose own clause names no
        place, or only a part of a country ("im Süden Nigerias"), got the country or a region around
        that place from the sentences around it, and is counted there. Not a total of a longer
        period, not another country's place."""
        if reading.measure not in self.lex.occurrence_measures \
                or not (self._is_country(place) or self._below_country(place)):
            return None
        event = self._occurred_at
        if event is None or event == place:
            return None
        country = place if self._is_country(place) else _country_of(place)
        if _country_of(event) not in (country, None):
            return None
        lex, text, span = self.lex, self.doc.text, found.sentence.span
        periods = (lex.period_words, lex.long_periods, lex.total_periods, lex.front_periods)
        if any(words.search(text, span.start, span.end) for words in periods):
            return None  # "seit Jahresbeginn 14 Tote": the wider area's total
        return event

    @cached_property
    def _occurred_at(self) -> str | None:
        """The most specific place below a country of the article's first sentence that says where
        its event happened ("Das Unglück ereignete sich ... nahe dem Ort Emohua")."""
        for index, span in enumerate(self.doc.sentences):
            if self.lex.occurred.search(self.doc.text, span.start, span.end) is None:
                continue
            place = self._most_specific([m for m in self._scene_mentions(index, frozenset(self.lex.locative))
                                         if not self._is_country(m.canonical) and not self._dateline(m)])
            if place is not None:
                return place.canonical
        return None

    def _headline_town(self, found: Found, reading: Reading, place: str) -> str | None:
        """"Drohnen auf den Markt von Kosti" / "Die Stadt Kosti ... im Sudan. ... sprach von 14 Toten":
        a figure whose own sentence names no scene got a country or a state from the sentences around
        it; the one town the headline names inside it is the event's more specific place (the gold's
        "most specific place the article gives"). Not for a total of a longer period ("seit
        Jahresbeginn", "in diesem Jahr bislang"), which is the wider area's."""
        if not (self._is_country(place) or self._below_country(place)):
            return None
        headline = self._paragraph(0)
        if not self.doc.sentences or headline == self._lead() or found.sentence.span.start <= self.doc.sentences[max(headline)].start:
            return None
        lex, text, span = self.lex, self.doc.text, found.sentence.span
        here = self.doc.sentence_index(span.start)
        paragraph = self._paragraph(here)
        told = [self.doc.sentences[i] for i in sorted(paragraph) if i <= here]
        if any(words.search(text, told[0].start, span.end) for words in (lex.period_words, lex.long_periods, lex.total_periods)) \
                or lex.front_periods.search(text, span.start, span.end):
            return None  # "Im Sudan kämpfen seit April 2023 ... Schätzungen liegen zwischen 40.000 und 150.000"
        if reading.measure in lex.front_measures and any(self._front_period(i) for i in (here - 1,) if i in paragraph):
            return None  # "in den vergangenen 24 Stunden 1.040 Soldaten verloren. Zudem seien vier Panzer ...": the front's
        scene = frozenset(lex.locative) | (lex.destination if reading.measure in ("troops", "displaced") else frozenset())
        if self._best_place(here, scene | (lex.origin if reading.measure == "displaced" else frozenset())) is not None:
            return None  # "nach Italien gekommen", "in Bangladesch": the sentence's own scene
        towns = {m.canonical for m in self.places if self.doc.sentence_index(m.span.start) in headline and self._headline_town_mention(m, place)}
        if len(towns) != 1:
            return None
        town = towns.pop()
        first = bisect_left(self._place_starts, span.start)
        for mention in self.places[first:bisect_left(self._place_starts, span.end)]:
            # "davon 34 über dem Gebiet Moskau": another place of the figure's own sentence; not where it
            # was said, who speaks, sits or comes from, or where the injured were taken
            if mention.canonical not in (town, place) and not self._is_country(mention.canonical) \
                    and not any(s.overlaps(mention.span) for s in self._speaker_spans) \
                    and not self._seat_or_origin(mention) \
                    and not lex.taken_to.search(text, max(span.start, mention.span.start - 80), mention.span.start):
                return None
        return town

    def _headline_town_mention(self, mention: Mention, place: str) -> bool:
        """A town of the headline inside `place`: not the place itself, a country, a state or region,
        a border, a road, a valley or lake, a dateline or who speaks ("Moskau meldet ...")."""
        name = mention.canonical
        if name == place or self._is_country(name) or self._below_country(name) or self._region_not_town(mention) \
                or self._dateline(mention) or name in self.lex.multi_country_areas or mention.span in self._roads \
                or any(mention.span == m.span for m in self._national_areas) \
                or any(s.overlaps(mention.span) for s in self._speaker_spans) \
                or self.lex.landscape_end.search(mention.text) or mention.text.endswith(self.lex.place_noun_ends) \
                or mention.text.rsplit("-", 1)[-1].lower().endswith(self.lex.place_noun_ends) \
                or self._headline_subject(mention):
            return False
        country = place if self._is_country(place) else _country_of(place)
        return _country_of(name) in (country, None)

    def _headline_subject(self, mention: Mention) -> bool:
        """"Moskau meldet Abschuss von 84 Drohnen": a place opening the headline (or its part after a
        dash or colon) before a verb is who speaks or acts, not a scene."""
        text = self.doc.text
        before = text[text.rfind("\n", 0, mention.span.start) + 1:mention.span.start].rstrip()
        after = re.match(r"\s+(\w+)", text[mention.span.end:mention.span.end + 40])
        return (not before or before[-1] in "-–—:") and after is not None and after.group(1)[:1].islower()

    def _below_country(self, place: str) -> bool:
        """A state, province or region of the gazetteer by its canonical name (not a town, not a country)."""
        gaz = _safely(gazetteer, self.doc.data)
        if gaz is None or self._is_country(place):
            return False
        entries = [e for m in self.doc.mentions if m.kind == "place" and m.canonical == place
                   for e in [gaz.exact.get(gazetteer_words(m.text))] if e is not None]
        return bool(entries) and all(e.source in ("region", "area", "admin") for e in entries)

    def _region_not_town(self, mention: Mention) -> bool:
        """A region or area of the gazetteer ("Gazastreifen", "Donbass"), not a town or a country."""
        gaz = _safely(gazetteer, self.doc.data)
        entry = gaz.exact.get((mention.text,)) if gaz is not None else None
        return entry is not None and entry.source in ("region", "area")

    def _country_of_place(self, place: str, found: Found) -> str | None:
        """The country of a place; for one the gazetteer lacks, that of the place it is said to lie
        in ("Glatz (Kłodzko) in Niederschlesien"), else the last country named before the figure."""
        country = _country_of(place) or _country_of(self._region_of.get(place))
        if country:
            return country
        for i, mention in enumerate(self.places):
            if mention.canonical == place and mention.span.start < found.quantity.span.start:
                for after in self.places[i + 1:i + 3]:
                    if after.span.start - mention.span.end > 40 or not self._lies_in(mention, after):
                        break
                    country = after.canonical if self._is_country(after.canonical) else _country_of(after.canonical)
                    if country:
                        return country
        return self._country_before(found)

    def _lies_in(self, place: Mention, outer: Mention) -> bool:
        """"Glatz (Kłodzko) in Niederschlesien", "Kappl, Tirol": the words between say that `place`
        lies in `outer`; "Djibo nahe der Grenze zu Mali" names a neighbour."""
        between = re.sub(r"\([^)]*\)", " ", self.doc.text[place.span.end:outer.span.start])
        return all(word in self.lex.locative or word in ARTICLES or word in self.lex.place_nouns
                   or word in self.lex.parts or (word[:1].islower() and ADJECTIVE_END.match(word))
                   for word in re.findall(r"\w+", between))

    def _country_before(self, found: Found) -> str | None:
        """The country the article names most often up to the figure, the later one of a tie (for a
        place the gazetteer lacks): "Djibo nahe der Grenze zu Mali" in a story about Burkina Faso;
        not a country that only says where someone sits ("die in Großbritannien ansässige
        Beobachtungsstelle")."""
        counts: dict[str, int] = {}
        for mention in self.places[:bisect_left(self._place_starts, found.quantity.span.start)]:
            if self._is_country(mention.canonical) and not self._describes_a_noun(mention):
                counts[mention.canonical] = counts.pop(mention.canonical, 0) + 1
        return max(reversed(counts), key=counts.__getitem__) if counts else None

    def _describes_a_noun(self, mention: Mention) -> bool:
        sentence = _sentence(self.doc, self.doc.sentence_of(mention.span), self.sentences)
        return self._attributive(sentence.tokens, sentence.index_at(mention.span.start), sentence.index_at(mention.span.end))

    def _scene_of(self, found: Found, reading: Reading) -> str | None:
        """The most specific scene of the event: the sentence, the sentences before it in the
        paragraph, then the dateline or the article's lead; troops are where they are sent,
        displaced people also where they fled from."""
        doc = self.doc
        key = ("global", found.sentence.span.start)
        if key not in self._memo:
            self._memo[key] = self.lex.global_words.search(doc.text[found.sentence.span.start:found.sentence.span.end])
        if self._memo[key]:
            return None
        here = doc.sentence_index(found.sentence.span.start)
        lex = self.lex
        scene = frozenset(lex.locative)
        if reading.measure in ("troops", "displaced"):
            scene = scene | lex.destination
        own = scene | lex.origin if reading.measure == "displaced" else scene
        if reading.measure == "troops":
            place = self._best_place(here, own)
            if place:
                return self._joint_scene(place, place.canonical)
            for index in [here + 1] + list(range(here - 1, -1, -1)):
                place = self._best_place(index, frozenset(lex.sent_to))
                if place:
                    return self._joint_scene(place, place.canonical)
        paragraph = self._paragraph(here)
        clause_place = self._clause_place(found, own)
        if reading.measure == "displaced" and clause_place is not None and own != scene \
                and self._scene_clause_place_is_origin(found, clause_place) \
                and self._joint_scene(clause_place, clause_place.canonical) is None:
            # "saßen 14 Menschen aus Syrien und Afghanistan": origins in several countries are no
            # scene of their own; the people are counted where the article finds them
            own = scene
            clause_place = self._clause_place(found, own)
        if clause_place is None:
            parts = self._parts_scene(found, own)
            if parts is not None:
                return parts[0]
        if reading.measure == "displaced" and clause_place is not None and self._scene_clause_place_is_origin(found, clause_place):
            host = self._host_subject(found)
            if host is not None:
                return host  # "Insgesamt hat der Tschad 1,2 Millionen Menschen aus dem Sudan aufgenommen"
            fled_to = self._clause_place(found, frozenset(lex.destination))
            if fled_to is not None and fled_to.span != clause_place.span and not self._scene_clause_place_is_origin(found, fled_to):
                # "Aus dem Sudan sind 500.000 Menschen in den Tschad geflohen": counted where they arrived
                return fled_to.canonical
        if clause_place:  # "in den Tschad kamen 700.000 Flüchtlinge, die meisten aus Darfur"
            if self._is_country(clause_place.canonical) and not self._names_a_part(clause_place):
                # "in Nepal sind bereits 172 Menschen gestorben": the whole country, unless a later
                # sentence of the paragraph pins the event to a town it names by its place noun
                joint = self._joint_scene(clause_place, clause_place.canonical)
                return (self._pinned_later(clause_place, joint, paragraph, here) or joint) if joint else joint
            if self._is_country(clause_place.canonical) and self._long_period(found):
                # "Seit Beginn des Aufstands wurden im Nordosten Nigerias rund 40.000 Menschen
                # getötet": a part of the country over years is not the town of today's attack
                return clause_place.canonical
            return self._refine(clause_place, paragraph, here)
        there = self._there(found)
        if there is not None:
            return self._refine(there, paragraph, here)  # "wurden dort ... 900 Menschen getötet"
        if self._same_place(found):
            # "Im April 2022 waren in derselben Grube 15 Bergleute ums Leben gekommen": the place of
            # the event the article is about, not a place named in between
            return self._lead_place(scene)
        earlier = sorted((i for i in paragraph if i < here), reverse=True)
        if min(paragraph) == here and here > 0 and not self._several_scenes(self._paragraph(here - 1), scene) \
                and not self._tells_a_figure(here - 1):
            # the neighbouring sentence across a paragraph break, unless that paragraph went from
            # scene to scene ("In Schleswig-Holstein ... In Niedersachsen ..."): a figure after it
            # is the whole event's
            earlier.append(here - 1)
        key = ("period", found.sentence.span.start)
        if key not in self._memo:  # once per sentence, not per number in it
            self._memo[key] = self.lex.period_words.search(self.doc.text, found.sentence.span.start,
                                                           found.sentence.span.end) is not None
        if self._memo[key]:
            # "14 Schleuser wurden seit Jahresbeginn festgenommen" after a night's event "bei
            # Białowieża": a figure of a longer period is not that event's, but the article's scene
            earlier = []
        cut = self._part_after(found)
        for index in [here] + earlier:
            if index == here and cut is not None:
                place = self._most_specific([m for m in self._scene_mentions(index, own) if m.span.start < cut])
            else:
                place = self._best_place(index, own if index == here else scene)
            if place:
                refined = self._refine(place, paragraph | self._paragraph(index), here)
                if refined and index not in paragraph and self._front_wide(found, reading, paragraph, here, refined):
                    return self._country_of_place(refined, found) or refined
                return refined
        # a figure of a longer period ("seit Anfang August 42 Menschen festgenommen") is not pinned
        # to the town of one incident
        for index in (i for i in earlier if i in paragraph):
            # "Besonders schwer getroffen wurde die Kleinstadt Kyauktaw. ... seien 19 Menschen getötet
            # worden": a town an earlier sentence of the paragraph announces by its place noun
            named = [m for m in self._named_places(index) if not self._is_country(m.canonical) and not self._dateline(m)
                     and not self._origin_of_someone(m)]
            if named:
                return named[-1].canonical
        lead = self._lead_place(scene, pin=not self._memo[key])
        if lead and self._front_wide(found, reading, paragraph, here, lead):
            return self._country_of_place(lead, found) or lead
        return lead

    def _front_wide(self, found: Found, reading: Reading, paragraph: frozenset[int], here: int, place: str) -> bool:
        """"Die russische Armee habe in den vergangenen 24 Stunden rund 1.040 Soldaten verloren.
        Zudem seien vier Panzer ... zerstört worden": an army's losses of a period that no sentence
        of their paragraph places are the whole front's, not those of the town another paragraph
        names (the caller has found no scene in the paragraph)."""
        return reading.measure in self.lex.front_measures and not self._is_country(place) \
            and any(self._front_period(i) for i in (here, here - 1) if i in paragraph)

    def _long_period(self, found: Found) -> bool:
        span = found.sentence.span
        return self.lex.long_periods.search(self.doc.text, span.start, span.end) is not None

    def _front_period(self, index: int) -> bool:
        span = self.doc.sentences[index]
        return self.lex.front_periods.search(self.doc.text, span.start, span.end) is not None

    def _there(self, found: Found) -> Mention | None:
        """"Die Provinz erlebt eine Welle der Gewalt. ... wurden dort 900 Menschen getötet": "dort"
        in the figure's clause points to the last place named before it (not a speaker)."""
        tokens = found.sentence.tokens
        lo, hi = self._scene_clause(found)
        if not any(t.text in self.lex.there_words for t in tokens[lo:hi]) and tokens[lo].text not in self.lex.where_words:
            return None  # ("aus der Gegend um Bara, wo Kämpfer 200 Dorfbewohner getötet haben sollen")
        here = self.doc.sentence_index(found.sentence.span.start)
        start = self.doc.sentences[max(0, here - 1)].start
        candidates = [m for m in self.places[bisect_left(self._place_starts, start):bisect_left(self._place_starts, tokens[lo].start)]
                      if not any(s.overlaps(m.span) for s in self._speaker_spans) and not self._said_where(m)]
        return candidates[-1] if candidates else None

    def _parts_scene(self, found: Found, prepositions: frozenset[str]) -> tuple[str | None] | None:
        """"neun Verdächtige festgenommen, sieben in Utrecht, zwei in Nordrhein-Westfalen": a whole
        whose parts follow it with scenes of their own lies where they lie together: in one country,
        or nowhere when they lie in several (None when no such parts follow)."""
        tokens = found.sentence.tokens
        lo, hi = self._scene_clause(found)
        if hi + 1 >= len(tokens) or tokens[hi].text not in (",", "und", "sowie"):
            return None
        starts = self._quantity_starts
        k = bisect_left(starts, tokens[hi + 1].start)
        if k >= len(starts) or starts[k] != tokens[hi + 1].start:
            return None
        index = self.doc.sentence_index(found.sentence.span.start)
        scenes = self._scene_mentions(index, prepositions)
        after = [m for m in scenes if m.span.start > tokens[hi].start]
        if not after or any(tokens[lo].start <= m.span.start < tokens[hi].start for m in scenes):
            # ("zehn davon in Dnipro und vier in Saporischschja": the part has its own scene)
            return None
        countries = {m.canonical if self._is_country(m.canonical) else self._country_of_place(m.canonical, found)
                     for m in after}
        if len(countries) > 1 or None in countries:
            return (None,)
        return (countries.pop(),)

    def _same_place(self, found: Found) -> bool:
        tokens = found.sentence.tokens
        lo, hi = self._scene_clause(found)
        return any(tokens[i].text.lower() in self.lex.same_place_words and tokens[i - 1].text.lower() in self.lex.locative
                   and (i + 1 >= hi or tokens[i + 1].text not in self.lex.same_time_nouns)  # "am selben Tag"
                   for i in range(max(lo, 1), hi))

    def _scene_clause_place_is_origin(self, found: Found, mention: Mention) -> bool:
        tokens = found.sentence.tokens
        i = found.sentence.index_at(mention.span.start)
        before = [t.text.lower() for t in tokens[max(0, i - 3):i] if t.text.lower() not in ARTICLES]
        return bool(before) and before[-1] in self.lex.origin

    def _host_subject(self, found: Found) -> str | None:
        """A country named without a preposition before the figure in its clause: the subject that
        takes the displaced people in ("Uganda hat 75.000 Menschen aus dem Kongo aufgenommen")."""
        tokens = found.sentence.tokens
        lo, _hi = found.sentence.clause(found.first)
        start, end = tokens[lo].start, tokens[found.first].start
        for mention in self.places[bisect_left(self._place_starts, start):]:
            if mention.span.start >= end:
                break
            i = found.sentence.index_at(mention.span.start)
            j = i - 1 if i > lo and tokens[i - 1].text.lower() in ARTICLES else i
            if self._is_country(mention.canonical) and (j == lo or tokens[j - 1].text.lower() not in PREPOSITIONS):
                return mention.canonical
        return None

    def _tells_a_figure(self, index: int) -> bool:
        """Whether sentence `index` has a claim of its own ("Damals waren in Pedrógão Grande 66
        Menschen gestorben" is another event, not the scene of the next paragraph)."""
        span = self.doc.sentences[index]
        return any(c.sentence is not None and c.sentence.start == span.start and not c.optional for c in self.claims)

    def _several_scenes(self, paragraph: frozenset[int], prepositions: frozenset[str]) -> bool:
        places = {place.canonical for place in (self._best_place(i, prepositions) for i in paragraph) if place}
        return len(places) > 1

    def _scene_clause(self, found: Found) -> tuple[int, int]:
        """The figure's clause, also cut where a comma opens a new scene: "In Polen starben elf
        Menschen, in Tschechien meldete die Polizei sechs Tote"."""
        tokens = found.sentence.tokens
        lo, hi = found.sentence.clause(found.first)
        key = ("scene commas", found.sentence.span.start)
        if key not in self._memo:
            # "sieben von ihnen in Utrecht, zwei in Nordrhein-Westfalen", "zehn in Dnipro und vier in
            # Saporischschja": a comma or "und" before another figure opens that figure's own scene
            figures = set(self._quantity_starts[bisect_left(self._quantity_starts, found.sentence.span.start):
                                                bisect_left(self._quantity_starts, found.sentence.span.end)])
            self._memo[key] = [i for i in range(len(tokens) - 1)
                               if (tokens[i].text == "," and tokens[i + 1].text.lower() in self.lex.locative)
                               or (tokens[i].text in (",", "und", "sowie") and tokens[i + 1].start in figures)]
        commas = self._memo[key]
        inside_lo, inside_hi = bisect_left(commas, lo), bisect_left(commas, hi - 1)
        before = bisect_left(commas, found.first, inside_lo, inside_hi)
        after = bisect_right(commas, found.last, inside_lo, inside_hi)
        return (commas[before - 1] + 1 if before > inside_lo else lo), (commas[after] if after < inside_hi else hi)

    def _clause_place(self, found: Found, prepositions: frozenset[str]) -> Mention | None:
        """The most specific scene inside the figure's own clause, when the clause names one."""
        tokens = found.sentence.tokens
        lo, hi = self._scene_clause(found)
        start, end = tokens[lo].start, tokens[hi - 1].end
        index = self.doc.sentence_index(found.sentence.span.start)
        inside = [m for m in self._scene_mentions(index, prepositions) if start <= m.span.start and m.span.end <= end]
        cut = self._part_after(found) if inside and inside[-1].span.start > tokens[found.last].end else None
        return self._most_specific([m for m in inside if m.span.start < cut] if cut is not None else inside)

    def _part_after(self, found: Found) -> int | None:
        """Where a part of the figure's whole opens after it: "rund 3.000 Bewohner ..., darunter die
        Bewohner zweier Pflegeheime in Varnavas" (a place after it is the part's, not the whole's)."""
        tokens = found.sentence.tokens
        key = ("part openings", found.sentence.span.start)
        openings = self._memo.get(key)
        if openings is None:  # once per sentence: a listing of hundreds of figures stays linear
            lowered = [t.text.lower() for t in tokens]
            phrases = self.lex.before_part + self.lex.most_of_them
            # a phrase matches only where its first word stands (an empty phrase matches anywhere)
            firsts = None if not all(phrases) else {p[0] for p in phrases}
            openings = self._memo[key] = [
                i for i in range(len(lowered))
                if (firsts is None or lowered[i] in firsts) and any(lowered[i:i + len(p)] == p for p in phrases)]
        k = bisect_right(openings, found.last)
        return tokens[openings[k]].start if k < len(openings) else None

    def _lead(self) -> frozenset[int]:
        """The headline's paragraph and the paragraph after it: a headline alone often names only
        the event ("Vier Tote bei Überfahrt"), the lead below it the people it is about."""
        head = self._paragraph(0)
        after = max(head) + 1
        return head | self._paragraph(after) if after < len(self.doc.sentences) else head

    def _paragraph(self, index: int) -> frozenset[int]:
        """Indices of the sentences in the same paragraph (no line break between them)."""
        if index not in self._paragraphs:
            members = self._find_paragraph(index)
            self._paragraphs.update(dict.fromkeys(members, members))
        return self._paragraphs[index]

    def _find_paragraph(self, index: int) -> frozenset[int]:
        doc = self.doc
        members = {index}
        i = index
        while i > 0 and "\n" not in doc.text[doc.sentences[i - 1].end:doc.sentences[i].start]:
            i -= 1
            members.add(i)
        i = index
        while i + 1 < len(doc.sentences) and "\n" not in doc.text[doc.sentences[i].end:doc.sentences[i + 1].start]:
            i += 1
            members.add(i)
        return frozenset(members)

    def _lead_place(self, scene: frozenset[str], pin: bool = True) -> str | None:
        """A dateline naming the scene ("Kursk, Russland -"), else the most specific scene of the
        headline and lead paragraph (the event the article is about), else an agency's dateline
        ("KIEW (dpa) -" says where the report was written, not where it happened)."""
        # the same for every figure of the article: an article whose lead runs on for thousands
        # of sentences must not pay for it once per figure
        key = (scene, pin)
        if key not in self._lead_places:
            self._lead_places[key] = self._find_lead_place(scene, pin)
        return self._lead_places[key]

    @cached_property
    def _lead_places(self) -> dict[tuple[frozenset[str], bool], str | None]:
        return {}

    def _find_lead_place(self, scene: frozenset[str], pin: bool) -> str | None:
        for mention in self.places:
            # "Kursk, Russland -" names the scene; a bare "Athen -" more often the newsroom, after
            # the scenes of the headline and lead below
            if self._regional_dateline(mention):
                return mention.canonical
        if not self.doc.sentences:
            return None
        lead = self._lead()
        headline = self._paragraph(0) if lead != self._paragraph(0) else frozenset()
        first_of_lead = min(lead - headline, default=None)
        # the lead paragraph tells the scene more closely than the headline ("auf A9" / "bei Münchberg")
        for index in sorted(lead - headline) + sorted(headline):
            place = self._most_specific([m for m in self._scene_mentions(index, scene) if not self._dateline(m)])
            if place:
                return self._refine(place, lead, index, pin)
            if index == first_of_lead:
                subject = self._country_opening(index)
                if subject is not None:
                    return subject
        for index in sorted(lead - headline) + sorted(headline):
            # "hat ein Murgang Teile des Dorfes Soazza verschüttet": with no scene after a preposition,
            # a town the lead announces by its place noun is the event's
            named = [m for m in self._named_places(index) if not self._is_country(m.canonical) and not self._dateline(m)]
            if named:
                return named[0].canonical
        for mention in self.places:
            if self._dateline(mention):
                return mention.canonical
        return self._first_place(scene)

    def _first_place(self, scene: frozenset[str]) -> str | None:
        """With no scene in the lead and no dateline, the article's first scene ("Die Feuerwehr wurde
        in die Karlauer Straße gerufen"), else the first place it names ("Die Feuerwehr Graz ..."):
        a figure of such an article is more often counted there than nowhere. Not a place inside a
        speaker's name ("Sprecher der Polizei Tirol"); a place named together with another
        ("Russland und die Ukraine tauschen Gefangene aus") gives their joint scene (two countries:
        none); not where it was said or a body sits (`_seat_or_origin`)."""
        for index in range(len(self.doc.sentences)):
            place = self._most_specific(self._scene_mentions(index, scene))
            if place:
                return self._joint_scene(place, place.canonical)
        for mention in self.places:
            if not any(s.overlaps(mention.span) for s in self._speaker_spans) and not self._seat_or_origin(mention):
                if self._between_countries(mention):
                    return None
                return self._joint_scene(mention, mention.canonical)
        return None

    def _between_countries(self, mention: Mention) -> bool:
        """"im Krieg zwischen Russland und der Ukraine": a country named with another after
        "zwischen" names the two sides of a war, a treaty or a trade, not the scene of the article's
        figures (unlike "an der Grenze zwischen Bayern und Österreich", where the first names the side
        of a scene that `_joint_scene` keeps)."""
        text = self.doc.text
        if not self._is_country(mention.canonical) \
                or not text[max(0, mention.span.start - 9):mention.span.start].rstrip().endswith("zwischen"):
            return False
        i = bisect_left(self._place_starts, mention.span.start)
        other = self.places[i + 1] if i + 1 < len(self.places) else None
        return other is not None and self._is_country(other.canonical) and other.canonical != mention.canonical \
            and re.fullmatch(r"\s*und\s+(?:(?:der|die|dem|den|das)\s+)?", text[mention.span.end:other.span.start]) is not None

    def _seat_or_origin(self, mention: Mention) -> bool:
        """Where something was said ("teilte die WHO am Freitag in Genf mit"), the seat of a body
        ("Die UN-Mission in Kenia"), where someone comes from ("ein Fahrer aus dem Landkreis X") or a
        place describing a noun ("die in Norwegen ansässige Organisation"): no scene."""
        sentence = _sentence(self.doc, self.doc.sentence_of(mention.span), self.sentences)
        tokens = sentence.tokens
        i = sentence.index_at(mention.span.start)
        return self._said_where(mention) \
            or (i > 1 and tokens[i - 1].text == "in" and self.lex.institution_ends.search(tokens[i - 2].text) is not None) \
            or self._origin_of_someone(mention) \
            or self._attributive(tokens, i, sentence.index_at(mention.span.end))

    def _origin_of_someone(self, mention: Mention) -> bool:
        """"Ein Autofahrer aus dem Landkreis Peine": where a person comes from, not a scene."""
        before = re.findall(r"\w+", self.doc.text[max(0, mention.span.start - 30):mention.span.start])[-3:]
        before = [w for w in before if w.lower() not in ARTICLES and w not in self.lex.place_nouns]
        return bool(before) and before[-1].lower() in self.lex.origin | {"von", "vom"}

    def _country_opening(self, index: int) -> str | None:
        """"Dhaka (dpa) - Bangladesch erlebt einen der schwersten Dengue-Ausbrüche": a country that
        opens the lead as its subject is the scene of what the article counts (before the hospitals
        "in Dhaka" of its headline)."""
        span = self.doc.sentences[index]
        text = self.doc.text
        i = bisect_left(self._place_starts, span.start)
        if i >= len(self.places) or self.places[i].span.start >= span.end:
            return None
        mention = self.places[i]
        if self._dateline(mention):
            if i + 1 >= len(self.places) or self.places[i + 1].span.start >= span.end:
                return None
            dash = re.search(r"\s[-–—]\s", text[mention.span.end:mention.span.end + 40])
            opening = mention.span.end + dash.end() if dash else None
            mention = self.places[i + 1]
        else:
            opening = span.start
        if opening is None or not self._is_country(mention.canonical):
            return None
        before = text[opening:mention.span.start].strip()
        if re.match(r"\s+(?:und|sowie|oder)\s", text[mention.span.end:mention.span.end + 10]):
            return None  # "Russland und die Ukraine haben Gefangene ausgetauscht": two countries
        return mention.canonical if before.lower() in ("", "die", "der", "das") else None

    def _joint_scene(self, mention: Mention, place: str | None) -> str | None:
        """"in Nordrhein-Westfalen und Niedersachsen": two places named together are one scene,
        their common country; two countries ("in Polen und Tschechien") are none."""
        text = self.doc.text
        i = bisect_left(self._place_starts, mention.span.start)
        neighbours = self.places[max(0, i - 1):i] + self.places[i + 1:i + 2]
        for other in neighbours:
            first, second = (other, mention) if other.span.start < mention.span.start else (mention, other)
            if other.canonical == mention.canonical or not JOINED_PLACES.fullmatch(text[first.span.end:second.span.start]):
                continue
            if text[max(0, first.span.start - 9):first.span.start].rstrip().endswith("zwischen"):
                continue  # "an der Grenze zwischen Bayern und Österreich": the first names the side
            if any(self._is_country(m.canonical) and _country_of(n.canonical) == m.canonical
                   for m, n in ((mention, other), (other, mention))):
                continue  # "Charkiw, Ukraine": a place and its country
            area = next((m.canonical for m in self.places[:3] if self._regional_dateline(m) and not self._is_country(m.canonical)), None)
            if area in (mention.canonical, other.canonical):
                return area  # "Dortmund (ots) - ... in Dortmund, Lünen und Unna": the police's own area
            countries = {name if self._is_country(name) else _country_of(name)
                         for name in (mention.canonical, other.canonical)}
            return countries.pop() if len(countries) == 1 and None not in countries else None
        return place

    def _refine(self, mention: Mention, paragraph: frozenset[int], here: int | None = None, pin: bool = True) -> str | None:
        """A country is refined by a place inside it (or one the gazetteer lacks: "in der Provinz
        Shanxi") named as a scene in the paragraph up to the figure's sentence; a later sentence
        ("In Troppau stand das Wasser zwei Meter hoch") tells a detail, not the figure's scene."""
        place, named = mention.canonical, mention
        joint = self._joint_scene(mention, place)
        if joint != place:
            return joint
        if not self._is_country(place):
            inside = self._local_inside(mention, paragraph, here)
            if inside is None and self._below_country(place):
                # "im Bundesstaat Guanajuato ... zwölf Menschen erschossen. Bewaffnete seien in einen
                # Festsaal am Rand der Stadt Irapuato eingedrungen": a town the paragraph announces by
                # a town's noun after its state is where the state's event happened
                inside = self._town_after(mention, paragraph)
                if inside is not None:
                    self._region_of.setdefault(inside, place)  # (its country is the state's)
            if inside is None and self._below_country(place) and max(paragraph) + 1 < len(self.doc.sentences):
                # "im Bundesstaat Minas Gerais ... 23 Tote." then, opening the next paragraph's account,
                # "nahe der Kleinstadt Conceição do Itabira eingebrochen": the state's town of the event
                inside = self._local_inside(mention, self._paragraph(max(paragraph) + 1), here)
                if inside is not None and not self._town_noun_before(inside):
                    inside = None  # (a city's district, "im Stadtbezirk Kyjiwskyj", is a detail of the city's event)
                elif inside is not None:
                    self._region_of.setdefault(inside, place)
            return inside or place
        if self._names_a_part(mention):
            inside = self._first_place_inside(place, paragraph)
            if inside:
                return inside
        for index in sorted(paragraph):
            for mention in self._scene_mentions(index, frozenset(self.lex.locative)):
                if self._is_country(mention.canonical):
                    continue
                if here is not None and index > here or self._dateline(mention):
                    continue
                if _country_of(mention.canonical) == place or mention.canonical in self._local_names:
                    return mention.canonical
        return (self._pinned_later(named, place, paragraph, here) if pin else None) or place

    def _pinned_later(self, mention: Mention, country: str, paragraph: frozenset[int], here: int | None) -> str | None:
        """"Beim Kentern einer Fähre in Bangladesch sind 38 Menschen ums Leben gekommen. ... Das
        Schiff war nahe der Stadt Chandpur gesunken": a later sentence of the paragraph that tells
        no figure of its own and names a place inside the country by its place noun ("der Stadt",
        "im Dorf") pins the same event down; a bare "In Troppau stand das Wasser" is a detail."""
        if here is None or not self._is_country(country) or self._after_part_word(mention):
            return None  # "im Norden und im Westen Spaniens": a wide event, its towns are details
        starts = self._quantity_starts
        for index in sorted(paragraph):
            span = self.doc.sentences[index]
            if index <= here or bisect_left(starts, span.start) != bisect_left(starts, span.end):
                continue
            named = set(map(id, self._named_places(index)))
            for mention in self._scene_mentions(index, frozenset(self.lex.locative)):
                if id(mention) in named and not self._is_country(mention.canonical) and not self._dateline(mention) \
                        and _country_of(mention.canonical) in (country, None):
                    return mention.canonical
        return None

    def _local_inside(self, mention: Mention, paragraph: frozenset[int], here: int | None) -> str | None:
        """"in Leipzig ... 38 Beamte verletzt. Vermummte hätten die Einsatzkräfte im Stadtteil
        Connewitz beworfen": a place the gazetteer lacks, announced by a place noun as a scene after
        the city or region in another sentence of the paragraph that tells no figure of its own
        ("4.100 Asylsuchende leben im Lager Mavrovouni" is another scene; a vague plural is nobody's
        figure: "lieferten sich Hunderte Jugendliche im Stadtviertel Exarchia Straßenschlachten"), is
        the more specific scene of the same event. Not a region said to hold a place named before it
        ("bei Tera in der Region Tillabéri"), not a place noun referring back ("in der Stadt")."""
        starts = self._exact_figure_starts
        for index in sorted(paragraph):
            span = self.doc.sentences[index]
            if index == here or bisect_left(starts, span.start) != bisect_left(starts, span.end):
                continue
            for other in self._scene_mentions(index, frozenset(self.lex.locative)):
                if other.span.start > mention.span.start and other.canonical != mention.canonical \
                        and other.canonical in self._local_names and _country_of(other.canonical) is None \
                        and other.canonical not in self._bare_names_set and not self._around_a_place(other) \
                        and other.text not in self.lex.place_nouns:
                    return other.canonical
        return None

    def _around_a_place(self, mention: Mention) -> bool:
        """"bei Tera in der Region Tillabéri": a place named right after another place and "in der"
        says where that place lies; it is no place inside the city or region of the event."""
        i = bisect_left(self._place_starts, mention.span.start)
        return i > 0 and PLACE_INSIDE.fullmatch(self.doc.text, self.places[i - 1].span.end, mention.span.start) is not None

    def _town_after(self, region: Mention, paragraph: frozenset[int]) -> str | None:
        """The first place after `region` in `paragraph` that a town's noun announces ("oberhalb des
        Dorfes Raison", "am Rand der Stadt Irapuato"), in the region's country, not where someone
        comes from ("Familien aus dem Dorf X")."""
        country = _country_of(region.canonical)
        starts = self._quantity_starts
        for index in sorted(paragraph):
            span = self.doc.sentences[index]
            # "In der Stadt Schebekino sei ein Umspannwerk getroffen worden, rund 12.000 Haushalte
            # seien ohne Strom": a sentence with a figure of its own at its own scene is another account
            counts = bisect_left(starts, span.start) != bisect_left(starts, span.end)
            scenes = self._scene_mentions(index, frozenset(self.lex.locative)) if counts else []
            for mention in self._named_places(index):
                if mention in scenes:
                    continue
                if mention.span.start <= region.span.start or mention.canonical == region.canonical \
                        or self._is_country(mention.canonical) or self._dateline(mention) \
                        or self._origin_of_someone(mention) or _country_of(mention.canonical) not in (country, None):
                    continue
                before = self.doc.text[max(0, mention.span.start - 30):mention.span.start].split()
                if before and self._town_noun(before[-1]):
                    return mention.canonical
        return None

    def _town_noun(self, word: str) -> bool:
        """"Dorf", also in the genitive: "oberhalb des Dorfes Raison"."""
        nouns = self.lex.town_nouns
        return word in nouns or word[-1:] == "s" and (word[:-1] in nouns or word[-2:] == "es" and word[:-2] in nouns)

    def _town_noun_before(self, name: str) -> bool:
        """Whether the article introduces the place `name` by a town's noun ("der Kleinstadt X")."""
        for mention in self.local_places:
            if mention.canonical == name:
                before = self.doc.text[max(0, mention.span.start - 30):mention.span.start].split()
                if before and before[-1] in self.lex.town_nouns:
                    return True
        return False

    def _after_part_word(self, mention: Mention) -> bool:
        sentence = _sentence(self.doc, self.doc.sentence_of(mention.span), self.sentences)
        i = sentence.index_at(mention.span.start)
        return any(t.text in self.lex.parts for t in sentence.tokens[max(0, i - 4):i])

    def _names_a_part(self, mention: Mention) -> bool:
        """"im Osten Afghanistans", "in der Osttürkei": only a part of the country is the scene."""
        gaz = gazetteer(self.doc.data)
        if (mention.text,) not in gaz.exact and gaz.compound_place(mention.text) is not None:
            return True
        sentence = _sentence(self.doc, self.doc.sentence_of(mention.span), self.sentences)
        i = sentence.index_at(mention.span.start)
        before = [t.text for t in sentence.tokens[max(0, i - 3):i]]
        while before and before[-1] in {"der", "des", "dem", "den", "die", "das", "von"}:
            before.pop()  # "im Norden von Burkina Faso" as "im Norden Burkina Fasos"
        if not before or before[-1] not in self.lex.parts:
            return False
        # "im Norden und im Zentrum Portugals": parts named together are most of the country
        joined = [t.text for t in sentence.tokens[max(0, i - 8):i]]
        return not (any(w in {"und", "sowie"} for w in joined) and sum(w in self.lex.parts for w in joined) > 1)

    def _first_place_inside(self, country: str, paragraph: frozenset[int] = frozenset()) -> str | None:
        """The first scene in the article that lies inside `country`, also one a place noun names
        as the event's object ("hatte die Provinz Kunar erschüttert"); first in the figure's own
        paragraph ("im Südosten Bangladeschs ... den Wochenmarkt der Kleinstadt Ruma gestürmt"),
        which tells its event more closely than a headline."""
        order = sorted(paragraph) + [i for i in range(len(self.doc.sentences)) if i not in paragraph]
        for index in order:
            scenes = self._scene_mentions(index, frozenset(self.lex.locative))
            # also one a local authority is named after: "wie die Polizei des Distrikts Myagdi mitteilte"
            named = [m for m in self._named_places(index, speakers=True) if m not in scenes]
            for mention in sorted(scenes + named, key=lambda m: m.span.start):
                if self._is_country(mention.canonical) or self._dateline(mention):
                    continue
                if mention in named and self._origin_of_someone(mention):
                    continue  # "ein Mann aus dem Bezirk Kufstein": where a victim comes from
                if _country_of(mention.canonical) in (country, None):  # also one the gazetteer gives no country
                    return mention.canonical
        return None

    def _named_places(self, index: int, speakers: bool = False) -> list[Mention]:
        """Places a place noun announces ("die Provinz Kunar"), outside reporting clauses (with
        `speakers`, also in the name of who speaks: "die Polizei des Distrikts Myagdi")."""
        span = self.doc.sentences[index]
        sentence = _sentence(self.doc, span, self.sentences)
        found = []
        first = bisect_left(self._place_starts, span.start)
        for mention in self.places[first:]:
            if mention.span.start >= span.end:
                break
            i = sentence.index_at(mention.span.start)
            announced = mention.text.split(" ", 1)[0] in self.lex.place_nouns or (
                i > 0 and self._place_noun(sentence.tokens[i - 1].text))
            if announced and (speakers or not any(s.overlaps(mention.span) for s in self._speaker_spans)) \
                    and not self._said_at(sentence, index, mention):
                found.append(mention)
        return found

    def _place_noun(self, word: str) -> bool:
        """"Distrikt", also in the genitive: "die Polizei des Distrikts Myagdi"."""
        nouns = self.lex.place_nouns
        return word in nouns or word[-1:] == "s" and (word[:-1] in nouns or word[-2:] == "es" and word[:-2] in nouns)

    def _best_place(self, index: int, prepositions: frozenset[str]) -> Mention | None:
        found = self._scene_mentions(index, prepositions)
        if not found:
            return None
        return self._most_specific(found)

    def _most_specific(self, found: list[Mention]) -> Mention | None:
        if not found:
            return None
        specific = [m for m in found if not self._is_country(m.canonical)]
        # "auf der Insel La Réunion im Indischen Ozean", "auf Malta im Mittelmeer": a sea or region
        # named right after a country as where it lies is no scene inside that country (a place noun
        # between introduces one: "Gefängnis Haitis in der Hauptstadt Port-au-Prince")
        specific = [m for m in specific if not any(
            p.span.end <= m.span.start and self._is_country(p.canonical)
            and LIES_IN.fullmatch(self.doc.text, p.span.end, m.span.start) for p in found)]
        specific = [m for m in specific if m.span not in self._roads] or specific  # the town beside the road
        # "Belgrad - Bei Schüssen ... in der serbischen Stadt Kragujevac": the dateline says where
        # the report comes from; a scene the sentence names itself is the event's
        specific = [m for m in specific if not self._dateline(m)] or specific
        return (specific or found)[0]

    def _scene_mentions(self, index: int, prepositions: frozenset[str]) -> list[Mention]:
        """Places of sentence `index` named as a scene: after one of `prepositions` (and fillers
        such as "der Region"), or in the dateline."""
        key = (index, prepositions)
        if key not in self._scenes:
            self._scenes[key] = self._find_scene_mentions(index, prepositions)
        return self._scenes[key]

    def _find_scene_mentions(self, index: int, prepositions: frozenset[str]) -> list[Mention]:
        doc = self.doc
        if index < 0 or index >= len(doc.sentences):
            return []
        span = doc.sentences[index]
        sentence = _sentence(doc, span, self.sentences)
        # every place below starts in the sentence, so a speaker ending before it overlaps none
        speakers = [s for s in self._speaker_spans if s.end > span.start]
        destination_only = prepositions == self.lex.sent_to
        found: list[Mention] = []
        previous: Mention | None = None
        first = bisect_left(self._place_starts, span.start)
        for mention in self.places[first:]:
            if mention.span.start >= span.end:
                break
            if any(s.overlaps(mention.span) and not self._opens_before(sentence, mention, s, prepositions) for s in speakers):
                continue  # "das Verteidigungsministerium in Warschau" names a source, not a scene
            if self._said_at(sentence, index, mention) or self.lex.taken_to.search(
                    doc.text, max(span.start, mention.span.start - 80), mention.span.start):
                continue  # "in Krankenhäuser in Minden und Hannover gebracht": where the injured went
            if self._attributive(sentence.tokens, sentence.index_at(mention.span.start), sentence.index_at(mention.span.end)):
                continue
            if self.lex.departure_verbs and self._departed_from(sentence, mention):
                continue  # "Das Boot sei im libyschen Tobruk gestartet": where they set out, not the scene
            if self._scene(sentence.tokens, sentence.index_at(mention.span.start), prepositions) or (
                    not destination_only and (self._attacked(sentence, mention) or self._reached(sentence, mention)
                                              or mention in self._national_areas or (
                        self._regional_dateline(mention)))):
                inner = self._place_inside(previous, mention) if not destination_only else None
                if inner is not None and inner not in found:
                    found.append(inner)
                found.append(mention)
            previous = mention
        return found

    def _reached(self, sentence: Sentence, mention: Mention) -> bool:
        """"Seit Jahresbeginn erreichten rund 47.500 Migranten Italien über das Meer": the place a
        verb of arriving takes as its object (no preposition before it) is where they are counted."""
        if not self.lex.reach_verbs:
            return False
        i = sentence.index_at(mention.span.start)
        if i == 0 or sentence.tokens[i - 1].text.lower() in PREPOSITIONS or sentence.tokens[i - 1].text.lower() in ARTICLES:
            return False
        lo, hi = sentence.clause(i)
        return any(t.text in self.lex.reach_verbs for t in sentence.tokens[lo:i])

    def _departed_from(self, sentence: Sentence, mention: Mention) -> bool:
        lo, hi = sentence.clause(sentence.index_at(mention.span.start))
        key = (sentence.span.start, lo, hi)  # (one Sentence per start: SentenceCache)
        found = self._departures.get(key)
        if found is None:  # once per clause, not per place in it
            found = self._departures[key] = any(t.text in self.lex.departure_verbs for t in sentence.tokens[lo:hi])
        return found

    def _opens_before(self, sentence: Sentence, mention: Mention, speaker: Span, prepositions: frozenset[str]) -> bool:
        """"In der Provinz Isabela zählte Gouverneur Albano seinen eigenen Angaben zufolge elf
        Todesopfer": the scene's preposition opens the sentence before a speaker's span that
        swallowed the place, so the place is still the scene."""
        i = sentence.index_at(mention.span.start)
        for j in range(i - 1, max(-1, i - 5), -1):
            token = sentence.tokens[j]
            if token.text.lower() in prepositions:
                return j == 0 and token.start < speaker.start
        return False

    def _place_inside(self, previous: Mention | None, mention: Mention) -> Mention | None:
        """"die Kleinstadt Sulphur im US-Bundesstaat Oklahoma": a place right before the scene's
        "im" lies inside it, and is the more specific scene."""
        if previous is None:
            return None
        between = self.doc.text[previous.span.end:mention.span.start]
        return previous if PLACE_INSIDE.fullmatch(between) else None

    def _said_where(self, mention: Mention) -> bool:
        """`_said_at` for a mention of any sentence."""
        span = self.doc.sentence_of(mention.span)
        return self._said_at(_sentence(self.doc, span, self.sentences), self.doc.sentence_index(span.start), mention)

    def _attacked(self, sentence: Sentence, mention: Mention) -> bool:
        """"Russland hat die Ukraine mit 120 Drohnen angegriffen": the object of an attack is its
        scene (only after an article: in "greift Israel Ziele an" the name is the subject)."""
        tokens = sentence.tokens
        i = sentence.index_at(mention.span.start)
        if i == 0:
            return False
        lo, hi = sentence.clause(i)
        dash = next((k for k in range(lo, min(hi, lo + 8)) if tokens[k].text in {"-", "–", "—"}), None)
        if dash is not None and self._dateline_before(sentence, lo, dash):
            if i <= dash:
                return False  # "Moskau/Kiew - Die Ukraine hat ...": the dateline is no object
            lo = dash + 1
        k = i - 1
        while k > lo and (tokens[k].text in self.lex.place_nouns or tokens[k].text.endswith(self.lex.place_noun_ends)
                          or (tokens[k].text[:1].islower() and ADJECTIVE_END.match(tokens[k].text))):
            k -= 1  # "das ukrainische Dorf Bila Hora eingenommen"
        article = tokens[k].text.lower()
        if article in {"die", "das"} and k == lo:
            return False  # "Die Ukraine hat Russland ... angegriffen": the name opening the clause is its subject
        if article not in {"die", "den", "das"} and not self._named_subject_first(sentence, lo, mention):
            return False
        return any(self.lex.attack_verbs.match(t.text) for t in tokens[lo:hi] if t.start != mention.span.start)

    def _dateline_before(self, sentence: Sentence, lo: int, dash: int) -> bool:
        text = self.doc.text
        start = sentence.tokens[lo].start
        return (start == 0 or text[start - 1] == "\n") and all(
            t.text[:1].isupper() or not t.text[:1].isalnum() for t in sentence.tokens[lo:dash])

    def _named_subject_first(self, sentence: Sentence, lo: int, mention: Mention) -> bool:
        """"Die Ukraine hat Russland mit Drohnen angegriffen": after a place named as the clause's
        subject, a bare name is the object (in "greift Israel Ziele an" no name opens the clause)."""
        tokens = sentence.tokens
        first = lo + 1 if tokens[lo].text.lower() in ARTICLES else lo
        i = bisect_left(self._place_starts, tokens[first].start)
        return i < len(self.places) and self.places[i].span.start == tokens[first].start \
            and self.places[i].span.end < mention.span.start and self.places[i].canonical != mention.canonical

    def _said_at(self, sentence: Sentence, index: int, mention: Mention) -> bool:
        """"sagte ein Sprecher am Mittwoch in Strausberg", "auf einer Pressekonferenz in Kiew":
        the place where a figure was announced is not where the counted event happened."""
        tokens = sentence.tokens
        i = sentence.index_at(mention.span.start)
        if any(t.text in self.lex.speech_situations for t in tokens[max(0, i - 4):i]):
            return True
        for attribution in self.doc.attributions:
            if attribution.sentence != index or attribution.scope.contains(mention.span):
                continue
            marker = attribution.cue_span or attribution.speaker_span
            if marker is not None and marker.start < mention.span.start:
                return True  # in the reporting clause, after its verb or speaker
        text, start = self.doc.text, mention.span.start
        for attribution in self.doc.attributions:
            if attribution.sentence != index:
                continue
            # "Ein Armeesprecher sagte am Dienstag in Bujumbura, die Streitkräfte hätten ...": the place
            # right after the speech verb (or its speaker after it) is where it was said, also when the
            # attribution's scope spans the whole sentence (also right after the verb: "sagte in Genf, die Zahl ...")
            cue, speaker = attribution.cue_span, attribution.speaker_span
            if cue is not None and cue.start < start:
                end = speaker.end if speaker is not None and cue.end <= speaker.start < start else cue.end
                if self.lex.said_at.fullmatch(text, end, start) or SAID_IN.fullmatch(text, end, start):
                    return True
            # "Westliche Diplomaten in Addis Abeba schätzen, dass ...": a place right after the speaker is
            # where the speaker sits
            if speaker is not None and speaker.end <= start and SAID_IN.fullmatch(text, speaker.end, start):
                return True
        return False

    @staticmethod
    def _attributive(tokens: list[Token], first: int, after: int) -> bool:
        """"die in Norwegen ansässige Organisation": the place describes a noun, not the scene;
        only after a determiner ("hat in Norddeutschland schwere Schäden angerichtet" is a scene)."""
        if after + 1 >= len(tokens) or first < 2 or tokens[first - 2].text.lower() not in DETERMINERS \
                or not tokens[first - 1].text[:1].islower():
            return False  # ("In der Provinz Wolvabu zählte Gouverneur ...": "der Provinz" is no determiner + preposition)
        word, noun = tokens[after].text, tokens[after + 1].text
        return word[:1].islower() and bool(ADJECTIVE_END.match(word)) and noun[:1].isupper()

    def _scene(self, tokens: list[Token], i: int, prepositions: frozenset[str]) -> bool:
        # up to seven words back: every word between must be a filler, adjective or place noun,
        # and "An der Grenze der spanischen Nordafrika-Exklave Melilla" takes six
        for j in range(i - 1, max(-1, i - 8), -1):
            word = tokens[j].text
            if word.lower() in prepositions:
                # "die Regierung in Kinshasa" names an institution, not the scene of the event
                # (also at the end of a compound: "die Taliban-Regierung in Kabul", "die Übergangsregierung in Lima")
                return not (j > 0 and word == "in" and tokens[j - 1].text[:1].isupper()
                            and self.lex.institution_ends.search(tokens[j - 1].text))
            if word == "von" and prepositions != self.lex.sent_to and j > 0 and tokens[j - 1].text[:1].isupper() \
                    and self._event_named_after(tokens, i):
                # "beim Erdbeben von Bam", "das Grubenunglück von Soma": the place a past event is
                # named after is that event's scene (a country after "von" is more often an actor)
                return True
            if word in self.lex.around and prepositions != self.lex.sent_to:
                return j > 0 and self._around_noun(tokens[j - 1].text)
            # "im US-Bundesstaat Oklahoma", "nahe der Schwarzmeerstadt Zonguldak": a compound ending
            # in a place noun is one too
            if not self._filler(word.rsplit("-", 1)[-1]) and not (word[:1].islower() and ADJECTIVE_END.match(word)) \
                    and not (word[:1].isupper() and word.endswith(self.lex.place_noun_ends)) \
                    and not self._place_adjective(word) and not self._place_genitive(tokens[j]):
                return False
        return False

    def _filler(self, word: str) -> bool:
        """A word that may stand between a scene's preposition and its place: one of the fillers, also
        a compound ending in a noun of them ("im Regionalkrankenhaus von Korça", "vor der Karibikküste
        Panamas", "an der Ostgrenze Finnlands"); not a plural the list lacks ("in den Bezirken Guma
        und Logo" names several places)."""
        fillers = self.lex.fillers
        if word in fillers or word in self.lex.place_nouns:
            return True  # (a place noun announces the place: "im Quartier Plateau-Mont-Royal", "in der Siedlung X")
        if not word[:1].isupper() or not word.isalpha():
            return False
        found = self._filler_words.get(word)
        if found is None:
            found = self._filler_words[word] = any(
                word[k:].capitalize() in fillers for k in range(3, len(word) - FILLER_HEAD_MIN + 1))
        return found

    def _around_noun(self, word: str) -> bool:
        """"in der Region um Kursk", also a compound ending in such a noun: "in der Küstenregion
        um Dschableh", "im Grenzgebiet um Ruma"."""
        return word in self.lex.around_after or (word[:1].isupper() and any(
            word.endswith(noun.lower()) for noun in self.lex.around_after if noun[:1].isupper() and len(noun) > 4))

    def _event_named_after(self, tokens: list[Token], i: int) -> bool:
        j = i - 1
        while j > 0 and tokens[j].text != "von":
            j -= 1
        head = tokens[j - 1].text.lower()
        if not head.endswith(self.lex.event_of_heads):
            return False
        place = self._place_at(tokens[i].start)
        return place is not None and not self._is_country(place.canonical)

    def _place_at(self, start: int) -> Mention | None:
        k = bisect_left(self._place_starts, start)
        return self.places[k] if k < len(self.places) and self.places[k].span.start == start else None

    def _place_genitive(self, token: Token) -> bool:
        """"in Simbabwes Hauptstadt Harare", "in Ugandas Karamoja-Region": a place in the genitive
        before the scene names where the scene lies."""
        if not token.text.endswith("s"):
            return False
        mention = self._place_at(token.start)
        return mention is not None and mention.text == token.text

    def _lowercase_place_adjective(self, word: str) -> bool:
        """"im texanischen Port Arthur": a lowercase adjective of a place (speakers.toml place_adjective_endings)."""
        endings = tuple(self.doc.data.get("speakers", {}).get("place_adjective_endings", ()))
        return bool(endings) and word.isalpha() and word.islower() and word.endswith(endings)

    def _place_adjective(self, word: str) -> bool:
        """"im Tiroler Pitztal", "im Kärntner Gailtal": a place's "-er" adjective inside a scene."""
        if not (word[:1].isupper() and word.endswith("er") and len(word) > 4):
            return False
        gaz = _safely(gazetteer, self.doc.data)
        stem = word[:-2]
        return gaz is not None and any(
            (form,) in gaz.exact and gaz.exact[(form,)].kind == "place" for form in (stem, stem[:-1] + "en"))

    def _dateline(self, mention: Mention) -> bool:
        text = self.doc.text
        line_start = text.rfind("\n", 0, mention.span.start) + 1
        if text[line_start:mention.span.start].strip():
            return False
        return bool(re.match(r"\s*(?:,\s*[\w ]+)?\s*(?:\([^)]*\))?\s*[-–—]\s", text[mention.span.end:mention.span.end + 40]))

    def _regional_dateline(self, mention: Mention) -> bool:
        """"Kursk, Russland -" names the scene; a bare "Athen -" more often the newsroom, which is
        the scene only when the article names none (the last resort of `_lead_place`)."""
        if not self._dateline(mention) or self._agency_dateline(mention):
            return False
        tag = AGENCY_DATELINE.match(self.doc.text, mention.span.end)
        return DATELINE_WITH_REGION.match(self.doc.text, mention.span.end) is not None or (
            tag is not None and tag.group("agency").strip().lower() in self.lex.own_area_tags)

    def _agency_dateline(self, mention: Mention) -> bool:
        match = AGENCY_DATELINE.match(self.doc.text, mention.span.end)
        return bool(match) and match.group("agency").strip().lower() in self.lex.report_agencies

    def _is_country(self, name: str) -> bool:
        if name in self._local_names:
            return False
        return _country_of(name) == name

    # -------------------------------------------------------------- headlines
    def _mark_restated_headlines(self) -> None:
        """A headline that restates a figure of the body is optional."""
        text = self.doc.text
        for claim in self.claims:
            if claim.sentence is None or self.doc.sentence_index(claim.sentence.start) > 1:
                continue
            line_end = text.find("\n", claim.sentence.start)
            line = text[claim.sentence.start:line_end if line_end >= 0 else len(text)].rstrip()
            if line.endswith((".", "!", "?", "“", "\"")) or line_end < 0:
                continue
            if any(other is not claim and other.measure == claim.measure and other.low == claim.low
                   and other.high == claim.high for other in self.claims):
                claim.optional = True
                continue
            # "Neun tot, sieben eingeschlossen" over a body that says who cannot be reached: the same
            # figure told with the same word is the body's figure, whose context decides the measure
            words = {w for w in re.findall(r"[^\W\d_]{4,}", claim.evidence_text.lower())
                     if not _number_word(w, self.doc.data)}
            same = [other for other in self.claims if other is not claim and other.low == claim.low
                    and other.high == claim.high and other.sentence != claim.sentence
                    and words & set(re.findall(r"[^\W\d_]{4,}", other.evidence_text.lower()))]
            if len({other.measure for other in same}) == 1:
                claim.measure, claim.optional = same[0].measure, True


OTHER_NAME = re.compile(r" \([A-ZÄÖÜŁŚŻĆ][\w'’-]+\)")
NAME_BEFORE = re.compile(r"(?<!\w)(?P<prep>\w+) (?P<name>[A-ZÄÖÜ][\w'’]+(?:-[A-ZÄÖÜ][\w'’]+)*)$")
CITY_ADJECTIVE_SCENE = re.compile(
    _word_start(["in", "im", "an", "am", "auf", "bei", "beim", "vor"]) + r"\s+(?:(?:der|dem|einer|einem)\s+)?(?P<city>[A-ZÄÖÜ]\w+)er\s+(?P<noun>[A-ZÄÖÜ]\w+)")
DATELINE_WITH_REGION = re.compile(r"\s*,\s*[\w ]+\s*(?:\([^)]*\))?\s*[-–—]\s")
AGENCY_DATELINE = re.compile(r"(?:/[^\s(]+)*\s*\((?P<agency>[^)]{1,20})\)\s*[-–—]")
DATELINE_NAME = re.compile(r"(?m)^(?P<name>[A-ZÄÖÜ][\w'’]+(?:-[A-ZÄÖÜ][\w'’]+)*)(?P<others>(?:/[^\s(]+)?)\s*\([^)\n]{1,40}\)\s*[-–—]\s")
DATELINE_OTHER = re.compile(r"/(?P<name>[A-ZÄÖÜ][\w'’]+(?:-[A-ZÄÖÜ][\w'’]+)*)(?=/|$)")
ROAD_TOWN = re.compile(r"\s+(?:bei|nahe)\s+(?P<name>[A-ZÄÖÜ][\w'’]+(?:-[A-ZÄÖÜ][\w'’]+)*)\b")
JOINED_PLACES = re.compile(r"\s*(?:,|und|sowie|oder)\s+(?:(?:der|die|dem|den|das)\s+)?")
SAID_IN = re.compile(r"\s+in\s+")
LIES_IN = re.compile(r"\s+(?:im|in der|in dem)\s+")
PLACE_INSIDE = re.compile(r"\s+(?:im|in der|in dem)\s+(?:[\w-]+\s+){0,2}")

PERFECT_AUXILIARIES = {"hat", "haben", "hatte", "hatten"}

PREPOSITIONS = {
    "in", "im", "nach", "aus", "gegen", "für", "mit", "von", "vom", "zwischen", "an", "am", "auf", "bei",
    "beim", "um", "über", "unter", "vor", "laut", "zufolge", "durch", "zu", "zum", "zur", "ohne", "seit",
    "wegen", "trotz", "als", "wie", "und", "oder", "sowie", "nahe",
}


def build_claims(doc: Doc) -> None:
    # No catch-all here: a bug (or a bad pattern in the language data) must surface as the
    # article's one-line error in ingest/extract/eval, not as an article silently without claims.
    builder = Builder(doc)
    doc.claims = builder.build()
    # the phrases a source named in its nominative was written as ("der Syrischen Beobachtungsstelle"):
    # the article's spellings of that name (as_written), after every claim is built
    doc.mentions = doc.mentions + builder.source_spellings + builder.national_force_spellings()
    speaker_names.add_spellings(doc)  # (and the speakers' spellings, which no figure may read)
