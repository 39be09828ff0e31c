"""German time expressions, resolved to closed ISO date intervals.

`find_times(doc)` sets `doc.anchor` and fills `doc.times` (sorted by start). It
works in three passes: every rule proposes candidate spans, the longest
non-overlapping ones win, then each is resolved in text order.

Resolution rules (the default "news" mode):
- The reference is the anchor: `article.published` at its own precision, else a
  date inferred from the text. An expression that needs more precision than the
  reference has ("gestern" against "2025-02") keeps `value=None`.
- A month, season, half-year, quarter or day written without a year takes, in a
  sentence without future cues, the most recent such period that starts on or
  before the end of the reference; in a sentence with future cues ("wird",
  "könnte", "geplant", ...) the first one not over before the reference begins.
- "vergangenen Juni" is the last June that ended before the reference began,
  "kommenden Juni" the first that starts after it; "Juni letzten Jahres" is in
  the reference year minus one.
- A weekday is the most recent such day on or before the anchor day (the next
  one on or after it in a future sentence; "vergangenen"/"kommenden" exclude
  the anchor day itself).
- Anaphoric expressions ("am selben Tag", "zwei Tage später", "im folgenden
  Jahr") count from the last time mentioned.
- Windows without a number ("in den kommenden Monaten") span
  `vague_window_units` units from the reference; their value is the calendar
  month or year holding most of the window.

Narrative mode (`find_times(doc, narrative=True)`, for histories such as
WikiWarsDE) resolves everything except heute/gestern/morgen against the last
time mentioned and takes that year for expressions without one.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Callable, Mapping

from lagebild import lang
from lagebild.analysis.doc import Covered, Doc
from lagebild.analysis.scan import RuleScanner
from lagebild.model import Span, TimeRef

FIRST_YEAR, LAST_YEAR = 1000, 2100
# Precisions a reference needs to step by a unit ("gestern" needs a day).
UNIT_NEEDS = {"year": {"year", "month", "day"}, "month": {"month", "day"},
              "week": {"day"}, "day": {"day"}}
# A window ("in den nächsten Wochen") may start from the end of a coarser reference.
WINDOW_NEEDS = {"year": {"year", "month", "day"}, "month": {"month", "day"},
                "week": {"month", "day"}, "day": {"month", "day"}}


@dataclass(frozen=True, slots=True)
class Ref:
    """What expressions are resolved against: an interval with a precision."""

    start: date
    end: date
    precision: str  # year, month or day (a coarser TimeRef becomes year)

    @property
    def year(self) -> int:
        return self.start.year


@dataclass(slots=True)
class Resolved:
    value: str | None
    precision: str
    start: date | None = None
    end: date | None = None
    relative: bool = False


# ---------------------------------------------------------------- calendar helpers

def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _last_day(year, month + 1)))


def _month_span(year: int, month: int) -> tuple[date, date]:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return date(year, month, 1), date(year, month, _last_day(year, month))


def _ref_from_iso(value: str | None) -> Ref | None:
    """A reference from an ISO prefix ("2025", "2025-02", "2025-02-14[T...]")."""
    if not value:
        return None
    match = re.match(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not match:
        return None
    try:
        year = int(match.group(1))
        if match.group(3):
            day = date(year, int(match.group(2)), int(match.group(3)))
            return Ref(day, day, "day")
        if match.group(2):
            return Ref(*_month_span(year, int(match.group(2))), "month")
        return Ref(date(year, 1, 1), date(year, 12, 31), "year")
    except ValueError:
        return None


def _ref_from_timeref(ref: TimeRef) -> Ref | None:
    if ref.value is None or not ref.start or not ref.end:
        return None
    precision = ref.precision if ref.precision in ("day", "month") else "year"
    if precision == "year":
        return _ref_from_iso(ref.value[:4]) if ref.value[:4].isdigit() else None
    return _ref_from_iso(ref.value)


def iso_prefix(timeref: TimeRef) -> str | None:
    """A plain ISO prefix (YYYY, YYYY-MM, YYYY-MM-DD) for a claim's `time`.

    Day, month and year values are already such prefixes. Other periods give
    their month when they lie within one month, else the year of their end.
    """
    if timeref.value is None:
        return None
    if timeref.precision in ("day", "month", "year"):
        return timeref.value
    if timeref.start and timeref.end:
        if timeref.start[:7] == timeref.end[:7]:
            return timeref.start[:7]
        return timeref.end[:4]
    return None


# ---------------------------------------------------------------- the lexicon

def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _with_capitals(words) -> set[str]:
    return set(words) | {w[:1].upper() + w[1:] for w in words}


class Lexicon:
    """The language data of lang/<code>/time.toml with the patterns built from it."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.months = {**data["months"], **{k + ".": v for k, v in data["month_abbreviations"].items()}}
        self.weekdays = dict(data["weekdays"])
        self.seasons = dict(data["seasons"])
        self.season_parts = dict(data["season_parts"])
        self.part_words = dict(data["part_words"])
        self.parts = data["parts"]
        self.part_compounds = dict(data["part_compounds"])
        self.ordinals = dict(data["ordinals"])
        self.relative = {**data["relative"], **{w.capitalize(): v for w, v in data["relative"].items()}}
        self.anaphoric = _with_capitals(data["anaphoric"])
        self.units = dict(data["units"])
        self.plural_units = dict(data["plural_units"])
        self.deictic_days = dict(data["deictic_days"])
        self.deictic_units = dict(data["deictic_units"])
        self.numbers = {k.lower(): v for k, v in data["number_words"].items()}
        self.decade_words = dict(data["decade_words"])
        self.later = set(data["later_words"])
        self.earlier = set(data["earlier_words"])
        self.strong_year = _with_capitals(data["year_triggers_strong"])
        self.weak_year = _with_capitals(data["year_triggers_weak"])
        self.year_blockers = set(data["year_blockers"])
        self.month_triggers = _with_capitals(data["month_triggers"])
        self.season_triggers = _with_capitals(data["season_triggers"])
        self.weekday_triggers = _with_capitals(data["weekday_triggers"])
        self.not_before_morgen = set(data["not_before_morgen"])
        self.future_cues = set(data["future_cues"])
        self.forecast_cues = set(data.get("forecast_cues", ()))
        self.past_markers = set(data.get("past_markers", ()))
        self.plan_modals = set(data.get("plan_modals", ()))
        self.hearsay_perfect = set(data.get("hearsay_perfect", ()))
        self.dateline_cues = set(data["dateline_cues"])
        self.vague_window = int(data["vague_window_units"])
        self.holidays = dict(data["holidays"])
        self.after_month_re = re.compile(
            rf"(?:{_alternation(self.months)})\s*(?:,|und|oder|bis|/|–|-)\s*$")
        self.after_month_or_season_re = re.compile(
            rf"(?:{_alternation(list(self.months) + list(self.seasons))})\s*(?:,|und|oder|bis|/|–|-)\s*$")
        self.conjunctions = data["conjunctions"]
        self.after_weekday_re = re.compile(
            rf"(?:{_alternation(self.weekdays)})\s*(?:{_alternation(self.conjunctions)})\s*$")
        self.rules = self._build_rules()
        self.scanner = RuleScanner(self.rules)

    def month_number(self, word: str) -> int:
        """1..12 for a month name or abbreviation, also in the genitive ("Februars")."""
        return self.months[word] if word in self.months else self.months[word[:-1]]

    def _build_rules(self) -> list[tuple[str, re.Pattern[str]]]:
        full = _alternation(self.data["months"])
        abbr = _alternation(self.data["month_abbreviations"])

        def month(name: str, genitive: str = "") -> str:
            return rf"(?P<{name}>(?:{full}){genitive}\b|(?:{abbr})\.)"

        weekday = _alternation(self.weekdays)
        rel = _alternation(self.relative)
        part = _alternation(self.part_words)
        conj = r"(?:,|und|oder|bis|/|–|-)(?:\s*(?:zum|dem|den))?"
        year = r"(?P<year>\d{4})(?![\d]|[.,]\d)"
        rel_year = (rf"(?P<rely>(?:des\s+)?(?:{rel})\s+(?:Jahres|Jahrs)\b"
                    rf"|des\s+Jahres(?:\s+\d{{4}}(?![\d]|[.,]\d))?"
                    rf"|des\s+(?:{_alternation(k for k, v in self.deictic_units.items() if v[0] == 'year')}))")
        number = rf"(?P<n>\d{{1,3}}|(?i:{_alternation(self.numbers)}))"
        seasons = _alternation(self.seasons)
        season_compound = (rf"(?P<pre>{_alternation(k for k in self.season_parts if k[:1].isupper())})"
                           rf"(?P<season2>{_alternation(s.lower() for s in self.seasons)})")
        pod = _alternation(self.data["parts_of_day"])
        halves = _alternation(self.data["half_year_words"])
        quarters = _alternation(self.data["quarter_words"])
        ordinal = _alternation(self.ordinals)
        units = _alternation(self.units)
        plural_units = _alternation(self.plural_units)
        rules = {
            "iso": rf"(?<![\d.-])(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?![\d])",
            "numeric": rf"(?<![\d.,])(?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>\d{{4}}|\d{{2}})(?![\d]|[.,]\d)",
            "numeric_noyear": r"(?<=\b[Aa]m )(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?![\d])",
            "day_month": (rf"(?:(?:(?:frühen|späten)\s+)?(?:{_alternation(self.data['day_part_nouns'])})\s+des\s+"
                          rf"|(?P<wd>{weekday}),?\s+(?:(?:den|dem)\s+)?)?(?<![\d.])(?P<d>\d{{1,2}})\.\s*"
                          rf"{month('mon', genitive='s?')}(?:\s+{year}|\s+{rel_year})?"),  # "9. Februars 1904"
            "day_list": (rf"(?<![\d.,])(?P<d>\d{{1,2}})\.(?=(?:\s*{conj}\s*\d{{1,2}}\.)*\s*{conj}\s*"
                         rf"\d{{1,2}}\.\s*{month('mon')}(?:\s+{year})?)"),
            "month_list": (rf"{month('mon')}(?=\s*{conj}\s*(?:(?:{part})\s+)?(?:\d{{1,2}}\.\s*)?"
                           rf"(?:{full}|{abbr}\.)(?:\s+{year}|\s+{rel_year})?)"),
            "month": (rf"(?:(?P<part>{part})\s+)?(?:(?P<rel>{rel})\s+)?{month('mon')}"
                      rf"(?:\s+{year}|\s+{rel_year})?"),
            "season": (rf"(?:(?P<part>{part})\s+(?:des\s+)?)?(?:(?P<rel>{rel})\s+)?(?:(?P<adj>frühen|späten)\s+)?"
                       rf"(?:(?P<season>{seasons})|{season_compound})(?P<gen>es|s)?\b"
                       rf"(?:\s+(?P<year>\d{{4}})(?:\s*/\s*(?P<year2>\d{{4}}|\d{{2}}))?(?![\d]|[.,]\d)|\s+{rel_year})?"),
            "half": (rf"(?:(?P<ord>{ordinal})|(?P<ordn>[12])\.)\s+(?P<unit>{halves})"
                     rf"(?:\s+(?:des\s+Jahres\s+)?{year}|\s+{rel_year})?"),
            "half_code": r"\bH(?P<ordn>[12])\s?/?\s?(?P<year>\d{4})\b",
            "quarter": (rf"(?:(?P<ord>{ordinal})|(?P<ordn>[1-4])\.)\s+(?P<unit>{quarters})"
                        rf"(?:\s+(?:des\s+Jahres\s+)?{year}|\s+{rel_year})?"),
            "quarter_code": r"\bQ(?P<ordn>[1-4])\s?/?\s?(?P<year>\d{4})\b",
            "decade": (rf"(?:(?P<part>{part})\s+der\s+|den\s+)?(?:(?<!\d)(?P<dec>\d{{2}}\d0)er(?:-?\s?Jahre(?:n|s)?\b|n\b|\b)"
                       rf"|(?<!\d)(?P<dec2>\d0)er(?:-?\s?Jahre(?:n|s)?\b)"
                       rf"|(?P<decw>{_alternation(self.decade_words)})(?:-?\s?[jJ]ahre(?:n|s)?)\b)"),
            "century": r"(?P<c>\d{1,2})\.\s*Jahrhunderts?\b(?!\s*v\.\s*Chr)",
            "part_year": rf"(?P<part>{part}|Laufe)\s+(?:(?:des\s+)?(?:Jahres|Jahrs)\s+)?{year}",
            "compound_year": rf"(?P<compound>{_alternation(k for k, v in self.part_compounds.items() if v[0] == 'year')})\s+{year}",
            "holiday": rf"(?P<hol>{_alternation(self.holidays)})\b(?:\s+{year})?",
            "year_noun": rf"(?P<noun>Jahre?s?|Jahrs)\s+{year}",
            "year": rf"(?<![\d.,])(?P<year>\d{{4}})(?![\d]|[.,]\d)",
            "year_short": r"(?<=\d{4}/)(?P<yy>\d{2})(?![\d.,]\d|\d)",
            "relative_unit": (rf"(?:(?P<part>{part})\s+(?:des\s+)?|[AaIi]m\s+(?=(?:selben|gleichen)\s))?"
                              rf"(?P<rel>{rel})\s+(?P<unit>{units})\b"),
            "part_of_unit": rf"(?P<part>{part}|Laufe)\s+des\s+(?P<unit>Jahres|Monats)\b",
            "part_compound": rf"(?P<compound>{_alternation(self.part_compounds)})\b",
            "window": (rf"(?:den\s+|[Dd]ie\s+)?(?P<rel>{rel})\s+(?:(?P<n>\d{{1,3}}|{_alternation(self.numbers)})\s+)?"
                       rf"(?P<punit>{plural_units})\b"),
            "ago": rf"(?<![\w])[Vv]or\s+(?:(?:{_alternation(self.data['approximators'])})\s+)?{number}\s+(?P<punit>{plural_units}|{units})\b",
            "later": (rf"{number}\s+(?P<punit>{plural_units}|{units})\s+"
                      rf"(?P<dir>{_alternation(self.later | self.earlier)})\b"),
            "deictic_day": (rf"(?<![\w-])(?P<dd>{_alternation(_with_capitals(self.deictic_days))})\b(?!-)"
                            rf"(?:\s+(?P<pod>{pod})\b)?"),
            "deictic_unit": rf"(?<![\w])(?P<du>{_alternation(self.deictic_units)})\b",
            "weekend": rf"(?:(?P<rel>{rel})\s+)?Wochenendes?\b",
            "weekday": (rf"(?:(?P<rel>{rel})\s+)?(?P<wd>{weekday})"
                        rf"(?P<pod>{_alternation(p.lower() for p in self.data['parts_of_day'] if p != 'früh')})?\b"
                        rf"(?:\s+(?:der\s+)?(?P<wrel>{rel})\s+Woche\b)?"),
        }
        # Every rule starts at a word boundary: lets the scanner skip mid-word positions fast.
        return [(name, re.compile(r"\b" + pattern)) for name, pattern in rules.items()]


