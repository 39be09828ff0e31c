"""The REDEWIEDERGABE corpus as data for the speaker ranker's experiments (`scripts/train_speaker_ranker.py`).

REDEWIEDERGABE (Brunner et al. 2020, github.com/redewiedergabe/corpus, **CC BY-NC-SA 4.0**; 838 samples of
German fiction and newspaper/magazine text 1840-1919, 487k tokens, `../shared/corpora/redewiedergabe`) marks
every instance of speech, thought and writing representation with its speaker's tokens.

    python scripts/redewiedergabe.py quotes OUT.jsonl.gz        # the samples in the Wikinews corpus's format
    python scripts/redewiedergabe.py speakerness OUT.tsv        # a "speakerness" prior per noun

`quotes`: each sample becomes one record: `originalText` the sample detokenised from its normalised spelling
(`normtok`; quotation marks made German „...“ by turns, footnotes left out), and one annotation per instance
(each `stwr` id, any type and level) with its tokens' character spans as `quote` and the tokens its `speaker`
column links to that id as `speaker`. `lagebild.evaluation.quotes` then pairs the analysis's statements with
the instances as it pairs Wikinews, and `train_speaker_ranker.py --extra OUT.jsonl.gz` learns from them too.

`speakerness`: for every noun lemma (POS NN or NE) its occurrences and those inside a speaker annotation; each
normalised word form (lower case) of a lemma seen at least MIN_OCCURRENCES times is written with its lemma's
two counts (inflected forms share one estimate). `train_speaker_ranker.py --prior OUT.tsv` gives each candidate's
head word its bucket as a feature.

Neither output ships: out of fold on Wikinews train neither made the ranker pay (lagebild/models/README.md).
Deterministic, a few CPU seconds.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "redewiedergabe" / "main_corpus_tokens.tsv.gz"
QUOTES = set("«»„“”\"")
NO_SPACE_BEFORE = set(".,;:!?)]}…") | {"...", "'s"}
NO_SPACE_AFTER = set("([{")
ENTITIES = {"&quot;": '"', "&amp;": "&", "&lt;": "‹", "&gt;": "›", "&apos;": "'"}
MIN_OCCURRENCES = 5
NOUN_TAGS = ("NN", "NE")


def samples(path: Path):
    """(sample id, rows as dicts) in corpus order."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        names = next(reader)
        current, rows = None, []
        for values in reader:
            row = dict(zip(names, values))
            if row["file"] != current:
                if rows:
                    yield current, rows
                current, rows = row["file"], []
            rows.append(row)
        if rows:
            yield current, rows


def word(row: dict) -> str:
    """The token's normalised spelling; punctuation and quotation marks as written."""
    text = row["normtok"] or row["tok"]
    if text.startswith("&") or not text.strip():
        text = row["tok"]
    for entity, char in ENTITIES.items():
        text = text.replace(entity, char)
    return text.replace("_", " ")  # CAB joins a contraction's parts ("mag_es")


def record(sample: str, rows: list[dict]) -> dict:
    text, spans, opened = [], [], False
    position = 0
    glue = True  # no space before the next token
    for row in rows:
        if row.get("note", "-") != "-":
            spans.append(None)
            continue
        token = word(row)
        if token in QUOTES:
            token = "“" if opened else "„"
            opened = not opened
            closing = token == "“"
        else:
            closing = False
        if text and not glue and not closing and token not in NO_SPACE_BEFORE:
            text.append(" ")
            position += 1
        spans.append((position, position + len(token)))
        text.append(token)
        position += len(token)
        glue = token in NO_SPACE_AFTER or token == "„"
    instances: dict[str, list[tuple[int, int]]] = defaultdict(list)
    kinds: dict[str, str] = {}
    speakers: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for row, span in zip(rows, spans):
        if span is None:
            continue
        if row["stwr"] not in ("-", ""):
            for level in row["stwr"].split("|"):
                parts = level.split(".")
                if len(parts) >= 3:
                    instances[parts[2]].append(span)
                    kinds.setdefault(parts[2], parts[0])
        if row["speaker"].startswith("speaker."):
            for ident in row["speaker"][len("speaker."):].split("_"):
                speakers[ident].append(span)
    annotations = []
    for ident in sorted(instances, key=lambda i: instances[i][0]):
        annotations.append({"type": kinds[ident], "quote": {"spans": _merge(instances[ident])},
                            "speaker": {"spans": _merge(speakers.get(ident, []))}})
    return {"id": sample, "originalText": "".join(text), "annotations": annotations}


def _merge(spans: list[tuple[int, int]]) -> list[dict]:
    """Adjacent token spans (at most a space apart) as one character span."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [{"charBegin": s, "charEnd": e} for s, e in out]


def count(path: Path) -> tuple[Counter, Counter, dict[str, set[str]]]:
    """(occurrences per lemma, speaker occurrences per lemma, lower-case forms per lemma) of the nouns."""
    seen, spoken, forms = Counter(), Counter(), defaultdict(set)
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        column = {name: k for k, name in enumerate(next(reader))}
        for row in reader:
            if len(row) < len(column) or row[column["pos"]] not in NOUN_TAGS:
                continue
            lemma, form = row[column["lemma"]], row[column["normtok"]].lower()
            if not lemma[:1].isalpha() or not form[:1].isalpha():
                continue
            seen[lemma] += 1
            forms[lemma].add(form)
            if row[column["speaker"]] != "-":
                spoken[lemma] += 1
    return seen, spoken, forms


def table(seen: Counter, spoken: Counter, forms: dict[str, set[str]]) -> dict[str, tuple[int, int]]:
    """form -> (speaker occurrences, occurrences) of its lemma; a form two lemmas share takes the commoner."""
    out: dict[str, tuple[int, int]] = {}
    for lemma in sorted(seen, key=lambda l: (-seen[l], l)):
        if seen[lemma] < MIN_OCCURRENCES:
            continue
        for form in sorted(forms[lemma]):
            out.setdefault(form, (spoken[lemma], seen[lemma]))
    return out


def speakerness(path: Path) -> list[str]:
    seen, spoken, forms = count(path)
    rows = table(seen, spoken, forms)
    lines = ["# noun form (lower case)\tspeaker occurrences of its lemma\toccurrences of its lemma",
             "# from REDEWIEDERGABE (Brunner et al. 2020, CC BY-NC-SA 4.0) by scripts/redewiedergabe.py speakerness"]
    return lines + [f"{form}\t{s}\t{n}" for form, (s, n) in sorted(rows.items())]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("quotes", "speakerness"))
    parser.add_argument("out", type=Path)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if args.what == "speakerness":
        lines = speakerness(args.corpus)
        args.out.write_text("\n".join(lines) + "\n", "utf-8")
        print(f"wrote {args.out}: {len(lines) - 2} forms")
        return
    n = 0
    with gzip.open(args.out, "wt", encoding="utf-8") as handle:
        for sample, rows in samples(args.corpus):
            handle.write(json.dumps(record(sample, rows), ensure_ascii=False) + "\n")
            n += 1
    print(f"wrote {args.out}: {n} samples")


if __name__ == "__main__":
    main()
