"""Names for speakers the entities step did not name, read from the words of the speaker phrase.

`_describe_by_words` in attribution keeps such a phrase nearly as written. Two kinds of phrase
name no speaker as they stand: a description before a name ("die kasachische Nachrichtenseite
Tengrinews", "die 34-jährige Marites Dumalag": the name is the speaker, the rest describes it),
and words that are no name at all ("Allein am Dienstag habe man ...", "39 Jahre", "neues Album",
"Esmeraldas und Latacunga sterben ihren Angaben"): the phrase ran into the sentence around it,
so the statement has no named speaker. Language data: lang/de/speakers.toml.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Mapping

from lagebild.lang import compiled
from lagebild.lang.gazetteer import gazetteer
from lagebild.model import Mention, Span

QUOTES = "\"„“”»«'‚‘’"


class SpeakerWords:
    def __init__(self, data: Mapping[str, Any]) -> None:
        table = data.get("speakers", {})
        self.descriptor_endings = tuple(w.lower() for w in table.get("descriptor_endings", ()))
        self.compound_descriptor_endings = tuple(w.lower() for w in table.get("compound_descriptor_endings", ()))
        self.name_connectors = frozenset(table.get("name_connectors", ()))
        # (a local body's compound is followed by its place, not its name: "Bezirksfeuerwehrkommando Zwettl")
        self.local_bodies = tuple(table.get("local_body_parts", ()))
        self.not_speakers = frozenset(w.lower() for w in table.get("not_speakers", ()))
        self.not_in_names = frozenset(table.get("not_in_names", ()))
        self.indefinite = frozenset(w.lower() for w in data.get("articles", {}).get("indefinite", ()))
        self.articles = frozenset(w.capitalize() for w in table.get("articles", ()))
        self.articles_lower = frozenset(w.lower() for w in table.get("articles", ()))
        self.spokesperson_endings = tuple(w.lower() for w in table.get("spokesperson_endings", ()))
        self.origin_prepositions = frozenset(table.get("origin_prepositions", ()))
        self.particles = frozenset(table.get("name_particles", ()))
        self.complement_prepositions = frozenset(table.get("complement_prepositions", ()))
        self.complement_articles = frozenset(table.get("complement_articles", ()))
        self.complement_steps = int(table.get("complement_steps", 0))
        self.complement_joiners = frozenset(table.get("complement_joiners", ()))
        self.place_adjective_endings = tuple(table.get("place_adjective_endings", ()))
        self.definite_articles = frozenset(table.get("definite_articles", ()))
        self.oblique_articles = frozenset(table.get("oblique_articles", ()))
        self.genitive_articles = frozenset(table.get("genitive_articles", ()))
        self.feminine_articles = frozenset(table.get("feminine_articles", ()))
        self.nominative_s_endings = tuple(table.get("nominative_s_endings", ()))
        alternatives = lambda key: "|".join(re.escape(w) for w in sorted(table.get(key, ()), key=len, reverse=True))
        self.relayed_from = re.compile(
            r",\s+(?:%s)\s+sich\s+(?:(?:%s)\s+)*auf\s+(?P<origin>[^.;:]{2,120}?),?\s+(?:%s)\b"
            % (alternatives("relayed_from_pronouns"), alternatives("relayed_from_adverbs"),
               alternatives("relayed_from_verbs"))) if table.get("relayed_from_verbs") else None
        self.adjective_endings = tuple(table.get("adjective_endings", ()))
        self.pointing_adjectives = frozenset(table.get("pointing_adjectives", ()))
        ages = [re.escape(w) for w in table.get("age_words", ())]
        self.age = re.compile(r"\d+(?:%s)" % "|".join(ages)) if ages else None

    def descriptor(self, word: str) -> bool:
        low = word.lower()
        return word[:1].isupper() and (low.endswith(self.descriptor_endings) or any(
            low.endswith(ending) and len(low) > len(ending) + 2 for ending in self.compound_descriptor_endings)
            and not any(local in low for local in self.local_bodies))


def _words(data: Mapping[str, Any]) -> SpeakerWords:
    return compiled(data, SpeakerWords)


def _lowercase_modifier(word: str) -> bool:
    """"kasachische", "staatlichen", "34-jährige": a lowercase adjective before a noun."""
    core = word.split("-")[-1] if word[:1].isdigit() else word
    return core[:1].islower() and core.isalpha() and len(core) > 4 \
        and core.endswith(("e", "en", "er", "es", "em"))


def name_in_description(name: str, data: Mapping[str, Any]) -> str | None:
    """The name a description holds ("kasachische Nachrichtenseite Tengrinews" -> "Tengrinews",
    'nigerianische Tageszeitung "Daily Trust"' -> "Daily Trust", "34-jährige Marites Dumalag" ->
    "Marites Dumalag"), else None."""
    lex = _words(data)
    words = name.split()
    if len(words) < 2:
        return None
    described = 0
    descriptor = False
    while described < len(words) - 1:
        word = words[described]
        if _lowercase_modifier(word):
            described += 1
        elif lex.descriptor(word.strip(QUOTES)) and not word[-1:] in QUOTES:
            descriptor = True
            described += 1
        else:
            break
    rest = words[described:]
    if not described or not rest:
        return None
    text = " ".join(rest)
    if text[:1] in QUOTES and text[-1:] in QUOTES and len(text) > 2:
        text = text[1:-1].strip()
        rest = text.split()
    inner_words = [w for i, w in enumerate(rest) if not (0 < i < len(rest) - 1 and (
        w in lex.particles or (descriptor and w in lex.name_connectors)))]
    if not rest or not all(w[:1].isupper() or w[:1].isdigit() for w in inner_words) \
            or any(lex.descriptor(w) for w in rest):
        return None
    if not descriptor and len(rest) < 2:
        return None  # "52-jährige Bauer": an unnamed person described, no name
    return text


def names_no_one(name: str, data: Mapping[str, Any]) -> bool:
    """True for a speaker phrase that is no name: an opening adverb or quantifier ("Allein"),
    a number ("39 Jahre", "14 Fälle"), a quantifier's phrase ("jede Mitverantwortung", "weitere
    Menschen"), or words of the sentence around ("... sterben ihren Angaben")."""
    lex = _words(data)
    words = name.split()
    if not words:
        return False
    first = words[0].strip(QUOTES)
    if first[:1].isdigit() and "-" not in first:
        return True
    if first.lower() in lex.not_speakers and len(words) == 1:
        return True
    if any(w in lex.not_in_names for w in words):
        return True
    return first.lower() in lex.not_speakers and first[:1].islower()