@cache
def _lexicon_for(key: int) -> Lexicon:
    return Lexicon(_LEXICON_DATA[key])


_LEXICON_DATA: dict[int, Mapping[str, Any]] = {}


def lexicon(data: Mapping[str, Any]) -> Lexicon:
    """The compiled lexicon for a language's `time` data (built once per mapping)."""
    key = id(data)
    if key not in _LEXICON_DATA:
        _LEXICON_DATA[key] = data
    return _lexicon_for(key)


# ---------------------------------------------------------------- context checks

WORD_BEFORE_RE = re.compile(r"([\w§/–-]+)\.?[\s(„\"]*$")
WORD_AFTER_RE = re.compile(r"^\s*([\w§]+|[^\w\s])")
LINE_END_RE = re.compile(r"[ \t]*(?:\n|$)")


def _word_before(text: str, pos: int) -> str:
    match = WORD_BEFORE_RE.search(text[max(0, pos - 40):pos])
    return match.group(1) if match else ""


def _word_after(text: str, pos: int) -> str:
    match = WORD_AFTER_RE.match(text[pos:pos + 40])
    return match.group(1) if match else ""


class Candidate:
    __slots__ = ("rule", "match", "start", "end")

    def __init__(self, rule: str, match: re.Match[str], start: int, end: int) -> None:
        self.rule, self.match, self.start, self.end = rule, match, start, end


