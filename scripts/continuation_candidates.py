"""Would more continuing sentences pay on the Wikinews quotation corpus? The candidate pool and its break-even.

A sentence no statement touches that follows a statement within `--reach` sentences may go on with that statement's
report (FreeIndirect / IndirectFreeIndirect in the corpus: "Er forderte ... . Juventus soll absteigen."). For each
such candidate this prints what the rules would have to add: whether it matches a gold quotation no statement matches
yet, and whether the previous statement's speaker phrase is that quotation's gold speaker (speaker-correct).

An added statement raises quotation F1 only when it matches more often than about F1/2 (about 0.41) and
speaker-correct F1 only when its speaker is right more often than about 0.36 (F1 = 2 TP / (system + gold)), so the
table gives both rates per kind of sentence (Konjunktiv I, hearsay "soll", Konjunktiv II such as "wäre"/"würden",
indicative) and distance. `--cv` fits a logistic regression (numpy/scipy, as scripts/train_statement_model.py) to
the candidates' features with five folds over the train articles and prints, per threshold, what the out-of-fold
selection would add (and a model of all train articles on dev): whether a learned choice finds a subset that pays.

    python scripts/continuation_candidates.py [--limit 500] [--skip 0] [--cv]

Train and dev only; the test split is never read (it is the final measure).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from lagebild.analysis.attribution import Attributor
from lagebild.evaluation.quotes import (
    TOKEN_RE, _token_ids, analyse_text, corpus_path, gold_quotes, pair_statements, read_corpus)

# Konjunktiv II and modal forms a continuing sentence may use instead of Konjunktiv I (analysis only, not a rule)
SUBJUNCTIVE_II = {"wäre", "wären", "hätte", "hätten", "würde", "würden", "könnte", "könnten", "müsste", "müssten",
                  "dürfte", "dürften", "sollte", "sollten", "möchte", "möchten"}
HEARSAY = {"soll", "sollen"}
PREPOSITIONAL_CUE = re.compile(r"^(nach|laut|zufolge|gemäß|demnach|so)\b", re.I)


def candidates(split: str, limit: int | None, skip: int, reach: int) -> list[dict]:
    rows = []
    for record in read_corpus(corpus_path(None, split), limit, skip):
        text = record["originalText"]
        doc = analyse_text(text)
        att = Attributor(doc)
        gold = gold_quotes(record)
        used = pair_statements(record, doc.quotations())  # gold quotations a statement already matches
        tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        gold_tokens = [_token_ids(tokens, g.spans) for g in gold]
        statements = doc.with_nested()
        covered: set[int] = set()
        for s in statements:
            for span in (s.span, s.content_span):
                covered.update(range(doc.sentence_index(span.start), doc.sentence_index(max(span.start, span.end - 1)) + 1))
        ends = sorted(((doc.sentence_index(max(s.content_span.start, s.content_span.end - 1)), s) for s in statements),
                      key=lambda pair: (pair[0], pair[1].content_span.start))
        for si, sentence in enumerate(doc.sentences):
            before = [(i, s) for i, s in ends if i < si and si - i <= reach]
            if si in covered or not before:
                continue
            pi, previous = before[-1]
            words = [w.lower() for w in re.findall(r"\w+", text[sentence.start:sentence.end])]
            if not words:
                continue
            kind = ("K1" if att.continues_report(si) else "soll" if att.has_hearsay(si) or set(words) & HEARSAY
                    else "K2" if set(words) & SUBJUNCTIVE_II else "indicative")
            features = _features(doc, text, att, si, pi, previous, words, kind, covered)
            own = _token_ids(tokens, [sentence])
            match = speaker = 0
            for gi, gt in enumerate(gold_tokens):
                shared = len(own & gt)
                if shared and shared * 2 >= min(len(own), len(gt)) and gi not in used:
                    match = 1
                    speaker = int(previous.speaker_span is not None
                                  and any(previous.speaker_span.overlaps(x) for x in gold[gi].speakers))
                    break
            rows.append({"doc": str(record.get("wikinews_id")), "kind": kind, "dist": si - pi, "features": features,
                         "match": match, "speaker": speaker})
    return rows


def _features(doc, text, att, si, pi, previous, words, kind, covered) -> list[str]:
    sentence = doc.sentences[si]
    f = {f"kind={kind}", f"dist={si - pi}", f"kind_dist={kind}_{min(si - pi, 3)}", f"pmode={previous.mode}",
         f"w1={words[0]}", f"w12={' '.join(words[:2])}", f"len={min(len(words) // 8, 4)}",
         "pnamed" if previous.speaker else "punnamed", f"pkind={previous.kind}"}
    f.update(f"modal={w}" for w in set(words) & (SUBJUNCTIVE_II | HEARSAY))
    cue = (previous.cue or "").lower()
    f.add("pcue=" + (cue.split()[0] if cue else "none"))
    if PREPOSITIONAL_CUE.match(cue) or cue.endswith("zufolge"):
        f.update({"pcue_prep", f"pcue_prep_{kind}"})
    if "\n" in text[doc.sentences[pi].end:sentence.start]:
        f.update({"para", f"para_{kind}"})
    if all(j in covered for j in range(pi + 1, si)):
        f.add("gap_covered")
    if previous.speaker_span is None:
        f.add("pnospan")
    if previous.run_start is not None:
        f.add("prun")
    if words[0] in ("er", "sie", "es", "man") or (len(words) > 1 and words[1] in ("er", "sie")):
        f.add("pronoun_subject")
    mentions = [m for m in doc.mentions if sentence.start <= m.span.start < sentence.end
                and m.kind in ("person", "org", "group")]
    if any(previous.speaker and m.canonical == previous.speaker for m in mentions):
        f.add("mentions_previous")
    if any(m.canonical != previous.speaker for m in mentions):
        f.add("mentions_other")
    if any(ch in text[sentence.start:sentence.end] for ch in "„\""):
        f.add("quote")
    if set(words) & {"ich", "wir", "mir", "uns"}:
        f.add("first_person")
    if att.has_hearsay(si):
        f.add("hearsay")
    return sorted(f)


def table(rows: list[dict]) -> None:
    counts: Counter = Counter()
    for r in rows:
        for key in ((r["kind"], str(r["dist"]) if r["dist"] < 3 else "3+"), (r["kind"], "all")):
            counts[key + ("n",)] += 1
            counts[key + ("match",)] += r["match"]
            counts[key + ("speaker",)] += r["speaker"]
    print(f"{'kind':12s} {'dist':>4s} {'n':>5s} {'match':>6s} {'spk':>5s} {'match%':>7s} {'spk%':>6s}")
    for key in sorted({k[:2] for k in counts}):
        n, m, s = (counts[key + (x,)] for x in ("n", "match", "speaker"))
        print(f"{key[0]:12s} {key[1]!s:>4s} {n:5d} {m:6d} {s:5d} {m / n:7.2f} {s / n:6.2f}")


def cross_validate(train: list[dict], dev: list[dict], l2: float = 1.0) -> None:
    import numpy as np
    from scipy.optimize import minimize
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from model_training import design_matrix

    def fit(rows: list[dict]) -> tuple[dict[str, float], float]:
        x, column = design_matrix([r["features"] for r in rows], 3)
        y = np.array([r["speaker"] for r in rows], dtype=float)
        xt, width = x.T.tocsr(), len(column)

        def loss(theta):
            w, b = theta[:width], theta[width]
            z = x @ w + b
            residual = 1 / (1 + np.exp(-z)) - y
            value = float(np.logaddexp(0, z).sum() - (y * z).sum() + 0.5 * l2 * (w * w).sum())
            return value, np.concatenate([xt @ residual + l2 * w, [residual.sum()]])

        theta = minimize(loss, np.zeros(width + 1), jac=True, method="L-BFGS-B").x
        return {f: float(theta[k]) for f, k in column.items()}, float(theta[width])

    def probability(model, row) -> float:
        weights, bias = model
        return 1 / (1 + np.exp(-(bias + sum(weights.get(f, 0.0) for f in row["features"]))))

    docs = sorted({r["doc"] for r in train})
    fold = {d: i % 5 for i, d in enumerate(docs)}
    out_of_fold = [0.0] * len(train)
    for k in range(5):
        model = fit([r for r in train if fold[r["doc"]] != k])
        for i, r in enumerate(train):
            if fold[r["doc"]] == k:
                out_of_fold[i] = probability(model, r)
    full = fit(train)
    for name, rows, scores in (("train, out of fold", train, out_of_fold),
                               ("dev, model of all train", dev, [probability(full, r) for r in dev])):
        print(name, "(a selection pays for speaker-correct F1 when spk% > ~0.36, for quotation F1 when match% > ~0.41)")
        for threshold in (0.2, 0.3, 0.4, 0.5, 0.6):
            chosen = [r for r, p in zip(rows, scores) if p >= threshold]
            n, m, s = len(chosen), sum(r["match"] for r in chosen), sum(r["speaker"] for r in chosen)
            print(f"  >= {threshold:.1f}: {n:4d} added, {m:3d} match, {s:3d} speaker-correct"
                  + (f" ({m / n:.2f} / {s / n:.2f})" if n else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("train", "dev"), default="train")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--reach", type=int, default=4, help="sentences after a statement (default 4)")
    parser.add_argument("--cv", action="store_true", help="five-fold CV over all train articles, checked on dev")
    args = parser.parse_args(argv)
    if args.cv:
        train = candidates("train", None, 0, args.reach)
        dev = candidates("dev", None, 0, args.reach)
        table(train)
        cross_validate(train, dev)
    else:
        table(candidates(args.split, args.limit, args.skip, args.reach))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