def _unnamed_person(name: str, lex: SpeakerWords) -> bool:
    """"Augenzeuge", "52-jähriger Lehrer", "Bewohner von Kok-Tasch": a person described, with no body
    they speak for ("Kommandeur der Brigade 444", "SDF-Kommandeur", "Armeesprecher" stand for one)."""
    words = name.split()
    while words and not words[0][:1].isupper():
        words = words[1:]
    if not words:
        return False
    head, rest = words[0], words[1:]
    if "-" in head and ACRONYM.fullmatch(head.split("-")[0]) or head.lower().endswith(lex.spokesperson_endings):
        return False
    return not rest or (rest[0] in lex.origin_prepositions and all(w[:1].isupper() for w in rest[1:]))


_ACRONYM_WORD = re.compile(r"[A-Za-zÄÖÜ]*[A-ZÄÖÜ][A-Za-zÄÖÜ]*[A-ZÄÖÜ][A-Za-zÄÖÜ]*")
_CAPITALISED = re.compile(r"[A-ZÄÖÜ][\w'’-]*\w")


def kind_named_before(doc: Any, span: Any, name: str) -> str | None:
    """"nach Angaben der Organisation" after "der Regensburger Organisation Rettungskreis Donau", "erklärte die
    Behörde" after "Malawis Katastrophenschutzbehörde DoDMA": a definite kind word alone is the body the
    article named before with that word and its name right after it (the name, or the acronym after a
    compound of the word); None where the article wrote no such name. Kind words: lang/de/attribution.toml
    `body_nouns` and the endings of bodies (`org_suffixes`)."""
    table = doc.data.get("attribution", {})
    words = doc.text[span.start:span.end].split()
    article = words[0] if len(words) == 2 else (doc.text[:span.start].split() or [""])[-1] if len(words) == 1 else ""
    if article.lower() not in _words(doc.data).definite_articles:
        return None  # (a definite article before the word alone: "ein Verein" introduces another body)
    name = words[-1]
    if not name[:1].isupper() or not name.isalpha():
        return None
    kinds = {w.lower() for w in table.get("body_nouns", ())}
    if name.lower() not in kinds and not name.lower().endswith(tuple(table.get("org_suffixes", ()))):
        return None
    found = None
    pattern = re.compile(r"\b(?:[A-ZÄÖÜ]\w*)?(?:%s|%s)%s\b((?: [A-ZÄÖÜ][\w'’-]*\w){1,4})"
                         % (re.escape(name[0]), re.escape(name[0].lower()), re.escape(name[1:])))
    for match in pattern.finditer(doc.text, 0, span.start):
        word = doc.text[match.start():match.start(1)]
        if not word[:1].isupper() or not word.lower().endswith(name.lower()):
            continue
        known = next((m for m in doc.mentions if m.kind in ("org", "group", "person")
                      and m.span.start == match.start(1) + 1), None)
        if known is not None and known.kind == "org" and known.span.end >= match.end(1):
            found = known.canonical  # "Organisation Ärzte ohne Grenzen": a name the entities step knows whole
            continue
        rest = match.group(1).split()
        if not all(_CAPITALISED.fullmatch(w) for w in rest) \
                or re.match(r" [a-zäöü]+ [A-ZÄÖÜ]", doc.text[match.end(1):match.end(1) + 40]):
            continue  # (a lower-case word may carry an unknown name on: what is cut off names nobody)
        if len(rest) == 1 and _ACRONYM_WORD.fullmatch(rest[0]):
            found = rest[0]  # "Katastrophenschutzbehörde DoDMA"
        elif word == name and name.lower() in kinds:
            found = " ".join(rest)  # "Organisation Rettungskreis Donau"
    return found