def _plausible(rule: str, match: re.Match[str], text: str, lex: Lexicon, counted: Covered) -> bool:
    """Whether a rule's match is used as a time here (filters "Mai" as a name, counts as years...)."""
    before = _word_before(text, match.start())
    groups = match.groupdict()
    if rule in ("month", "month_list"):
        if groups.get("year") or groups.get("rely") or groups.get("part") or groups.get("rel"):
            return True
        if rule == "month_list":  # joined to a second month: "Mai/Juni 1940", "Juli oder August"
            return True
        return before in lex.month_triggers or _after_month(text, match.start(), lex)
    if rule == "season":
        if any(groups.get(k) for k in ("year", "rely", "part", "rel", "adj", "pre")):
            return True
        return before in lex.season_triggers or _after_month(text, match.start(), lex, seasons=True)
    if rule in ("weekday", "weekend"):
        if groups.get("rel") or groups.get("pod"):
            return True
        # "am Sonntag und Montag": joined to a weekday just before
        return before in lex.weekday_triggers or lex.after_weekday_re.search(text[max(0, match.start() - 25):match.start()]) is not None
    if rule == "year":
        return _year_in_context(match, text, lex, before, counted)
    if rule == "year_noun":
        return before not in lex.year_blockers
    if rule == "deictic_day":
        word = groups["dd"]
        if word.lower() == "morgen" and (word != "morgen" or before in lex.not_before_morgen):
            return False
        return True
    if rule == "window":
        return True
    if rule == "relative_unit":
        unit = lex.units[groups["unit"]]
        if unit == "day":  # "am letzten Tag" is the last day of something, not yesterday
            return groups["rel"] in lex.anaphoric or lex.relative[groups["rel"]] == 1
        return True
    return True


