"""Run German test sentences through the whole analysis and pick out claims."""

from __future__ import annotations

from lagebild.analysis import analyze
from lagebild.model import Article, Claim

PUBLISHED = "2025-03-10"


def claims_of(text: str, published: str | None = PUBLISHED) -> list[Claim]:
    return analyze(Article(id="t", text=text, published=published, language="de")).claims


def only(text: str, published: str | None = PUBLISHED) -> Claim:
    found = claims_of(text, published)
    assert len(found) == 1, [(c.measure, c.low, c.evidence_text) for c in found]
    return found[0]


def by_value(claims: list[Claim], value: float) -> Claim:
    matches = [c for c in claims if value in (c.low, c.high)]
    assert len(matches) == 1, [(c.measure, c.low, c.high, c.evidence_text) for c in claims]
    return matches[0]
