"""Count, per introducing lemma, how often it introduces reported or indirect speech in REDEWIEDERGABE.

REDEWIEDERGABE (Brunner et al. 2020, LREC; ../shared/corpora/redewiedergabe, CC BY-NC-SA 4.0) is 487k tokens
of German from 1840-1919 (fiction, newspapers and magazines), annotated with speech, thought and writing
representation. Its `intexpr` column marks the words that introduce each instance ("kündigte ... an",
"Forderung"). This script is where the report cues of lang/de/attribution.toml that cite it come from:

    python scripts/mine_redewiedergabe.py [--min 10] [--nonfiction] [--missing] [--lemma fordern]

One line per lemma (verbs joined with their separated particle: "kündigte ... an" counts for "ankündigen";
nouns as they are), over the lemma's occurrences as a full verb or a noun:

- `n`: occurrences in the corpus; `rep`, `ind`, `dir`: how many introduce a reported / indirect / direct
  instance whose medium is speech or writing (not thought alone); `tho`: how many introduce thought only;
- `p_rep` = rep / n, `p_ri` = (rep or ind) / n: its precision as a cue of reported (and indirect) speech;
- `lex`: where lang/de/attribution.toml has it: `V` a verb of saying (`verbs`, needs a complement clause),
  `R` a report verb (`report_verbs`, reports a whole sentence), `A` an attitude verb, `N` a speech noun
  (`speech_nouns`), `C` a circum noun ("nach X").

With --missing only lemmas our lexicon lacks as a report cue are printed (no R, A, N); with --lemma the
sentences of that lemma are printed with their annotation. Deterministic: same corpus, same output.

What it found (session 17, main 452610d). The frequent high-precision cues of reported speech the lexicon lacks
as report verbs are verbs it has for clauses (schildern 0.78 of 23, erzählen 0.61 of 148, schreiben 0.62 of 97,
mit|teilen 0.57 of 56, beschreiben 0.62 of 8) and verbs it lacks (reden 0.89 of 90, besprechen 0.89 of 18,
beraten 7 of 7, an|führen 0.60 of 15, beantragen 0.56 of 9, vor|tragen 0.70 of 10, an|sprechen 0.78 of 9, danken,
erörtern, zu|stimmen, billigen, an|klagen, erwähnen, rügen, diskutieren, verhandeln); the nouns (Rede, Gespräch,
Beratung, Äußerung) name talk, not what was said, and were not tried. Tried one by one as report verbs on Wikinews (eval-quotes,
added statements / matched / right speaker on train[:500], train[500:], dev): each added 0-3 statements per split,
together 28 statements for 5 matches and 2 right speakers (erklären alone 16 / 4 / 4), below the break-even
(a match 0.41, a right speaker 0.36 of the time): the newspapers of 1840-1919 tell talk as acts ("man beriet",
"er redete") that Wikinews rarely has, and the Wikinews Reported speech our rules miss is built, not worded:
passives ("Als Ursache wurde ... genannt"), intentions ("X will ... einführen": of 118 on train[:500] 55 lie in gold
quotations, 22 of those missed, 63 in none), pluperfect background, "sehen ... in" (adding "in" to its required words: 7 for 2 / 2). None was kept.
Free indirect speech (medium speech or writing) is marked by the subjunctive in 114 of its 126 instances here,
which the Konjunktiv runs already follow; Wikinews marks hearsay "soll" sentences as free indirect, and letting them
reach two sentences back (HEARSAY_REACH 2) gave the wrong speaker (train[:500] 32 for 14 / 6).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lagebild.lang import load

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "redewiedergabe"
SPEECH_MEDIA = {"speech", "writing"}
KINDS = ("reported", "indirect", "direct", "freeIndirect")


@dataclass
class Token:
    word: str
    lemma: str
    pos: str
    sentstart: bool
    stwr: list[tuple[set[str], set[str], str]]  # (types, media, id) per nesting level
    intexpr: list[str]
    fiction: bool


@dataclass
class Sample:
    tokens: list[Token] = field(default_factory=list)


def _stwr(value: str) -> list[tuple[set[str], set[str], str]]:
    if value == "-":
        return []
    out = []
    for level in value.split("|"):
        parts = level.split(".")
        if len(parts) >= 3:
            out.append((set(parts[0].split("_")), set(parts[1].split("_")), parts[2]))
    return out


def _ids(value: str) -> list[str]:
    if value == "-":
        return []
    return [i for part in value.split("|") for i in part.split(".", 1)[-1].split("_") if i]


def read_corpus(folder: Path) -> dict[str, Sample]:
    fiction = {}
    with (folder / "metadata.tsv").open(encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            row = dict(zip(header, line.rstrip("\n").split("\t")))
            fiction[row["file"].removesuffix(".tsv")] = row.get("fictional") == "yes"
    samples: dict[str, Sample] = defaultdict(Sample)
    with gzip.open(folder / "main_corpus_tokens.tsv.gz", "rt", encoding="utf-8") as handle:
        handle.readline()
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 12 or cols[11] != "-":  # footnote text interrupts the main text
                continue
            name = cols[0]
            samples[name].tokens.append(Token(
                word=cols[1], lemma=cols[3], pos=cols[4], sentstart=cols[6] == "yes",
                stwr=_stwr(cols[7]), intexpr=_ids(cols[10]), fiction=fiction.get(name, False)))
    return dict(samples)


def _particle(tokens: list[Token], i: int) -> str:
    """The separated particle closing a finite verb's clause ("kündigte den Rückzug an"), or ""."""
    for tok in tokens[i + 1:i + 40]:
        if tok.pos == "PTKVZ":
            return tok.lemma.lower()
        if tok.pos in ("$.", "$,") or tok.sentstart or tok.pos.startswith("VV"):
            return ""
    return ""


