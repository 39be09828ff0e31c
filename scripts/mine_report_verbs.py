"""Count, per verb of saying, how often its finite forms head a gold quotation of the Wikinews corpus.

For choosing the report verbs of lang/de/attribution.toml on the train split only (never test):

    python scripts/mine_report_verbs.py --split train --limit 500 [--min 3] [--lemma sprechen]

Two tables, one line per lemma of the `verbs` table:

- the corpus: every finite form outside quotation marks (a separable verb's stem counts for the lemma
  whose particle comes later in the sentence); `n` occurrences, `gold` how many lie in or are the cue
  of a gold Reported, Indirect or IndirectFreeIndirect quotation, `ours` how many lie in or are the
  cue of one of our quotations, `missed` gold and not ours, `false` ours and not gold; `report` marks
  the lemmas already in `report_verbs`. A verb heads reported speech most of the time when
  gold / n >= 0.5.
- our reported speech acts: the quotations whose speaker stands inside their content (a speech act
  told as a whole sentence, "Die Armee sprach von ..."), by the lemma of their cue: how many, how many
  match a gold quotation and how many of those have the gold speaker. Such a statement pays for
  speaker-correct F1 only when it is speaker-correct more often than about F1 / 2.

With --lemma the sentences of that lemma are printed with their marks (G gold, S ours).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from lagebild.analysis.attribution import Lexicon, lexicon
from lagebild.evaluation.quotes import (
    TOKEN_RE, _spans, analyse_text, corpus_path, gold_quotes, pair_statements, read_corpus)
from lagebild.lang import load

REPORTED_TYPES = {"Reported", "Indirect", "IndirectFreeIndirect"}
QUOTE_MARKS = "„“”»«\""


def _inside(pos: int, spans) -> bool:
    return any(s.start <= pos < s.end for s in spans)


def _lemma(lex: Lexicon, word: str, rest: list[str]) -> str | None:
    """The lemma of a finite form: a separable verb's when its particle follows in the sentence."""
    forms = [f for f in lex.forms.get(word, ()) if f.kind != "participle"]
    split = next((f for f in forms if f.kind == "split" and f.particle in rest), None)
    if split is not None:
        return split.lemma
    plain = next((f for f in forms if f.kind == "finite"), None)
    return plain.lemma if plain is not None else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--min", type=int, default=3, help="print lemmas with at least this many occurrences")
    parser.add_argument("--lemma", default=None, help="print this lemma's sentences")
    args = parser.parse_args(argv)
    lex = lexicon(load("de"))
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    acts: dict[str, Counter[str]] = defaultdict(Counter)
    path = corpus_path(args.corpus or Path("/work/shared/corpora/wikinews_de_quotes"), args.split)
    for record in read_corpus(path, args.limit, args.skip):
        text = record["originalText"]
        doc = analyse_text(text, str(record.get("wikinews_id")))
        quotations = doc.quotations()
        ours = [s.content_span for s in quotations] + [s.cue_span for s in quotations if s.cue_span]
        gold = [span for a in record.get("annotations") or () if str(a.get("type")) in REPORTED_TYPES
                for span in _spans(a.get("quote")) + _spans(a.get("cue"))]
        for sent in doc.sentences:
            part = text[sent.start:sent.end]
            tokens = list(TOKEN_RE.finditer(part))
            words = [m.group().lower() for m in tokens]
            depth = 0
            for i, m in enumerate(tokens):
                word = m.group()
                if word in QUOTE_MARKS:
                    depth = 0 if depth else 1  # (text inside quotation marks is someone's words, no narration)
                    continue
                if depth or not word[:1].islower():
                    continue
                lemma = _lemma(lex, word, words[i + 1:])
                if lemma is None:
                    continue
                pos = sent.start + m.start()
                g, s = _inside(pos, gold), _inside(pos, ours)
                c = counts[lemma]
                c["n"] += 1
                c["gold"] += g
                c["ours"] += s
                c["missed"] += g and not s
                c["false"] += s and not g
                if args.lemma == lemma:
                    print(f"{'G' if g else '-'}{'S' if s else '-'} {part.strip()[:200]}")
        gold_quotes_ = gold_quotes(record)
        paired = {si: gi for gi, si in pair_statements(record, quotations).items()}
        for si, st in enumerate(quotations):
            if st.speaker_span is None or not st.content_span.contains(st.speaker_span) or not st.cue:
                continue
            cue = st.cue.split()
            lemma = _lemma(lex, cue[0], [w.lower() for w in cue[1:]]) or cue[0]
            gi = paired.get(si)
            a = acts[lemma]
            a["n"] += 1
            a["matched"] += gi is not None
            a["speaker"] += gi is not None and any(st.speaker_span.overlaps(x) for x in gold_quotes_[gi].speakers)
    if args.lemma:
        return 0
    print(f"{'lemma':24} {'n':>4} {'gold':>4} {'ours':>4} {'miss':>4} {'false':>5}  gold/n  report")
    for lemma, c in sorted(counts.items(), key=lambda kv: (-kv[1]["gold"] / kv[1]["n"], -kv[1]["n"])):
        if c["n"] < args.min:
            continue
        mark = "report" if lemma in lex.report_verbs else ""
        print(f"{lemma:24} {c['n']:4d} {c['gold']:4d} {c['ours']:4d} {c['missed']:4d} {c['false']:5d}  "
              f"{c['gold'] / c['n']:.2f}    {mark}")
    print(f"\nour speech acts told as a whole sentence, by cue\n{'lemma':24} {'n':>4} {'match':>5} {'speaker':>7}")
    for lemma, a in sorted(acts.items(), key=lambda kv: -kv[1]["n"]):
        if a["n"] >= args.min:
            print(f"{lemma:24} {a['n']:4d} {a['matched']:5d} {a['speaker']:7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
