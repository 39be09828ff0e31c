"""Print the gold quotations of the Wikinews quotation corpus that our statements miss.

For tuning the attribution rules on the train and dev splits only (never test):

    python scripts/quote_misses.py --split dev [--type Indirect] [--limit 50] [--groups]

Each miss shows its type, gold cue and speaker, the sentence it sits in, and what the
system produced nearby (statements; an unnamed source prints as None). With
--groups only the counts per construction are printed, largest first.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from lagebild.evaluation.quotes import (
    TOKEN_RE, QuoteReport, _token_ids, analyse_text, corpus_path, gold_quotes, read_corpus, score_document)

SPLITS = ("train", "dev")


def construction(text: str, quote, cue: str, speaker: str, sentence: str) -> str:
    """A coarse name for the way the quotation is framed, for counting misses."""
    cue_low = cue.lower().strip()
    q = quote["quote"]["spans"]
    qs = q[0]["charBegin"] if q else 0
    cue_spans = quote["cue"]["spans"]
    speaker_low = speaker.lower()
    who = "pronoun" if speaker_low in {"er", "sie", "ihm", "ihr", "ihnen"} else "named" if speaker_low else "no speaker"
    if not cue_low:
        return f"{quote['type']}/no cue/{who}"
    cue_at = cue_spans[0]["charBegin"]
    where = "cue-before" if cue_at < qs else "cue-after" if cue_at >= q[-1]["charEnd"] else "cue-inside"
    return f"{quote['type']}/{where}/{who}/{cue_low.split()[0]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument("--type", default=None, help="only gold quotes of this type")
    parser.add_argument("--cue", default=None, help="only misses whose construction contains this text")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--groups", action="store_true", help="counts per construction only")
    parser.add_argument("--speaker", action="store_true",
                        help="also show matched quotes whose speaker span is wrong")
    parser.add_argument("--false", dest="false_pos", action="store_true",
                        help="show our statements that match no gold quotation instead")
    args = parser.parse_args(argv)
    path = corpus_path(args.corpus or Path("/work/shared/corpora/wikinews_de_quotes"), args.split)
    groups: Counter[str] = Counter()
    for record in read_corpus(path, args.limit):
        text = record["originalText"]
        doc = analyse_text(text, str(record.get("wikinews_id")))
        quotations = doc.quotations()  # what eval-quotes scores: nested quotations in, each run joined
        tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        gold = gold_quotes(record)
        raw = [a for a in record.get("annotations") or () if a.get("quote", {}).get("spans")]
        gold_tokens = [_token_ids(tokens, g.spans) for g in gold]
        matched: dict[int, int] = {}
        for si, st in enumerate(quotations):
            s_tok = _token_ids(tokens, [st.content_span])
            for gi, gt in enumerate(gold_tokens):
                shared = len(s_tok & gt)
                if shared and shared * 2 >= min(len(s_tok), len(gt)) and gi not in matched:
                    matched[gi] = si
                    break
        if args.false_pos:
            used = set(matched.values())
            for si, st in enumerate(quotations):
                if si in used:
                    continue
                sent = doc.sentences[doc.sentence_index(st.content_span.start)] if doc.sentences else None
                print(f"--- FALSE {record.get('wikinews_id')} {st.mode} cue={st.cue!r} speaker={st.speaker!r}")
                print("  content:", st.content[:300].replace("\n", " "))
                if sent is not None:
                    print("  sentence:", text[sent.start:sent.end][:400].replace("\n", " "))
            continue
        for gi, (g, a) in enumerate(zip(gold, raw)):
            speaker = a.get("speaker", {}).get("text", "")
            cue = a.get("cue", {}).get("text", "")
            wrong_speaker = False
            if gi in matched:
                st = quotations[matched[gi]]
                ok = st.speaker_span is not None and any(st.speaker_span.overlaps(s) for s in g.speakers)
                if ok or not args.speaker:
                    continue
                wrong_speaker = True
            if args.type and g.type != args.type:
                continue
            start = g.spans[0].start
            sent = doc.sentences[doc.sentence_index(start)] if doc.sentences else None
            sentence = text[sent.start:sent.end] if sent else ""
            name = construction(text, a, cue, speaker, sentence)
            if wrong_speaker:
                name = "SPEAKER/" + name
            if args.cue and args.cue not in name:
                continue
            groups[name] += 1
            if args.groups:
                continue
            print(f"--- {record.get('wikinews_id')} {name}  cue={cue!r} speaker={speaker!r}")
            print("  quote:", a["quote"]["text"][:300].replace("\n", " "))
            print("  sentence:", sentence[:400].replace("\n", " "))
            near = [s for s in quotations if abs(s.content_span.start - start) < 400]
            for s in near:
                print(f"  ours: [{s.mode}] {s.speaker!r} @{text[s.speaker_span.start:s.speaker_span.end] if s.speaker_span else None!r}"
                      f" cue={s.cue!r}: {s.content[:120]!r}")
    if args.groups or groups:
        print("\n== misses by construction ==", file=sys.stderr)
        for name, count in groups.most_common(60 if args.groups else 25):
            print(f"{count:5d}  {name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
