"""Claims P/R/F1 and attribute accuracies per gold folder, pooled over the untuned batches and
over the rest, with the learned claim decision on and off, in one process.

A rule change must raise the untuned batches without costing the other folders, which
`lagebild eval` shows one folder at a time; this prints them all, keeps the counts in a JSON file
(`--save`) and compares a later run with such a file (`--compare`), so a step's before and after
are the same numbers. Statements F1 is printed too, since attribution changes move sources.

    PYTHONPATH=CHECKOUT python scripts/claims_by_folder.py [--folds ...] [--untuned ...]
        [--model on|off|both] [--save counts.json] [--compare counts.json] [--misses misses.jsonl]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
# lagebild comes from PYTHONPATH, so the same script scores another checkout for comparison

from claim_model_data import FOLDS, fold_paths  # noqa: E402

# the newest outside batches (session 16's three, in the repository since its end): the rules never tuned on them
UNTUNED = ("blind_h65", "blind_h66", "blind_h67")
ATTRIBUTES = ("source", "location", "time", "actor", "certainty", "qualifier", "future")


def counts(report) -> dict[str, list[int]]:
    """matched/system/gold of the claims, correct/total of each attribute, statements m/s/g."""
    c, s = report.claims, report.statements
    row = {"claims": [c.matched, c.system, c.gold], "statements": [s.matched, s.system, s.gold]}
    for name in ATTRIBUTES:
        ratio = report.attributes[name]
        row[name] = [ratio.correct, ratio.total]
    return row


def add(total: dict[str, list[int]], row: dict[str, list[int]]) -> None:
    for key, values in row.items():
        total[key] = [a + b for a, b in zip(total.get(key, [0] * len(values)), values)]


def f1(m: int, s: int, g: int) -> float:
    return 2 * m / (s + g) if s + g else 1.0


def line(name: str, row: dict[str, list[int]]) -> str:
    m, s, g = row["claims"]
    p, r = (m / s if s else 1.0), (m / g if g else 1.0)
    parts = [f"{name:11} P/R/F1 {p:.3f}/{r:.3f}/{f1(m, s, g):.3f} ({m:4}/{s:4}/{g:4})"]
    for attribute in ATTRIBUTES[:4]:
        ok, total = row[attribute]
        parts.append(f"{attribute[:3]} {ok / total if total else 1.0:.3f}")
    sm, ss, sg = row["statements"]
    parts.append(f"stmt {f1(sm, ss, sg):.3f}")
    return "  ".join(parts)


def run(folds: list[str], model: str) -> dict[str, dict[str, list[int]]]:
    from lagebild.evaluation import evaluate

    os.environ["LAGEBILD_CLAIM_MODEL"] = "0" if model == "off" else "1"
    result = {}
    for name in folds:
        gold_dir, articles_dir = fold_paths(name)
        result[name] = counts(evaluate(gold_dir, [articles_dir]))
    return result


def misses(folds: list[str], path: str) -> None:
    """Every required gold claim the system misses (model as set), with its sentence's context."""
    from lagebild.evaluation import evaluate

    with open(path, "w", encoding="utf-8") as out:
        for name in folds:
            gold_dir, articles_dir = fold_paths(name)
            report = evaluate(gold_dir, [articles_dir])
            for record in report.claim_misses:
                out.write(json.dumps({"fold": name, **record}, ensure_ascii=False) + "\n")
            for pair in report.claim_pairs:
                if pair.mismatches and not pair.optional:
                    out.write(json.dumps({"fold": name, "mismatch": {k: list(v) for k, v in pair.mismatches.items()},
                                          "gold": pair.gold, "system": pair.system},
                                         ensure_ascii=False, default=str) + "\n")


def report(title: str, result: dict, untuned: tuple[str, ...], before: dict | None) -> None:
    print(f"== {title}")
    groups = {"untuned": {}, "others": {}, "all": {}}
    for name, row in result.items():
        print(line(name, row) + _delta(row, before.get(name) if before else None))
        add(groups["untuned" if name in untuned else "others"], row)
        add(groups["all"], row)
    for group, row in groups.items():
        if row:
            print(line(group, row) + _delta(row, _pool(before, result, group, untuned) if before else None))


def _pool(before: dict, result: dict, group: str, untuned: tuple[str, ...]) -> dict | None:
    total: dict[str, list[int]] = {}
    for name in result:
        if name in before and (group == "all" or (name in untuned) == (group == "untuned")):
            add(total, before[name])
    return total or None


def _delta(row: dict, old: dict | None) -> str:
    if not old:
        return ""
    parts = [f"dF1 {f1(*row['claims']) - f1(*old['claims']):+.4f}"]
    for attribute in ATTRIBUTES:
        (ok, total), (ok0, total0) = row[attribute], old[attribute]
        difference = (ok / total if total else 1.0) - (ok0 / total0 if total0 else 1.0)
        if abs(difference) >= 0.0005:
            parts.append(f"{attribute[:3]} {difference:+.3f}")
    difference = f1(*row["statements"]) - f1(*old["statements"])
    if abs(difference) >= 0.0005:
        parts.append(f"stmt {difference:+.3f}")
    return "   | " + " ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default=",".join(FOLDS))
    parser.add_argument("--untuned", default=",".join(UNTUNED))
    parser.add_argument("--model", default="both", choices=("on", "off", "both"))
    parser.add_argument("--save", help="write the counts (per model setting and folder) here")
    parser.add_argument("--compare", help="print the difference against counts saved earlier")
    parser.add_argument("--misses", help="write the required gold claims missed (model on) and the mismatching pairs here")
    args = parser.parse_args()
    folds, untuned = args.folds.split(","), tuple(args.untuned.split(","))
    before = json.loads(Path(args.compare).read_text("utf-8")) if args.compare else {}
    saved = {}
    for model in (("on", "off") if args.model == "both" else (args.model,)):
        saved[model] = run(folds, model)
        report(f"claim model {model}", saved[model], untuned, before.get(model))
    if args.save:
        Path(args.save).write_text(json.dumps(saved, indent=1), "utf-8")
    if args.misses:
        os.environ["LAGEBILD_CLAIM_MODEL"] = "1"
        misses(folds, args.misses)


if __name__ == "__main__":
    main()