def _body_word(word: str, data: Mapping[str, Any]) -> bool:
    """"Ministerium", "Armee", "Stadtverwaltung": a word for a body (lang/de/attribution.toml `body_nouns` and
    the endings of bodies, `org_suffixes`)."""
    table = data.get("attribution", {})
    low = word.lower()
    return low in {w.lower() for w in table.get("body_nouns", ())} or low.endswith(tuple(table.get("org_suffixes", ())))


def person_after_noun(doc: Any, span: Any, name: str) -> str | None:
    """"sagte die 34-jährige Händlerin Hauwa Salihu", "der Fischer Ousmane Diop": after an article (and its
    adjectives) a noun and then two or more capitalised words is a person named after what they are; the person's
    name is those words. None for any other phrase, and where the name found is not read from these words."""
    lex = _words(doc.data)
    words = [w.rstrip(",") for w in doc.text[span.start:span.end].split()]
    if len(words) < 4 or words[0].lower() not in lex.articles_lower:
        return None
    k = 1
    while k < len(words) and (_lowercase_modifier(words[k]) or lex.age is not None and lex.age.match(words[k])):
        k += 1
    noun, rest = words[k] if k < len(words) else "", words[k + 1:]
    if len(rest) < 2 or not noun.isalpha() or not noun[:1].isupper() or lex.descriptor(noun) \
            or not all(_NAME_WORD.fullmatch(w) and not w.isupper() for w in rest) \
            or any(_body_word(w, doc.data) or w.lower() in lex.not_speakers for w in [noun, *rest]):
        return None
    person = " ".join(rest)
    at = doc.text.find(person, span.start, span.end)
    if not name.endswith(person) or name == person or at < 0:
        return None
    if any(m.kind != "person" and m.span.start < at + len(person) and at < m.span.end for m in doc.mentions):
        return None  # "der Vereinigten Arabischen Emirate", "der International Crisis Group": a place's or body's name
    return person


def body_named_longer_before(doc: Any, span: Any, name: str) -> str | None:
    """"Die Armee bestritt ..." after "die sudanesische Armee", "erklärte das Ministerium" after "das
    Gesundheitsministerium in Lilongwe": a definite body word alone points back to the body the article last
    named with a longer name ending in that word (a place's adjective before it, or a compound of it). That
    body's name: the canonical name of the mention that wrote it, else its words in the nominative (the words
    as written and the bare word stay its spellings, as_written). None where the article wrote no such name
    before, or the speaker was read from other words."""
    lex = _words(doc.data)
    text = doc.text
    words = text[span.start:span.end].split()
    if len(words) == 2:
        article, noun = words
    elif len(words) == 1:
        before = text[:span.start].split()
        article, noun = (before[-1] if before else ""), words[0]
    else:
        return None
    if article.lower() not in lex.definite_articles or not noun.isalpha() or not noun[:1].isupper():
        return None
    from lagebild.analysis.entities import nominative
    base = nominative(noun) if article.lower() in lex.genitive_articles else noun
    if name not in (noun, base) or not _body_word(base, doc.data):
        return None
    low = base.lower()

    def ends_in_word(written: str) -> bool:
        *first, last = written.split()
        if first and not all(w[:1].islower() or w.endswith("er") for w in first):
            return False  # a name with the word inside ("Weißen Armee"), not the body qualified
        return last.lower() in (low, noun.lower()) and bool(first) \
            or len(last) > len(low) + 2 and nominative(last).lower().endswith(low) and last[:1].isupper()

    bodies = [m for m in doc.mentions if m.kind in ("org", "group") and m.span.end <= span.start
              and m.canonical not in (name, noun) and ends_in_word(m.text)]
    named = {m.canonical: m.canonical for m in bodies}
    spellings: list[Mention] = []
    # the article's own words: "der sudanesischen Armee", "das Thüringer Migrationsministerium", "Koordinationsstab"
    stem = re.escape(low[:-1])
    pattern = re.compile(r"(?:\b(?P<adj>[a-zäöü]\w*(?:%s)|[A-ZÄÖÜ]\w+er) )?\b(?P<noun>[A-ZÄÖÜ]?\w*%s\w{0,3})\b"
                         % ("|".join(lex.place_adjective_endings), stem), re.IGNORECASE)
    for match in pattern.finditer(text, 0, span.start):
        word, adjective = match.group("noun"), match.group("adj")
        whole = nominative(word).lower()
        if not word[:1].isupper() or not (whole == low or whole.endswith(low) and len(whole) > len(low) + 2):
            continue
        if adjective is not None and adjective.lower() in lex.articles_lower:
            adjective = None
        if adjective is None and whole == low:
            continue  # the bare word again: no longer name
        if any(m.span.start < match.end() and match.start() < m.span.end for m in bodies):
            continue  # a mention names it
        written = match.group() if adjective is not None else word
        article_before = (text[:match.start()].split() or [""])[-1].lower()
        plain = plain_body_name(written, article_before, doc.data)
        # one body however inflected: "der kroatischen Behörden", "die kroatischen Behörden"
        key = f"{adjective.lower().rstrip('nrsm').rstrip('e') if adjective else ''} {whole}"
        plain = named.setdefault(key, plain)
        start = match.start() if adjective is not None else match.start("noun")
        spellings.append(Mention(Span(start, start + len(written)), written, "org", plain))
    if len(set(named.values())) != 1:
        return None  # no longer name, or two bodies the word could point back to
    named = next(iter(named.values()))
    doc.speaker_spellings.extend(spellings)
    add_word_spellings(doc, text.find(noun, span.start, span.end), (noun, base), named)
    return named


