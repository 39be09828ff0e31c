"""Mine candidate measure words from the German corpora in ../shared/corpora.

Measure vocabulary tuned on the misses of one blind batch did not carry over to the
next, so this lists what the corpora themselves count, ranked by frequency, for a
person to classify into lagebild/lang/de/measures.toml:

  (a) capitalised nouns right after a number or number word   ("300 Verletzte")
  (b) nouns heading a noun phrase with a number                ("300 schwer verletzte Menschen")
  (c) participles, verbs, separable verbs and clause-final pairs in the clause of a
      number + people noun ("nahm ... fest", "kamen ... ums Leben")
  (d) with --unclaimed: the words of (c) only in clauses where lagebild's own analysis
      found no claim for the number, i.e. what the lexicon may still lack

Each candidate is marked "+" when a pattern of measures.toml already matches it.
Usage: python scripts/mine_measure_words.py [--limit N] [--top N] [--examples N]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANG = ROOT / "lagebild" / "lang" / "de"


def _corpora() -> Path:
    for folder in ROOT.parents:
        if (folder / "shared" / "corpora").is_dir():
            return folder / "shared" / "corpora"
    return ROOT.parent / "shared" / "corpora"


CORPORA = _corpora()
TOKEN = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:-\w+)*|[^\w\s]")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")
CLAUSE_BREAK = {",", ";", ":", "(", ")", "–", "—", "„", "“", '"', "und", "oder", "aber", "sondern"}
# particles of separable verbs that stand at the clause end ("nahm ... fest")
PARTICLES = {"fest", "um", "ab", "an", "auf", "aus", "ein", "mit", "zurück", "weg", "fort", "heim",
             "frei", "davon", "los", "hinzu", "zu", "vor", "nach", "bei", "dar", "fern", "hoch",
             "ums", "vorbei", "herein", "heraus", "hinaus", "zusammen", "wieder"}
# function words that are no event ("rund", "einem", "nach" outside the clause end)
FUNCTION_WORDS = set("""
der die das den dem des ein eine einen einem einer eines und oder aber nicht auch noch nur mehr als
rund etwa knapp fast über unter mindestens weitere weiteren insgesamt sich sie ihre ihrer ihren
sein seine seiner wird wurde wurden werden worden sind seien sei waren war ist hat haben hatte hatten
habe kann können konnte konnten soll sollen sollten muss müssen mit nach von vom zum zur bei beim
aus auf für gegen durch ohne seit bis zwischen dass wenn weil wie denn dann doch schon bereits
jetzt heute damit davon dabei darunter diese dieser diesem diesen jene jener zwei drei vier fünf
sechs sieben acht neun zehn elf zwölf hundert tausend laut zufolge demnach jedoch sowie allein
""".split())
SCALES = re.compile("(?:%s)$" % "|".join(
    tomllib.loads((LANG / "numbers.toml").read_text(encoding="utf-8"))["scales"]))


def gnad(limit):
    with (CORPORA / "10kgnad" / "test.csv").open(encoding="utf-8", newline="") as handle:
        for n, row in enumerate(csv.reader(handle, delimiter=";", quotechar="'")):
            if limit and n >= limit:
                return
            if len(row) > 1:
                yield "10kgnad", row[1]


def wmt(limit):
    with (CORPORA / "wmt_de_news" / "wmt_de_original_docs.jsonl").open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit and n >= limit:
                return
            yield "wmt", json.loads(line)["text"]


def wikinews(limit):
    n = 0
    for split in ("train", "dev", "test"):
        with gzip.open(CORPORA / "wikinews_de_quotes" / f"{split}.jsonl.gz", "rt", encoding="utf-8") as handle:
            for line in handle:
                if limit and n >= limit:
                    return
                n += 1
                yield "wikinews", json.loads(line)["originalText"]


def smartdata(limit):
    n = 0
    for split in ("dev", "test"):
        with gzip.open(CORPORA / "smartdata_de" / f"{split}.jsonl.gz", "rt", encoding="utf-8") as handle:
            for line in handle:
                if limit and n >= limit:
                    return
                n += 1
                yield "smartdata", (json.loads(line).get("text") or {}).get("string") or ""


def redewiedergabe(limit):
    """Historical German (1840-1919): one text per sample, rebuilt from its tokens."""
    texts: dict[str, list[str]] = defaultdict(list)
    with gzip.open(CORPORA / "redewiedergabe" / "main_corpus_tokens.tsv.gz", "rt", encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            parts = line.split("\t")
            if len(parts) > 1:
                texts[parts[0]].append(parts[1])
    for n, tokens in enumerate(texts.values()):
        if limit and n >= limit:
            return
        yield "redewiedergabe", " ".join(tokens)


SOURCES = {"10kgnad": gnad, "wmt": wmt, "wikinews": wikinews, "smartdata": smartdata, "redewiedergabe": redewiedergabe}


def _lexicon():
    measures = tomllib.loads((LANG / "measures.toml").read_text(encoding="utf-8"))
    numbers = tomllib.loads((LANG / "numbers.toml").read_text(encoding="utf-8"))
    nouns: list[str] = []
    for table in ("fixed", "role"):
        for words in measures.get(table, {}).values():
            nouns += words
    nouns += measures["people"]["words"]
    events = [word for entry in measures.get("events", []) for phrase in entry["phrases"]
              for word in phrase.split(" ")]
    not_counted = measures["not_counted"]["following"]
    parts = [w for kind in numbers.get("words", {}).values() if isinstance(kind, dict) for w in kind]
    number_word = re.compile(r"(?:%s)+" % "|".join(sorted(map(re.escape, parts), key=len, reverse=True)),
                             re.IGNORECASE)
    full = lambda words: re.compile("(?:%s)$" % "|".join(f"(?:{w})" for w in words))  # noqa: E731
    return full(nouns), full(events), full(not_counted), number_word, set(parts)


def _is_number(token: str, number_word: re.Pattern[str], parts: set[str]) -> bool:
    if token[0].isdigit():
        return True
    low = token.lower()
    # "ein"/"eine" are articles far more often than counts
    # and "und" alone is only the joint of "einundzwanzig"
    return (low not in {"ein", "eine", "einen", "einem", "einer", "eins"} and not low.startswith("und")
            and not low.endswith("und") and number_word.fullmatch(low) is not None)


def _participle_or_verb(word: str) -> bool:
    return word.islower() and len(word) > 3 and word.isalpha() and word not in FUNCTION_WORDS


def _claimed_spans(text: str) -> list[tuple[int, int]]:
    from lagebild.analysis import analyze
    from lagebild.model import Article
    claims = analyze(Article(id="mined", text=text, language="de")).claims
    return [(c.evidence.start, c.evidence.end) for c in claims]


def _sentences(text: str):
    """(offset, sentence) pairs; offsets into the text, so claims' spans can be compared."""
    start = 0
    for boundary in SENTENCE_END.finditer(text):
        yield start, text[start:boundary.start()]
        start = boundary.end()
    yield start, text[start:]


