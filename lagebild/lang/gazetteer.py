"""Name lists of one language compiled into lookup tables for the entity recogniser.

The language data (``lang/<code>/places.toml``, ``countries.toml``, ``cities.txt``,
``orgs.toml``, ``groups.toml``, ``roles.toml``, ``people.toml``) is compiled once per
loaded data mapping: multi-word names become token tuples, inflected multi-word names
also match through a crude stem (``Europäischen Union`` = ``Europäische Union``).
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from lagebild.lang import trie_pattern

ANY_WORD = re.compile(r".*", re.DOTALL)
TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
ADJECTIVE_ENDINGS = ("em", "en", "er", "es", "e", "")
# Inflection endings of nouns and adjectives, longest first.
NOUN_ENDINGS = ("nen", "ern", "en", "er", "es", "e", "n", "s", "")

# Priorities when two readings cover the same tokens: the higher one wins.
PRIORITY = {"person": 50, "acronym": 50, "org": 40, "country": 36, "region": 32, "area": 32,
            "group": 30, "city": 20}


class FirstNames(frozenset):
    """The first names, and a double first name of two of them ("Klaus-Dieter", "Jens-Uwe"): the lists hold only
    the common pairs ("Karl-Heinz", "Jean-Claude")."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or word.count("-") != 1:
            return False
        first, second = word.split("-")
        return frozenset.__contains__(self, first) and frozenset.__contains__(self, second)


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # person | org | place | group
    canonical: str
    source: str  # key of PRIORITY: where the name came from


def plain(name: str) -> str:
    """A generated place name without the marks German and English news leave out
    ("Bihār Sharīf" -> "Bihar Sharif", "Łódź" -> "Lodz"); a name written in Latin-1
    ("Kraków", "São Paulo") stays as it is, umlauts and ß always stay."""
    if all(ord(c) < 256 for c in name):
        return name
    out = []
    for char in name:
        if char in TRANSLITERATION_MARKS:
            continue  # the soft sign of a transliteration: "Ryazan’" is "Ryazan" in the news
        if char in "äöüÄÖÜß" or ord(char) < 128:
            out.append(char)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        out.append(STROKED.get(base, base))
    return "".join(out)


TRANSLITERATION_MARKS = frozenset("’ʹʼ")
STROKED = {"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h", "ŧ": "t"}


def words(text: str) -> tuple[str, ...]:
    return tuple(TOKEN_RE.findall(text))