def add_word_spellings(doc: Any, at: int, spellings: tuple[str, ...], canonical: str) -> None:
    """The bare word at `at`, as written and in the nominative, as spellings of the body `canonical`; each only
    where the text holds it, since a mention's words are the text's ("Ministerium" of "Ministeriums")."""
    for spelling in dict.fromkeys(spellings):
        if doc.text.startswith(spelling, at):
            doc.speaker_spellings.append(Mention(Span(at, at + len(spelling)), spelling, "org", canonical))


def _name_after_role(name: str) -> str | None:
    """The person a role names before them, after a comma ("Woiwode von Łódź, Marek Jasiński",
    "Distriktbeamter, Ramesh Khadka" -> the name): two or more capitalised words; else None."""
    if ", " not in name:
        return None
    tail = name.rsplit(", ", 1)[1].split()
    if len(tail) >= 2 and all(w[:1].isupper() for w in tail):
        return " ".join(tail)
    return None


def described_body_name(doc: Any, mention: Any) -> str | None:
    """"Hilfsorganisation Karen Human Rights Group": a body the entities step read from its kind word on is
    named by the name after that word, as a description before a name is ("Die Organisation X"); None when the
    mention is no such body. (The mention may leave out a pointing word written before it: "das zuständige
    US-Regionalkommando Centcom"; "Landesgesundheitsamt Baden-Württemberg": the place is no name of the body.)"""
    name = mention.canonical
    if mention.kind != "org" or not mention.text.endswith(name) or not _words(doc.data).descriptor(name.split()[0]):
        return None
    inner = name_in_description(name, doc.data)
    return None if inner is None or _names_a_place(doc, inner) else inner


def refine(doc: Any, span: Any, resolved: tuple[str, str | None, str | None]
           ) -> tuple[str, str | None, str | None] | None:
    """The speaker's name after the checks above, None for a phrase that names no one. Only names
    read from the phrase's own words are touched: a name the entities step gave is kept."""
    name, kind, role = resolved
    if not name or span is None:
        return resolved
    lex = _words(doc.data)
    words = doc.text[span.start:span.end].split()
    before = kind_named_before(doc, span, name)
    if before is not None:
        return before, "org", role
    longer = body_named_longer_before(doc, span, name)
    if longer is not None:
        return longer, "org", role
    person = person_after_noun(doc, span, name)
    if person is not None:
        return person, "person", role
    indefinite = len(words) > 1 and words[0].lower() in lex.indefinite
    if indefinite and len(words) > 3 and words[2] in lex.origin_prepositions \
            and _unnamed_person(" ".join(words[1:]), lex) \
            and any(m.kind == "place" and m.canonical == name for m in doc.mentions):
        return None  # "Ein Bewohner von Oberhausen": a person from the place, not the place
    mention = next((m for m in doc.mentions if m.canonical == name), None)
    if mention is not None:
        inner = described_body_name(doc, mention)
        if inner is None:
            return resolved
        return _spelled(doc, span, name, (inner, kind, role))
    if name not in doc.text[span.start:span.end]:
        # "Nach seinen Angaben ..." after "Ein Vertreter der Gemeinde, Lawal Bature, sprach von ...": the
        # pronoun's antecedent was read from its own phrase's words, and names whom that phrase names
        return (_name_after_role(name), kind, role) if _name_after_role(name) is not None else resolved
    inner = name_in_description(name, doc.data)
    if inner is not None:
        return inner, kind, role
    inner = _name_after_role(name)
    if inner is not None:
        return inner, kind, role
    pointed = _without_pointing_words(name, lex)
    if pointed != name:  # "das örtliche Widerstandskomitee": the body's noun, as a claim's source is named
        return _spelled(doc, span, name, (pointed, kind, role))
    if names_no_one(name, doc.data):
        return None
    parts = name.split()
    if len(parts) > 2 and parts[0].lower().endswith(lex.spokesperson_endings) and parts[1] in lex.oblique_articles:
        # "Ein Sprecher der Tiroler Landeskliniken sagte": our gold names the body the spokesperson speaks for
        return plain_body_name(name, None, doc.data), kind, role
    if indefinite and name.startswith(words[1]) and _unnamed_person(name, lex):
        # "Ein Augenzeuge", "Ein Bewohner von Kok-Tasch": someone the text does not name (not the body
        # in "Ein Sprecher des Ministeriums")
        return None
    if len(words) > 2 and name.startswith(words[1]) and lex.age is not None and lex.age.match(words[1]) \
            and _unnamed_person(name, lex):
        return None  # "der 52-jährige Bauer": described by age, never named
    written = re.search(r"(?<!\w)%s(?!\w)" % re.escape(name), doc.text[span.start:span.end])
    if kind != "person" and written is not None:
        # "Die Übergangsregierung in Dhaka": a body read from free words is written on as a mention's is
        # ("Übergangsregierung in Dhaka", body_spellings), so its words are a spelling of its name
        at = span.start + written.start()
        doc.free_word_spellings.append(Mention(Span(at, at + len(name)), name, "org", name))
    return resolved


