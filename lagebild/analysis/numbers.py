"""Counted quantities: numbers with qualifiers as intervals.

Every number-like stretch of the text (digits, number words, vague plurals) is an
*atom*. An atom grows into a quantity with a scale word after it ("1,5 Millionen"),
a qualifier before it ("etwa", "bis zu"), or a second atom that makes a range
("10.000 bis 20.000", "zwischen 200 und 300"). Then the words around it decide
whether it is a count at all: years, dates, times, ages, money, percentages,
units, scores, votes, labels ("Artikel 5"), phone numbers and list numbers are
not. All words come from ``lang/<code>/numbers.toml``.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Mapping

from lagebild import lang
from lagebild.analysis.doc import Doc
from lagebild.analysis.sentences import EMAIL_PATTERN, URL_PATTERN, sentence_spans
from lagebild.model import Quantity, Span

WINDOW = 40  # characters looked at before a number for qualifiers and context words
UNIT_TOKEN_RE = re.compile(r"[^\S\n]*(%|‰|€|\$|£|¥|°C?|[^\W\d_][\w./²³-]*)")
PREVIOUS_TOKEN_RE = re.compile(r"(\S+?)[^\S\n]*$")
# A phone number: "+49 30 123456", "(0 51 36) 88 61 41", "030/123 456". (The look-behind
# follows the 0 so that every branch starts with a literal the scanner can skip to.)
PHONE_RE = re.compile(r"(?:\+\d|\(0|0(?<![\d.,]0))[\d()/ -]{5,}\d")
PHONE_BEFORE_RE = re.compile(r"(?:\+\d+|(?<![\d.,])0\d+)(?:[ /-]\d+)*[ /-]$")
FOLLOWING_WORD_RE = re.compile(r"\s+([^\W\d_][\w-]*)")
URL_OR_EMAIL_RE = re.compile(f"{URL_PATTERN}|{EMAIL_PATTERN}")


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: Decimal
    kind: str  # "digits" | "word" | "one" | "vague"
    raw: str


class NumberGrammar:
    """Number patterns and context words of one language, compiled once."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        numbers = data.get("numbers", {})
        self.enabled = bool(numbers)
        fmt = numbers.get("format", {})
        self.thousands = fmt.get("thousands", ".")
        self.decimal = fmt.get("decimal", ",")
        group_marks = [*fmt.get("thousands_spaces", ()), *fmt.get("thousands_marks", ())]
        spaces = "".join(re.escape(s) for s in group_marks)
        self.group_mark_re = re.compile(f"[{spaces}]" if spaces else "(?!)")
        words = numbers.get("words", {})
        self.parts: dict[str, tuple[str, Decimal]] = {}
        for kind in ("add", "multiply", "group", "join"):
            for word, value in words.get(kind, {}).items():
                self.parts[word.lower()] = (kind, Decimal(str(value)))
        self.digits_max = Decimal(str(words.get("digits_max", 9)))
        self.one = {w.lower() for w in words.get("one", ())}
        self.one_triggers = {w.lower() for w in words.get("one_triggers", ())}
        self.scales = {self._key(w): Decimal(str(v)) for w, v in numbers.get("scales", {}).items()}
        self.vague = {w.lower(): Decimal(str(v)) for w, v in numbers.get("vague", {}).items()}
        modifiers = numbers.get("vague_modifiers", {})
        self.vague_bases = {w.lower(): Decimal(str(v)) for w, v in modifiers.get("bases", {}).items()}
        qualifiers = numbers.get("qualifiers", {})
        self.qualifier_of = {q.lower(): kind for kind, phrases in qualifiers.items() for q in phrases}
        ranges = numbers.get("ranges", {})
        exclude = numbers.get("exclude", {})
        self.units = {u.lower() for u in exclude.get("units", ()) if not u.endswith("*")}
        self.unit_prefixes = tuple(u[:-1].lower() for u in exclude.get("units", ()) if u.endswith("*"))
        self.labels = {w.lower() for w in exclude.get("labels", ())}
        self.label_suffixes = tuple(w.lower() for w in exclude.get("label_suffixes", ())) or ("\0",)
        self.age_with = {w.lower() for w in exclude.get("age_with", ())}
        self.place_prepositions = {w.lower() for w in exclude.get("place_prepositions", ())}
        self.age_max = exclude.get("age_max", 120)
        self.verb_endings = tuple(exclude.get("verb_endings", ())) or ("\0",)
        self.adjective_endings = tuple(exclude.get("adjective_endings", ())) or ("\0",)
        self.first_adjective_endings = tuple(exclude.get("adjective_endings_at_sentence_start", ())) or ("\0",)
        self.currency_before = set(exclude.get("currency_before", ()))
        time_data = data.get("time", {})
        months = set(time_data.get("months", {})) | set(time_data.get("month_abbreviations", {}))
        self.months = {m.lower() for m in months}
        self.year_context = {w.lower() for w in exclude.get("year_context", ())} | self.months
        self.year_low, self.year_high = exclude.get("year_range", (1900, 2100))
        self.count_compounds = tuple(c.rstrip("*").lower() for c in exclude.get("count_compounds", ()))
        self.function_words = {w.lower() for w in exclude.get("function_words", ())}

        def alternation(phrases: Any) -> str:
            ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
            return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered) or "(?!)"

        thousands, decimal = re.escape(self.thousands), re.escape(self.decimal)
        # Digits of any shape, classified later; a charset first keeps the scan fast.
        self.digits_re = re.compile(r"\d+(?:[.,:/]\d+)*")
        self.space_groups_re = re.compile(rf"(?:[{spaces}]\d{{3}})+(?!\d|{decimal}\d|{thousands}\d)"
                                          if spaces else "(?!)")
        # Number words: literal alternatives in both initial cases (no IGNORECASE, so
        # the regex engine can skip on the first letter); word starts are checked after.
        morphs = [w for w, (k, _) in self.parts.items() if k != "join"]
        joins = [w for w, (k, _) in self.parts.items() if k == "join"]
        whole_words = [*self.vague, *self.one, *self.vague_bases, *morphs]
        first = lang.trie_pattern(_both_cases(whole_words))
        morph = lang.trie_pattern(morphs)
        join = "|".join(map(re.escape, joins)) or "(?!)"
        # Bounded repeats: no number word has more parts; keeps odd long words linear.
        self.word_atom_re = re.compile(rf"{first}(?:{morph}){{0,8}}(?:(?:{join})(?:{morph}){{1,4}}){{0,3}}(?!\w|-\w)")
        # Short scale words are abbreviations and may carry their dot ("Mio.").
        scale_words = "|".join(re.escape(w) + (r"\.?" if len(w) <= 3 else "")
                               for w in sorted(self.scales, key=len, reverse=True)) or "(?!)"
        self.scale_re = re.compile(rf"[^\S\n]+({scale_words})(?![\w])", re.IGNORECASE)
        self.expression_re = re.compile(rf"(?P<number>.*?)(?:[^\S\n]*(?<!\w)(?P<scale>{scale_words}))?",
                                        re.IGNORECASE | re.DOTALL)
        self.qualifier_re = re.compile(rf"(?<![\w.])({alternation(self.qualifier_of)})[^\S\n]+$", re.IGNORECASE)
        after = numbers.get("qualifiers_after", {})
        self.qualifier_after_of = {q.lower(): kind for kind, phrases in after.items() for q in phrases}
        self.qualifier_after_re = re.compile(
            rf"[^\S\n]+({alternation(self.qualifier_after_of)})(?!\w)(?![^\S\n]+als\b)", re.IGNORECASE)
        self.fraction_of = {w.lower(): Decimal(str(v)) for w, v in numbers.get("fractions_before", {}).items()}
        self.fraction_scale_re = re.compile(
            rf"[^\S\n]+({alternation(self.fraction_of)})[^\S\n]+({scale_words})(?![\w])", re.IGNORECASE)
        one_forms = alternation(self.one)
        self.fraction_re = re.compile(
            rf"(?<![\w])(?:(?:{one_forms})[^\S\n]+)?({alternation(self.fraction_of)})[^\S\n]+$", re.IGNORECASE)
        self.vague_modifier_re = re.compile(
            rf"(?<![\w])({alternation(modifiers.get('words', ()))})[^\S\n]+$", re.IGNORECASE)
        self.one_trigger_re = re.compile(rf"(?<![\w])({alternation(self.one_triggers)})[^\S\n]+$", re.IGNORECASE)
        separators = alternation(ranges.get("separators", ()))
        self.range_sep_re = re.compile(rf"[^\S\n]*(?:{separators})[^\S\n]*", re.IGNORECASE)
        between = re.escape(ranges.get("between", "")) or "(?!)"
        self.between_re = re.compile(rf"(?<![\w])({between})[^\S\n]+$", re.IGNORECASE)
        coordinators = alternation(ranges.get("coordinators", ()))
        self.coordinated_re = re.compile(rf"[^\S\n]*(?:{coordinators})[^\S\n]*(?:\d+(?:[.,]\d+)*|[^\W\d_]+)",
                                         re.IGNORECASE)
        alternatives = alternation(ranges.get("alternatives", ()))
        self.alternative_re = re.compile(rf"[^\S\n]+(?:{alternatives or '(?!)'})[^\S\n]+", re.IGNORECASE)
        self.between_and_re = re.compile(rf"[^\S\n]+(?:{re.escape(ranges.get('between_and', '')) or '(?!)'})[^\S\n]+",
                                         re.IGNORECASE)
        ratios = "|".join(exclude.get("ratio_before", ())) or "(?!)"
        self.ratio_before_re = re.compile(rf"(?<![\w-])(?:{ratios})[^\S\n]+$", re.IGNORECASE)
        self.age_re = re.compile(rf"(?<![\w])(?:{alternation(exclude.get('age_before', ()))})[^\S\n]*$", re.IGNORECASE)
        versus = alternation(exclude.get("versus", ()))
        self.versus_after_re = re.compile(rf"[^\S\n]*(?:{versus})[^\S\n]*\d", re.IGNORECASE)
        self.versus_before_re = re.compile(rf"(?<![\w.,])\d+[^\S\n]*(?:{versus})[^\S\n]*$", re.IGNORECASE)
        self.thousands_re = re.compile(rf"\d{{1,3}}(?:{thousands}\d{{3}})+(?:{decimal}\d+)?|\d+(?:{decimal}\d+)?")
        self.suspended_re = re.compile(rf"-[^\S\n]+(?:{alternation(ranges.get('suspended', ()))})[^\S\n]+",
                                       re.IGNORECASE)
        fractions = numbers.get("fractions_of", {})
        self.fraction_nouns = {w.lower(): Decimal(str(v)) for w, v in fractions.get("nouns", {}).items()}
        self.every_ordinals = {w.lower(): Decimal(v) for w, v in fractions.get("ordinals", {}).items()}
        links = alternation(fractions.get("links", ()))
        self.fraction_of_re = re.compile(
            rf"(?<![\w])(?:(?P<count>[^\W\d_]+)[^\S\n]+)?(?P<noun>{alternation(self.fraction_nouns)})"
            rf"[^\S\n]+(?:{links})[^\S\n]+$|(?<![\w])(?P<every>{alternation(fractions.get('every', ()))})[^\S\n]+"
            rf"(?P<ordinal>{alternation(self.every_ordinals)})[^\S\n]+(?:{links})[^\S\n]+$", re.IGNORECASE)
        # Nouns that are counted (lang/<code>/measures.toml): a year is never followed by one,
        # so "2000 verletzte Soldaten" is a count even though "verletzte" looks like a verb.
        measures = data.get("measures", {})
        counted = [p for kind in ("fixed", "role") for patterns in measures.get(kind, {}).values() for p in patterns]
        counted += measures.get("people", {}).get("words", [])
        self.counted_noun_re = re.compile("(?:" + "|".join(counted) + ")$") if counted else re.compile("(?!)")
        # ... when the participle between them names what happened to the counted ("verletzte",
        # "getötete"); "die 2016 angekommenen Migranten" keeps its year
        # "Die Zahl der Verletzten gibt er mit 64 an": after a counting noun "mit 64" is no age
        counting = measures.get("number_of", {}).get("nouns", [])
        self.counting_noun_re = re.compile(r"\b(?:" + "|".join(map(re.escape, counting)) + r")\b") \
            if counting else re.compile("(?!)")
        events = [phrase for entry in measures.get("events", []) if entry.get("strength") == "strong"
                  for phrase in entry.get("phrases", []) if " " not in phrase]
        self.event_participle_re = re.compile("(?:" + "|".join(events) + ")$") if events else re.compile("(?!)")

    @staticmethod
    def _key(word: str) -> str:
        return word.lower().rstrip(".")

    # ---- values -----------------------------------------------------------------

    def digits_value(self, raw: str) -> Decimal | None:
        """Value of German-written digits; None for dates, times, versions, ids."""
        if not self.thousands_re.fullmatch(raw):
            compact = self.group_mark_re.sub("", raw)
            if compact == raw or not compact.isdigit():
                return None
            raw = compact
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
            return None  # 030..., 007: phone numbers and ids
        if raw.isdigit() and len(raw) > 7:
            return None  # long digit strings are ids or phone numbers
        try:
            return Decimal(raw.replace(self.thousands, "").replace(self.decimal, "."))
        except InvalidOperation:
            return None

    def word_value(self, word: str) -> Decimal | None:
        """Value of a number word ("zweihundertfünfzig", "eineinhalb", "Hunderte")."""
        lowered = word.lower()
        if lowered in self.vague:
            return self.vague[lowered]
        if lowered in self.one:
            return Decimal(1)
        if lowered in self.vague_bases:
            return self.vague_bases[lowered]
        parts = self._segment(lowered)
        return None if parts is None else self._evaluate(parts)

    def _segment(self, word: str) -> list[tuple[str, Decimal]] | None:
        if not word:
            return []
        for length in range(len(word), 0, -1):
            part = self.parts.get(word[:length])
            if part is not None:
                rest = self._segment(word[length:])
                if rest is not None:
                    return [part, *rest]
        return None

    def _evaluate(self, parts: list[tuple[str, Decimal]]) -> Decimal | None:
        total = current = Decimal(0)
        previous: tuple[str, Decimal] | None = None
        for index, (kind, value) in enumerate(parts):
            if kind == "join":
                following = parts[index + 1] if index + 1 < len(parts) else None
                if (previous is None or previous[0] != "add" or previous[1] > self.digits_max
                        or following is None or following[0] != "add" or following[1] < 20):
                    return None
            elif kind == "add":
                if previous is not None and previous[0] == "add" and not (
                        value == 10 and previous[1] <= self.digits_max or value < 1):
                    return None  # "zweidrei"; only "dreizehn" and "-einhalb" join directly
                current += value
            elif kind == "multiply":
                current = (current or Decimal(1)) * value
            elif kind == "group":
                total += (current or Decimal(1)) * value
                current = Decimal(0)
            previous = (kind, value)
        return total + current

    # ---- finding ----------------------------------------------------------------

    def atoms(self, text: str) -> list[_Atom]:
        found: list[_Atom] = []
        for match in self.digits_re.finditer(text):
            start, end, raw = match.start(), match.end(), match.group()
            if end - start <= 3 and raw.isdigit():
                groups = self.space_groups_re.match(text, end)
                if groups:
                    end, raw = groups.end(), text[start:groups.end()]
            value = self.digits_value(raw)
            if value is not None:
                found.append(_Atom(start, end, value, "digits", raw))
        for match in self.word_atom_re.finditer(text):
            start = match.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "-_"):
                continue  # inside a word ("Steine", "Nord-Elf")
            raw = match.group()
            lowered = raw.lower()
            kind = "vague" if lowered in self.vague else "one" if lowered in self.one else "word"
            value = self.word_value(raw)
            if value is not None:
                found.append(_Atom(start, match.end(), value, kind, raw))
        found.sort(key=lambda atom: atom.start)
        return found


