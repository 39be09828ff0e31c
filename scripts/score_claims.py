"""Score the claims step against a gold folder with the project scorer, error by error.

    .venv/bin/python scripts/score_claims.py GOLD_DIR ARTICLES [--errors]

Like `lagebild eval`, but a failing analysis step (another engineer's work in
progress) is reported and skipped instead of losing the article, and `--errors`
prints one line per missed, false or mismatching claim.
"""

from __future__ import annotations

import json
import sys

from lagebild.analysis import PIPELINE, make_doc
from lagebild.analysis.doc import Doc
from lagebild.evaluation.scorer import Records, load_gold, read_texts, score
from lagebild.model import Article, claim_record


def run_pipeline(article: Article) -> Doc:
    """The analysis pipeline; a step that raises is reported on stderr and skipped."""
    doc = make_doc(article)
    for name, step in PIPELINE:
        try:
            step(doc)
        except Exception as error:  # noqa: BLE001 - keep measuring the other steps
            print(f"step {name} failed on {article.id}: {error!r}", file=sys.stderr)
    return doc


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    warnings: list[str] = []
    gold, aliases = load_gold(sys.argv[1], warnings)
    articles = read_texts([sys.argv[2]], warnings)
    system = Records()
    for article in articles.values():
        system.claims.extend(claim_record(c) for c in run_pipeline(article).claims)
    report = score(gold, system, {doc: a.text for doc, a in articles.items()}, aliases)
    result = report.as_dict(errors=True)
    if "--errors" in sys.argv:
        errors = result["errors"]
        for record in errors["claim_misses"]:
            print(f"MISS  {record['doc'][:12]} {record['measure']:<17} {record['evidence']!r}")
        for record in errors["claim_false_hits"]:
            print(f"FALSE {record['doc'][:12]} {record['measure']:<17} {record['low']}-{record['high']} "
                  f"{record['evidence']!r}")
        for row in errors["claim_mismatches"]:
            for name, values in row["mismatches"].items():
                print(f"ATTR  {row['gold']['doc'][:12]} {name:<10} gold={values['gold']!r} "
                      f"system={values['system']!r}  {row['gold']['evidence']!r}")
    claims = result["claims"]
    attributes = {name: (round(ratio["accuracy"], 3) if ratio["accuracy"] is not None else None, ratio["total"])
                  for name, ratio in result["claim_attributes"].items()}
    print(json.dumps({"precision": claims["precision"], "recall": claims["recall"], "f1": claims["f1"],
                      "system": claims["system"], "required": claims["gold"], "matched": claims["matched"],
                      "attributes": attributes}, ensure_ascii=False))


if __name__ == "__main__":
    main()