_TOKEN = re.compile(r"[\w'’.-]+|\S")


def _whole_run(doc: Any, span: Any, mention: Any, lex: SpeakerWords, gaz: Any) -> str | None:
    """The name the speaker phrase writes around a mention that holds only part of it, else None."""
    tokens = [(m.start() + span.start, m.end() + span.start, m.group())
              for m in _TOKEN.finditer(doc.text[span.start:span.end])]
    inside = [i for i, (a, b, _) in enumerate(tokens) if mention.span.start <= a and b <= mention.span.end]
    if not inside:
        return None

    reassigned = mention.kind == "person" and " " not in mention.text and mention.canonical != mention.text

    def name_word(i: int) -> bool:
        word = tokens[i][2].rstrip(".")
        if reassigned and word.endswith(("er", "s", "en", "em")):
            return False  # a noun around a surname ("Gebietsverwalter Mapela", "... Museums")
        return bool(word) and (word[:1].isupper() or (word.isdigit() and mention.kind != "person")) \
            and word not in lex.articles and not gaz.is_role(word) and not lex.descriptor(word) \
            and not any(m is not mention and m.span.start <= tokens[i][0] < m.span.end for m in doc.mentions)

    def adjacent(i: int, j: int) -> bool:  # one space between, nothing else
        return doc.text[tokens[i][1]:tokens[j][0]] == " "

    def name_before(i: int) -> bool:
        word = tokens[i][2]
        if mention.kind == "person":  # "Yusuf Ahmed Warsame": a first name before
            # (any name word before a surname the entities step gave to someone else: "Sani Abubakar Maru")
            return word in gaz.first_names or reassigned
        # not an adjective or a genitive before a name ("Tessiner Kantonspolizei", "Hessens")
        return not word.endswith(("e", "er", "en", "es", "em", "s")) and word.lower() not in lex.not_speakers

    def particle(i: int) -> bool:  # "Corriere del Ticino": a lowercase word between two name words
        return mention.kind != "person" and 0 < i < len(tokens) - 1 and tokens[i][2] in lex.particles \
            and adjacent(i - 1, i) and adjacent(i, i + 1)

    first, last = inside[0], inside[-1]
    # (a person's name goes on by two words at most: "Muhammad Fouzul Kabir Khan" read as "Muhammad Fouzul")
    while last + 1 < len(tokens) and adjacent(last, last + 1) and name_word(last + 1) \
            and (mention.kind != "person" or last <= inside[-1] + 1):
        last += 1
        if particle(last + 1) and name_word(last + 2):
            last += 2
    while first > 0 and adjacent(first - 1, first) and name_word(first - 1) and name_before(first - 1) \
            and (mention.kind != "person" or first == inside[0]):
        first -= 1
    while particle(first - 1) and name_word(first - 2):  # a name word before "del" is no adjective
        first -= 2
        while first > 0 and adjacent(first - 1, first) and name_word(first - 1) and name_before(first - 1):
            first -= 1
    if (first, last) == (inside[0], inside[-1]):
        return None
    if ACRONYM.fullmatch(mention.text) and (first != inside[0] or last != len(tokens) - 1):
        return None  # an acronym is whole unless the phrase ends in a name it opens ("der HC Ambrì-Piotta")
    if mention.kind == "person" and last + 1 < len(tokens) and (
            tokens[last + 1][2][:1].isupper() if reassigned else tokens[last + 1][2][:1].isalnum()):
        return None  # the phrase goes on: not a name's last part
    return doc.text[tokens[first][0]:tokens[last][1]]


ACRONYM = re.compile(r"[A-ZÄÖÜ0-9-]{2,}")


