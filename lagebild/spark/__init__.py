"""Batch extraction on Apache Spark, for corpora that outgrow one machine.

    from lagebild.spark import extract, read_claims, read_articles
    counts = extract("articles.jsonl", "out/", master="local[*]")
    picture = build_picture(read_claims("out/"), read_articles("out/"))

Input: JSONL or Parquet articles (id, text, url, outlet, published, title). Each
partition runs the same pure per-article analysis as `lagebild ingest`; the output
folder gets Parquet tables `claims` and `statements` with exactly the fields of
`lagebild extract --format jsonl`, `articles` (metadata, no text, with `duplicate_of`
for syndicated copies, found with MinHash LSH across partitions) and `future_times`
(dates in forecast sentences): what the picture needs, so `lagebild tracks --parquet
OUTPUT` and `lagebild report --parquet OUTPUT` work on the job's output.
pyspark is optional (`pip install 'lagebild[spark]'`); reading the output back needs
only pyarrow.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator

ARTICLE_FIELDS = ("id", "text", "url", "outlet", "published", "title", "language")

# the article's spellings of a record's names (lagebild.model.written_names), per attribute
WRITTEN = "map<string,array<string>>"
# Output columns and their Spark SQL types, in the order of lagebild.model's records.
CLAIM_COLUMNS = {
    "kind": "string", "doc": "string", "start": "long", "end": "long", "evidence": "string",
    "measure": "string", "actor": "string", "low": "double", "high": "double", "qualifier": "string",
    "source": "string", "relay": "string", "certainty": "string", "future": "boolean", "time": "string",
    "location": "string", "additional": "boolean", "optional": "boolean", "as_written": WRITTEN,
}
STATEMENT_COLUMNS = {
    "kind": "string", "doc": "string", "start": "long", "end": "long", "speaker": "string",
    "speaker_kind": "string", "speaker_start": "long", "speaker_end": "long", "role": "string",
    "cue": "string", "mode": "string", "content": "string", "content_start": "long",
    "content_end": "long", "denial": "boolean", "relay": "string", "run_start": "long", "as_written": WRITTEN,
}
ARTICLE_COLUMNS = {
    "id": "string", "url": "string", "outlet": "string", "published": "string", "published_inferred": "boolean",
    "title": "string", "language": "string", "duplicate_of": "string",
    # the picture's story terms of title and text (JSON), since the job keeps no text
    "story_terms": "string",
}
FUTURE_TIME_COLUMNS = {
    "doc": "string", "start": "long", "end": "long", "text": "string", "value": "string",
    "first_day": "string", "last_day": "string",
}
TABLES = {"claims": CLAIM_COLUMNS, "statements": STATEMENT_COLUMNS, "articles": ARTICLE_COLUMNS,
          "future_times": FUTURE_TIME_COLUMNS}
# Columns the partitions add to an article for finding copies; not written out.
FINGERPRINT_COLUMNS = {"order": "long", "text_hash": "string", "signature": "binary"}
# LSH banding of the MinHash signature: 32 bands of 4 rows propose nearly every pair
# above 0.6 Jaccard as a candidate; the threshold itself is checked on the signatures.
BANDS = 32


class SparkJobError(RuntimeError):
    """The job cannot run (no pyspark, no Java, unreadable input); the message is one line."""


# -- the per-partition work (runs in Spark's Python workers) -------------------------

def article_from_record(record: dict[str, Any]):
    """An `Article` from an input record, read and checked as the JSONL reader reads a line
    (same field synonyms, date normalisation, length limit); None if the reader would reject it."""
    from lagebild.ingest import readers

    try:
        return readers.complete_article(readers.article_from_record(record))
    except ValueError:  # BadInput is a ValueError: the reader reports such a line and goes on
        return None


def analyse_partition(records: Iterable[Any]) -> Iterator[tuple[str, tuple]]:
    """(table, row) for every article of a partition; articles carry FINGERPRINT_COLUMNS too."""
    from lagebild.ingest.dedup import minhash, signature_bytes
    from lagebild.analysis import prepare
    from lagebild.ingest.workers import analyze_for_store
    from lagebild.model import claim_record, statement_record, written_names
    from lagebild.picture.stories import story_terms_json
    from lagebild.store import text_hash

    prepare()  # once per Python worker (a reused one is prepared already)

    for record in records:
        fields = record.asDict() if hasattr(record, "asDict") else dict(record)
        article = article_from_record(fields)
        if article is None:
            continue
        analysis = analyze_for_store(article)  # as `ingest` does: an inferred date is kept, marked
        yield "articles", (tuple(getattr(article, name) for name in ARTICLE_COLUMNS if name != "story_terms")
                           + (story_terms_json(article.title, article.text), fields.get("_order"), text_hash(article.text), signature_bytes(minhash(article.text))))
        written = written_names(analysis)
        for claim in analysis.claims:
            yield "claims", _row(claim_record(claim, written), CLAIM_COLUMNS)
        for statement in analysis.statements:
            yield "statements", _row(statement_record(statement, written), STATEMENT_COLUMNS)
        for time in analysis.times:
            if time.future:
                yield "future_times", (article.id, time.span.start, time.span.end, time.text, time.value,
                                       time.start, time.end)


def _row(record: dict[str, Any], columns: dict[str, str]) -> tuple:
    if record.keys() != columns.keys():  # the model gained or lost a field: the schema must follow
        raise ValueError(f"record fields {sorted(record)} differ from the Parquet columns {sorted(columns)}")
    return tuple(float(record[name]) if kind == "double" and record[name] is not None else record[name]
                 for name, kind in columns.items())


# -- the driver ------------------------------------------------------------------

def session(master: str = "local[*]", driver_memory: str = "1g", app_name: str = "lagebild"):
    """A SparkSession for the job: loopback only, no web UI, quiet logs."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise SparkJobError("pyspark is not installed (pip install 'lagebild[spark]')") from None
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    # the workers must run this interpreter, which has lagebild installed
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    try:
        spark = (SparkSession.builder.master(master).appName(app_name)
                 .config("spark.ui.enabled", "false")
                 .config("spark.ui.showConsoleProgress", "false")
                 .config("spark.driver.memory", driver_memory)
                 .config("spark.driver.host", os.environ["SPARK_LOCAL_IP"])
                 .config("spark.sql.shuffle.partitions", "8")
                 .config("spark.python.worker.reuse", "true")
                 .getOrCreate())
    except Exception as error:  # noqa: BLE001 - e.g. no Java: say so in one line
        text = " ".join(str(error).split())[:300]
        raise SparkJobError(f"cannot start Spark ({master}): {text}") from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def read_input(spark, path: str | Path):
    """Articles as a DataFrame with the ARTICLE_FIELDS columns (strings; missing ones null)."""
    from pyspark.sql import functions as F

    path = Path(path)
    if not path.exists():
        raise SparkJobError(f"{path}: no such file or directory")
    parquet = path.suffix == ".parquet" or (path.is_dir() and any(path.glob("*.parquet")))
    try:
        frame = spark.read.parquet(str(path)) if parquet else spark.read.json(str(path))
    except Exception as error:  # noqa: BLE001 - e.g. not Parquet after all
        text = " ".join(str(error).split())[:300]
        raise SparkJobError(f"{path}: cannot read articles: {text}") from None
    from lagebild.ingest.readers import FIELD_SYNONYMS

    def field(name: str):
        """The field under its own name or a synonym the JSONL reader accepts, the first one set."""
        present = [F.col(key).cast("string") for key in FIELD_SYNONYMS.get(name, (name,)) if key in frame.columns]
        return (F.coalesce(*present) if present else F.lit(None).cast("string")).alias(name)

    if not any(key in frame.columns for key in FIELD_SYNONYMS["text"]):
        names = "/".join(FIELD_SYNONYMS["text"])
        raise SparkJobError(f"{path}: no {names} field in the articles (columns: {', '.join(frame.columns)})")
    return frame.select(*(field(name) for name in ARTICLE_FIELDS))


