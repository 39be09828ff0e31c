"""The `lagebild` command line: one Typer app, commands registered per module.

A command's module is imported only when that command runs: importing all of
them (the analysis, the store, the picture, the web app, Spark) made every
command, even `lagebild --help`, pay for all. `COMMANDS` names each command's
module and its one-line help, so the command list is shown without importing
them; tests/test_cli_lazy.py checks it against the modules.
"""

from __future__ import annotations

import importlib
import pkgutil

import typer
from typer.core import TyperCommand, TyperGroup

# command -> (module in lagebild.cli, first paragraph of its help), in the order `--help` lists them
COMMANDS: dict[str, tuple[str, str]] = {
    "extract": ("extract_cmd", "Extract claims and statements from articles and print them (nothing is stored)."),
    "demo": ("demo_cmd", "Ingest the bundled demo corpus into a fresh database and show what was found."),
    "ingest": ("store_cmd", "Read, analyse and store articles; print a summary and one line per failure."),
    "articles": ("store_cmd", "List stored articles with their claim and statement counts."),
    "claims": ("store_cmd", "List stored claims (counted figures with their source and evidence)."),
    "statements": ("store_cmd", "List stored statements (who said what)."),
    "eval": ("eval_cmd", "Score claims and statements against gold annotations: P/R/F1 and attribute accuracy."),
    "eval-quotes": ("quotes_cmd", "Score statements against gold quotations: P/R/F1, speaker-correct P/R/F1, "
                                  "recall by type."),
    "eval-timex": ("timex_cmd", "Score time expression detection (P/R/F1) and values against TIMEX2 gold, "
                                "with dateparser beside."),
    "eval-ner": ("ner_cmd", "Score the entity recogniser on GermEval 2014: exact-span P/R/F1 for PER, LOC, ORG."),
    "stories": ("picture_cmd", "Stories (events): the groups of articles whose figures are compared with each other."),
    "tracks": ("picture_cmd", "Tracked figures with their current best reading (low / best / high)."),
    "timeline": ("picture_cmd", "Every claim of one track in time order: who said what, when."),
    "conflicts": ("picture_cmd", "Contradictions between sources, each with both evidence spans."),
    "anomalies": ("picture_cmd", "Forecasts dated in the past, jumps against a track, sources revising themselves."),
    "report": ("report_cmd", "Write a self-contained HTML report (charts, contradictions, statements; "
                             "works offline)."),
    "serve": ("serve_cmd", "Serve the web UI (figures, articles, search) and the JSON API under /api."),
    "export": ("export_cmd", "Export the store (or a Spark job's output) as a table file "
                             "(CSV, JSON lines or Parquet)."),
    "spark-extract": ("spark_cmd", "Extract claims and statements with Spark; write them as Parquet with the "
                                   "fields of `extract`."),
    "watch": ("watch_cmd", "Poll feeds and pages with conditional requests; log one line per poll and source."),
}


def load_all_commands() -> None:
    """Import every command module (those missing from `COMMANDS` too)."""
    for module in pkgutil.iter_modules(__path__):
        if module.name.endswith("_cmd"):
            importlib.import_module(f"{__name__}.{module.name}")


class LazyGroup(TyperGroup):
    """A Typer group that imports a command's module when the command is looked up to run."""

    _describing = False  # while the group's own help is written: list commands without importing them

    def list_commands(self, ctx) -> list[str]:
        return list(dict.fromkeys([*COMMANDS, *self.commands]))

    def get_command(self, ctx, name: str):
        if name not in self.commands:
            if self._describing and name in COMMANDS:
                return TyperCommand(name=name, help=COMMANDS[name][1])
            if name in COMMANDS:
                importlib.import_module(f"{__name__}.{COMMANDS[name][0]}")
            else:  # unknown here: perhaps a module not (yet) in COMMANDS
                load_all_commands()
            self._add_registered()
        return self.commands.get(name)

    def resolve_command(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in COMMANDS:
            load_all_commands()  # so that a typo gets its "Did you mean" from every command
            self._add_registered()
        return super().resolve_command(ctx, args)

    def format_help(self, ctx, formatter) -> None:
        self._describing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self._describing = False

    def _add_registered(self) -> None:
        """Click commands for the Typer commands registered since this group was built."""
        for info in app.registered_commands:
            name = info.name or typer.main.get_command_name(info.callback.__name__)
            if name not in self.commands:
                self.add_command(typer.main.get_command_from_info(
                    info, pretty_exceptions_short=app.pretty_exceptions_short,
                    rich_markup_mode=app.rich_markup_mode), name)


app = typer.Typer(
    name="lagebild",
    cls=LazyGroup,
    help="Turn a stream of news articles into an evidence-linked situation picture.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Turn a stream of news articles into an evidence-linked situation picture."""


def main() -> None:
    app()