# the endings stem() strips: a two-letter one where the word has it, else a one-letter one
STEM_ENDINGS_TWO = frozenset(("es", "en", "er", "em"))
STEM_ENDINGS_ONE = frozenset(("e", "s", "n"))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude stem that makes inflected forms of one word equal (for multi-word names)."""
    lowered = word.lower()
    for _round in range(2):  # "Ostens" -> "osten" -> "ost", as "Osten" -> "ost"
        if len(lowered) <= 4:
            break
        if lowered[-2:] in STEM_ENDINGS_TWO:  # (set lookups: every new word of an article is stemmed)
            lowered = lowered[:-2]
        elif lowered[-1] in STEM_ENDINGS_ONE:
            lowered = lowered[:-1]
        else:
            break
    return lowered


@dataclass
class Gazetteer:
    exact: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    stemmed: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    lengths: dict[str, set[int]] = field(default_factory=dict)  # first word -> name lengths
    stem_lengths: dict[str, set[int]] = field(default_factory=dict)
    by_name: dict[str, Entry] = field(default_factory=dict)  # any alias or canonical
    country_by_adjective: dict[str, str] = field(default_factory=dict)  # stem -> code
    country_english: dict[str, str] = field(default_factory=dict)  # code -> "Russia"
    country_adjective: dict[str, str] = field(default_factory=dict)  # code -> "Russian"
    country_code: dict[str, str] = field(default_factory=dict)  # "Russia" -> code
    continent: dict[str, str] = field(default_factory=dict)  # "Russia" -> "Europe"
    capital_of: dict[str, str] = field(default_factory=dict)  # "Moscow" -> "Russia"
    place_country: dict[str, str] = field(default_factory=dict)  # "Kursk" -> "Russia"
    org_country: dict[str, str] = field(default_factory=dict)  # "Bundeswehr" -> "Germany"
    modifiers: dict[str, str] = field(default_factory=dict)
    group_nouns: dict[str, tuple[str, str, bool]] = field(default_factory=dict)
    ministries: dict[str, str] = field(default_factory=dict)  # each ministry noun to itself
    org_heads: frozenset[str] = frozenset()
    org_tails: tuple[str, ...] = ()
    org_prefixes: tuple[str, ...] = ()
    club_prefixes: frozenset[str] = frozenset()
    not_acronyms: frozenset[str] = frozenset()
    local_org_tails: tuple[str, ...] = ()  # "polizei", "feuerwehr": a place may follow
    region_prefixes: tuple[str, ...] = ()  # "Mittel", "Ober": an unknown word is a region
    spokespersons: frozenset[str] = frozenset()  # "Sprecher": speaks for the body after it
    administrations: frozenset[str] = frozenset()  # "Landkreis": + place, speaks as a body
    role_heads: tuple[str, ...] = ()
    adjectival_roles: tuple[str, ...] = ()
    not_roles: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    member_titles: frozenset[str] = frozenset()
    speech_verbs: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    first_names: frozenset[str] = frozenset()
    not_places: frozenset[str] = frozenset()
    towns_after_preposition: frozenset[str] = frozenset()
    region_words: frozenset[str] = frozenset()
    place_cues: frozenset[str] = frozenset()
    street_suffixes: tuple[str, ...] = ()
    street_words: frozenset[str] = frozenset()
    road_words: frozenset[str] = frozenset()
    compass_prefixes: tuple[str, ...] = ()  # "Ost" + "Türkei": a part of a country
    city_compound_heads: frozenset[str] = frozenset()  # "Gaza" + "-Stadt": the city itself
    surnames: dict[str, str] = field(default_factory=dict)  # famous surname -> full name
    # Per-word answers, remembered: the same words recur in every article.
    _memo: dict[tuple[str, str], Any] = field(default_factory=dict, repr=False)
    # Necessary conditions, built from the tables by `index()`: most words of a text fail
    # them at C speed, before any ending is stripped (until then every word passes).
    adjective_form: re.Pattern[str] = ANY_WORD
    modifier_form: re.Pattern[str] = ANY_WORD
    group_noun_form: re.Pattern[str] = ANY_WORD
    role_tails: frozenset[str] | None = None  # last three letters of every role head
    # a stem is a prefix of the lowered word: the first four letters of every stemmed name's first
    # stem of four or more letters, and the shorter first stems whole
    stem_prefixes: frozenset[str] | None = None
    short_stems: frozenset[str] = frozenset()
    # word -> what it allows the entity recogniser to try there (lagebild.analysis.entities)
    word_gates: dict[str, int] = field(default_factory=dict, repr=False)

    def _ask(self, question: str, word: str, answer: Callable[[str], Any]) -> Any:
        key = (question, word)
        if key not in self._memo:
            if len(self._memo) > 500_000:
                self._memo.clear()
            self._memo[key] = answer(word)
        return self._memo[key]

    def add(self, alias: str, entry: Entry, *, override: bool = False) -> None:
        key = words(alias)
        if not key:
            return
        old = self.exact.get(key)
        if override or old is None or PRIORITY[entry.source] >= PRIORITY[old.source]:
            self.exact[key] = entry
            self.lengths.setdefault(key[0], set()).add(len(key))
        self.by_name.setdefault(alias.casefold(), entry)
        if len(key) > 1:
            stems = tuple(stem(w) for w in key)
            if stems not in self.stemmed or PRIORITY[entry.source] > PRIORITY[self.stemmed[stems].source]:
                self.stemmed[stems] = entry
                self.stem_lengths.setdefault(stems[0], set()).add(len(stems))

    def index(self) -> None:
        """Build the necessary conditions of the lookups below from the finished tables."""
        self.adjective_form = _form_of(self.country_by_adjective, ADJECTIVE_ENDINGS)
        self.modifier_form = _form_of(self.modifiers, ADJECTIVE_ENDINGS)
        self.group_noun_form = _form_of(self.group_nouns, NOUN_ENDINGS)
        self.stem_prefixes = frozenset(first[:4] for first in self.stem_lengths if len(first) >= 4)
        self.short_stems = frozenset(first for first in self.stem_lengths if len(first) < 4)
        if all(len(head) >= 3 for head in self.role_heads):
            self.role_tails = frozenset(head[-3:] for head in self.role_heads)

    def adjective_country(self, word: str) -> str | None:
        """The ISO code of the country an inflected adjective names ("nordkoreanischen")."""
        if self.adjective_form.fullmatch(word.lower()) is None:
            return None
        return self._ask("country", word, lambda w: _by_stem(self.country_by_adjective, w.lower(),
                                                             ADJECTIVE_ENDINGS))

    def modifier(self, word: str) -> str | None:
        """English for a non-country group modifier ("westlichen" -> "Western")."""
        if self.modifier_form.fullmatch(word.lower()) is None:
            return None
        return self._ask("modifier", word, lambda w: _by_stem(self.modifiers, w.lower(), ADJECTIVE_ENDINGS))

    def group_noun(self, word: str) -> tuple[str, str, bool] | None:
        """(English, kind, bare) for an inflected group noun ("Geheimdienstquellen")."""
        if self.group_noun_form.fullmatch(word) is None:
            return None
        return self._ask("group", word, lambda w: _by_stem(self.group_nouns, w, NOUN_ENDINGS))

    def ministry(self, word: str) -> str | None:
        """The uninflected ministry noun ("Innenministeriums" -> "Innenministerium"), if it is one."""
        return _by_stem(self.ministries, word, NOUN_ENDINGS)

    def may_have_stemmed_name(self, word: str) -> bool:
        """False when no stemmed multi-word name can start with this word (stem(word) is not
        in stem_lengths), decided from the word's first letters without stemming it."""
        if self.stem_prefixes is None:
            return stem(word) in self.stem_lengths
        lowered = word.lower()  # (stem(word) is lowered[:n]; n >= 3 unless it is all of lowered)
        return (lowered[:4] in self.stem_prefixes or lowered[:3] in self.short_stems) \
            and stem(word) in self.stem_lengths

    def compound_place(self, word: str) -> Entry | None:
        """A place named by a compound of a known name: "Osttürkei", "Nordsyriens" (a part of the
        country: the country's entry) and "Gaza-Stadt", "Mexiko-Stadt" (the city of that name,
        for a country its capital)."""
        if not word[:1].isupper() or ("-" not in word and not word.startswith(self.compass_prefixes)):
            return None  # (at C speed: most words are neither)
        return self._ask("compound place", word, self._compound_place)

    def _compound_place(self, word: str) -> Entry | None:
        head, dash, tail = word.rpartition("-")
        if dash and tail in self.city_compound_heads and head.isupper():
            return None  # "die US-Stadt Tulsa": a country's abbreviation makes "a city of it", not its capital
        if dash and tail in self.city_compound_heads:
            entry = self.by_name.get(head.casefold())
            if entry is not None and entry.source == "country":
                capital = next((city for city, country in self.capital_of.items() if country == entry.canonical), None)
                entry = self.by_name.get(capital.casefold()) if capital else None
            return entry if entry is not None and entry.kind == "place" and entry.source in ("city", "region") else None
        for prefix in self.compass_prefixes:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) > 3 and rest[:1].islower():
                rest = rest[:1].upper() + rest[1:]
                entry = self.exact.get((rest,)) or (self.exact.get((rest[:-1],)) if rest.endswith("s") else None)
                if entry is not None and entry.source == "country":
                    return entry
        return None

    def is_role(self, word: str) -> bool:
        if not word[:1].isupper():
            return False
        if self.role_tails is not None and word.lower().rstrip("-")[-3:] not in self.role_tails:
            # ends like no role head, unless in the genitive: "nach Angaben des Gouverneurs"
            return word[-1:] == "s" and len(word) > 4 and word[-2:-1] != "s" and self.is_role(word[:-1])
        return self._ask("role", word, lambda w: (
            w[:1].isupper() and w not in self.not_roles and w.lower().rstrip("-").endswith(self.role_heads)))


