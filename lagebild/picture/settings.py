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