def _both_cases(words: list[str]) -> list[str]:
    return sorted({form for w in words for form in (w.lower(), w[:1].upper() + w[1:].lower())})


def grammar_for(data: Mapping[str, Any]) -> NumberGrammar:
    return lang.compiled(data, NumberGrammar)


def find_quantities(doc: Doc) -> None:
    grammar = grammar_for(doc.data)
    if not grammar.enabled or not doc.text:
        doc.quantities = []
        return
    sentences = doc.sentences or sentence_spans(doc.text, doc.data)
    doc.quantities = _Finder(doc.text, grammar, sentences).find()


class _Finder:
    """One pass over one text: atoms to quantities, context checks in between."""

    def __init__(self, text: str, grammar: NumberGrammar, sentences: list[Span]) -> None:
        self.text = text
        self.g = grammar
        self.sentence_ends = {s.end for s in sentences}
        self.sentence_starts = {s.start for s in sentences}
        may_link = "@" in text or "www." in text or "://" in text
        self.protected = [m.span() for m in URL_OR_EMAIL_RE.finditer(text)] if may_link else []
        self.protected += [m.span() for m in PHONE_RE.finditer(text)]
        self.protected.sort()
        self.protected_starts = [start for start, _ in self.protected]

    def find(self) -> list[Quantity]:
        atoms = self.g.atoms(self.text)
        quantities: list[Quantity] = []
        index = 0
        last_end = 0
        while index < len(atoms):
            atom = atoms[index]
            index += 1
            if atom.start < last_end:
                continue
            result = self._quantity(atom, atoms[index] if index < len(atoms) else None, last_end)
            if result is None:
                continue
            quantity, consumed_next = result
            if consumed_next:
                index += 1
            last_end = quantity.span.end
            if self._counted(quantity, atom):
                quantities.append(self._fraction(quantity))
        return quantities

    # ---- building ---------------------------------------------------------------

    def _quantity(self, atom: _Atom, following: _Atom | None, last_end: int) -> tuple[Quantity, bool] | None:
        text, g = self.text, self.g
        value, end = self._scaled(atom)
        lo = max(last_end, atom.start - WINDOW)
        if atom.kind == "one" and end == atom.end:
            if g.one_trigger_re.search(text, lo, atom.start) is None:
                return None  # the article "ein", not a count
        if not self._plausible_atom(atom):
            return None
        # A range: "10.000 bis 20.000", "200-300", "zwischen 200 und 300".
        between = g.between_re.search(text, lo, atom.start)
        second: tuple[Decimal, int] | None = None
        suspended = None
        if following is not None and following.kind in ("digits", "word") and self._plausible_atom(following, True):
            joiner = (g.between_and_re if between else g.range_sep_re).match(text, end)
            alternative = None if between else g.alternative_re.match(text, end)
            if joiner and joiner.end() == following.start and self._dash_between_digits(joiner.group(), atom):
                second = self._scaled(following)
            elif alternative and alternative.end() == following.start and self._two_alternatives(atom, following):
                second = self._scaled(following)  # "eher bei 50 oder 60": an estimate between the two
            elif end == atom.end and (suspended := g.suspended_re.match(text, end)) and suspended.end() == following.start:
                # "zwei- bis dreitausend": the first number takes the scale of the second
                shared = self._shared_scale(following)
                if shared is not None:
                    value = atom.value * shared
                    second = self._scaled(following)
        if second is not None:
            high, final_end = second
            if end == atom.end and final_end != following.end:  # "zwei bis drei Millionen"
                scale = high / following.value if following.value else Decimal(1)
                if atom.value <= following.value:
                    value = atom.value * scale
            start = between.start() if between else atom.start
            if value > high:
                return None
            return self._make(start, final_end, value, high, "range", False), True
        if end == atom.end and g.suspended_re.match(text, end):
            return None  # "zwei- bis dreimal": the half of a word that is no count
        if atom.kind == "vague":
            return self._make(atom.start, end, value, None, "at_least", True), False
        fraction = g.fraction_re.search(text, lo, atom.start) if atom.raw.lower() in g.vague_bases else None
        if fraction:  # "ein halbes Dutzend"
            value *= g.fraction_of[fraction.group(1).lower()]
            return self._make(fraction.start(), end, value, value, "exact", False), False
        modifier = g.vague_modifier_re.search(text, lo, atom.start)
        if modifier and atom.raw.lower() in g.vague_bases and end == atom.end:
            return self._make(modifier.start(), end, value, None, "at_least", True), False
        qualifier = g.qualifier_re.search(text, lo, atom.start)
        if qualifier:
            kind = g.qualifier_of.get(re.sub(r"\s+", " ", qualifier.group(1).lower()), "exact")
            low, high = {"at_least": (value, None), "at_most": (None, value)}.get(kind, (value, value))
            return self._make(qualifier.start(), end, low, high, kind, False), False
        after = g.qualifier_after_re.match(text, end)
        if after:
            kind = g.qualifier_after_of.get(re.sub(r"\s+", " ", after.group(1).lower()), "exact")
            low, high = {"at_least": (value, None), "at_most": (None, value)}.get(kind, (value, value))
            return self._make(atom.start, after.end(), low, high, kind, False), False
        return self._make(atom.start, end, value, value, "exact", False), False

    def _shared_scale(self, atom: _Atom) -> Decimal | None:
        """The scale a suspended-hyphen number borrows from this one: "dreitausend" -> 1.000,
        "30.000" -> 1.000; None when this number has no scale of its own ("drei", "30")."""
        g = self.g
        if atom.kind == "digits":
            groups = atom.raw.split(g.thousands)
            if len(groups) < 2 or any(group != "000" for group in groups[1:]) or g.decimal in atom.raw:
                return None
            return Decimal(1000) ** (len(groups) - 1)
        parts = g._segment(atom.raw.lower())
        if not parts or parts[0][0] != "add":
            return None
        scales = [i for i, (kind, _) in enumerate(parts) if kind in ("multiply", "group")]
        if len(scales) != 1 or scales[0] != len(parts) - 1 or any(kind != "add" for kind, _ in parts[:scales[0]]):
            return None
        return parts[-1][1]

    def _fraction(self, quantity: Quantity) -> Quantity:
        """"die Hälfte der 300 Bewohner", "jeder dritte der 900 Soldaten": the part counted."""
        g = self.g
        if quantity.vague or quantity.low is None or quantity.high is None or not g.fraction_nouns:
            return quantity
        lo = max(0, quantity.span.start - WINDOW)
        match = g.fraction_of_re.search(self.text, lo, quantity.span.start)
        if match is None:
            return quantity
        if match.group("noun"):
            share = g.fraction_nouns[match.group("noun").lower()]
            count = match.group("count")
            multiple = g.word_value(count) if count else None
            start = match.start("count") if multiple is not None else match.start("noun")
            share *= multiple or 1
        else:
            share = 1 / g.every_ordinals[match.group("ordinal").lower()]
            start = match.start("every")
        exact_low = Decimal(repr(quantity.low)) * share
        low, high = round(exact_low), round(Decimal(repr(quantity.high)) * share)
        qualifier = "about" if quantity.qualifier == "exact" and abs(exact_low - low) > Decimal("0.01") \
            else quantity.qualifier
        return self._make(start, quantity.span.end, Decimal(low), Decimal(high), qualifier, False)

    def _scaled(self, atom: _Atom) -> tuple[Decimal, int]:
        scale = self.g.scale_re.match(self.text, atom.end)
        if scale is None:
            # "eine halbe Million": a fraction word between the number and its scale
            half = self.g.fraction_scale_re.match(self.text, atom.end)
            factor = self.g.scales.get(NumberGrammar._key(half.group(2))) if half else None
            if half is None or factor is None:
                return atom.value, atom.end
            return atom.value * self.g.fraction_of[half.group(1).lower()] * factor, half.end()
        factor = self.g.scales.get(NumberGrammar._key(scale.group(1)))
        if factor is None:
            return atom.value, atom.end
        return atom.value * factor, scale.end()

    def _dash_between_digits(self, joiner: str, atom: _Atom) -> bool:
        """A dash joins a range only between digits ("200-300"), not words ("Nord-Süd")."""
        return atom.kind == "digits" or not joiner.strip() in ("-", "–", "—")

    def _make(self, start: int, end: int, low: Decimal | None, high: Decimal | None, qualifier: str,
              vague: bool) -> Quantity:
        return Quantity(Span(start, end), self.text[start:end],
                        None if low is None else float(low), None if high is None else float(high),
                        qualifier, vague)  # type: ignore[arg-type]

    # ---- what is not a count -----------------------------------------------------

    def _two_alternatives(self, atom: _Atom, following: _Atom) -> bool:
        """Two numbers joined by "oder" give a range when the second is the larger and they stand alone,
        not at the end of a list of alternatives ("acht, 31, 44 oder 70 Tote": each a figure of its own)
        and not as years ("2024 oder 2025")."""
        if following.value <= atom.value or self.text[:atom.start].rstrip().endswith(","):
            return False
        g = self.g
        return not (g.year_low <= atom.value <= g.year_high and g.year_low <= following.value <= g.year_high)

    def _plausible_atom(self, atom: _Atom, range_end: bool = False) -> bool:
        """Checks on the atom alone: capitalised number nouns, ids, phone numbers, links."""
        text = self.text
        if atom.kind == "word" and atom.raw[0].isupper() and atom.raw.lower() not in self.g.vague_bases:
            if not self._at_sentence_start(atom.start):
                return False  # a number as a noun: "die Elf", "außer Acht", "die Sparsamen Vier"
        if atom.kind != "digits":
            return True
        before = text[atom.start - 1] if atom.start else " "
        before2 = text[atom.start - 2] if atom.start > 1 else " "
        after = text[atom.end] if atom.end < len(text) else " "
        if before.isalpha() or before in "+#_@/\\" or before == "-" and before2.isalpha():
            return False  # MH17, F-16, Covid-19, +49, 2022/23
        if after.isalpha() or after in "_@" or after in "/:" and text[atom.end + 1:atom.end + 2].isdigit():
            return False  # 1990er, IL76s
        if before in ".-" and before2.isdigit() and not range_end:
            return False  # the rest of "49-3" that made no range
        return not self._protected(atom.start)

    def _protected(self, position: int) -> bool:
        index = bisect_right(self.protected_starts, position) - 1
        return index >= 0 and self.protected[index][1] > position

    def _at_sentence_start(self, position: int) -> bool:
        if position in self.sentence_starts:
            return True
        previous = self.text[max(0, position - 3):position].rstrip(" „\"«»(")
        return not previous or previous[-1] in ".!?:\n"

    def _counted(self, quantity: Quantity, atom: _Atom) -> bool:
        text, g = self.text, self.g
        start, end = quantity.span.start, quantity.span.end
        lo = max(0, atom.start - WINDOW)
        after = text[end:end + 1]
        # "N-..." compounds: "32-Jährige", "3-Zimmer-Wohnung"; "11.000-köpfige" stays.
        if after == "-":
            suffix = re.match(r"-([^\W\d_]+)", text[end:end + 30])
            if suffix and not suffix.group(1).lower().startswith(g.count_compounds or ("\0",)):
                return False
        if self._unit_at(end):
            return False
        coordinated = g.coordinated_re.match(text, end)
        if coordinated and self._unit_at(coordinated.end()):
            return False  # "38 oder 39 Prozent", "um 30, 40 Euro"
        previous = PREVIOUS_TOKEN_RE.search(text, lo, start)
        previous_word = previous.group(1).lstrip("„\"“(«»'") if previous else ""
        lowered_previous = previous_word.lower()
        if (lowered_previous in g.labels or lowered_previous.rstrip(".") in g.labels
                or lowered_previous.endswith(g.label_suffixes)):
            return False
        if previous_word in g.currency_before or previous_word[-1:] in ("€", "$", "£"):
            return False
        if PHONE_BEFORE_RE.search(text, lo, start):
            return False  # the rest of a phone number: "030 1234567", "+49 30 123456"
        if len(previous_word) == 1 and previous_word.isupper():
            return False  # roads and lines: "A 7", "B 96"
        if g.age_re.search(text, lo, start):
            return False
        if g.ratio_before_re.search(text, max(0, atom.start - 2 * WINDOW), start):
            return False  # "auf jeden Wärter kamen 100 Gefangene": a ratio
        if text[start - 1:start] == "(" and text[atom.end:atom.end + 1] == ")" and len(atom.raw) <= 3:
            return False  # "(45)": an age after a name, or a footnote
        if g.versus_after_re.match(text, end) or g.versus_before_re.search(text, lo, start):
            return False  # "52 zu 48 Stimmen", "2 : 1"
        if atom.kind == "digits" and self._list_number(atom):
            return False
        if atom.kind == "digits" and self._ordinal(atom, quantity):
            return False
        noun_follows = self._noun_follows(end, self._at_sentence_start(start),
                                          year_like=atom.kind == "digits" and len(atom.raw) == 4)
        if atom.kind == "digits" and quantity.qualifier == "exact" and not noun_follows and len(atom.raw) <= 3:
            if (previous_word[:1].isupper() and previous_word.isalpha() and lowered_previous not in g.function_words
                    and text[previous.end(1):start] == " " and not self._at_sentence_start(previous.start(1))
                    and not self._place_conjunct(previous.start(1), end)):
                return False  # a name with a number: "Ligue 1", "Porsche 911", "Boom 2"
            if lowered_previous in g.age_with and atom.value <= g.age_max and not self._counting_before(start):
                return False  # "mit 17 durch einen Hack aufgefallen"
        if self._year(quantity, atom, lowered_previous, noun_follows):
            return False
        return True

    def _place_conjunct(self, name_start: int, end: int) -> bool:
        """"in Apulien 11 und in Kalabrien neun": a place after its preposition, then the number
        ending a conjunct of a list (a comma, "und", the sentence end after it), is a count of a
        gapped conjunct, not a name with a number."""
        before = self.text[max(0, name_start - 6):name_start].split()
        if not before or before[-1].lower() not in self.g.place_prepositions:
            return False
        after = self.text[end:end + 5]
        return after[:1] in (",", ".", ";") or after.startswith((" und ", " sowie "))

    def _counting_before(self, position: int) -> bool:
        """A counting noun ("Zahl", "Anzahl") earlier in the sentence."""
        lo = max(0, position - 150)
        stretch = self.text[lo:position]
        cut = max(stretch.rfind(". "), stretch.rfind("\n"))
        return self.g.counting_noun_re.search(stretch[cut + 1:]) is not None

    def _unit_at(self, position: int) -> bool:
        unit = UNIT_TOKEN_RE.match(self.text, position)
        if unit is None:
            return False
        word = unit.group(1).rstrip(".").lower()
        return word in self.g.units or len(word) > 2 and word.startswith(self.g.unit_prefixes or ("\0",))

    def _noun_follows(self, end: int, sentence_start: bool, year_like: bool = False) -> bool:
        """Does a counted noun follow, maybe after adjectives ("300 nordkoreanische Soldaten")?"""
        adjective_endings = self.g.first_adjective_endings if sentence_start else self.g.adjective_endings
        position = end
        for _ in range(3):
            match = FOLLOWING_WORD_RE.match(self.text, position)
            if match is None or "\n" in match.group(0):
                return False
            position = match.end()
            word = match.group(1)
            lowered = word.lower()
            if lowered in self.g.function_words or lowered in self.g.months:
                return False
            if word[0].isupper():
                return True
            if not year_like and lowered.endswith(self.g.verb_endings) and self.g.event_participle_re.match(lowered):
                continue  # "38 getötete Kuki-Zo": an event's participle before a name the nouns lack (not
                # "2019 verletzte Bestimmungen", a year)
            if lowered.endswith(self.g.verb_endings):
                # "2015 eröffnete Merkel" is a year; "2000 verletzte Soldaten" a count
                following = FOLLOWING_WORD_RE.match(self.text, position)
                return bool(following and "\n" not in following.group(0)
                            and self.g.counted_noun_re.match(following.group(1)))
            if not lowered.endswith(adjective_endings):
                return False
        return False

    def _list_number(self, atom: _Atom) -> bool:
        line_start = self.text.rfind("\n", 0, atom.start) + 1
        if self.text[line_start:atom.start].strip(" \t•*-–"):
            return False
        return self.text[atom.end:atom.end + 2] in (". ", ") ", ".\t", ")\t")

    def _ordinal(self, atom: _Atom, quantity: Quantity) -> bool:
        """"3. Oktober", "am 24. Februar", "zum 5. Mal": a dot right after digits mid-sentence."""
        if quantity.span.end != atom.end or self.text[atom.end:atom.end + 1] != ".":
            return False
        after_dot = atom.end + 1
        if after_dot >= len(self.text) or after_dot in self.sentence_ends:
            return False
        closing = after_dot
        while closing < len(self.text) and self.text[closing] in "\"“”»«')]":
            closing += 1
        return closing not in self.sentence_ends and not self.text[closing:closing + 1] in ("", "\n")

    def _year(self, quantity: Quantity, atom: _Atom, previous_word: str, noun_follows: bool) -> bool:
        """A 4-digit number after a year word ("im", "Juni") is a year; one in the year
        range is a year unless a counted noun follows ("2000 Soldaten")."""
        g = self.g
        raw = atom.raw
        if atom.kind != "digits" or len(raw) != 4 or not raw.isdigit():
            return False
        if previous_word in g.year_context:
            return True
        if not g.year_low <= int(raw) <= g.year_high:
            return False
        if quantity.qualifier == "range" and quantity.high is not None and not g.year_low <= quantity.high <= g.year_high:
            return False
        following = FOLLOWING_WORD_RE.match(self.text, quantity.span.end)
        if following and following.group(1)[:1].islower() and following.group(1).endswith(g.verb_endings) \
                and not g.event_participle_re.match(following.group(1).lower()):
            return True  # "die 2016 angekommenen Migranten"; "2000 verletzte Soldaten" is a count
        return not noun_follows


