"""Language data (cue verbs, modality words, units, month names, gazetteers) as files.

Each language has a folder ``lang/<code>/`` of TOML files; ``load("de")`` returns
them as one mapping keyed by file stem (``load("de")["numbers"]`` is
``lang/de/numbers.toml``). Code never hard-codes words of a language.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Callable, Mapping, TypeVar

LANG_DIR = Path(__file__).parent
SUPPORTED = ("de", "en")


@cache
def load(language: str) -> Mapping[str, Any]:
    folder = LANG_DIR / language
    if not folder.is_dir():
        raise ValueError(f"no language data for {language!r}")
    data: dict[str, Any] = {}
    for path in sorted(folder.glob("*.toml")):
        with path.open("rb") as handle:
            data[path.stem] = tomllib.load(handle)
    for path in sorted(folder.glob("*.txt")):
        data[path.stem] = tuple(
            line.strip() for line in path.read_text("utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        )
    return MappingProxyType(data)


def best_supported(language: str | None) -> str:
    """The language whose data we analyse with: German unless we have the detected one."""
    return language if language in SUPPORTED and _has_data(language) else "de"


@cache
def _has_data(language: str) -> bool:  # (asked once per article: no file system call each time)
    return (LANG_DIR / language).is_dir()


Compiled = TypeVar("Compiled")
_COMPILED: dict[tuple[int, Callable[..., Any]], tuple[Mapping[str, Any], Any]] = {}


def compiled(data: Mapping[str, Any], build: Callable[[Mapping[str, Any]], Compiled]) -> Compiled:
    """`build(data)` once per language data mapping (regexes, lexicons), then from a cache."""
    key = (id(data), build)
    cached = _COMPILED.get(key)
    if cached is None or cached[0] is not data:
        cached = (data, build(data))
        _COMPILED[key] = cached
    return cached[1]


def trie_pattern(words: list[str]) -> str:
    """One regex for a set of literal words, sharing prefixes (fast to reject)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or "(?!)"