def _after_month(text: str, pos: int, lex: Lexicon, seasons: bool = False) -> bool:
    """True in "im Juli oder August": the word is joined to a month or season just before."""
    pattern = lex.after_month_or_season_re if seasons else lex.after_month_re
    return pattern.search(text[max(0, pos - 30):pos]) is not None


def _year_in_context(match: re.Match[str], text: str, lex: Lexicon, before: str,
                     counted: Covered) -> bool:
    value = int(match.group("year"))
    if not FIRST_YEAR <= value <= LAST_YEAR or before in lex.year_blockers:
        return False
    if before in lex.strong_year or before in lex.months:
        return True
    inside_count = counted.covers(match.start(), match.end())
    if inside_count:
        return False
    if LINE_END_RE.match(text, match.end()):  # a heading or list line ending in the year
        return True
    after = _word_after(text, match.end())
    noun_follows = after[:1].isupper() and after not in lex.months
    if before in lex.weak_year or text[max(0, match.start() - 2):match.start()].strip() in ("–", "-", "/", "("):
        return not noun_follows
    # a bare number: a year when punctuation, a line end or a lower-case word follows
    return not noun_follows and not after[:1].isdigit()


# ---------------------------------------------------------------- resolution

@dataclass(slots=True)
class Context:
    doc: Doc
    lex: Lexicon
    anchor: Ref | None
    narrative: bool
    last: Ref | None = None  # the last time mentioned
    _future: dict[int, bool] | None = None

    def reference(self, deictic: bool = False) -> Ref | None:
        """The anchor in news mode; the last time mentioned in narrative mode."""
        if self.narrative and not deictic:
            return self.last or self.anchor
        return self.anchor

    def anaphoric(self) -> Ref | None:
        return self.last or self.anchor

    def future(self, offset: int) -> bool:
        """Whether the sentence around `offset` speaks about the future (see future_cues)."""
        if self._future is None:
            self._future = {}
        start, end = _sentence_bounds(self.doc, offset)
        if start not in self._future:
            words = set(re.findall(r"\w+", self.doc.text[start:end]))
            cues = words & self.lex.future_cues
            if cues and cues <= self.lex.plan_modals and words & self.lex.hearsay_perfect:
                cues = set()  # "soll ... getötet worden sein" is hearsay about the past
            self._future[start] = bool(cues)
        return self._future[start]


def _sentence_bounds(doc: Doc, offset: int) -> tuple[int, int]:
    if doc.sentences:
        span = doc.sentence_of(Span(offset, offset))
        return span.start, span.end
    text = doc.text
    start = max(text.rfind(".", 0, offset), text.rfind("\n", 0, offset)) + 1
    ends = [i for i in (text.find(".", offset), text.find("\n", offset)) if i >= 0]
    return start, min(ends) if ends else len(text)


def _pick_year(period: Callable[[int], tuple[date, date]], ctx: Context, offset: int,
               rel: int | None = None) -> int | None:
    """The year for a period written without one (see the module docstring)."""
    ref = ctx.reference()
    if ref is None:
        return None
    if ctx.narrative and rel is None:
        return ref.year
    years = range(ref.year - 2, ref.year + 3)
    if rel == -1:
        return max((y for y in years if period(y)[1] < ref.start), default=None)
    if rel == 1:
        return min((y for y in years if period(y)[0] > ref.end), default=None)
    if rel == 0:
        return ref.year
    if not ctx.future(offset):
        return max((y for y in years if period(y)[0] <= ref.end), default=None)
    return min((y for y in years if period(y)[1] >= ref.start), default=None)


def _month_period(month: int, part: str | None, lex: Lexicon) -> Callable[[int], tuple[date, date]]:
    def period(year: int) -> tuple[date, date]:
        start, end = _month_span(year, month)
        if part:
            low, high = lex.parts["month"][part]
            start, end = date(year, month, low), date(year, month, min(high, end.day))
        return start, end
    return period


def _year_period(part: str | None, lex: Lexicon) -> Callable[[int], tuple[date, date]]:
    def period(year: int) -> tuple[date, date]:
        if not part:
            return date(year, 1, 1), date(year, 12, 31)
        low, high = lex.parts["year"][part]
        return _month_span(year, low)[0], _month_span(year, high)[1]
    return period


def _season_period(months: list[int], part: str | None, lex: Lexicon) -> Callable[[int], tuple[date, date]]:
    def period(year: int) -> tuple[date, date]:
        first, last = months[0], months[-1]
        if part:
            low, high = lex.parts["season"][part]
            first, last = months[low - 1], months[high - 1]
        return _month_span(year, first)[0], _month_span(year, last)[1]
    return period


