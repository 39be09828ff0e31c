"""Three `lagebild ingest` processes write overlapping sets into one SQLite database at once.

test_ingest_pipeline.py and test_store_backends.py cover two writers; here every article
is read by two of three writers, and the result must equal one process ingesting the union:
exact counts, every article once, the same claims and statements.
"""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

from test_crash_consistency import LAGEBILD, article_text, contents

ARTICLES = 180


def write_folder(folder: Path, numbers: list[int]) -> Path:
    folder.mkdir()
    for number in numbers:
        text = article_text(random.Random(number), number)  # the same text whichever folder it is in
        (folder / f"k{number:03d}.txt").write_text(text, "utf-8")
    return folder


def counts(summary: str) -> dict[str, int]:
    """'120 articles: 60 new, 0 duplicates, ...' -> {'new': 60, 'duplicates': 0, ...}"""
    _total, _, rest = summary.partition(": ")
    return {word: int(number) for number, word in (part.split(" ", 1) for part in rest.split(", "))}


def test_three_writers_with_overlapping_sets_equal_one_writer(tmp_path):
    third = ARTICLES // 3
    sets = [list(range(0, 2 * third)), list(range(third, ARTICLES)),
            list(range(0, third)) + list(range(2 * third, ARTICLES))]  # each article in two sets
    folders = [write_folder(tmp_path / f"set{i}", numbers) for i, numbers in enumerate(sets)]
    shared, serial = tmp_path / "shared.db", tmp_path / "serial.db"
    command = [LAGEBILD, "ingest", "--db", str(shared), "--quiet", "--duplicate-threshold", "1.0"]
    runs = [subprocess.Popen(command + [str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for folder in folders]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], outputs
    totals = {"new": 0, "unchanged": 0, "updated": 0, "failed": 0}
    for out, _err in outputs:
        for key, value in counts(out.strip().splitlines()[-1]).items():
            if key in totals:
                totals[key] += value
    assert totals == {"new": ARTICLES, "unchanged": ARTICLES, "updated": 0, "failed": 0}, outputs

    union = write_folder(tmp_path / "union", list(range(ARTICLES)))
    one = subprocess.run([LAGEBILD, "ingest", "--db", str(serial), "--quiet", "--duplicate-threshold", "1.0",
                          str(union)], capture_output=True, text=True, timeout=600)
    assert one.returncode == 0, one.stderr
    together, alone = contents(shared), contents(serial)
    assert [row[0] for row in together[0]] == [f"k{n:03d}" for n in range(ARTICLES)]
    assert together[0] == alone[0]
    assert together[1] == alone[1] and len(set(together[1])) == len(together[1]) > ARTICLES // 2
    assert together[2] == alone[2] and len(set(together[2])) == len(together[2])
