"""Precision, recall and F1, one definition for every evaluation."""

from __future__ import annotations


def prf(matched_system: int, system: int, matched_gold: int | None = None, gold: int = 0,
        digits: int = 4) -> dict[str, float]:
    """P = matched system items / system items, R = matched gold items / gold items.

    The two matched counts differ where one system item may cover several gold items
    (or the reverse); with one-to-one matching pass only `matched_system`. An empty
    denominator gives 0.0.
    """
    matched_gold = matched_system if matched_gold is None else matched_gold
    precision = matched_system / system if system else 0.0
    recall = matched_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, digits), "recall": round(recall, digits), "f1": round(f1, digits)}
