"""What the scripts that train the project's models share: the commit a model was trained at and
its JSON file written so that a retrained model diffs readably."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def commit() -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def dumps(model: dict[str, Any]) -> str:
    """JSON with one feature's weights a line."""
    head = {k: v for k, v in model.items() if k != "weights"}
    lines = [json.dumps(head, ensure_ascii=False, sort_keys=True)[:-1] + ', "weights": {']
    rows = [f"{json.dumps(f, ensure_ascii=False)}: {json.dumps(w)}" for f, w in sorted(model["weights"].items())]
    return "\n".join(lines + [",\n".join(rows), "}}"]) + "\n"