# ---- public helpers --------------------------------------------------------------

def parse_number(text: str, language: str = "de") -> float | None:
    """The value of one number expression ("11.000", "1,5 Millionen", "zweieinhalb",
    "Hunderte"); None when `text` is not one."""
    if not isinstance(text, str):
        return None
    try:
        grammar = grammar_for(lang.load(language))
    except ValueError:
        return None
    stripped = text.strip()
    if not stripped:
        return None
    negative = stripped[0] in "-−"
    if negative:
        stripped = stripped[1:].lstrip()
    match = grammar.expression_re.fullmatch(stripped)
    if match is None:
        return None
    number, scale_word = match.group("number").strip(), match.group("scale")
    scale = grammar.scales.get(NumberGrammar._key(scale_word)) if scale_word else Decimal(1)
    value: Decimal | None = None
    if re.fullmatch(r"[\d.,]+", grammar.group_mark_re.sub("", number)):
        value = grammar.digits_value(number)
    elif re.fullmatch(r"[^\W\d_]+", number):
        value = grammar.word_value(number)
    elif not number and scale_word:
        value, scale = scale, Decimal(1)  # "Tausend", "Million" alone
    if value is None or scale is None:
        return None
    result = float(value * scale)
    return -result if negative else result


def format_number(value: float) -> str:
    """German style: 11.000 · 1,5 · 1.500.000 · 0,25 (the shortest exact digits)."""
    if not math.isfinite(value):
        return str(value)
    sign = "-" if value < 0 else ""
    digits = format(Decimal(repr(abs(float(value)))), "f")
    whole, _, fraction = digits.partition(".")
    fraction = fraction.rstrip("0")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    formatted = ".".join(groups)
    return sign + formatted + ("," + fraction if fraction else "")
