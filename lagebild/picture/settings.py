"""Tolerances and windows of the picture stage: settings, not magic numbers in code."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path


@dataclass(frozen=True, slots=True)
class PictureSettings:
    # "etwa 4.000" is read as 4,000 ± this fraction
    about_tolerance: float = 0.10
    # two exact figures closer than this fraction are not a contradiction (rounding)
    exact_tolerance: float = 0.02
    # a forecast "bis zu N" expects about N at the top end: [N × (1 − this), N]
    forecast_top_tolerance: float = 0.10
    # claims whose times lie within this many days of each other overlap in time
    window_days: int = 31
    # a value this many times larger or smaller than its track neighbours is a jump
    jump_factor: float = 2.5
    # the current best reading uses the claims of this many days before the latest one,
    current_days: int = 92
    # reaching further back until this many independent origins have a say
    reading_min_origins: int = 3
    # stories (lagebild.picture.stories): figures are compared only within one story
    stories: bool = True
    # the TF-IDF cosine two articles need to be one story
    story_link: float = 0.30
    # ... plus this much for every month their dates lie apart beyond story_window_days
    story_link_per_month: float = 0.20
    story_window_days: int = 31
    # title words count this many times
    story_title_weight: float = 3.0
    # pseudo-articles added to the IDF's article count, so a small set's own story stays heavy
    story_idf_prior: float = 20.0
    # a country (name or adjective) weighs this much of a place below country level
    story_country_weight: float = 0.5
    # a place below country level, an organisation or a person weighs this much more than a word
    story_anchor_weight: float = 2.0
    # two articles are one story only if they share such an anchor
    story_needs_anchor: bool = True
    # articles that each have this many event words (lang/de/stories.toml: event_kinds) ...
    story_event_words: float = 3.0
    # ... are one story only if the cosine of their event kinds reaches this
    story_event_likeness: float = 0.3
    # rounds of comparing whole stories (their summed terms) after the article pairs
    story_rounds: int = 3
    # a term in more than this fraction of the articles is left out of the similarity
    story_max_df: float = 0.25


def load_settings(path: str | Path | None = None, **overrides: float) -> PictureSettings:
    """Defaults, then a TOML file's `[picture]` table, then explicit overrides."""
    settings = PictureSettings()
    if path:
        with open(path, "rb") as handle:
            table = tomllib.load(handle).get("picture", {})
        known = {f.name for f in fields(PictureSettings)}
        unknown = set(table) - known
        if unknown:
            raise ValueError(f"{path}: unknown picture settings: {', '.join(sorted(unknown))}")
        settings = replace(settings, **table)
    return replace(settings, **{k: v for k, v in overrides.items() if v is not None})