def _form_of(table: Mapping[str, Any], endings: tuple[str, ...]) -> re.Pattern[str]:
    """A regex that fully matches every key of the table followed by one of the endings."""
    keys = trie_pattern(sorted(table))  # shared prefixes: a word fails at C speed after a letter or two
    tails = "|".join(re.escape(ending) for ending in endings if ending)
    return re.compile(f"(?:{keys})(?:{tails})" + ("?" if "" in endings else ""))


def _by_stem(table: Mapping[str, Any], word: str, endings: tuple[str, ...]) -> Any:
    """The table's value for the word less one of its inflection endings, if any."""
    for ending in endings:
        if word.endswith(ending):
            found = table.get(word[: len(word) - len(ending)])
            if found:
                return found
    return None


_CACHE: dict[int, tuple[Mapping[str, Any], Gazetteer]] = {}


def gazetteer(data: Mapping[str, Any]) -> Gazetteer:
    """The compiled gazetteer for one language's data (compiled once, then cached)."""
    cached = _CACHE.get(id(data))
    if cached is None or cached[0] is not data:
        cached = (data, compile_gazetteer(data))
        _CACHE[id(data)] = cached
    return cached[1]


def compile_gazetteer(data: Mapping[str, Any]) -> Gazetteer:
    gaz = Gazetteer()
    places = data.get("places", {})
    _add_cities(gaz, data.get("cities", ()), places, data.get("admin_regions", ()))
    _add_places(gaz, places, data.get("countries", {}))
    _add_admin_regions(gaz, data.get("admin_regions", ()))
    _add_orgs(gaz, data.get("orgs", {}))
    for code, names in data.get("orgs", {}).get("org_countries", {}).items():
        for name in names:
            gaz.org_country[name] = gaz.country_english.get(code, code)
    _add_groups(gaz, data.get("groups", {}), data.get("orgs", {}))
    _add_people(gaz, data.get("roles", {}), data.get("people", {}))
    gaz.first_names = FirstNames(gaz.first_names | frozenset(data.get("first_names", ())))
    gaz.index()
    return gaz