def _span_period(first_month: int, last_month: int) -> Callable[[int], tuple[date, date]]:
    return lambda year: (_month_span(year, first_month)[0], _month_span(year, last_month)[1])


def _resolve_period(value: Callable[[int], str], precision: str, period: Callable[[int], tuple[date, date]],
                    year: int | None) -> Resolved:
    if year is None:
        return Resolved(None, precision, relative=True)
    start, end = period(year)
    return Resolved(value(year), precision, start, end)


def _number(text: str, lex: Lexicon) -> int | None:
    if text.isdigit():
        return int(text)
    return lex.numbers.get(text.lower())


def _shift(ref: Ref, unit: str, amount: int) -> Resolved | None:
    """The unit `amount` steps from the reference, or None when it is too coarse."""
    if ref.precision not in UNIT_NEEDS[unit]:
        return None
    if unit == "year":
        year = ref.year + amount
        return Resolved(str(year), "year", date(year, 1, 1), date(year, 12, 31), True)
    if unit == "month":
        first = _add_months(ref.start.replace(day=1), amount)
        start, end = _month_span(first.year, first.month)
        return Resolved(f"{start:%Y-%m}", "month", start, end, True)
    if unit == "week":
        day = ref.start + timedelta(weeks=amount)
        start = day - timedelta(days=day.weekday())
        iso_year, iso_week, _ = day.isocalendar()
        return Resolved(f"{iso_year}-W{iso_week:02d}", "week", start, start + timedelta(days=6), True)
    day = ref.start + timedelta(days=amount)
    return Resolved(day.isoformat(), "day", day, day, True)


def _window(ref: Ref, unit: str, amount: int) -> Resolved | None:
    """A window of `amount` units after (amount > 0) or before the reference."""
    if ref.precision not in WINDOW_NEEDS[unit]:
        return None
    step = {"day": lambda d, n: d + timedelta(days=n), "week": lambda d, n: d + timedelta(weeks=n),
            "month": _add_months, "year": lambda d, n: _add_months(d, 12 * n)}[unit]
    if amount > 0:
        start = ref.end + timedelta(days=1)
        end = step(ref.end, amount)
    else:
        start = step(ref.start, amount)
        end = ref.start - timedelta(days=1)
    if end < start:
        start, end = end, start
    return Resolved(*_window_value(start, end), start, end, True)


def _window_value(start: date, end: date) -> tuple[str, str]:
    if (start.year, start.month) == (end.year, end.month):
        return f"{start:%Y-%m}", "month"
    days_per_year: dict[int, int] = {}
    for year in range(start.year, end.year + 1):
        first, last = max(start, date(year, 1, 1)), min(end, date(year, 12, 31))
        days_per_year[year] = (last - first).days + 1
    return str(max(days_per_year, key=lambda y: (days_per_year[y], y))), "year"


def _resolve(candidate: Candidate, ctx: Context) -> Resolved | None:
    handler = HANDLERS[candidate.rule]
    return handler(candidate.match.groupdict(), candidate, ctx)


def _day_value(year: int | None, month: int, day: int, relative: bool) -> Resolved | None:
    if year is None:
        return Resolved(None, "day", relative=True)
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return Resolved(when.isoformat(), "day", when, when, relative)


def _full_year(short: str, ctx: Context) -> int:
    value = int(short)
    if len(short) == 4:
        return value
    ref = ctx.anchor
    limit = (ref.year % 100) if ref else 30
    return (2000 if value <= limit else 1900) + value if ref is None or ref.year >= 2000 else 1900 + value


def _h_iso(g, c, ctx):
    return _day_value(int(g["y"]), int(g["m"]), int(g["d"]), False)


def _h_numeric(g, c, ctx):
    return _day_value(_full_year(g["y"], ctx), int(g["m"]), int(g["d"]), False)