def whole_names(doc: Any, statements: list[Any]) -> list[Any]:
    """"Mineração Serra Azul" read as the place "Serra", "Abdirahman Farah Guuleed" as "Abdirahman
    Farah": where a speaker phrase writes a name of which the entities step found only a part, the
    speaker is the whole name, in every statement of the article that part names."""
    from lagebild.analysis import entities

    if not statements:
        return statements
    lex = _words(doc.data)
    gaz = entities.gazetteer(doc.data)
    whole: dict[str, set[str]] = {}
    own: dict[tuple[int, int], str] = {}
    written: dict[tuple[int, int], str] = {}
    name_part: dict[tuple[int, int], str] = {}
    for statement in statements:
        span = statement.speaker_span
        if not statement.speaker or span is None:
            continue
        mention = next((m for m in doc.mentions if m.canonical == statement.speaker
                        and span.start <= m.span.start and m.span.end <= span.end), None)
        if mention is None or mention.kind not in ("person", "place", "org") \
                or (ACRONYM.fullmatch(mention.text) and mention.kind != "org") \
                or gaz.group_noun(mention.text.split()[-1]) \
                or (mention.kind == "org" and mention.canonical != mention.text) \
                or mention.text.lower() in lex.not_speakers:
            continue  # an acronym is whole; a body's common word ("Innenministerium") or a name the
            # gazetteer knows ("Islamic State") is no part of another name
        if mention.kind == "org" and _names_a_place(doc, mention.text.split()[-1]):
            continue  # "Staatsanwaltschaft Duisburg": a local body is named by its place, its name ends there
        name = _whole_run(doc, span, mention, lex, gaz)
        if name is None:
            continue
        if mention.kind == "person" and set(name.split()) <= set(mention.canonical.split()):
            continue  # "Mballa Ndongo" of "Serge Mballa Ndongo": the name found is the whole one
        if mention.kind == "person" and mention.canonical != mention.text:
            # "der Bezirksvorsteher Sani Abubakar Maru": a surname read as another person's ("Yazid
            # Abubakar") whose phrase writes more of its own name is that name, in this phrase only
            own[(span.start, span.end)] = name
        else:
            whole.setdefault(statement.speaker, set()).add(name)
            written[(span.start, span.end)] = name
            name_part[(span.start, span.end)] = statement.speaker
    names = {part: next(iter(found)) for part, found in whole.items() if len(found) == 1}
    # two names holding the same part ("PostAuto Schweiz", "Meteo Schweiz"): each phrase that writes
    # one is that name; a bare mention of the part is left to neither
    names_here = {key: name for key, name in written.items() if len(whole[name_part[key]]) > 1}
    if not names and not own and not names_here:
        return statements

    def key(s: Any) -> tuple[int, int] | None:
        return (s.speaker_span.start, s.speaker_span.end) if s.speaker_span is not None else None

    return [replace(s, speaker=own[key(s)]) if key(s) in own
            else replace(s, speaker=names_here[key(s)], kind="org" if s.kind == "place" else s.kind)
            if key(s) in names_here
            else replace(s, speaker=names[s.speaker], kind="org" if s.kind == "place" else s.kind)
            if s.speaker in names else s for s in statements]


DATELINE = re.compile(r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—]\s")


def _dateline_place(doc: Any) -> Any:
    """The place a line opens with before the agency's tag and a dash ("Mainz (dpa) - "), else None."""
    for mention in doc.mentions:
        if mention.kind != "place":
            continue
        line_start = doc.text.rfind("\n", 0, mention.span.start) + 1
        if not doc.text[line_start:mention.span.start].strip() \
                and DATELINE.match(doc.text, mention.span.end) is not None:
            return mention
    return None


def city_bodies(doc: Any, statements: list[Any]) -> list[Any]:
    """"Nach Schätzungen der Stadt" in an article datelined "Mainz (ots) -" and naming Mainz again: the
    city speaking is Mainz ("Stadt Mainz", as the article would write it in full); lang/de/speakers.toml
    `city_words`."""
    words = frozenset(doc.data.get("speakers", {}).get("city_words", ()))
    if not any(s.speaker in words for s in statements):
        return statements
    place = _dateline_place(doc)
    if place is None or doc.text.count(place.text) < 2:
        return statements
    from lagebild.analysis import entities
    if entities.country_of(place.canonical) in (None, place.canonical):
        return statements  # a country or a region, no city
    return [replace(s, speaker=f"{s.speaker} {place.text}") if s.speaker in words else s for s in statements]


_WORD = re.compile(r"\S+")
_NAME_WORD = re.compile(r"[A-ZÄÖÜ][\w'’.-]*\w|[A-ZÄÖÜ]")


