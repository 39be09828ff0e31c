"""What the statement model would do to the Wikinews quotation evaluation if it ran there.

`lagebild eval-quotes` runs the attribution steps without the statement model (the model learns
what the project's gold format counts, which is not what the Wikinews corpus marks: see
lagebild/models/README.md). This script scores a split both ways, the rules alone and the rules'
statements after the model (with the figures of the claims step it reads), so the cost there is
measured, not assumed.

    python scripts/statement_model_wikinews.py [--split dev] [--limit N]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("train", "dev", "test"))
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    from lagebild.analysis import claims, numbers, statement_model, times
    from lagebild.evaluation import quotes

    path = quotes.corpus_path(None, args.split)
    rules = quotes.STEPS
    mentions, attribute = rules.index(quotes.entities.find_mentions), rules.index(quotes.attribution.attribute)
    # the figures first, as in the analysis, so the model sees the claims inside each statement
    filtered = (rules[:mentions] + (numbers.find_quantities, times.find_times) + rules[mentions:attribute + 1]
                + (claims.build_claims, statement_model.filter_statements) + rules[attribute + 1:])
    for title, steps, setting in (("rules alone", rules, "0"), ("with the statement model", filtered, "")):
        os.environ["LAGEBILD_STATEMENT_MODEL"] = setting
        quotes.STEPS = steps
        scores = quotes.evaluate_quotes(path, args.limit).as_dict()
        named = scores["named_speakers_only"]
        print(f"{title:25} statements {scores['system_statements']}; " + "; ".join(
            f"{name} P/R/F1 {v['precision']:.3f}/{v['recall']:.3f}/{v['f1']:.3f}" for name, v in (
                ("quotation", scores["quotation"]), ("speaker-correct", scores["speaker_correct"]),
                ("named quotation", named["quotation"]), ("named speaker-correct", named["speaker_correct"]))))


if __name__ == "__main__":
    main()
