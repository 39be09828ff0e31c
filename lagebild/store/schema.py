"""Tables of the store (SQLAlchemy Core, portable SQL: SQLite today, PostgreSQL later).

Every row below `articles` keeps its article_id and character offsets into the
article text, so any claim or statement can be shown in its sentence.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean, Column, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String, Table, Text,
)

# Bump when tables change; `open_store` refuses databases written by a newer version and
# upgrades older ones through MIGRATIONS.
SCHEMA_VERSION = 3

# version -> the SQL (portable: SQLite and PostgreSQL) that brings a database of that version to
# the next one. Rows written before a column existed keep NULL there, which every reader accepts.
MIGRATIONS: dict[int, tuple[str, ...]] = {
    2: ("ALTER TABLE statements ADD COLUMN run_start INTEGER",),
}

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column("id", String(255), primary_key=True),
    Column("text", Text, nullable=False),
    Column("url", Text),
    Column("outlet", String(255)),
    Column("title", Text),
    Column("published", String(10)),  # ISO prefix; its length is its precision
    Column("published_inferred", Boolean, nullable=False, default=False),
    Column("language", String(16)),
    Column("source_path", Text),
    Column("duplicate_of", String(255)),
    Column("text_hash", String(64), nullable=False),
    Column("fingerprint", String(64), nullable=False),  # text + given metadata: decides "unchanged"
    Column("minhash", LargeBinary),
    Column("ingested_at", String(32), nullable=False),  # first ingestion (UTC ISO timestamp)
    Column("updated_at", String(32), nullable=False),
    Index("ix_articles_text_hash", "text_hash"),
    Index("ix_articles_published", "published"),
)


def _layer(name: str, *columns: Column | Index) -> Table:
    """A table of one analysis layer: article_id, idx and [start, end) offsets, then its own columns."""
    return Table(
        name, metadata,
        Column("article_id", String(255), ForeignKey("articles.id"), nullable=False),
        Column("idx", Integer, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
        Index(f"ix_{name}_article", "article_id", "idx"),
        *columns,
    )


sentences = _layer("sentences")

mentions = _layer(
    "mentions",
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("canonical", Text, nullable=False),
    Column("role", Text),
    Index("ix_mentions_canonical", "canonical"),
)

times = _layer(
    "times",
    Column("text", Text, nullable=False),
    Column("value", String(16)),
    Column("precision", String(16)),
    Column("first_day", String(10)),
    Column("last_day", String(10)),
    Column("relative", Boolean, nullable=False, default=False),
    Column("future", Boolean, nullable=False, default=False),
)

quantities = _layer(
    "quantities",
    Column("text", Text, nullable=False),
    Column("low", Float),
    Column("high", Float),
    Column("qualifier", String(16), nullable=False),
    Column("vague", Boolean, nullable=False, default=False),
)

claims = _layer(
    "claims",
    Column("evidence", Text, nullable=False),
    Column("measure", String(32), nullable=False),
    Column("actor", Text),
    Column("low", Float),
    Column("high", Float),
    Column("qualifier", String(16), nullable=False),
    Column("source", Text),
    Column("relay", Text),
    Column("certainty", String(16), nullable=False),
    Column("future", Boolean, nullable=False, default=False),
    Column("time", String(16)),
    Column("location", Text),
    Column("additional", Boolean, nullable=False, default=False),
    Column("optional", Boolean, nullable=False, default=False),
    Column("sentence_start", Integer),
    Column("sentence_end", Integer),
    Index("ix_claims_measure", "measure"),
    Index("ix_claims_source", "source"),
)

statements = _layer(
    "statements",
    Column("speaker", Text),
    Column("speaker_kind", String(16)),
    Column("speaker_start", Integer),
    Column("speaker_end", Integer),
    Column("role", Text),
    Column("cue", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("mode", String(16), nullable=False),
    Column("content", Text, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("denial", Boolean, nullable=False, default=False),
    Column("relay", Text),
    Column("run_start", Integer),  # Statement.run_start: the sentences of one run of reported speech share it
    Index("ix_statements_speaker", "speaker"),
)

# Tables holding one article's analysis, deleted and rewritten together on update.
ANALYSIS_TABLES = (sentences, mentions, times, quantities, claims, statements)

# -- versions and watching (URLs and feeds) ---------------------------------
# An edited article (same URL, new text) keeps its id for the latest version; each
# earlier version lives on as its own article row "<id>@v<n>" listed here, with its
# analysis, and is skipped by the default claim/statement queries.
article_versions = Table(
    "article_versions", metadata,
    Column("id", String(255), ForeignKey("articles.id"), primary_key=True),  # the superseded version's row
    Column("article_id", String(255), ForeignKey("articles.id"), nullable=False),  # the latest version
    Column("version", Integer, nullable=False),
    Column("superseded_at", String(32), nullable=False),
    Index("ix_article_versions_article", "article_id"),
)

# `lagebild watch` state per polled URL, so that a restart neither re-ingests nor hammers.
watch_sources = Table(
    "watch_sources", metadata,
    Column("url", String(1024), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("last_poll", String(32)),  # UTC ISO timestamps
    Column("next_poll", String(32)),
    Column("failures", Integer, nullable=False, default=0),  # consecutive failed polls
    Column("last_error", Text),
)

# Entries (feed entries, or the page itself) seen per source, with a hash of what they said.
watch_entries = Table(
    "watch_entries", metadata,
    Column("source_url", String(1024), primary_key=True),
    Column("entry", String(1024), primary_key=True),
    Column("content_hash", String(64), nullable=False),
    Column("article_id", String(255)),
    Column("seen_at", String(32), nullable=False),
)