def body_spellings(text: str, mentions: list[Any], data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(canonical, spelling) for the longer ways the article writes a body a mention names: the
    mention's words with what names the body further after them ("Polizei von Kelantan",
    "Staatsanwaltschaft des Bundesstaates Jalisco", "Ärzte des Bezirkskrankenhauses in Tarma") or a
    capitalised adjective before them ("Föderale Staatsanwaltschaft"); lang/de/speakers.toml
    `complement_*`. Only organisations and groups: a person's or a place's name is whole."""
    lex = _words(data)
    if not lex.complement_steps:
        return []
    found: list[tuple[str, str]] = []
    for mention in mentions:
        if mention.kind not in ("org", "group"):
            continue
        start, end = mention.span.start, mention.span.end
        words = []
        for m in _WORD.finditer(text, end, min(len(text), end + 120)):
            word = m.group().rstrip(",.;:!?")
            if word:
                words.append((m.start(), m.start() + len(word), word))
            if word != m.group():
                break  # a name ends at a punctuation mark
        steps, k = 0, 0
        names = 0
        while names < min(2, len(words)) and _NAME_WORD.fullmatch(words[names][2]) \
                and words[names][2].lower() not in lex.not_speakers and not lex.descriptor(words[names][2]) \
                and text[(words[names - 1][1] if names else end):words[names][0]] == " ":
            names += 1  # a name right after the body's word: "der Rettungsdienst Samu"
        if names:
            end = words[names - 1][1]
            found.append((mention.canonical, text[start:end]))
            k = names
        while steps < lex.complement_steps and k + 1 < len(words):
            opener = words[k][2]
            if opener not in lex.complement_prepositions and opener not in lex.complement_articles:
                break
            if text[end:words[k][0]] != " ":
                break
            names = k + 1
            while names < len(words) and _NAME_WORD.fullmatch(words[names][2]) \
                    and words[names][2].lower() not in lex.not_speakers \
                    and (names == k + 1 or text[words[names - 1][1]:words[names][0]] == " "):
                names += 1
                if names + 1 < len(words) and words[names][2] in lex.complement_joiners \
                        and _NAME_WORD.fullmatch(words[names + 1][2]):
                    names += 1  # "für Katastrophenschutz und Flüchtlinge"
            if names == k + 1:
                break
            end = words[names - 1][1]
            found.append((mention.canonical, text[start:end]))
            steps, k = steps + 1, names
        further = _NAME_GOES_ON.match(text, end)
        if further is not None:
            # "Polizeiinspektion Lüneburg/Uelzen", "Kommunistische Partei Indiens (Maoisten)"
            found.append((mention.canonical, text[start:further.end()]))
        if end > mention.span.end and mention.text != mention.canonical and nominative_of(mention.text) == mention.canonical:
            # "des Polizeipräsidiums Oberbayern Süd": the body's name goes on after its genitive, so it does
            # after its nominative ("Polizeipräsidium Oberbayern Süd")
            for canonical, spelling in list(found):
                if canonical == mention.canonical and spelling.startswith(mention.text + " "):
                    found.append((canonical, mention.canonical + spelling[len(mention.text):]))
        before = text[:mention.span.start].split()
        if len(before) >= 2 and before[-2].lower() in lex.articles_lower \
                and (_NAME_WORD.fullmatch(before[-1]) or _place_adjective(before[-1], lex)) \
                and _lowercase_modifier(before[-1].lower()) and text[mention.span.start - 1] == " " \
                and before[-1].lower() not in lex.not_speakers:
            first = text.rfind(before[-1], 0, mention.span.start)
            found.append((mention.canonical, text[first:mention.span.end]))
    return found


def _place_adjective(word: str, lex: SpeakerWords) -> bool:
    """"katalanischen", "bayerischen": a lowercase adjective of a place (speakers.toml place_adjective_endings)."""
    return word.isalpha() and word.islower() and word.endswith(lex.place_adjective_endings)


_NAME_GOES_ON = re.compile(r"(?:/[A-ZÄÖÜ][\w-]*\w)+| \([A-ZÄÖÜ][\w-]*(?: [A-ZÄÖÜ][\w-]*)*\)")


def nominative_of(name: str) -> str:
    """A body's name in the nominative: its first word's genitive ending dropped ("Polizeipräsidiums Oberbayern")."""
    from lagebild.analysis.entities import nominative
    first, _, rest = name.partition(" ")
    return f"{nominative(first)} {rest}".strip()


def _names_a_place(doc: Any, text: str) -> bool:
    from lagebild.analysis import entities

    named = entities.canonical_name(doc, text)
    return named is not None and named[1] == "place"


def _spelled(doc: Any, span: Any, written: str, named: tuple[str, str | None, str | None]
             ) -> tuple[str, str | None, str | None]:
    """`named`, with the words it was written as in the speaker phrase kept as a spelling of its name."""
    at = doc.text.find(written, span.start, span.end)
    if at >= 0:
        doc.speaker_spellings.append(Mention(Span(at, at + len(written)), written, named[1] or "org", named[0]))
    return named


def add_spellings(doc: Any) -> None:
    """Join the speakers' spellings (`Doc.speaker_spellings`) to the mentions, once the claims are built."""
    # (one span may be written two ways: "Ministeriums" as written and "Ministerium" in the nominative)
    known = {(m.span, m.canonical, m.text) for m in doc.mentions}
    new = [m for m in doc.speaker_spellings + doc.free_word_spellings if (m.span, m.canonical, m.text) not in known]
    if new:
        doc.mentions = doc.mentions + list({(m.span, m.canonical, m.text): m for m in new}.values())
    doc.speaker_spellings = []


