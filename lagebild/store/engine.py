"""Database URLs and engines. The only place with backend-specific settings (SQLite, PostgreSQL)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

DEFAULT_DB = "lagebild.db"
BUSY_TIMEOUT_MS = 30_000
# Execution option for connections that will write: SQLite then takes the write
# lock up front (BEGIN IMMEDIATE) so concurrent writers wait instead of failing.
WRITE = {"lagebild_write": True}


class StoreError(RuntimeError):
    """The database cannot be used (missing, not ours, too new, ...)."""


def database_url(db: str | os.PathLike | None = None) -> str:
    """A SQLAlchemy URL for a path or URL; None means $LAGEBILD_DB, else "lagebild.db"."""
    text = str(db) if db is not None else os.environ.get("LAGEBILD_DB") or DEFAULT_DB
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other databases and in-memory SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as error:  # sqlalchemy.exc.ArgumentError and friends
        raise StoreError(f"invalid database URL {url!r}: {error}") from None
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3, not SQLAlchemy's psycopg2 default
    if parsed.get_backend_name() != "sqlite":
        try:
            engine = create_engine(parsed, pool_pre_ping=True)
        except Exception as error:  # e.g. missing DB driver
            raise StoreError(f"cannot use database {parsed.render_as_string(hide_password=True)}: {error}") from None
        if parsed.get_backend_name() == "postgresql":
            _configure_postgresql(engine)
        return engine
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _configure_sqlite(engine, in_memory=sqlite_path(url) is None)
    return engine


def _configure_sqlite(engine: Engine, in_memory: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's BEGIN (below) delimit transactions instead of the driver's guesswork.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not in_memory:
            cursor.execute("PRAGMA journal_mode=WAL")
            # In WAL mode NORMAL still never corrupts or half-applies a transaction; it
            # only skips an fsync per commit (a power cut may lose the last commits).
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        writing = connection.get_execution_options().get("lagebild_write")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


# Key of the transaction-level advisory lock that PostgreSQL writers hold (any constant
# shared by all lagebild processes; "lagebild" in ASCII).
POSTGRES_WRITE_LOCK = 0x6C61676562696C64


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # Writers take turns, as with SQLite's BEGIN IMMEDIATE: the check-then-insert of
        # `Store.add` and the schema creation then never race between processes. The
        # lock ends with the transaction; readers never wait.
        if connection.get_execution_options().get("lagebild_write"):
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({POSTGRES_WRITE_LOCK})")
