"""The CLI imports a command's module only when that command runs."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
from pathlib import Path

import typer

from lagebild.cli import COMMANDS, app, load_all_commands

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("sqlalchemy", "numpy", "scipy", "datasketch", "lagebild.analysis", "lagebild.store", "pyspark", "fastapi")


def _imported_after(args: list[str]) -> tuple[str, list[str]]:
    """(output, heavy modules imported) of running the CLI with `args` in a fresh interpreter."""
    code = ("import sys\nfrom typer.testing import CliRunner\nfrom lagebild.cli import app\n"
            f"result = CliRunner().invoke(app, {args!r})\nprint(result.output)\n"
            f"print('IMPORTED', sorted({{m.split('.')[0] if not m.startswith('lagebild') else m for m in sys.modules "
            f"if m.startswith({HEAVY!r})}}))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH")))),
           "COLUMNS": "160"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True).stdout
    output, _, imported = out.rpartition("IMPORTED ")
    return output, eval(imported)  # a printed list of strings


def test_command_table_matches_the_command_modules():
    load_all_commands()
    registered = {}
    for info in app.registered_commands:
        name = info.name or typer.main.get_command_name(info.callback.__name__)
        help_text = inspect.cleandoc(info.help) if info.help else inspect.getdoc(info.callback)
        registered[name] = (info.callback.__module__.rsplit(".", 1)[1], help_text.split("\n\n")[0].replace("\n", " "))
    assert registered == COMMANDS


def test_help_lists_every_command_without_importing_them():
    output, imported = _imported_after(["--help"])
    for name, (_module, help_text) in COMMANDS.items():
        assert name in output
        assert help_text.split()[0] in output
    assert imported == []


def test_a_store_command_loads_its_module_only():
    output, imported = _imported_after(["ingest", "--help"])
    assert "--duplicate-threshold" in output
    assert not any(m.startswith(("lagebild.analysis", "sqlalchemy", "numpy")) for m in imported), imported


def test_a_mistyped_command_is_refused_with_a_suggestion():
    output, _ = _imported_after(["ingset"])
    assert "No such command" in output and "ingest" in output