def _add_cities(gaz: Gazetteer, lines: tuple[str, ...], places: Mapping[str, Any],
                region_lines: tuple[str, ...] = ()) -> None:
    blocked = set(places.get("not_places", ()))
    towns = set(places.get("towns_after_preposition", ()))
    short_forms = set(places.get("short_forms", ()))
    countries_seen: dict[str, str] = {}
    rows = [line.split("|") for line in lines]
    # a place's own name belongs to that place: "Flores" (a Uruguayan region, an Indonesian
    # island) is not the Brazilian city Timon because GeoNames lists it among Timon's other
    # names; in the same country the other name is the city's own region ("Halab", "Peking")
    own_names: dict[str, set[str]] = {}
    for row in [*rows, *(line.split("|") for line in region_lines)]:
        if len(row) > 1:
            own_names.setdefault(row[0], set()).add(row[1])
    # a first-level region's own name is never a foreign town's spelling variant: "Borno" is the
    # Nigerian state, not the Saxon town Borna, however alike the two look
    region_names: dict[str, set[str]] = {}
    for row in (line.split("|") for line in region_lines):
        if len(row) > 1:
            region_names.setdefault(row[0], set()).add(row[1])
    taken_back: set[str] = set()
    for name, code, *aliases in rows:
        short = _plain_form(name, aliases)
        if name in aliases:  # the most populous city of that name
            countries_seen[plain(short)] = code
        entry = Entry("place", plain(short), "city")
        for alias in aliases:
            if _cut_short(alias, name) and alias not in short_forms:
                continue
            foreign_region = alias not in (name, short) and code not in region_names.get(alias, (code,))
            if foreign_region or alias != name and code not in own_names.get(alias, (code,)) \
                    and not _same_name(alias, name):
                taken_back.add(alias)
                continue
            if alias not in blocked or alias in towns:
                gaz.add(alias, entry)
        if "(" in name and words(name) not in gaz.exact:
            gaz.add(name, entry)  # "Frankfurt (Oder)", "Halle (Saale)": the bracket tells it from its namesake
    for name, code, *aliases in rows:
        # the place whose own name it is gets it, also where its list leaves it out ("Zaragoza")
        if name in taken_back and name not in blocked and words(name) not in gaz.exact:
            gaz.add(name, Entry("place", plain(_plain_form(name, aliases)), "city"))
    gaz.place_country.update(countries_seen)  # codes for now; resolved in _add_places


