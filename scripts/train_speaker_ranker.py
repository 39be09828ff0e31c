"""Train the speaker ranker (`lagebild/analysis/speaker_model.py`) on the Wikinews quotation corpus.

For every statement the rules make with a speaker phrase, on the train split: its candidates
(`speaker_model.Article.candidates`), their features, and which of them overlap a gold speaker span
of the gold quotation the statement matches (as `lagebild.evaluation.quotes` pairs them). A listwise
logistic regression (softmax over each statement's candidates, L2, L-BFGS) learns to score them.

The margin (how far a candidate must beat the rules' phrase) is chosen by k-fold cross-validation by
article over all 700 train articles: each fold's statements are scored by a model trained on the other
folds, and the pooled out-of-fold choices are scored as the corpus scorer scores them (speaker-correct
F1: the ranker never adds, drops or re-pairs a statement, so only matched statements whose speaker
turns right or wrong move it). The written file is trained on all 700 train articles with that margin;
dev is printed as the held-out check (a model of all 700 on dev). The test split is never read.
Deterministic: the same corpus and rules give the same file.

Experiments with more data (session 17, neither paid; `lagebild/models/README.md`): `--extra FILE` adds the
statements of another corpus in the Wikinews format (`scripts/redewiedergabe.py quotes`) to the training set of
every fold and of the file, weighed `--extra-weight`, never to what is scored; `--prior FILE` adds each
candidate's head word's "speakerness" bucket (`scripts/redewiedergabe.py speakerness`) as features.

    python scripts/train_speaker_ranker.py [--l2 X] [--folds K] [--margin M] [--show M] [--out FILE] [--cache DIR]
                                           [--extra FILE [--extra-weight W]] [--prior FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from pathlib import Path

os.environ["LAGEBILD_SPEAKER_MODEL"] = "0"  # the rules' speakers are what the ranker chooses against

import numpy as np  # noqa: E402
from scipy import optimize  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from model_training import commit, design_matrix, dumps  # noqa: E402

from lagebild.analysis import speaker_model  # noqa: E402
from lagebild.evaluation.quotes import (analyse_text, corpus_path, gold_quotes, pair_statements,  # noqa: E402
                                        read_corpus)

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "wikinews_de_quotes"
L2 = 1.0
MIN_COUNT = 3
MARGINS = [round(0.25 * k, 2) for k in range(0, 25)]
FOLDS = 5
WRONG_WEIGHT = 1.0  # how much a statement whose rules' phrase is wrong counts in training
BLIND = False  # --blind: learn without the features that know the rules' choice


def matches(record: dict, statements: list) -> dict[int, int]:
    """statement index -> gold quotation index, paired as the scorer pairs them."""
    return {si: gi for gi, si in pair_statements(record, statements).items()}


def collect(split: str, skip: int = 0, limit: int | None = None, recall: dict | None = None,
            corpus: Path | None = None) -> list[dict]:
    """One row per statement with a speaker phrase: candidates' features, labels, whether each can be named.
    `corpus`: another file in the Wikinews format (an --extra corpus), whose texts the analysis may fail on
    (counted in `recall["failed"]` and passed over: old texts are no news)."""
    rows = []
    for number, record in enumerate(read_corpus(corpus or corpus_path(CORPUS, split), limit, skip)):
        try:
            doc = analyse_text(record["originalText"], f"{split}-{skip + number}")
        except ValueError:
            if corpus is None:
                raise
            if recall is not None:
                recall["failed"] = recall.get("failed", 0) + 1
            continue
        statements = doc.statements
        if not statements:
            if recall is not None:
                recall["gold"] = recall.get("gold", 0) + len(gold_quotes(record))
            continue
        gold = gold_quotes(record)
        paired = matches(record, statements)
        if recall is not None:
            recall["system"] = recall.get("system", 0) + len(statements)
            recall["gold"] = recall.get("gold", 0) + len(gold)
        article = speaker_model.Article(doc)
        for index, statement in enumerate(statements):
            gi = paired.get(index)
            speakers = gold[gi].speakers if gi is not None else []
            if recall is not None and gi is not None and statement.speaker_span is not None and any(
                    statement.speaker_span.overlaps(g) for g in speakers):
                recall["speaker_correct"] = recall.get("speaker_correct", 0) + 1
            if recall is not None and speakers:
                recall["matched_with_speaker"] = recall.get("matched_with_speaker", 0) + 1
            if statement.speaker_span is None:
                if recall is not None and speakers:
                    recall["no_span"] = recall.get("no_span", 0) + 1
                continue
            previous = statements[index - 1] if index else None
            candidates = article.candidates(statement)
            features = article.features(statement, candidates, previous)
            labels = [int(any(c.span.overlaps(g) for g in speakers)) for c in candidates]
            names = [statement.speaker] + [(article.name(statements, index, c) or (None,))[0] for c in candidates[1:]]
            nameable = [True] + [n is not None for n in names[1:]]
            if recall is not None and speakers:
                recall["rule_right"] = recall.get("rule_right", 0) + labels[0]
                recall["any_candidate"] = recall.get("any_candidate", 0) + int(any(labels))
                recall["any_nameable"] = recall.get("any_nameable", 0) + int(
                    any(y and n for y, n in zip(labels, nameable)))
                if not labels[0] and any(labels):
                    kinds = recall.setdefault("right_kinds", {})
                    for c, y in zip(candidates, labels):
                        if y:
                            kinds[c.kind] = kinds.get(c.kind, 0) + 1
                            break
            rows.append({"doc": skip + number, "features": features, "labels": labels, "nameable": nameable,
                         "speakers": bool(speakers), "kinds": [c.kind for c in candidates],
                         "texts": [doc.text[c.span.start:c.span.end] for c in candidates],
                         "content": statement.content[:80], "cue": statement.cue,
                         "same_name": [n is not None and n == statement.speaker for n in names]})
    return rows


def cached(split: str, skip: int, limit: int | None, cache: Path | None,
           corpus: Path | None = None) -> tuple[list[dict], dict]:
    """The candidate table of a split (or of another corpus file) and its counts (statements, gold quotations,
    speaker-correct)."""
    name = f"{split}_{skip}_{limit}" if corpus is None else f"extra_{corpus.name.split('.')[0]}"
    path = cache / f"{name}.pkl" if cache is not None else None
    if path is not None and path.is_file():
        return pickle.loads(path.read_bytes())
    recall: dict = {}
    started = time.process_time()
    rows = collect(split, skip, limit, recall, corpus)
    print(f"{corpus or split}[{skip}:{'' if limit is None else skip + limit}]: {len(rows)} statements with a speaker phrase, "
          f"{time.process_time() - started:.1f} CPU s; candidate recall: {json.dumps(recall, sort_keys=True)}",
          flush=True)
    if path is not None:
        cache.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps((rows, recall)))
    return rows, recall


def fit(rows: list[dict]) -> dict[str, float]:
    """Softmax over each statement's candidates (the gold's candidates share the target), L2."""
    usable = [r for r in rows if r["speakers"] and any(r["labels"])]
    flat = [[f for f in fs if "rule" not in f] if BLIND else fs for r in usable for fs in r["features"]]
    x, column = design_matrix(flat, MIN_COUNT)
    sizes = np.array([len(r["labels"]) for r in usable])
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    group = np.repeat(np.arange(len(usable)), sizes)
    weight = np.array([(1.0 if r["labels"][0] else WRONG_WEIGHT) * r.get("weight", 1.0) for r in usable])
    target = np.concatenate([np.array(r["labels"], float) / sum(r["labels"]) * g for r, g in zip(usable, weight)])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        top = np.maximum.reduceat(s, starts)
        e = np.exp(s - top[group])
        z = np.add.reduceat(e, starts)
        p = e / z[group]
        log_z = np.log(z) + top
        value = float(np.sum(log_z[group] * target) - target @ s) + 0.5 * L2 * float(w @ w)
        gradient = x.T @ (p * weight[group] - target) + L2 * w
        return value, gradient

    result = optimize.minimize(loss, np.zeros(x.shape[1]), jac=True, method="L-BFGS-B",
                               options={"maxiter": 500})
    names = sorted(column, key=column.get)
    return {name: round(float(w), 6) for name, w in zip(names, result.x) if abs(w) >= 1e-6}


def read_prior(path: Path) -> dict[str, tuple[int, int]]:
    """noun form -> (speaker occurrences, occurrences) of its lemma, as `redewiedergabe.py speakerness` writes them."""
    table = {}
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            form, spoken, seen = line.split("\t")
            table[form] = (int(spoken), int(seen))
    return table


def prior_bucket(word: str, table: dict[str, tuple[int, int]], base: float) -> str:
    """How much more often than the average noun the word's lemma speaks: never (seen 15 times, never a
    speaker), low, avg, high, top; a compound is read by its longest known tail ("regierungssprecher")."""
    found = table.get(word) or next((table[word[k:]] for k in range(1, len(word) - 3) if word[k:] in table), None)
    if found is None:
        return "unknown"
    spoken, seen = found
    if spoken == 0 and seen >= 15:
        return "never"
    ratio = (spoken + 1) / (seen + 1 / base) / base
    return "low" if ratio < 0.5 else "avg" if ratio < 2 else "high" if ratio < 5 else "top"


def add_prior(rows: list[dict], table: dict[str, tuple[int, int]]) -> None:
    """The head word's speakerness bucket as features of each candidate (alone, with its kind, for the rules'
    phrase)."""
    lemmas = set(table.values())
    base = sum(s for s, _n in lemmas) / max(1, sum(n for _s, n in lemmas))
    for row in rows:
        for k, features in enumerate(row["features"]):
            head = next((f[5:] for f in features if f.startswith("head=")), "")
            kind = next((f[5:] for f in features if f.startswith("kind=")), "")
            bucket = prior_bucket(head, table, base)
            features += [f"prior={bucket}", f"prior&kind={bucket}&{kind}"] + ([f"rule&prior={bucket}"] if k == 0 else [])


def choice(row: dict, weights: dict[str, float], margin: float) -> int:
    scores = [sum(weights.get(f, 0.0) for f in fs) for fs in row["features"]]
    for k in sorted(range(1, len(scores)), key=lambda k: -scores[k]):
        if scores[k] - scores[0] <= margin:
            break
        if row["nameable"][k]:
            return k
    return 0


def gains(rows: list[dict], weights: dict[str, float], margins: list[float]) -> dict[float, tuple[int, int, int]]:
    """margin -> (statements changed, speaker-correct won, speaker-correct lost) over the matched rows."""
    out = {}
    for margin in margins:
        changed = won = lost = 0
        for row in rows:
            k = choice(row, weights, margin)
            if k:
                changed += 1
                if row["speakers"]:
                    won += row["labels"][k] and not row["labels"][0]
                    lost += row["labels"][0] and not row["labels"][k]
        out[margin] = (changed, won, lost)
    return out


def f1(correct: int, counts: dict) -> float:
    return 2 * correct / (counts["system"] + counts["gold"]) if counts["system"] + counts["gold"] else 0.0


def cross_validate(rows: list[dict], counts: dict, show: float | None = None,
                   extra: list[dict] = ()) -> tuple[float, tuple[int, int, int]]:
    """The margin whose pooled out-of-fold choices gain most speaker-correct statements, and those gains;
    `show`: print every out-of-fold replacement at that margin (where the rules lose or win, for rule work);
    `extra`: rows of another corpus every fold also learns from."""
    docs = sorted({r["doc"] for r in rows})
    fold_of = {d: k % FOLDS for k, d in enumerate(docs)}
    total = {m: np.zeros(3, int) for m in MARGINS}
    for fold in range(FOLDS):
        weights = fit([r for r in rows if fold_of[r["doc"]] != fold] + list(extra))
        held_out = [r for r in rows if fold_of[r["doc"]] == fold]
        for m, found in gains(held_out, weights, MARGINS).items():
            total[m] += found
        for row in held_out if show is not None else ():
            k = choice(row, weights, show)
            if k and row["speakers"]:
                verdict = ("won" if row["labels"][k] > row["labels"][0] else "lost" if row["labels"][k] < row["labels"][0]
                           else "same")
                print(f"  {verdict:4s} article {row['doc']}: {row['texts'][0]!r} -> {row['texts'][k]!r} ({row['kinds'][k]})"
                      f" | cue {row['cue']!r} | {row['content']!r}")
    base = counts["speaker_correct"]
    for m in MARGINS:
        changed, won, lost = total[m]
        print(f"  margin {m:5.2f}: changed {changed:4d}, speaker-correct +{won} -{lost} = {won - lost:+d}, "
              f"F1 {f1(base, counts):.4f} -> {f1(base + won - lost, counts):.4f}")
    best = max(MARGINS, key=lambda m: (total[m][1] - total[m][2], m))
    print(f"cross-validated margin: {best}")
    return best, tuple(int(v) for v in total[best])


def main() -> None:
    global BLIND, L2, FOLDS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=speaker_model.MODEL_PATH)
    parser.add_argument("--cache", type=Path, default=None, help="keep the candidate tables here (iterating)")
    parser.add_argument("--blind", action="store_true", help="learn without the features that know the rules' choice")
    parser.add_argument("--margin", type=float, default=None, help="skip the cross-validation")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--show", type=float, default=None, metavar="MARGIN",
                        help="print the out-of-fold replacements at this margin")
    parser.add_argument("--extra", type=Path, default=None, help="another corpus (Wikinews format) to learn from too")
    parser.add_argument("--extra-weight", type=float, default=1.0, help="how much each --extra statement counts")
    parser.add_argument("--prior", type=Path, default=None, help="a speakerness table: head word buckets as features")
    args = parser.parse_args()
    BLIND, L2, FOLDS = args.blind, args.l2, args.folds
    rows, counts = cached("train", 0, None, args.cache)
    dev, dev_counts = cached("dev", 0, None, args.cache)
    extra: list[dict] = []
    if args.extra is not None:
        extra, extra_counts = cached("extra", 0, None, args.cache, args.extra)
        extra = [dict(r, doc=-1, weight=args.extra_weight) for r in extra]
    if args.prior is not None:
        table = read_prior(args.prior)
        for part in (rows, dev, extra):
            add_prior(part, table)
    cv = None
    if args.margin is None:
        margin, cv = cross_validate(rows, counts, args.show, extra)
    else:
        margin = args.margin
    weights = fit(rows + extra)
    changed, won, lost = gains(dev, weights, [margin])[margin]
    base = dev_counts["speaker_correct"]
    print(f"dev, trained on all 700 train articles: changed {changed}, speaker-correct +{won} -{lost} = {won - lost:+d}, "
          f"F1 {f1(base, dev_counts):.4f} -> {f1(base + won - lost, dev_counts):.4f}")
    meta = {"commit": commit(), "trained_on": "train (all 700)", "l2": L2, "min_count": MIN_COUNT, "blind": BLIND,
            "features": len(weights), "folds": FOLDS}
    if args.extra is not None:
        meta.update(extra=args.extra.name, extra_weight=args.extra_weight)
    if args.prior is not None:
        meta["prior"] = args.prior.name
    if cv is not None:
        meta["cv_changed_won_lost"] = list(cv)
    model = {"margin": margin, "meta": meta, "weights": weights}
    args.out.write_text(dumps(model), "utf-8")
    print(f"wrote {args.out}: {len(weights)} weights, margin {margin}")


if __name__ == "__main__":
    main()
