"""Train the quotation tagger (lagebild/analysis/quote_tagger.py) from the Wikinews corpus.

    python scripts/train_quote_tagger.py [--corpus DIR] [--limit N] [--out MODEL] [--folds K] [--tune]

Learns from train.jsonl.gz only. --folds K chooses the confidence threshold (MIN_CONFIDENCE in
quote_tagger.py) by K-fold cross-validation over the train articles: each fold's articles are
tagged by a model of the other folds and the pooled eval-quotes numbers are printed per
threshold. --tune scores the rules alone and rules + the model of all train articles on
dev.jsonl.gz (the held-out check) at the same thresholds. The test split is never read. Training is deterministic (L-BFGS over the
documents in file order): the same corpus gives the same model file, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lagebild.analysis import PIPELINE, make_doc  # noqa: E402
from lagebild.analysis import quote_tagger as qt  # noqa: E402
from lagebild.evaluation import quotes  # noqa: E402
from lagebild.model import Article  # noqa: E402

# ../shared beside the repository (a git worktree one level deeper finds it too)
CORPUS = next((base / "shared" / "corpora" / "wikinews_de_quotes" for base in (ROOT.parent, ROOT.parent.parent)
               if (base / "shared" / "corpora" / "wikinews_de_quotes").is_dir()),
              ROOT.parent / "shared" / "corpora" / "wikinews_de_quotes")
PARAMS = {"c1": 0.3, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def labelled_doc(record: dict) -> tuple[qt.Featurizer, list[str]]:
    """The featurizer of one article and a BIO label per token from its gold quotations."""
    doc = make_doc(Article(id="train", text=record["originalText"], language="de"))
    for name, step in PIPELINE:  # what the pipeline has done when the tagger runs: the rules too
        if name == "quote model":
            break
        step(doc)
    feat = qt.Featurizer(doc)
    labels = ["O"] * len(feat.toks)
    # content first, then cue and speaker over it: a Reported sentence names its speaker inside
    for part in ("quote", "cue", "speaker"):
        name = {"quote": "CONTENT", "cue": "CUE", "speaker": "SPEAKER"}[part]
        for annotation in record.get("annotations") or ():
            if annotation.get("isNested"):
                continue  # quotations inside quotations: the outer one is the statement
            for span in quotes._spans(annotation.get(part)):
                a = qt.bisect_left(feat.starts, span.start)
                b = qt.bisect_left(feat.starts, span.end)
                for k in range(a, b):
                    labels[k] = ("B-" if k == a else "I-") + name
    return feat, labels


THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9]


def tagged_sentences(feat: qt.Featurizer, labels: list[str]):
    """The sentences the step tags, with their labels."""
    ruled = qt.rule_spans(feat.doc)
    for si, (a, b) in enumerate(feat.ranges):
        if feat.gated(si) and not qt._mostly_covered(feat, si, ruled):
            yield feat.sentence(si).features, labels[a:b]


def training_sequences(path: Path, limit: int | None):
    covered = total = 0
    for record in quotes.read_corpus(path, limit):
        feat, labels = labelled_doc(record)
        ruled = qt.rule_spans(feat.doc)
        for si, (a, b) in enumerate(feat.ranges):
            quoted = sum(1 for k in range(a, b) if labels[k] != "O")
            total += quoted
            if not feat.gated(si) or qt._mostly_covered(feat, si, ruled):
                continue  # the step tags only what the rules left: so does training (dev F1 +0.01)
            covered += quoted
            yield feat.sentence(si).features, labels[a:b]
    print(f"gate keeps {covered}/{total} labelled tokens", file=sys.stderr)


def train(corpus: Path, out: Path, limit: int | None = None, params: dict | None = None) -> dict:
    import pycrfsuite

    began = time.process_time()
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for features, labels in training_sequences(corpus / "train.jsonl.gz", limit):
        trainer.append(features, labels)
        count += 1
    trainer.set_params(params or PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return {"sentences": count, "cpu_seconds": round(time.process_time() - began, 1),
            "bytes": out.stat().st_size}


def fit(sequences, out: Path, params: dict | None = None) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in sequences:
        trainer.append(features, labels)
    trainer.set_params(params or PARAMS)
    trainer.train(str(out))


def cross_validate(corpus: Path, folds: int, thresholds: list[float], limit: int | None = None,
                   work: Path | None = None) -> list[dict]:
    """Rules + model, out of fold, over the train articles at each threshold (no threshold: the
    rules alone); article i is in fold i % folds."""
    import tempfile

    records, docs = [], []
    for record in quotes.read_corpus(corpus / "train.jsonl.gz", limit):
        feat, labels = labelled_doc(record)
        records.append(record)
        docs.append((feat, labels, list(feat.doc.statements)))
    reports = {threshold: quotes.QuoteReport() for threshold in [None, *thresholds]}
    saved = os.environ.get(qt.SETTING), qt.MIN_CONFIDENCE
    with tempfile.TemporaryDirectory(dir=work) as tmp:
        for fold in range(folds):
            model = Path(tmp) / f"fold{fold}.crfsuite"
            fit((seq for i, (feat, labels, _) in enumerate(docs) if i % folds != fold
                 for seq in tagged_sentences(feat, labels)), model)
            os.environ[qt.SETTING] = str(model)
            for i in range(fold, len(docs), folds):
                feat, _, rules = docs[i]
                for threshold, report in reports.items():
                    feat.doc.statements = list(rules)
                    if threshold is not None:
                        qt.MIN_CONFIDENCE = threshold
                        qt.add_statements(feat.doc)
                    quotes.score_document(records[i], feat.doc.quotations(), report)
                feat.doc.statements = list(rules)
    if saved[0] is None:
        os.environ.pop(qt.SETTING, None)
    else:
        os.environ[qt.SETTING] = saved[0]
    qt.MIN_CONFIDENCE = saved[1]
    results = []
    for threshold, report in reports.items():
        numbers = report.as_dict()
        results.append({"threshold": threshold, "quotation": numbers["quotation"],
                        "speaker_correct": numbers["speaker_correct"], "statements": numbers["system_statements"]})
        print(json.dumps(results[-1]), file=sys.stderr)
    return results


def tune(corpus: Path, model: Path, thresholds: list[float], limit: int | None = None) -> list[dict]:
    """Rules + model on dev at each threshold (no threshold: rules alone)."""
    results = []
    for threshold in [None, *thresholds]:
        os.environ[qt.SETTING] = "0" if threshold is None else str(model)
        qt.MIN_CONFIDENCE = threshold or qt.MIN_CONFIDENCE
        report = quotes.evaluate_quotes(corpus / "dev.jsonl.gz", limit).as_dict()
        results.append({"threshold": threshold, "quotation": report["quotation"],
                        "speaker_correct": report["speaker_correct"],
                        "recall_by_type": {k: v["recall"] for k, v in report["recall_by_type"].items()}})
        print(json.dumps(results[-1]), file=sys.stderr)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=qt.MODEL_FILE)
    parser.add_argument("--limit", type=int, default=None, help="only the first N training articles")
    parser.add_argument("--tune", action="store_true", help="score thresholds on the dev split")
    parser.add_argument("--folds", type=int, default=0, help="choose the threshold by K-fold cross-validation on train")
    parser.add_argument("--dev-limit", type=int, default=None)
    args = parser.parse_args()
    print(json.dumps(train(args.corpus, args.out, args.limit)))
    if args.folds:
        cross_validate(args.corpus, args.folds, THRESHOLDS, args.limit)
    if args.tune:
        tune(args.corpus, args.out, THRESHOLDS, args.dev_limit)


if __name__ == "__main__":
    main()
