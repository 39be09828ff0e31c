"""Loading the project's own trained models: one JSON file each under `lagebild/models/`, an
environment switch per model, and a file that cannot be used never stops the analysis (it warns
once and the rules decide alone)."""

from __future__ import annotations

import json
import os
import warnings
from pathlib import Path
from typing import Any, Callable, Generic, TypeVar

Model = TypeVar("Model")


def read_json(path: str | Path, what: str, error: type[Exception]) -> Any:
    """The JSON in `path`; `error` names the file and the problem when it cannot be read."""
    path = Path(path)
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as problem:
        raise error(f"{path}: cannot read the {what} ({type(problem).__name__}: {problem})") from None


class Switched(Generic[Model]):
    """The model an environment variable selects: "0" the rules alone, "1" the packaged file, a
    path another file, unset the default (`on_by_default`). Each file is loaded once."""

    def __init__(self, setting: str, packaged: Path, load: Callable[[Path], Model], error: type[Exception],
                 on_by_default: bool, fallback: str) -> None:
        self.setting, self.packaged, self.load, self.error = setting, packaged, load, error
        self.on_by_default, self.fallback = on_by_default, fallback
        self.loaded: dict[str, Model | None] = {}

    def active(self) -> Model | None:
        setting = os.environ.get(self.setting, "")
        if setting == "0" or (setting == "" and not self.on_by_default):
            return None
        path = self.packaged if setting in ("", "1") else Path(setting)
        key = str(path)
        if key not in self.loaded:
            try:
                self.loaded[key] = self.load(path)
            except self.error as problem:
                warnings.warn(f"{problem}; {self.fallback}", RuntimeWarning, stacklevel=3)
                self.loaded[key] = None
        return self.loaded[key]
