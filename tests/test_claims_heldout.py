"""Claim extraction scored with the project scorer on the seeds and on our own held-out set.

The floors sit a little below what the pipeline reaches, so a regression in the
claims step (or in a step it builds on) fails here. Numbers measured when set:
seeds F1 1.00, held-out (40 articles, 126 required claims) F1 0.976; of those, the
batches h15-h20, h21-h26, h27-h32 and h33-h40 were annotated before the system first ran on
them (first scores: F1 0.85, 0.79, 0.87 and 0.98; h33-h40 location 0.62, source 0.81).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluation import evaluate

HELDOUT = Path(__file__).parent / "data" / "heldout"


def _claims(report) -> dict:
    return report.as_dict()["claims"]


def _accuracy(report, name: str) -> float:
    return report.as_dict()["claim_attributes"][name]["accuracy"] or 0.0


@pytest.fixture(scope="module")
def heldout():
    return evaluate(HELDOUT / "gold", [HELDOUT / "articles"])


@pytest.fixture(scope="module")
def seeds(shared: Path):
    return evaluate(shared / "gold", [shared / "seeds"])


def test_heldout_claim_f1(heldout) -> None:
    claims = _claims(heldout)
    assert claims["gold"] >= 100
    assert claims["f1"] >= 0.90, claims
    assert claims["precision"] >= 0.90, claims


def test_heldout_attributes(heldout) -> None:
    assert _accuracy(heldout, "qualifier") >= 0.95
    assert _accuracy(heldout, "certainty") >= 0.90
    assert _accuracy(heldout, "future") >= 0.95
    assert _accuracy(heldout, "time") >= 0.85
    assert _accuracy(heldout, "source") >= 0.70
    assert _accuracy(heldout, "actor") >= 0.70
    assert _accuracy(heldout, "location") >= 0.72


def test_articles_without_figures_give_no_required_claims() -> None:
    from lagebild.analysis import analyze
    from lagebild.model import Article

    for name in ("h08_arbeitsmarkt", "h20_oktoberfest", "h25_wahl", "h32_marathon", "h38_haushalt"):
        text = (HELDOUT / "articles" / f"{name}.txt").read_text("utf-8")
        claims = analyze(Article(id=name, text=text, published="2025-01-01")).claims
        assert all(c.optional for c in claims), [c.evidence_text for c in claims if not c.optional]


def test_seed_claims(seeds) -> None:
    claims = _claims(seeds)
    assert claims["f1"] >= 0.90, claims
    assert _accuracy(seeds, "certainty") >= 0.90
    assert _accuracy(seeds, "future") >= 0.90
    assert _accuracy(seeds, "time") >= 0.90
    assert _accuracy(seeds, "location") >= 0.80
    assert _accuracy(seeds, "source") >= 0.60


BLIND_H14 = Path(__file__).parent / "data" / "blind_h14"


def test_blind_h14_claims() -> None:
    """Blind batch h14 scored before tuning at F1 0.876 (source 0.72, time 0.85, location 0.54,
    actor 0.79); the floors sit a little under what the general fixes for its misses reach."""
    report = evaluate(BLIND_H14 / "gold", [BLIND_H14 / "articles"])
    claims = _claims(report)
    assert claims["f1"] >= 0.95, claims
    assert claims["precision"] >= 0.95, claims
    assert _accuracy(report, "source") >= 0.78
    assert _accuracy(report, "time") >= 0.90
    assert _accuracy(report, "actor") >= 0.85
    assert _accuracy(report, "certainty") >= 0.92


@pytest.mark.parametrize("batch, f1, location", [
    # h16 was tuned on late in session 2 (0.796 unseen -> 0.947); h17 in session 3 (0.855 unseen
    # -> 0.934, location 0.60 -> 0.82); h18 scored 0.808 before tuning (-> 0.908, location 0.67 -> 0.82)
    ("blind_h16", 0.92, 0.78),
    ("blind_h17", 0.91, 0.79),
    ("blind_h18", 0.88, 0.79),
    # h19 scored 0.824 before tuning (-> 0.988 after session 4's measure, number and certainty fixes)
    ("blind_h19", 0.96, 0.85),
    # h20 and h21 were the secret batches of session 3's final measurement (first scores 0.878
    # and 0.837, 0.915 and 0.843 at its end, location 0.68 and 0.58); tuned on from session 4
    # (claims F1 0.946 and 0.913 after the general recall, source and time fixes of source5)
    ("blind_h20", 0.93, 0.66),
    ("blind_h21", 0.89, 0.56),
    # h22 and h23 were session 4's secret batches (first scores 0.851 and 0.842, 0.860 and 0.840 at
    # its end, location 0.67 and 0.73); tuned on from session 5
    ("blind_h22", 0.84, 0.64),
    ("blind_h23", 0.82, 0.70),
    # h24-h28 were the outside batches of sessions 4 and 5 (blind9-13; 0.839, 0.823, 0.886, 0.868,
    # 0.821 at session 5's start, 0.865, 0.860, 0.895, 0.890, 0.851 at its end); tuned on from session 6
    ("blind_h24", 0.84, 0.52),
    ("blind_h25", 0.84, 0.56),
    ("blind_h26", 0.87, 0.57),
    ("blind_h27", 0.87, 0.51),
    ("blind_h28", 0.83, 0.50),
    # h29-h31 were session 6's outside batches (blind14-16; 0.831, 0.887, 0.863 at its start, 0.856,
    # 0.891, 0.881 at its end, location 0.45, 0.46, 0.51); tuned on from session 7
    ("blind_h29", 0.84, 0.42),
    ("blind_h30", 0.87, 0.43),
    ("blind_h31", 0.86, 0.48),
    # h32-h34 were session 7's outside batches (blind17-19; 0.920, 0.840, 0.905 at its start and end,
    # location 0.48, 0.52, 0.57); tuned on from session 8 (claims F1 0.972, 0.965, 0.964 after its recall rules)
    ("blind_h32", 0.95, 0.45),
    ("blind_h33", 0.94, 0.50),
    ("blind_h34", 0.94, 0.55),
    # h35-h37 were session 8's outside batches (blind20-22; 0.923, 0.880, 0.934 at its start, 0.937,
    # 0.914, 0.934 at its end, location 0.62, 0.66, 0.56); tuned on from session 9
    ("blind_h35", 0.91, 0.58),
    ("blind_h36", 0.88, 0.62),
    ("blind_h37", 0.90, 0.52),
    # h38-h40 were session 9's outside batches (blind23-25; 0.930, 0.912, 0.915 at its start, 0.930,
    # 0.912, 0.922 at its end, location 0.56, 0.61, 0.59); tuned on from session 10
    ("blind_h38", 0.91, 0.53),
    ("blind_h39", 0.89, 0.58),
    ("blind_h40", 0.90, 0.56),
    # h41-h43 were session 10's outside batches (blind26-28; 0.895, 0.933, 0.919 at its start and end,
    # location 0.64, 0.43, 0.80); tuned on from session 11
    ("blind_h41", 0.88, 0.61),
    ("blind_h42", 0.91, 0.40),
    ("blind_h43", 0.90, 0.76),
    # h44-h46 were session 11's outside batches (blind29-31; 0.921, 0.810, 0.975 at its start, 0.921,
    # 0.814, 0.972 at its end, location 0.59, 0.67, 0.76); tuned on from session 12
    ("blind_h44", 0.90, 0.56),
    ("blind_h45", 0.79, 0.64),
    ("blind_h46", 0.95, 0.73),
    # h47-h49 were session 12's outside batches (blind32-34; 0.904, 0.709, 0.904 at its start and its end,
    # location 0.56, 0.54, 0.45); tuned on from session 13
    ("blind_h47", 0.88, 0.53),
    ("blind_h48", 0.68, 0.50),
    ("blind_h49", 0.88, 0.42),
    # h50-h52 were session 13's outside batches (blind35-37; 0.876, 0.911, 0.611 at its start, 0.881, 0.939,
    # 0.767 at its end, location 0.62, 0.54, 0.46); tuned on from session 14
    ("blind_h50", 0.86, 0.58),
    ("blind_h51", 0.91, 0.50),
    ("blind_h52", 0.74, 0.42),
    # h53-h55 were session 14's first outside batches (blind38-40; 0.797, 0.857, 0.927 at its start, location
    # 0.44, 0.62, 0.52); tuned on from session 14 itself, while its second three (blind41-43) stayed unread
    # (h54's location reads 0.51 over the ten more claims the claim model retrained on it finds)
    ("blind_h53", 0.78, 0.42),
    ("blind_h54", 0.84, 0.48),
    ("blind_h55", 0.91, 0.50),
    # h56-h58 were session 14's second outside batches (blind41-43, unread during it; 0.868, 0.883, 0.764 at its
    # start, 0.872, 0.885, 0.787 at its end, location 0.37, 0.65, 0.38); tuned on from session 15
    ("blind_h56", 0.85, 0.34),
    ("blind_h57", 0.86, 0.62),
    ("blind_h58", 0.76, 0.35),
    # h59-h61 were written at session 14's end (blind44-46: protests, industrial and transport accidents, the
    # Middle East; 0.929, 0.906, 0.882 with its start, 0.929, 0.906, 0.876 with its end, location 0.61, 0.68,
    # 0.40); tuned on from session 15
    ("blind_h59", 0.91, 0.59),
    ("blind_h60", 0.89, 0.65),
    ("blind_h61", 0.86, 0.38),
    # h62-h64 were session 15's outside batches (blind47-49: war news in the seeds' style, police and justice news
    # from German-speaking countries with four articles without claims, migration and humanitarian crises; 0.908,
    # 0.642, 0.856 at its start and its end, location 0.68, 0.53, 0.43 -> 0.49); tuned on from session 16
    ("blind_h62", 0.90, 0.66),
    ("blind_h63", 0.63, 0.51),
    ("blind_h64", 0.84, 0.47),
    # h65-h67 were session 16's outside batches (blind50-52: attacks and their aftermath, disasters and accidents
    # with four articles without claims, protests, borders and security operations; 0.958, 0.934, 0.864 at its
    # start, 0.970, 0.934, 0.864 at its end, location 0.52, 0.50, 0.62); tuned on from session 17
    ("blind_h65", 0.96, 0.50),
    ("blind_h66", 0.92, 0.48),
    ("blind_h67", 0.85, 0.60),
])
def test_later_blind_batches_keep_their_level(batch, f1, location) -> None:
    folder = Path(__file__).parent / "data" / batch
    report = evaluate(folder / "gold", [folder / "articles"])
    claims = _claims(report)
    assert claims["f1"] >= f1, claims
    assert _accuracy(report, "location") >= location