def mine(texts, lex, examples: int, unclaimed: bool = False):
    people_noun, event_word, not_counted, number_word, parts = lex
    after, heads, verbs, missed = Counter(), Counter(), Counter(), Counter()
    shown: dict[tuple[str, str], list[str]] = defaultdict(list)
    sources: dict[tuple[str, str], Counter] = defaultdict(Counter)

    def note(kind, counter, word, sentence, source):
        counter[word] += 1
        sources[(kind, word)][source] += 1
        if len(shown[(kind, word)]) < examples:
            shown[(kind, word)].append(sentence[:220])

    for source, text in texts:
        text = text.replace("\n", " ")
        claimed = _claimed_spans(text) if unclaimed else []
        for offset, sentence in _sentences(text):
            matches = list(TOKEN.finditer(sentence))
            tokens = [m.group() for m in matches]
            numbers = [i for i, t in enumerate(tokens) if _is_number(t, number_word, parts)]
            for i in numbers:
                # never money, percent, years, units: the lexicon's not_counted words
                if i + 1 < len(tokens) and SCALES.match(tokens[i + 1]):
                    i += 1
                if i + 1 >= len(tokens) or not_counted.match(tokens[i + 1]):
                    continue
                if i > 0 and re.fullmatch(r"[€$%]|Euro|Dollar", tokens[i - 1]):
                    continue
                nxt = tokens[i + 1]
                if nxt[:1].isupper() and nxt.isalpha() and len(nxt) > 2:
                    note("a", after, nxt, sentence, source)
                    head = i + 1
                else:
                    head = None
                    for j in range(i + 1, min(len(tokens), i + 5)):
                        word = tokens[j]
                        if not word.replace("-", "").isalpha():
                            break
                        if word[:1].isupper():
                            if j > i + 1:
                                note("b", heads, word, sentence, source)
                                head = j
                            break
                if head is None or not people_noun.match(tokens[head]):
                    continue
                # (c) the clause of a number + people noun: from the last break before the
                # number to the next break after the noun
                lo = i
                while lo > 0 and tokens[lo - 1] not in CLAUSE_BREAK and tokens[lo - 1] not in ".!?":
                    lo -= 1
                hi = head + 1
                while hi < len(tokens) and tokens[hi] not in CLAUSE_BREAK and tokens[hi] not in ".!?":
                    hi += 1
                clause = tokens[lo:hi]
                at = offset + matches[i].start()
                has_claim = any(start <= at < end for start, end in claimed)
                for k, word in enumerate(clause):
                    if lo + k in (i, head) or not _participle_or_verb(word):
                        continue
                    if word in PARTICLES and k == len(clause) - 1:
                        # separable verb: the finite verb is the first lowercase word of the clause
                        finite = next((w for w in clause[:k] if _participle_or_verb(w) and w not in PARTICLES), None)
                        if finite:
                            note("c", verbs, f"{finite} ... {word}", sentence, source)
                            if unclaimed and not has_claim:
                                note("d", missed, f"{finite} ... {word}", sentence, source)
                        continue
                    note("c", verbs, word, sentence, source)
                    if unclaimed and not has_claim:
                        note("d", missed, word, sentence, source)
                # clause-final pairs ("das Leben", "ums Leben", "an Bord", "aus dem Wasser")
                if len(clause) >= 2 and head < hi - 2:
                    tail = clause[-2:]
                    if tail[0].islower() and tail[1][:1].isupper():
                        note("c", verbs, " ".join(tail), sentence, source)
                        if unclaimed and not has_claim:
                            note("d", missed, " ".join(tail), sentence, source)
    counts = {"a": after, "b": heads, "c": verbs}
    if unclaimed:
        counts["d"] = missed
    return counts, shown, sources, (people_noun, event_word)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="articles per corpus (0: all)")
    parser.add_argument("--top", type=int, default=150, help="candidates per list")
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--min-count", type=int, default=2)
    parser.add_argument("--new-only", action="store_true", help="hide words measures.toml already matches")
    parser.add_argument("--unclaimed", action="store_true",
                        help="(d): also run lagebild's analysis and list clause words where it found no claim")
    parser.add_argument("--corpora", default=",".join(SOURCES), help="comma-separated: " + ",".join(SOURCES))
    args = parser.parse_args(argv)
    lex = _lexicon()

    def texts():
        for name in args.corpora.split(","):
            yield from SOURCES[name](args.limit)

    counts, shown, sources, (noun, event) = mine(texts(), lex, args.examples, args.unclaimed)
    titles = {"a": "(a) nouns right after a number", "b": "(b) heads of noun phrases with a number",
              "c": "(c) verbs, participles and clause-final pairs with a number + people noun",
              "d": "(d) the words of (c) in clauses where the analysis found no claim for the number"}
    for kind, counter in counts.items():
        known = noun if kind in "ab" else event
        print(f"\n== {titles[kind]}: {len(counter)} distinct, {sum(counter.values())} occurrences")
        rank = 0
        for word, count in counter.most_common():
            if count < args.min_count or rank >= args.top:
                break
            covered = bool(known.match(word)) or all(known.match(w) for w in word.split(" ") if w != "...")
            if covered and args.new_only:
                continue
            rank += 1
            where = ",".join(f"{s}:{n}" for s, n in sources[(kind, word)].most_common())
            print(f"{count:6d} {'+' if covered else ' '} {word:30s} [{where}]")
            for example in shown[(kind, word)]:
                print(f"{'':9s}| {example}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
