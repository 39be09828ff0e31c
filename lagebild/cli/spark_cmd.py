"""`lagebild spark-extract`: the per-article extraction as an Apache Spark batch job."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from lagebild.cli import app
from lagebild.cli.output import console, err_console


@app.command("spark-extract")
def spark_extract(
    input_path: Path = typer.Argument(..., metavar="INPUT", help="Articles as JSONL or Parquet "
                                      "(fields id, text, url, outlet, published, title); a file or folder."),
    output: Path = typer.Argument(..., metavar="OUTPUT", help="Folder for the Parquet tables claims/, "
                                  "statements/, articles/ and future_times/ (replaced if present)."),
    master: str = typer.Option("local[*]", "--master", help="Spark master URL."),
    partitions: Optional[int] = typer.Option(None, "--partitions", min=1,
                                             help="Partitions to analyse in (default: 2 per core)."),
    driver_memory: str = typer.Option("1g", "--driver-memory", help="Memory of the Spark driver."),
    duplicate_threshold: Optional[float] = typer.Option(
        None, "--duplicate-threshold", min=0.01, max=1.0,
        help="Estimated Jaccard similarity from which an article counts as a copy (as for `ingest`)."),
) -> None:
    """Extract claims and statements with Spark; write them as Parquet with the fields of `extract`."""
    from lagebild.spark import SparkJobError, extract

    if not input_path.exists():
        err_console.print(f"[red]error[/red] {input_path}: no such file or directory", highlight=False,
                          soft_wrap=True)
        raise typer.Exit(2)
    try:
        counts = extract(input_path, output, master=master, partitions=partitions, driver_memory=driver_memory,
                         duplicate_threshold=duplicate_threshold)
    except SparkJobError as error:
        err_console.print(f"[red]error[/red] {error}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    console.print(f"{counts['articles']} articles: {counts['claims']} claims, {counts['statements']} statements "
                  f"written to {output}/claims, {output}/statements", highlight=False, soft_wrap=True)
