"""Rendering rows as Rich tables, JSON, JSON lines or CSV: one place for every command."""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Any, Iterable, Sequence

from rich.console import Console
from rich.table import Table

console = Console()
# a column whose every cell is at most this long (a date, a count, an id) is never wrapped
SHORT_CELL = 12
# ... when every other column keeps at least this many characters
LONG_CELL_ROOM = 8
err_console = Console(stderr=True)


class Format(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def emit(rows: Iterable[dict[str, Any]], fmt: Format, columns: Sequence[str] | None = None,
         title: str | None = None) -> None:
    rows = list(rows)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif fmt is Format.jsonl:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt is Format.csv:
        # claims and statements share one file: the header is every record's keys, in order of appearance
        fields = list(columns or dict.fromkeys(key for row in rows for key in row))
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        # a cell holds text: nested values (as_written) go in as JSON, not as Python's repr
        writer.writerows({key: json.dumps(value, ensure_ascii=False) if isinstance(value, (dict, list)) else value
                          for key, value in row.items()} for row in rows)
    else:
        fields = list(columns or (rows[0].keys() if rows else []))
        table = Table(title=title, show_lines=False)
        cells = [["" if row.get(name) is None else str(row.get(name)) for name in fields] for row in rows]
        longest = [max((len(row_cells[k]) for row_cells in cells), default=0) for k in range(len(fields))]
        widths = [max(len(name), cell) for name, cell in zip(fields, longest)]
        short = [cell <= SHORT_CELL for cell in longest]
        # dates, counts and values stay on one line and the long texts fold around them, as long as
        # the short columns leave the long ones some room; else every column folds
        room = console.width - sum(w + 3 for w, s in zip(widths, short) if s)
        keep = room >= LONG_CELL_ROOM * sum(1 for s in short if not s)
        for k, name in enumerate(fields):
            table.add_column(name, overflow="fold", no_wrap=keep and short[k])
        for row_cells in cells:
            table.add_row(*row_cells)
        console.print(table)