def _ddl(columns: dict[str, str]) -> str:
    return ", ".join(f"`{name}` {kind}" for name, kind in columns.items())


def run(spark, input_path: str | Path, output: str | Path, partitions: int | None = None,
        duplicate_threshold: float | None = None) -> dict[str, int]:
    """Analyse every article of `input_path`; write OUTPUT/<table> for TABLES; count rows."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.types import StructType

    from lagebild.ingest.dedup import DEFAULT_THRESHOLD

    # Input order decides which of two copies is the original, as it does for `ingest`.
    frame = read_input(spark, input_path).withColumn("_order", F.monotonically_increasing_id())
    partitions = partitions or spark.sparkContext.defaultParallelism * 2
    tagged = frame.repartition(partitions).rdd.mapPartitions(analyse_partition)
    tagged.persist(StorageLevel.MEMORY_AND_DISK)  # analyse once, write every table
    counts = {}
    try:
        for table, columns in TABLES.items():
            rows = tagged.filter(lambda pair, table=table: pair[0] == table).map(lambda pair: pair[1])
            if table == "articles":
                fingerprinted = spark.createDataFrame(rows, StructType.fromDDL(_ddl({**columns, **FINGERPRINT_COLUMNS})))
                result = mark_copies(fingerprinted, duplicate_threshold or DEFAULT_THRESHOLD).select(*columns)
            else:
                result = spark.createDataFrame(rows, StructType.fromDDL(_ddl(columns)))
            result.write.mode("overwrite").parquet(str(Path(output) / table))
            counts[table] = rows.count()  # from the persisted analysis, not the files (paths may hold globs)
    finally:
        tagged.unpersist()
    return counts


def _band_keys(signature: bytes | None, hash_: str) -> list[str]:
    """LSH bucket keys of an article: its text hash (exact copies) and one key per band."""
    keys = [f"text:{hash_}"]
    if signature:
        width = len(signature) // BANDS
        keys += [f"{band}:{signature[band * width:(band + 1) * width].hex()}" for band in range(BANDS)]
    return keys


def _similar(signature: bytes | None, other: bytes | None, same_text: bool, threshold: float) -> bool:
    if same_text:
        return True
    if not signature or not other:
        return False
    from lagebild.ingest.dedup import jaccard, signature_from_bytes

    mine, theirs = signature_from_bytes(signature), signature_from_bytes(other)
    return mine is not None and theirs is not None and jaccard(mine, theirs) >= threshold


def mark_copies(articles, threshold: float):
    """Fill `duplicate_of`: the earliest article (in input order) a copy is identical or near to.

    Candidates come from LSH buckets shared across all partitions; each is checked
    against the threshold on the full signatures. An article that copies a copy points
    at the one it resembles; the picture follows such links back to the original.
    """
    from pyspark.sql import functions as F
    from pyspark.sql.types import ArrayType, BooleanType, StringType

    band_keys = F.udf(lambda signature, hash_: _band_keys(signature, hash_), ArrayType(StringType()), useArrow=False)
    similar = F.udf(lambda a, b, same: _similar(a, b, same, threshold), BooleanType(), useArrow=False)
    buckets = articles.select("id", "order", F.explode(band_keys("signature", "text_hash")).alias("bucket"))
    later, earlier = buckets.alias("later"), buckets.alias("earlier")
    candidates = (later.join(earlier, "bucket")
                  .where(F.col("earlier.order") < F.col("later.order"))
                  .select(F.col("later.id").alias("copy"), F.col("earlier.id").alias("original"),
                          F.col("earlier.order").alias("original_order"))
                  .distinct())
    prints = articles.select("id", "text_hash", "signature")
    checked = (candidates
               .join(prints.alias("c"), F.col("copy") == F.col("c.id"))
               .join(prints.alias("o"), F.col("original") == F.col("o.id"))
               .where(similar(F.col("c.signature"), F.col("o.signature"), F.col("c.text_hash") == F.col("o.text_hash"))))
    first = (checked.groupBy("copy")
             .agg(F.min(F.struct("original_order", "original")).alias("first"))
             .select("copy", F.col("first.original").alias("found_original")))
    return (articles.join(first, articles["id"] == first["copy"], "left")
            .withColumn("duplicate_of", F.coalesce("found_original", "duplicate_of"))
            .drop("copy", "found_original"))


def extract(input_path: str | Path, output: str | Path, master: str = "local[*]",
            partitions: int | None = None, driver_memory: str = "1g",
            duplicate_threshold: float | None = None) -> dict[str, int]:
    """Start a session, run the job, stop the session: row counts per table."""
    spark = session(master, driver_memory)
    try:
        return run(spark, input_path, output, partitions, duplicate_threshold)
    finally:
        spark.stop()


# -- reading the output back (pyarrow only) -------------------------------------------

def _read_table(output: str | Path, table: str) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    folder = Path(output) / table
    if not folder.is_dir():
        raise SparkJobError(f"{folder}: no such folder (not the output of `lagebild spark-extract`?)")
    rows = pq.read_table(folder, schema=None).to_pylist()
    columns = TABLES[table]
    for row in rows:
        for name, kind in columns.items():
            value = row.get(name)
            if kind == "double" and value is not None and float(value).is_integer():
                row[name] = int(value)  # as claim_record gives whole numbers
            elif kind == WRITTEN:
                row[name] = dict(value or ())  # Parquet hands a map back as (key, value) pairs
    return sorted(rows, key=lambda r: (r.get("doc") or r.get("id") or "", r.get("start") or 0, r.get("end") or 0))


def read_claims(output: str | Path) -> list[dict[str, Any]]:
    """Claim records (as `lagebild extract --format jsonl` prints them) from a job's output."""
    return _read_table(output, "claims")


