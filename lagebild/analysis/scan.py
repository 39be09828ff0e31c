"""Many regexes over one text, each tried only where it can start.

Scanning a text once per rule costs a pass of the regex engine per rule, and
rules that begin with optional groups (``(?:Anfang\\s+)?(?:Januar|...)``) give
the engine no first character to skip ahead to. `RuleScanner` reads each
rule's *head* (the first few characters any match must begin with) from the
parsed pattern, finds the word starts of a text once, and runs a rule only at
the word starts whose first characters its head allows. What it returns is
exactly what ``rule.finditer(text)`` returns, rule by rule: the head is a
necessary condition (a superset of where a rule can match), and
``rule.match(text, pos)`` at a position is what ``finditer`` tries there.

Rules that do not begin with ``\\b`` followed by a word character, or whose head
cannot be read, are scanned in full as before.
"""

from __future__ import annotations

import re
from re import _constants as sre  # the parser's opcodes (Python >= 3.11)
from re import _parser
from itertools import accumulate, chain, compress
from typing import Iterator

HEAD_CHARS = 4  # characters of a head: "die " is no "dies", "Mär" no "Mit"
MAX_HEADS = 4096
CACHE_LIMIT = 200_000
GAPPED_WORD = re.compile(r"(\W*)(\w+)")  # each word with the non-word characters before it
WORD_CHAR = re.compile(r"\w")
CATEGORIES = {
    sre.CATEGORY_DIGIT: (r"\d", True), sre.CATEGORY_NOT_DIGIT: (r"\D", False),
    sre.CATEGORY_SPACE: (r"\s", False), sre.CATEGORY_NOT_SPACE: (r"\S", False),
    sre.CATEGORY_WORD: (r"\w", True), sre.CATEGORY_NOT_WORD: (r"\W", False),
}
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
FLAG_LETTERS = ((re.IGNORECASE, "i"), (re.DOTALL, "s"), (re.ASCII, "a"))


class Unreadable(Exception):
    """The head of a pattern cannot be read (it may start anywhere, or with anything)."""


def _is_word(char: str) -> bool:
    return WORD_CHAR.fullmatch(char) is not None


def _char_class(items) -> tuple[str, bool]:
    """Regex text of a parsed character set and whether it only matches word characters."""
    parts, negated, word_only = [], False, True
    for op, av in items:
        if op is sre.NEGATE:
            negated = True
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
            word_only = word_only and _is_word(chr(av))
        elif op is sre.RANGE:
            low, high = av
            parts.append(f"{re.escape(chr(low))}-{re.escape(chr(high))}")
            word_only = word_only and high - low < 4096 and all(_is_word(chr(c)) for c in range(low, high + 1))
        elif op is sre.CATEGORY and av in CATEGORIES:
            text, word = CATEGORIES[av]
            parts.append(text)
            word_only = word_only and word
        else:
            raise Unreadable(f"set item {op}")
    return "[" + "^" * negated + "".join(parts) + "]", word_only and not negated


def _single_char(op, av, flags: int) -> tuple[str, bool] | None:
    """(regex text, matches only word characters) of a one-character element, else None."""
    if op is sre.LITERAL:
        # case variants of a letter are letters: the word test holds under IGNORECASE too
        text, word = re.escape(chr(av)), _is_word(chr(av))
    elif op is sre.NOT_LITERAL:
        text, word = f"[^{re.escape(chr(av))}]", False
    elif op is sre.ANY:
        text, word = ".", False
    elif op is sre.IN:
        text, word = _char_class(av)
    else:
        return None
    letters = "".join(letter for flag, letter in FLAG_LETTERS if flags & flag)
    return (f"(?{letters}:{text})" if letters else text), word