QUALIFIED_NAME = re.compile(r"(?P<short>.+?) (?:am|an der|an|im|in|in der|ob|bei|upon|on|sur|sul|del|de la) \S.*")


def _plain_form(name: str, aliases: list[str]) -> str:
    """The name news use for a city whose official name adds a qualifier: "Ludwigshafen am Rhein"
    is "Ludwigshafen" when that short form is one of its names."""
    match = QUALIFIED_NAME.fullmatch(name)
    if match and match.group("short") in aliases:
        return match.group("short")
    return name


def _cut_short(alias: str, name: str) -> bool:
    """"Savo" for "Savona", "Croto" for "Crotone": GeoNames keeps old and foreign forms that are the
    name cut off inside a word; in German text such a word is another place or none ("Plaine
    Savo"). A part before a hyphen or space stays a name ("Cluj" for "Cluj-Napoca"), and so does a
    German form one letter short ("Rom", "Athen", "Brüssel"); longer German cuts are data
    (`short_forms` in places.toml: "Prag")."""
    return len(alias) + 2 <= len(name) and name.casefold().startswith(alias.casefold()) and name[len(alias)].isalpha()


def _same_name(alias: str, name: str) -> bool:
    """"Den Bosch" for "'s-Hertogenbosch", "Frankfurt" for "Frankfurt am Main": a spelling or a
    part of the place's own name, not another name."""
    a, n = plain(alias).casefold(), plain(name).casefold()
    if a[:4] == n[:4] or a in n or n in a or a.split()[-1] == n.split()[-1]:  # "St. Petersburg"
        return True
    return SequenceMatcher(None, a, n).ratio() >= 0.85  # "Hanover"


def _add_places(gaz: Gazetteer, places: Mapping[str, Any], countries: Mapping[str, Any]) -> None:
    gaz.not_places = frozenset(places.get("not_places", ()))
    gaz.towns_after_preposition = frozenset(places.get("towns_after_preposition", ()))
    gaz.region_words = frozenset(places.get("region_words", ()))
    gaz.place_cues = frozenset(places.get("place_cues", ()))
    gaz.street_suffixes = tuple(places.get("street_suffixes", ()))
    gaz.street_words = frozenset(places.get("street_words", ()))
    gaz.road_words = frozenset(places.get("road_words", ()))
    gaz.compass_prefixes = tuple(sorted(places.get("compass_prefixes", ()), key=len, reverse=True))
    gaz.city_compound_heads = frozenset(places.get("city_compound_heads", ()))
    extra = places.get("countries", {})
    for code, names in countries.items():
        english = names["en"]
        gaz.country_english[code] = english
        gaz.country_code[english] = code
        if "continent" in names:
            gaz.continent[english] = names["continent"]
        entry = Entry("place", english, "country")
        info = extra.get(code, {})
        for alias in (names["de"], english, *info.get("aliases", ())):
            gaz.add(alias, entry, override=True)
        for adjective in info.get("adjectives", ()):
            gaz.country_by_adjective[adjective.lower()] = code
        gaz.country_adjective[code] = info.get("english", english)
    for code, names in countries.items():
        if names.get("capital"):
            gaz.capital_of[names["capital"]] = names["en"]
    gaz.place_country = {place: gaz.country_english.get(code, code)
                         for place, code in gaz.place_country.items()}
    for canonical, region in places.get("regions", {}).items():
        entry = Entry("place", canonical, "region")
        country = gaz.country_english.get(region.get("country", ""))
        if country:
            gaz.place_country[canonical] = country
        for alias in (canonical, *region.get("names", ())):
            gaz.add(alias, entry)
    for canonical, aliases in places.get("areas", {}).items():
        for alias in (canonical, *aliases):
            gaz.add(alias, Entry("place", canonical, "area"))
    for english in gaz.country_code:
        gaz.place_country[english] = english