def lemma_at(tokens: list[Token], i: int) -> str | None:
    """The cue lemma of a token: a full verb with its separated particle, or a noun; None for the rest."""
    tok = tokens[i]
    if tok.pos.startswith("VV"):
        lemma = tok.lemma.lower()
        if tok.pos == "VVFIN" or tok.pos == "VVIMP":
            lemma = _particle(tokens, i) + lemma
        return lemma
    if tok.pos == "NN":
        return tok.lemma
    return None


def stwr_by_id(sample: Sample) -> dict[str, tuple[set[str], set[str]]]:
    out: dict[str, tuple[set[str], set[str]]] = {}
    for tok in sample.tokens:
        for types, media, ident in tok.stwr:
            seen = out.setdefault(ident, (set(), set()))
            seen[0].update(types)
            seen[1].update(media)
    return out


def count(samples: dict[str, Sample], nonfiction: bool) -> dict[str, Counter]:
    table: dict[str, Counter] = defaultdict(Counter)
    for name in sorted(samples):
        sample = samples[name]
        annotations = stwr_by_id(sample)
        for i, tok in enumerate(sample.tokens):
            if nonfiction and tok.fiction:
                continue
            lemma = lemma_at(sample.tokens, i)
            if lemma is None or not lemma[:1].isalpha():
                continue
            row = table[lemma]
            row["n"] += 1
            kinds = set()
            thought = False
            for ident in tok.intexpr:
                types, media = annotations.get(ident, (set(), set()))
                if media & SPEECH_MEDIA:
                    kinds |= types & set(KINDS)
                elif media:
                    thought = True
            for kind in kinds:
                row[kind] += 1
            if kinds & {"reported", "indirect"}:
                row["ri"] += 1
            if thought and not kinds:
                row["thought"] += 1
    return table


def lexicon_marks() -> dict[str, str]:
    attribution = load("de")["attribution"]
    marks: dict[str, str] = defaultdict(str)

    def joined(lemma: str) -> str:
        return lemma.replace("|", "").lower()

    for lemma in {joined(line.split(":", 1)[0]) for line in attribution["verbs"]}:
        marks[lemma] += "V"
    for lemma in attribution["report_verbs"]:
        marks[joined(lemma)] += "R"
    for lemma in attribution["attitude_verbs"]:
        marks[joined(lemma)] += "A"
    for noun in attribution["speech_nouns"]:
        marks[noun] += "N"
    for noun in attribution["circum_nouns"]:
        marks[noun] += "C"
    return marks


def print_lemma(samples: dict[str, Sample], wanted: str, limit: int) -> None:
    shown = 0
    for name in sorted(samples):
        sample = samples[name]
        annotations = stwr_by_id(sample)
        for i, tok in enumerate(sample.tokens):
            if lemma_at(sample.tokens, i) != wanted:
                continue
            start = max(j for j in range(i + 1) if j == 0 or sample.tokens[j].sentstart)
            end = next((j for j in range(i + 1, len(sample.tokens)) if sample.tokens[j].sentstart), len(sample.tokens))
            marks = sorted({t for ident in tok.intexpr for t in annotations.get(ident, (set(), set()))[0]}
                           | {m for ident in tok.intexpr for m in annotations.get(ident, (set(), set()))[1]})
            words = " ".join(("[" + t.word + "]" if j == i else t.word) for j, t in enumerate(sample.tokens[start:end], start))
            print(f"{name} {'/'.join(marks) or '-'}: {words}")
            shown += 1
            if shown >= limit:
                return


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--min", type=int, default=10, help="lemmas with at least this many cue uses (rep + ind)")
    parser.add_argument("--nonfiction", action="store_true", help="newspaper and magazine samples only")
    parser.add_argument("--missing", action="store_true", help="only lemmas the lexicon has as no report cue")
    parser.add_argument("--sort", choices=("p_rep", "p_ri", "rep", "ri"), default="rep")
    parser.add_argument("--lemma", default=None, help="print this lemma's sentences")
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args(argv)

    samples = read_corpus(args.corpus)
    if args.lemma:
        print_lemma(samples, args.lemma, args.show)
        return 0
    table = count(samples, args.nonfiction)
    marks = lexicon_marks()
    rows = []
    for lemma, row in table.items():
        if row["ri"] < args.min:
            continue
        mark = marks.get(lemma.lower(), "") if lemma[:1].islower() else marks.get(lemma, "")
        if args.missing and set(mark) & set("RAN"):
            continue
        rows.append((lemma, row, mark, row["reported"] / row["n"], row["ri"] / row["n"]))
    key = {"p_rep": lambda r: (-r[3], r[0]), "p_ri": lambda r: (-r[4], r[0]),
           "rep": lambda r: (-r[1]["reported"], r[0]), "ri": lambda r: (-r[1]["ri"], r[0])}[args.sort]
    print(f"{'lemma':<22}{'n':>6}{'rep':>6}{'ind':>6}{'dir':>6}{'tho':>6}{'p_rep':>7}{'p_ri':>7}  lex")
    for lemma, row, mark, p_rep, p_ri in sorted(rows, key=key):
        print(f"{lemma:<22}{row['n']:>6}{row['reported']:>6}{row['indirect']:>6}{row['direct']:>6}"
              f"{row['thought']:>6}{p_rep:>7.2f}{p_ri:>7.2f}  {mark}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