class _Heads:
    """Walks a parsed pattern, collecting every way its first HEAD_CHARS characters can look."""

    def __init__(self) -> None:
        self.found: set[tuple[str, ...]] = set()
        self.first_word_only = True
        self.steps = 0

    def end(self, prefix: tuple[str, ...]) -> None:
        if not prefix:
            raise Unreadable("a match may be empty")
        self.found.add(prefix)
        if len(self.found) > MAX_HEADS:
            raise Unreadable("too many heads")

    def walk(self, items, flags: int, prefix: tuple[str, ...], then) -> None:
        self.steps += 1
        if self.steps > 100_000:
            raise Unreadable("pattern too branchy")
        if len(prefix) >= HEAD_CHARS:
            self.end(prefix)
            return
        if not items:
            then(prefix)
            return
        (op, av), rest = items[0], items[1:]

        def after(p: tuple[str, ...]) -> None:
            self.walk(rest, flags, p, then)

        char = _single_char(op, av, flags)
        if char is not None:
            if not prefix:
                self.first_word_only = self.first_word_only and char[1]
            after(prefix + (char[0],))
        elif op in ZERO_WIDTH:  # a necessary condition may ignore them
            after(prefix)
        elif op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            self.walk(list(sub), (flags | add) & ~remove, prefix, after)
        elif op is sre.ATOMIC_GROUP:
            self.walk(list(av), flags, prefix, after)
        elif op is sre.BRANCH:
            for alternative in av[1]:
                self.walk(list(alternative), flags, prefix, after)
        elif op in REPEATS:
            low, high, item = av
            if low == 0:
                after(prefix)
            if high == 1:
                self.walk(list(item), flags, prefix, after)
            elif high != 0:
                # one pass through the item, then the rest of the repeat (which ends the walk
                # once the head is long enough: every pass that goes on consumes a character)
                more = [(op, (max(low - 1, 0), high if high == sre.MAXREPEAT else high - 1, item))] + rest

                def again(p: tuple[str, ...]) -> None:
                    if len(p) == len(prefix):  # an empty pass: the rest of the repeat adds nothing
                        after(p)
                    else:
                        self.walk(more, flags, p, then)

                self.walk(list(item), flags, prefix, again)
        else:
            self.end(prefix)  # back references, conditionals: the head stops here


def read_heads(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes for the first HEAD_CHARS characters and for the first character of every match
    of `pattern`, which must start with \\b followed by a word character. Raises `Unreadable`
    otherwise."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    items = list(parsed.data)
    if not items or items[0] != (sre.AT, sre.AT_BOUNDARY):
        raise Unreadable("does not start with \\b")
    heads = _Heads()
    heads.walk(items, parsed.state.flags, (), heads.end)
    if not heads.first_word_only:
        raise Unreadable("may start with a character that is not a word character")
    return (re.compile("|".join(sorted("".join(head) for head in heads.found))),
            re.compile("|".join(sorted({head[0] for head in heads.found}))))


def read_head(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A regex for the first HEAD_CHARS characters of every match of `pattern` (see read_heads)."""
    return read_heads(pattern)[0]


class RuleScanner:
    """`finditer` of many named rules over one text, each tried only at word starts its head allows."""

    def __init__(self, rules: list[tuple[str, re.Pattern[str]]]) -> None:
        self.rules = rules
        self.heads: list[re.Pattern[str] | None] = []
        self._firsts: list[re.Pattern[str] | None] = []
        for _name, pattern in rules:
            try:
                head, first = read_heads(pattern)
            except Exception:  # unreadable (or a parser this code does not know): scan it in full
                head = first = None
            self.heads.append(head)
            self._firsts.append(first)
        self._gated = [i for i, head in enumerate(self.heads) if head is not None]
        self._rules_at: dict[str, tuple[int, ...]] = {}  # key (a word start's first characters) -> rules
        self._rules_starting: dict[str, tuple[int, ...]] = {}  # first character -> rules

    def _rules_for(self, key: str) -> tuple[int, ...]:
        """The gated rules whose head allows a word start reading `key`."""
        first = self._rules_starting.get(key[:1])
        if first is None:
            first = tuple(i for i in self._gated if self._firsts[i].fullmatch(key[:1]))
            self._rules_starting[key[:1]] = first
        return tuple(i for i in first if self.heads[i].match(key))

    def finditer(self, text: str) -> Iterator[tuple[str, re.Match[str]]]:
        """(rule name, match) for every rule in order, as `pattern.finditer(text)` finds them."""
        # word starts from the lengths of (gap, word) pairs: no match object per word
        pieces = GAPPED_WORD.findall(text)
        word_starts = list(accumulate(map(len, chain.from_iterable(pieces))))[0::2]
        keys = [text[position:position + HEAD_CHARS] for position in word_starts]
        known = self._rules_at
        if len(known) > CACHE_LIMIT:  # a new dict, not clear(): another thread may be reading this one
            self._rules_at = known = {}
        for key in set(keys).difference(known):
            known[key] = self._rules_for(key)
        rules_at = list(map(known.__getitem__, keys))
        starts: list[list[int]] = [[] for _ in self.rules]
        for k in compress(range(len(keys)), rules_at):
            for i in rules_at[k]:
                starts[i].append(word_starts[k])
        for i, (name, pattern) in enumerate(self.rules):
            if self.heads[i] is None:
                for match in pattern.finditer(text):
                    yield name, match
                continue
            reached = 0
            for position in starts[i]:
                if position < reached:
                    continue
                match = pattern.match(text, position)
                if match is not None:
                    reached = match.end()
                    yield name, match
