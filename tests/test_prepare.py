"""lagebild.analysis.prepare: language data loaded and frozen once, only when an entry point asks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout


def test_import_freezes_nothing_and_prepare_freezes_the_gazetteer_once():
    out = _run(
        "import gc\n"
        "import lagebild.analysis as a\n"
        "print(gc.get_freeze_count())\n"
        "a.prepare()\n"
        "frozen = gc.get_freeze_count()\n"
        "from lagebild import lang\n"
        "from lagebild.lang.gazetteer import gazetteer\n"
        "gaz = gazetteer(lang.load('de'))\n"
        "print(frozen, any(o is gaz for o in gc.get_objects()))\n"
        "a.prepare()\n"
        "print(gc.get_freeze_count() == frozen)\n"
    )
    before, after, again = out.split("\n")[:3]
    assert before == "0"
    count, gazetteer_collectable = after.split()
    assert int(count) > 10_000 and gazetteer_collectable == "False"
    assert again == "True"


def test_prepare_collects_the_youngest_generation_less_often_unless_collection_is_off():
    out = _run(
        "import gc\n"
        "import lagebild.analysis as a\n"
        "print(gc.get_threshold()[0])\n"
        "a.prepare()\n"
        "print(gc.get_threshold()[0] == a.YOUNG_COLLECTION_THRESHOLD, gc.get_threshold()[1:] == (10, 10))\n"
    )
    before, after = out.split("\n")[:2]
    assert before == "700" and after == "True True"
    off = _run("import gc\ngc.set_threshold(0)\nimport lagebild.analysis as a\na.prepare()\nprint(gc.get_threshold()[0])\n")
    assert off.split("\n")[0] == "0"