def _without_pointing_words(name: str, lex: SpeakerWords) -> str:
    """The name without the lowercase words before a body's noun that only point at it ("dortige
    Katastrophenschutzamt" -> "Katastrophenschutzamt"; speakers.toml `pointing_adjectives`)."""
    words = name.split()
    while len(words) > 1 and words[0] in lex.pointing_adjectives and words[1][:1].isupper():
        words = words[1:]
    return " ".join(words)


def plain_body_name(name: str, article_before: str | None, data: Mapping[str, Any]) -> str:
    """A body or person named in free words (no mention names it), as one would write it alone:
    without the description before a name ("spanischen Organisation Observatorio Saharaui" ->
    "Observatorio Saharaui", "Sprecher, Thokchom Radheshyam" -> "Thokchom Radheshyam") or a word
    that only points at it ("dortige Katastrophenschutzamt"), and in the nominative after the
    article written before it (`article_before`, lower case: "der Syrischen Beobachtungsstelle für
    Menschenrechte" -> "Syrische Beobachtungsstelle für Menschenrechte", "des Ministeriums für
    Notfallschutz" -> "Ministerium für Notfallschutz"); lang/de/speakers.toml."""
    lex = _words(data)
    inner = name_in_description(name, data) or _name_after_role(name)
    if inner is not None:
        return inner
    words = name.split()
    if len(words) > 2 and words[0].lower().endswith(lex.spokesperson_endings) and words[1] in lex.oblique_articles:
        # "Sprecher der australischen Streitkräfte": the spokesperson speaks for the body
        article_before, words = words[1], words[2:]
    words = _without_pointing_words(" ".join(words), lex).split()
    if article_before not in lex.oblique_articles:
        return " ".join(words)
    head = 0
    while head < len(words) - 1 and words[head].endswith("en") and words[head + 1][:1].isupper() and (
            words[head][:1].islower() or words[head].lower().endswith(lex.adjective_endings)):
        head += 1
    noun = words[head]
    if article_before in lex.genitive_articles:
        # a masculine or neuter noun: its adjectives' strong endings ("Österreichisches Kuratorium",
        # "Deutscher Wetterdienst") need its gender, so only a noun without adjectives is named
        if head == 0 and noun[:1].isupper() and noun.endswith("s") and not noun.endswith(lex.nominative_s_endings) \
                and len(noun) > 4 and noun[:-1].isalpha() and not noun.isupper():
            from lagebild.analysis.entities import nominative
            words[0] = nominative(noun)
    elif article_before not in lex.genitive_articles and article_before in lex.feminine_articles:
        # a feminine noun or a plural: the weak "-en" is the strong "-e" ("Syrischen" -> "Syrische")
        words[:head] = [w[:-1] for w in words[:head]]
    return " ".join(words)


def relayed_origin(text: str, relay_end: int, data: Mapping[str, Any]) -> tuple[int, int] | None:
    """The span of the original source a relay's relative clause names right after the relay (which
    ends at `relay_end`): ", die sich wiederum auf den Bürgermeister Y berief" -> "den Bürgermeister Y";
    lang/de/speakers.toml `relayed_from_*`. None without such a clause."""
    lex = _words(data)
    if lex.relayed_from is None:
        return None
    end = relay_end
    while end < len(text) and text[end] in QUOTES:
        end += 1
    match = lex.relayed_from.match(text, end)
    return match.span("origin") if match else None


def name_goes_on(text: str, end: int, data: Mapping[str, Any]) -> str:
    """What continues a name that ends at `end` through lowercase particles ("Causa" + " en Común",
    lang/de/speakers.toml `name_particles`), or ""."""
    lex = _words(data)
    rest = ""
    while True:
        match = _PARTICLE_NAME.match(text, end)
        if match is None or match.group(1) not in lex.particles:
            return rest
        rest += match.group()
        end = match.end()


_PARTICLE_NAME = re.compile(r" (\w+) [A-ZÄÖÜ][\w'’-]*\w")


def names_region(doc: Any, span: Span) -> bool:
    """"nach Angaben des sächsischen Innenministeriums": the phrase has a lowercase adjective of a place that
    is no country's ("sächsischen", "katalanischen"; not "kolumbianischen"): its body is a state's or a
    region's, not the nation's."""
    lex = _words(doc.data)
    return any(_place_adjective(word, lex) and gazetteer(doc.data).adjective_country(word) is None
               for word in re.findall(r"\w+", doc.text[span.start:span.end]))


def spokesperson_endings(data: Mapping[str, Any]) -> tuple[str, ...]:
    """The endings of words for a spokesperson (lang/de/speakers.toml `spokesperson_endings`)."""
    return _words(data).spokesperson_endings