def read_statements(output: str | Path) -> list[dict[str, Any]]:
    """Statement records from a job's output."""
    return _read_table(output, "statements")


def read_articles(output: str | Path) -> dict[str, dict[str, Any]]:
    """Article records by id (no text), as `build_picture` takes them."""
    return {row["id"]: row for row in _read_table(output, "articles")}


def read_future_times(output: str | Path) -> list[dict[str, Any]]:
    """Dates written in forecast sentences, as `build_picture` takes them (older outputs: none)."""
    if not (Path(output) / "future_times").is_dir():
        return []
    return _read_table(output, "future_times")


class SparkOutput:
    """A job's output folder, read like a store by the picture and the report."""

    def __init__(self, output: str | Path) -> None:
        self.output = Path(output)
        for table in ("claims", "articles"):
            if not (self.output / table).is_dir():
                raise SparkJobError(f"{self.output}: no {table}/ folder (not the output of `lagebild spark-extract`?)")

    def articles(self) -> list[dict[str, Any]]:
        return list(read_articles(self.output).values())

    def article(self, article_id: str) -> dict[str, Any] | None:
        """The article's metadata; the job keeps no text, so views show the evidence alone."""
        return read_articles(self.output).get(article_id)

    def sentences(self, article_id: str) -> list[dict[str, Any]]:
        return []

    def claims(self) -> list[dict[str, Any]]:
        return read_claims(self.output)

    def statements(self) -> list[dict[str, Any]]:
        return read_statements(self.output)

    def future_times(self) -> list[dict[str, Any]]:
        return read_future_times(self.output)

    def close(self) -> None:
        """Nothing to release: the tables are read on each call."""
