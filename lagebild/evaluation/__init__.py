"""Measuring extraction quality: the gold scorer (`scorer`) and corpus evaluations."""

from lagebild.evaluation.scorer import (
    Aliases, EvaluationError, Records, Report, evaluate, load_gold, read_system, score,
    split_records, system_from_articles,
)

__all__ = ["Aliases", "EvaluationError", "Records", "Report", "evaluate", "load_gold",
           "read_system", "score", "split_records", "system_from_articles"]