def _h_numeric_noyear(g, c, ctx):
    month, day = int(g["m"]), int(g["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return _day_without_year(month, day, c, ctx)


def _day_without_year(month: int, day: int, c: Candidate, ctx: Context) -> Resolved | None:
    def period(year: int) -> tuple[date, date]:
        when = date(year, month, min(day, _last_day(year, month)))
        return when, when
    year = _pick_year(period, ctx, c.start)
    return _day_value(year, month, day, True)


def _h_day_month(g, c, ctx):
    month = ctx.lex.month_number(g["mon"])
    day = int(g["d"])
    if not 1 <= day <= 31:
        return None
    if g.get("year"):
        return _day_value(int(g["year"]), month, day, False)
    if g.get("rely"):
        return _day_value(_year_of_phrase(g["rely"], ctx), month, day, True)
    return _day_without_year(month, day, c, ctx)


def _h_month(g, c, ctx):
    lex = ctx.lex
    month = lex.month_number(g["mon"])
    part = lex.part_words.get(g.get("part") or "")
    period = _month_period(month, part, lex)
    value = lambda y: f"{y}-{month:02d}"  # noqa: E731
    if g.get("year"):
        year = int(g["year"])
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return None
        resolved = _resolve_period(value, "month", period, year)
        return resolved
    if g.get("rely"):
        year = _year_of_phrase(g["rely"], ctx)
    else:
        rel = lex.relative.get(g.get("rel") or "")
        # the value is the month, so the whole month decides the year: "Mitte Oktober" in a
        # past sentence of 10 October is this October even though its middle lies ahead
        year = _pick_year(_month_period(month, None, lex), ctx, c.start, rel)
    resolved = _resolve_period(value, "month", period, year)
    resolved.relative = True
    return resolved


def _h_season(g, c, ctx):
    lex = ctx.lex
    name = g.get("season") or g["season2"].capitalize()
    season = lex.seasons.get(name) or lex.seasons.get(name[:1].upper() + name[1:])
    if season is None:
        return None
    part = lex.season_parts.get(g.get("pre") or g.get("adj") or "") or lex.part_words.get(g.get("part") or "")
    period = _season_period(season["months"], part, lex)
    value = lambda y: f"{y}-{season['code']}"  # noqa: E731
    if g.get("year"):
        return _resolve_period(value, "season", period, int(g["year"]))
    if g.get("rely"):
        year = _year_of_phrase(g["rely"], ctx)
    else:
        year = _pick_year(period, ctx, c.start, lex.relative.get(g.get("rel") or ""))
    resolved = _resolve_period(value, "season", period, year)
    resolved.relative = True
    return resolved


def _year_of_phrase(phrase: str, ctx: Context) -> int | None:
    """The year of "letzten Jahres", "des folgenden Jahres", "desselben Jahres", "des Jahres 1939"."""
    digits = re.search(r"\d{4}", phrase)
    if digits:
        return int(digits.group())
    words = phrase.split()
    deictic = next((ctx.lex.deictic_units[w] for w in words if w in ctx.lex.deictic_units), None)
    if deictic:  # "des Vorjahres"
        ref = ctx.reference()
        return ref.year + deictic[1] if ref else None
    word = next((w for w in words if w in ctx.lex.relative), None)
    ref = ctx.reference() if word is not None and word not in ctx.lex.anaphoric else ctx.anaphoric()
    if ref is None:
        return None
    return ref.year + (ctx.lex.relative[word] if word else 0)


def _ordinal(g, lex: Lexicon, highest: int) -> int | None:
    number = int(g["ordn"]) if g.get("ordn") else lex.ordinals.get(g.get("ord") or "")
    return number if number is not None and 1 <= number <= highest else None


def _h_half(g, c, ctx):
    half = _ordinal(g, ctx.lex, 2)
    if half is None:
        return None
    return _numbered_period(g, c, ctx, _span_period(6 * half - 5, 6 * half), lambda y: f"{y}-H{half}", "halfyear")


def _h_quarter(g, c, ctx):
    quarter = _ordinal(g, ctx.lex, 4)
    if quarter is None:
        return None
    return _numbered_period(g, c, ctx, _span_period(3 * quarter - 2, 3 * quarter),
                            lambda y: f"{y}-Q{quarter}", "quarter")


def _numbered_period(g, c, ctx, period, value, precision):
    if g.get("year"):
        return _resolve_period(value, precision, period, int(g["year"]))
    if g.get("rely"):
        year = _year_of_phrase(g["rely"], ctx)
    else:
        year = _pick_year(period, ctx, c.start)
    resolved = _resolve_period(value, precision, period, year)
    resolved.relative = True
    return resolved


def _h_decade(g, c, ctx):
    lex = ctx.lex
    relative = False
    if g.get("dec"):
        first = int(g["dec"])
    else:
        tens = int(g["dec2"][0]) if g.get("dec2") else lex.decade_words[g["decw"]]
        ref = ctx.reference()
        if ref is None:
            return Resolved(None, "decade", relative=True)
        century = ref.year // 100 * 100
        first = century + 10 * tens if century + 10 * tens <= ref.year else century - 100 + 10 * tens
        relative = True
    if not FIRST_YEAR <= first <= LAST_YEAR:
        return None
    start, end = date(first, 1, 1), date(first + 9, 12, 31)
    part = lex.part_words.get(g.get("part") or "")
    if part:
        low, high = lex.parts["decade"][part]
        start, end = date(first + low, 1, 1), date(first + high, 12, 31)
    return Resolved(str(first // 10), "decade", start, end, relative)


def _h_century(g, c, ctx):
    number = int(g["c"])
    if not 2 <= number <= 21:
        return None
    first = 100 * (number - 1)
    return Resolved(f"{number - 1:02d}", "century", date(first, 1, 1), date(first + 99, 12, 31))


def _h_year(g, c, ctx):
    year = int(g["year"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    part = ctx.lex.part_words.get(g.get("part") or "")
    start, end = _year_period(part, ctx.lex)(year)
    return Resolved(str(year), "year", start, end)


def _h_year_short(g, c, ctx):
    previous = re.search(r"(\d{4})/$", ctx.doc.text[max(0, c.start - 5):c.start])
    if not previous:
        return None
    first = int(previous.group(1))
    year = first // 100 * 100 + int(g["yy"])
    if year <= first:
        year += 100
    if year - first > 10:
        return None
    return Resolved(str(year), "year", date(year, 1, 1), date(year, 12, 31))


def _h_compound_year(g, c, ctx):
    _unit, part = ctx.lex.part_compounds[g["compound"]]
    year = int(g["year"])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    start, end = _year_period(part, ctx.lex)(year)
    return Resolved(str(year), "year", start, end)


def _h_holiday(g, c, ctx):
    month, day = ctx.lex.holidays[g["hol"]]
    if g.get("year"):
        return _day_value(int(g["year"]), month, day, False)
    return _day_without_year(month, day, c, ctx)


def _h_relative_unit(g, c, ctx):
    lex = ctx.lex
    unit, amount = lex.units[g["unit"]], lex.relative[g["rel"]]
    ref = ctx.anaphoric() if g["rel"] in lex.anaphoric else ctx.reference()
    resolved = _shift(ref, unit, amount) if ref else None
    if resolved is None:
        return Resolved(None, unit, relative=True)
    part = lex.part_words.get(g.get("part") or "")
    if part and unit in ("year", "month", "week"):
        return _narrowed(resolved, unit, part, lex)
    return resolved


def _narrowed(resolved: Resolved, unit: str, part: str, lex: Lexicon) -> Resolved:
    """The start, middle or end of a resolved year, month or week ("Ende vergangener Woche")."""
    if unit == "week":
        low, high = lex.parts["week"][part]
        monday = resolved.start
        resolved.start, resolved.end = monday + timedelta(days=low), monday + timedelta(days=high)
        return resolved
    year, month = resolved.start.year, resolved.start.month
    period = _year_period(part, lex) if unit == "year" else _month_period(month, part, lex)
    resolved.start, resolved.end = period(year)
    return resolved


def _h_part_of_unit(g, c, ctx):
    unit = "year" if g["unit"] == "Jahres" else "month"
    return _part_of_reference(unit, g["part"], ctx)


def _h_part_compound(g, c, ctx):
    unit, part = ctx.lex.part_compounds[g["compound"]]
    return _part_of_reference(unit, ctx.lex.part_words.get(part, part), ctx)


def _part_of_reference(unit: str, part_word: str, ctx: Context) -> Resolved:
    ref = ctx.reference()
    resolved = _shift(ref, unit, 0) if ref else None
    if resolved is None:
        return Resolved(None, unit, relative=True)
    part = ctx.lex.part_words.get(part_word, part_word)
    if part in ("start", "middle", "end"):
        resolved = _narrowed(resolved, unit, part, ctx.lex)
    return resolved


def _h_window(g, c, ctx):
    lex = ctx.lex
    unit = lex.plural_units[g["punit"]]
    amount = _number(g["n"], lex) if g.get("n") else lex.vague_window
    direction = lex.relative[g["rel"]]
    if not amount or direction == 0:
        return None
    ref = ctx.anaphoric() if g["rel"] in lex.anaphoric else ctx.reference()
    resolved = _window(ref, unit, direction * amount) if ref else None
    return resolved or Resolved(None, unit, relative=True)


def _h_ago(g, c, ctx):
    return _counted_step(g, ctx, ctx.reference(), -1)


def _h_later(g, c, ctx):
    return _counted_step(g, ctx, ctx.anaphoric(), 1 if g["dir"] in ctx.lex.later else -1)


def _counted_step(g, ctx: Context, ref: Ref | None, sign: int) -> Resolved | None:
    """N units from a reference: "vor drei Wochen" (a week), "zwei Wochen später" (a day after a day)."""
    lex = ctx.lex
    unit = lex.plural_units.get(g["punit"]) or lex.units.get(g["punit"])
    amount = _number(g["n"], lex)
    if unit is None or amount is None:
        return None
    if g.get("dir") and unit == "week" and ref is not None and ref.precision == "day":
        unit, amount = "day", 7 * amount
    resolved = _shift(ref, unit, sign * amount) if ref else None
    return resolved or Resolved(None, unit, relative=True)


def _h_deictic_day(g, c, ctx):
    offset = ctx.lex.deictic_days[g["dd"].lower()]
    ref = ctx.reference(deictic=True)
    resolved = _shift(ref, "day", offset) if ref else None
    return resolved or Resolved(None, "day", relative=True)


def _h_deictic_unit(g, c, ctx):
    unit, offset = ctx.lex.deictic_units[g["du"]]
    ref = ctx.reference()
    resolved = _shift(ref, unit, offset) if ref else None
    return resolved or Resolved(None, unit, relative=True)


def _h_weekend(g, c, ctx):
    """Saturday and Sunday around the anchor day, chosen like a weekday (Saturday)."""
    saturday = _h_weekday({**g, "wd": None}, c, ctx, weekday=5)
    if saturday is None or saturday.value is None:
        return Resolved(None, "week", relative=True)
    start = saturday.start
    iso_year, iso_week, _ = start.isocalendar()
    return Resolved(f"{iso_year}-W{iso_week:02d}", "week", start, start + timedelta(days=1), True)


def _h_weekday(g, c, ctx, weekday: int | None = None):
    lex = ctx.lex
    weekday = lex.weekdays[g["wd"]] if weekday is None else weekday
    rel = lex.relative.get(g.get("rel") or "")
    ref = ctx.reference(deictic=True) if not ctx.narrative else ctx.anaphoric()
    if ref is None or ref.precision != "day":
        return Resolved(None, "day", relative=True)
    day = ref.start
    week_rel = lex.relative.get(g.get("wrel") or "")
    if week_rel is not None:  # "Dienstag vergangener Woche": that weekday of the named week
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=week_rel)
        when = monday + timedelta(days=weekday)
        return Resolved(when.isoformat(), "day", when, when, True)
    forward = rel == 1 or (rel != -1 and ctx.future(c.start))
    if forward:
        delta = (weekday - day.weekday()) % 7 or (7 if rel == 1 else 0)
        when = day + timedelta(days=delta)
    else:
        delta = (day.weekday() - weekday) % 7 or (7 if rel == -1 else 0)
        when = day - timedelta(days=delta)
    return Resolved(when.isoformat(), "day", when, when, True)


HANDLERS: dict[str, Callable[[dict, Candidate, Context], Resolved | None]] = {
    "iso": _h_iso, "numeric": _h_numeric, "numeric_noyear": _h_numeric_noyear,
    "day_month": _h_day_month, "day_list": _h_day_month, "month_list": _h_month, "month": _h_month,
    "season": _h_season, "half": _h_half, "half_code": _h_half, "quarter": _h_quarter,
    "quarter_code": _h_quarter, "decade": _h_decade, "century": _h_century, "part_year": _h_year,
    "year_noun": _h_year, "year": _h_year, "year_short": _h_year_short,
    "relative_unit": _h_relative_unit, "part_of_unit": _h_part_of_unit,
    "part_compound": _h_part_compound, "compound_year": _h_compound_year, "holiday": _h_holiday,
    "window": _h_window, "ago": _h_ago, "later": _h_later,
    "deictic_day": _h_deictic_day, "deictic_unit": _h_deictic_unit, "weekday": _h_weekday,
    "weekend": _h_weekend,
}


# ---------------------------------------------------------------- the step

def candidates(text: str, lex: Lexicon, counted: list[Span] = ()) -> list[Candidate]:
    """Non-overlapping time expression candidates, longest first where they compete."""
    found: list[Candidate] = []
    counted = Covered(counted)
    for rule, match in lex.scanner.finditer(text):
        if match.end() > match.start() and _plausible(rule, match, text, lex, counted):
            found.append(Candidate(rule, match, match.start(), match.end()))
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    chosen: list[Candidate] = []
    taken: list[tuple[int, int]] = []
    for candidate in found:
        if all(candidate.end <= s or e <= candidate.start for s, e in taken):
            chosen.append(candidate)
            taken.append((candidate.start, candidate.end))
    chosen.sort(key=lambda c: c.start)
    return chosen


def find_times(doc: Doc, narrative: bool = False) -> None:
    """Set `doc.anchor` and fill `doc.times` with resolved time expressions."""
    lex = lexicon(doc.data["time"] if "time" in doc.data else lang.load("de")["time"])
    published = doc.article.published
    found = candidates(doc.text, lex, [q.span for q in doc.quantities])
    if published and _ref_from_iso(published):
        doc.anchor = (published, bool(doc.article.published_inferred))
    else:
        inferred = _infer_from(doc.text, found, lex)
        doc.anchor = (inferred, True) if inferred else None
    ctx = Context(doc, lex, _ref_from_iso(doc.anchor[0]) if doc.anchor else None, narrative)
    times: list[TimeRef] = []
    for candidate in found:
        try:
            resolved = _resolve(candidate, ctx)
        except (ValueError, OverflowError, KeyError):
            resolved = None
        if resolved is None:
            continue
        ref = TimeRef(
            span=Span(candidate.start, candidate.end),
            text=doc.text[candidate.start:candidate.end],
            value=resolved.value,
            precision=resolved.precision,
            start=resolved.start.isoformat() if resolved.start else None,
            end=resolved.end.isoformat() if resolved.end else None,
            relative=resolved.relative,
            future=not resolved.relative and _in_forecast(doc, candidate.start, lex),
        )
        times.append(ref)
        if ref.value is not None and candidate.rule not in ("window", "deictic_day"):
            ctx.last = _ref_from_timeref(ref) or ctx.last
    doc.times = times


def infer_publication_date(text: str, lex: Lexicon | None = None) -> str | None:
    """The article's date from its text: a dateline near the top, else the latest
    explicit full date outside future sentences; None when there is none."""
    lex = lex or lexicon(lang.load("de")["time"])
    return _infer_from(text, candidates(text, lex), lex)


def _infer_from(text: str, found: list[Candidate], lex: Lexicon) -> str | None:
    found = [c for c in found if c.rule in ("iso", "numeric", "day_month")
             and (c.rule != "day_month" or c.match.group("year"))]
    dates: list[tuple[date, int]] = []
    kept: list[Candidate] = []
    for candidate in found:
        g = candidate.match.groupdict()
        try:
            if candidate.rule == "day_month":
                when = date(int(g["year"]), lex.month_number(g["mon"]), int(g["d"]))
            else:
                year = int(g["y"]) if len(g["y"]) == 4 else None
                if year is None:
                    continue
                when = date(year, int(g["m"]), int(g["d"]))
        except ValueError:
            continue
        dates.append((when, candidate.start))
        kept.append(candidate)
    if not dates:
        return None
    for (when, start), candidate in zip(dates, kept):
        if start < 300 and _is_dateline(text, start, candidate.end, lex):
            return when.isoformat()
    doc_stub = _TextOnly(text)
    plain = [when for when, start in dates if not _future_sentence(doc_stub, start, lex)]
    return max(plain).isoformat() if plain else None


PREPOSITION_END_RE = re.compile(r"\b(?:[Aa]m|[Vv]om|[Bb]is|[Ss]eit|[Aa]b|[Zz]um|[Vv]or|[Nn]ach)\s*$")


def _is_dateline(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A date on its own at the top: "Stand: 14.02.2025", "Berlin, 14. Februar 2025 –"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    prefix = text[line_start:start]
    suffix = text[end:line_end if line_end >= 0 else len(text)].strip()
    if set(re.findall(r"\w+", prefix)) & lex.dateline_cues:
        return True
    if len(prefix) > 40 or PREPOSITION_END_RE.search(prefix) or re.search(r"\b[a-zäöü]", prefix):
        return False
    return len(suffix) <= 25 or suffix.startswith(("–", "-", "—", "|", "("))


class _TextOnly:
    """Just enough of a Doc for sentence bounds over plain text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.sentences: list[Span] = []


def _in_forecast(doc: Doc, offset: int, lex: Lexicon) -> bool:
    """A date written out in a forecast sentence, not made past on purpose by the word before it."""
    start, end = _sentence_bounds(doc, offset)
    before = re.findall(r"\w+", doc.text[max(start, offset - 30):offset])
    if before and before[-1].lower() in lex.past_markers:
        return False
    words = set(re.findall(r"\w+", doc.text[start:end]))
    if words & lex.forecast_cues:
        return True
    return bool(words & lex.plan_modals) and not words & lex.hearsay_perfect


def _future_sentence(doc: Any, offset: int, lex: Lexicon) -> bool:
    start, end = _sentence_bounds(doc, offset)
    return bool(set(re.findall(r"\w+", doc.text[start:end])) & lex.future_cues)
