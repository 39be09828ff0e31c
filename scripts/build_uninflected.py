"""Write lagebild/lang/de/uninflected.txt: German words that never inflect and are never nouns
(adverbs, prepositions, conjunctions, particles: "demgegenüber", "vielmehr", "entgegen"), so that
such a word opening a sentence is not read as its subject ("Demgegenüber sagte der Admiral, ...":
the admiral speaks). A hand list (`inversion_openers` in attribution.toml) cannot keep up with
German's adverbs; the dictionary can.

A word is kept when simplemma's German dictionary (MIT; case-sensitive, so nouns are capitalised)
has it as a lowercase lemma that no other form maps to (it does not inflect), has no capitalised
lemma of the same spelling (no noun homograph such as "Laut"), and the word occurs in lowercase
at least --min-count times in the training and dev text of the shared corpora (Wikinews quotation
train+dev, the WMT German originals, 10kGNAD), which keeps the file to words news text uses.
Deterministic: same corpora and simplemma, same file.

Usage: python scripts/build_uninflected.py [--min-count N]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from build_bare_nouns import _corpora, texts, write_word_list

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "lagebild" / "lang" / "de" / "uninflected.txt"
LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüß]+(?![\w-])")


def news_texts(corpora: Path):
    yield from texts(corpora)
    yield (corpora / "10kgnad" / "test.csv").read_text("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=1)
    args = parser.parse_args()
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    known = DefaultDictionaryFactory().get_dictionary("de")
    inflected: set[str] = set()
    lemmas: set[str] = set()
    for key in known.keys():
        value = known.get(key)
        lemma = value.decode() if isinstance(value, bytes) else value
        form = key.decode() if isinstance(key, bytes) else key
        lemmas.add(lemma)
        if form.lower() != lemma.lower():
            inflected.add(lemma)
    counts = Counter(m.group() for text in news_texts(_corpora()) for m in LOWER_WORD.finditer(text))
    kept = sorted(w for w in lemmas
                  if w[:1].islower() and w.isalpha() and w not in inflected
                  and w.capitalize() not in lemmas and counts[w] >= args.min_count)
    write_word_list(OUT, "build_uninflected.py", [
        "German words that never inflect and are never nouns (simplemma's German dictionary, MIT),",
        f"seen in lowercase at least {args.min_count} times in the corpora's training text."], kept)
    print(f"{len(kept)} uninflected words -> {OUT}")


if __name__ == "__main__":
    main()
