"""Time expressions scored against TIMEX2 gold (WikiWarsDE), with dateparser side by side.

Input: JSON lines, one document each: doc_id, dct (document creation time), text,
timex2[] with start/end character offsets into text and the TIMEX2 `val`.

Measures per system:
- detection precision/recall/F1, strict (exact span) and lenient (overlap), over
  all gold timexes, plus lenient recall over the gold whose value is in scope;
- value accuracy on lenient matches whose gold value is in scope: calendar dates
  at any precision, seasons, half-years, quarters, ISO weeks, decades, centuries.
  Durations (P3Y), sets, PRESENT/PAST/FUTURE_REF, BC dates and values with
  unknown parts (XX) are skipped and counted per kind. Values compare at the
  gold's precision: a system day 1939-09-01 is right for gold 1939-09. dateparser
  always returns a full datetime, so it is compared the same way (generous to it);
- speed in words per second.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable

from lagebild.analysis import make_doc
from lagebild.analysis.times import find_times
from lagebild.evaluation.metrics import prf
from lagebild.model import Article

DEFAULT_CORPUS = Path("../shared/corpora/wikiwarsde_timex/wikiwarsde_timex2.jsonl")
SEASON_OF_MONTH = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                   9: "FA", 10: "FA", 11: "FA"}
REFERENCE_VALUES = {"PRESENT_REF", "PAST_REF", "FUTURE_REF"}
VALUE_SHAPES = (
    ("date", re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")),
    ("season", re.compile(r"\d{4}-(?:SP|SU|FA|WI)")),
    ("halfyear", re.compile(r"\d{4}-H[12]")),
    ("quarter", re.compile(r"\d{4}-Q[1-4]")),
    ("week", re.compile(r"\d{4}-W\d{2}")),
    ("decade", re.compile(r"\d{3}")),
    ("century", re.compile(r"\d{2}")),
)


class TimexError(ValueError):
    """A corpus file that cannot be read; the message names the file and the problem."""


@dataclass(slots=True)
class GoldTimex:
    start: int
    end: int
    text: str
    value: str | None  # normalised, None when out of scope
    kind: str  # date/season/... or the reason it is skipped


@dataclass(slots=True)
class SystemTimex:
    start: int
    end: int
    value: Any  # ISO string (lagebild) or datetime (dateparser) or None


@dataclass(slots=True)
class Tally:
    system: int = 0
    gold: int = 0
    strict: int = 0
    lenient: int = 0
    gold_in_scope: int = 0
    lenient_in_scope: int = 0
    value_pairs: int = 0
    value_correct: int = 0
    words: int = 0
    seconds: float = 0.0
    failures: int = 0

    def add(self, other: Tally) -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        return {
            "strict": prf(self.strict, self.system, gold=self.gold),
            "lenient": prf(self.lenient, self.system, gold=self.gold),
            "recall_in_scope": round(self.lenient_in_scope / self.gold_in_scope, 4) if self.gold_in_scope else 0.0,
            "value_accuracy": round(self.value_correct / self.value_pairs, 4) if self.value_pairs else 0.0,
            "value_correct": self.value_correct,
            "value_pairs": self.value_pairs,
            "system": self.system,
            "gold": self.gold,
            "words": self.words,
            "seconds": round(self.seconds, 3),
            "words_per_second": round(self.words / self.seconds) if self.seconds else None,
            "failed_documents": self.failures,
        }


@dataclass(slots=True)
class TimexReport:
    corpus: str
    documents: int
    skipped_gold: Counter = field(default_factory=Counter)
    systems: dict[str, Tally] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "documents": self.documents,
            "skipped_gold": dict(self.skipped_gold.most_common()),
            "systems": {name: tally.as_dict() for name, tally in self.systems.items()},
        }


# ---------------------------------------------------------------- gold

def normalise_gold(val: str | None, attributes: dict[str, Any] | None = None) -> tuple[str | None, str]:
    """(normalised value, kind) for a TIMEX2 val; value None and the skip reason when out of scope."""
    attributes = attributes or {}
    if str(attributes.get("set", "")).lower() == "yes":
        return None, "set"
    if not val:
        return None, "empty"
    if val in REFERENCE_VALUES:
        return None, "reference"
    if val.startswith("P"):
        return None, "duration"
    if val.startswith("BC"):
        return None, "bc"
    if "X" in val:
        return None, "underspecified"
    value = val.split("T", 1)[0]  # a time of day counts as its date
    for kind, shape in VALUE_SHAPES:
        if shape.fullmatch(value):
            return value, kind
    return None, "other"


def read_corpus(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as error:
        raise TimexError(f"{path}: cannot read ({error.strerror or error})") from None
    documents = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record.get("text"), str) or not isinstance(record.get("timex2"), list):
                raise ValueError("needs 'text' and 'timex2'")
        except (ValueError, AttributeError) as error:
            raise TimexError(f"{path}:{number}: not a timex document ({error})") from None
        documents.append(record)
    if not documents:
        raise TimexError(f"{path}: no documents")
    return documents


def gold_timexes(record: dict[str, Any]) -> list[GoldTimex]:
    gold = []
    for item in record["timex2"]:
        value, kind = normalise_gold(item.get("val"), item)
        gold.append(GoldTimex(int(item["start"]), int(item["end"]), item.get("text", ""), value, kind))
    return gold


def _dct(record: dict[str, Any]) -> datetime | None:
    try:
        return datetime.fromisoformat(str(record.get("dct", "")))
    except ValueError:
        return None


# ---------------------------------------------------------------- systems

def lagebild_system(narrative: bool) -> Callable[[str, datetime | None], list[SystemTimex]]:
    def run(text: str, dct: datetime | None) -> list[SystemTimex]:
        article = Article(id="timex", text=text, published=dct.date().isoformat() if dct else None)
        doc = make_doc(article)
        find_times(doc, narrative=narrative)
        return [SystemTimex(t.span.start, t.span.end, t.value) for t in doc.times]
    return run


def dateparser_system(text: str, dct: datetime | None) -> list[SystemTimex]:
    from dateparser.search import search_dates  # a dev dependency: imported only when compared

    settings = {"RELATIVE_BASE": dct} if dct else {}
    found = search_dates(text, languages=["de"], settings=settings) or []
    result, cursor = [], 0
    for matched, when in found:
        position = text.find(matched, cursor)
        if position < 0:
            position = text.find(matched)
        if position < 0:
            continue
        result.append(SystemTimex(position, position + len(matched), when))
        cursor = position + len(matched)
    return result


# ---------------------------------------------------------------- scoring

def value_matches(gold_value: str, gold_kind: str, system_value: Any) -> bool:
    """Whether a system value (ISO string or datetime) gives the gold value at its precision."""
    if system_value is None:
        return False
    if isinstance(system_value, (datetime, date)):
        return _datetime_as(gold_kind, gold_value, system_value) == gold_value
    value = str(system_value)
    if gold_kind == "date":
        return re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", value) is not None and \
            len(value) >= len(gold_value) and value[:len(gold_value)] == gold_value
    return value == gold_value


def _datetime_as(kind: str, gold_value: str, when: date) -> str:
    if kind == "date":
        return when.strftime("%Y-%m-%d")[:len(gold_value)]
    if kind == "season":
        year = when.year - 1 if when.month in (1, 2) else when.year
        return f"{year}-{SEASON_OF_MONTH[when.month]}"
    if kind == "halfyear":
        return f"{when.year}-H{1 if when.month <= 6 else 2}"
    if kind == "quarter":
        return f"{when.year}-Q{(when.month - 1) // 3 + 1}"
    if kind == "week":
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}"
    if kind == "decade":
        return f"{when.year // 10:03d}"
    return f"{when.year // 100:02d}"


def score_document(gold: list[GoldTimex], system: list[SystemTimex]) -> Tally:
    tally = Tally(system=len(system), gold=len(gold))
    tally.gold_in_scope = sum(1 for g in gold if g.value is not None)
    exact = {(g.start, g.end) for g in gold}
    tally.strict = len({(s.start, s.end) for s in system} & exact)
    used: set[int] = set()
    for item in sorted(system, key=lambda s: (s.start, s.end)):
        match = next((i for i, g in enumerate(gold)
                      if i not in used and g.start < item.end and item.start < g.end), None)
        if match is None:
            continue
        used.add(match)
        tally.lenient += 1
        target = gold[match]
        if target.value is not None:
            tally.lenient_in_scope += 1
            tally.value_pairs += 1
            tally.value_correct += value_matches(target.value, target.kind, item.value)
    return tally


def evaluate_timex(path: Path, systems: dict[str, Callable[[str, datetime | None], list[SystemTimex]]],
                   limit: int | None = None,
                   progress: Callable[[str], None] | None = None) -> TimexReport:
    documents = read_corpus(path)[:limit] if limit else read_corpus(path)
    report = TimexReport(corpus=str(path), documents=len(documents))
    report.systems = {name: Tally() for name in systems}
    for record in documents:
        gold = gold_timexes(record)
        report.skipped_gold.update(g.kind for g in gold if g.value is None)
        text, dct = record["text"], _dct(record)
        words = len(text.split())
        for name, system in systems.items():
            if progress:
                progress(f"{record.get('doc_id', '?')}: {name}")
            began = time.perf_counter()
            try:
                found = system(text, dct)
            except Exception:  # one failing document must not stop the comparison
                found = []
                report.systems[name].failures += 1
            elapsed = time.perf_counter() - began
            tally = score_document(gold, found)
            tally.words, tally.seconds = words, elapsed
            report.systems[name].add(tally)
    return report


def default_systems(with_dateparser: bool = True) -> dict[str, Callable[[str, datetime | None], list[SystemTimex]]]:
    systems = {"lagebild (news)": lagebild_system(False), "lagebild (narrative)": lagebild_system(True)}
    if with_dateparser:
        systems["dateparser"] = dateparser_system
    return systems


def report_rows(report: TimexReport) -> Iterable[dict[str, Any]]:
    for name, tally in report.systems.items():
        numbers = tally.as_dict()
        yield {
            "system": name,
            "strict P": numbers["strict"]["precision"], "strict R": numbers["strict"]["recall"],
            "strict F1": numbers["strict"]["f1"],
            "lenient P": numbers["lenient"]["precision"], "lenient R": numbers["lenient"]["recall"],
            "lenient F1": numbers["lenient"]["f1"],
            "R in scope": numbers["recall_in_scope"],
            "value acc": numbers["value_accuracy"],
            "values": f"{numbers['value_correct']}/{numbers['value_pairs']}",
            "found": numbers["system"],
            "words/s": numbers["words_per_second"],
        }