def _add_admin_regions(gaz: Gazetteer, lines: tuple[str, ...]) -> None:
    """First-level administrative regions ("Assam", "Nord-Kivu", "Iowa"), where no other
    entry has the name: a city of the same name ("Wien", "Genf") stays the city, but a town
    named after the region ("Bihar Sharif") does not take the region's name."""
    for line in lines:
        name, code, *aliases = line.split("|")
        entry = Entry("place", name, "region")
        for alias in aliases:
            old = gaz.exact.get(words(alias))
            if old is None or (old.source == "city" and old.canonical.startswith(alias + " ")):
                gaz.add(alias, entry, override=True)
        country = gaz.country_english.get(code)
        if country:
            gaz.place_country.setdefault(name, country)


def _add_orgs(gaz: Gazetteer, orgs: Mapping[str, Any]) -> None:
    for section in ("orgs", "companies", "outlets"):
        for canonical, aliases in orgs.get(section, {}).items():
            entry = Entry("org", canonical, "org")
            for alias in (canonical, *aliases):
                gaz.add(alias, entry, override=True)
    heads = orgs.get("heads", {})
    gaz.org_heads = frozenset(heads.get("words", ()))
    gaz.org_tails = tuple(heads.get("compound_tails", ()))
    gaz.org_prefixes = tuple(heads.get("compound_prefixes", ()))
    gaz.club_prefixes = frozenset(heads.get("club_prefixes", ()))
    gaz.not_acronyms = frozenset(heads.get("not_acronyms", ()))
    local = orgs.get("local", {})
    gaz.local_org_tails = tuple(local.get("tails", ()))
    gaz.region_prefixes = tuple(local.get("region_prefixes", ()))
    gaz.spokespersons = frozenset(local.get("spokespersons", ()))
    gaz.administrations = frozenset(local.get("administrations", ()))


def _add_groups(gaz: Gazetteer, groups: Mapping[str, Any], orgs: Mapping[str, Any]) -> None:
    for noun, info in groups.get("nouns", {}).items():
        gaz.group_nouns[noun] = (info["en"], info.get("kind", "group"), bool(info.get("bare")))
    for noun, english in orgs.get("ministries", {}).items():
        gaz.group_nouns.setdefault(noun, (english, "org", True))
    gaz.ministries = {noun: noun for noun in orgs.get("ministries", {})}
    gaz.modifiers = {stem.lower(): english for stem, english in groups.get("modifiers", {}).items()}


def _add_people(gaz: Gazetteer, roles: Mapping[str, Any], people: Mapping[str, Any]) -> None:
    gaz.role_heads = tuple(h.lower() for h in roles.get("heads", ()))
    gaz.adjectival_roles = tuple(h.lower() for h in roles.get("adjectival", ()))
    gaz.not_roles = frozenset(roles.get("not_roles", ()))
    gaz.titles = frozenset(t.rstrip(".") for t in roles.get("titles", ()))
    gaz.member_titles = frozenset(roles.get("member_titles", ()))
    gaz.speech_verbs = frozenset(roles.get("speech_verbs", ()))
    gaz.particles = frozenset(roles.get("name_particles", ()))
    gaz.not_names = frozenset(roles.get("not_names", ()))
    gaz.first_names = frozenset(roles.get("first_names", ()))
    for canonical, aliases in people.get("people", {}).items():
        entry = Entry("person", canonical, "person")
        for alias in (canonical, *aliases):
            gaz.add(alias, entry, override=True)
            if len(words(alias)) == 1:
                gaz.surnames[alias] = canonical
