"""The store: articles and their analyses, one transaction per article."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Any, Iterator

from sqlalchemy import Engine, Table, bindparam, case, delete, func, insert, inspect, select, update
from sqlalchemy.exc import DatabaseError, OperationalError

from lagebild.model import Analysis, Article
from lagebild.store import schema
from lagebild.store.engine import WRITE, StoreError, database_url, make_engine, sqlite_path

Status = str  # "new" | "unchanged" | "updated"

# Filters the query methods accept; names compare case-insensitively.
CLAIM_FILTERS = {"doc": "article_id", "measure": "measure", "source": "source", "actor": "actor",
                 "location": "location", "certainty": "certainty"}
STATEMENT_FILTERS = {"doc": "article_id", "speaker": "speaker", "cue": "cue", "mode": "mode"}
CASE_INSENSITIVE = {"source", "actor", "location", "speaker", "cue"}
ARTICLE_FILTERS = {"doc": "id", "outlet": "outlet", "language": "language"}
ARTICLE_COLUMNS = ("id", "published", "published_inferred", "outlet", "url", "title", "language",
                   "source_path", "duplicate_of", "text_hash", "ingested_at", "updated_at")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def fingerprint(article: Article) -> str:
    """Hash of the text and the metadata the input gave: equal means re-adding is a no-op."""
    given_date = None if article.published_inferred else article.published
    parts = (article.text, article.url, article.outlet, article.title, given_date, article.language)
    return hashlib.sha256("\x1f".join(p or "" for p in parts).encode("utf-8")).hexdigest()


def open_store(db: str | None = None, *, create: bool = True) -> "Store":
    """Open (and with `create`, initialise) the store at a path or SQLAlchemy URL.

    None means $LAGEBILD_DB, else "lagebild.db". Raises `StoreError` with a
    one-line reason when the database cannot be used.
    """
    url = database_url(db)
    path = sqlite_path(url)
    if path is not None and not create and not path.exists():
        raise StoreError(f"no database at {path} (run `lagebild ingest` first)")
    if path is not None and create and not path.parent.is_dir():
        raise StoreError(f"cannot create database {path}: folder {path.parent} does not exist")
    store = Store(make_engine(url))
    try:
        store._prepare(create)
    except BaseException:
        store.close()
        raise
    return store


class Store:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    # -- lifecycle -------------------------------------------------------
    def _prepare(self, create: bool) -> None:
        where = self.engine.url.render_as_string(hide_password=True)
        try:
            names = set(inspect(self.engine).get_table_names())
            if schema.schema_version.name in names:
                with self.engine.connect() as conn:
                    version = conn.execute(select(func.max(schema.schema_version.c.version))).scalar()
                if version is None:
                    raise StoreError(f"{where}: schema_version table is empty; not a usable lagebild database")
                if version > schema.SCHEMA_VERSION:
                    raise StoreError(f"{where} has schema version {version}, newer than this lagebild "
                                     f"understands ({schema.SCHEMA_VERSION}); upgrade lagebild")
                if version < schema.SCHEMA_VERSION:
                    self._migrate(where, version)
                if set(schema.metadata.tables) - names:  # tables added since without a version bump
                    with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
                        schema.metadata.create_all(conn)
                return
            if names:
                raise StoreError(f"{where} is not a lagebild database (it has tables: {', '.join(sorted(names))})")
            if not create:
                raise StoreError(f"{where} is empty (run `lagebild ingest` first)")
            with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
                schema.metadata.create_all(conn)  # checkfirst: another process may have just created it
                if conn.execute(select(func.count()).select_from(schema.schema_version)).scalar() == 0:
                    conn.execute(insert(schema.schema_version).values(version=schema.SCHEMA_VERSION))
        except (OperationalError, DatabaseError) as error:
            raise StoreError(f"cannot open database {where}: {error.orig}") from None

    def _migrate(self, where: str, version: int) -> None:
        """Bring an older database up to SCHEMA_VERSION, all steps in one transaction: a failure
        leaves it at its old version, untouched."""
        missing = [v for v in range(version, schema.SCHEMA_VERSION) if v not in schema.MIGRATIONS]
        if missing:
            raise StoreError(f"{where} has old schema version {version} "
                             f"(current {schema.SCHEMA_VERSION}) and no migration exists from {missing[0]}")
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            for step in range(version, schema.SCHEMA_VERSION):
                for sql in schema.MIGRATIONS[step]:
                    conn.exec_driver_sql(sql)
            conn.execute(update(schema.schema_version).values(version=schema.SCHEMA_VERSION))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------
    def is_unchanged(self, article: Article) -> bool:
        """True when an article with this id, text and metadata is already stored."""
        with self.engine.connect() as conn:
            stored = conn.execute(_STORED_FINGERPRINT, {"id": article.id}).scalar()
        return stored == fingerprint(article)

    def add(self, article: Article, analysis: Analysis, *, minhash: bytes | None = None) -> Status:
        """Store an article with its analysis atomically: "new", "unchanged" or "updated"."""
        now = datetime.now(timezone.utc).isoformat(timespec="microseconds")
        row = {
            "id": article.id, "text": article.text, "url": article.url, "outlet": article.outlet,
            "title": article.title, "published": article.published,
            "published_inferred": bool(article.published_inferred), "language": article.language,
            "source_path": article.source_path, "duplicate_of": article.duplicate_of,
            "text_hash": text_hash(article.text), "fingerprint": fingerprint(article),
            "minhash": minhash, "updated_at": now,
        }
        articles = schema.articles
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            stored = conn.execute(_STORED_ARTICLE, {"id": article.id}).first()
            if stored is not None and stored.fingerprint == row["fingerprint"]:
                return "unchanged"
            if stored is None:
                conn.execute(_INSERT[articles.name], {**row, "ingested_at": now})
            else:
                if stored.url and stored.url == article.url and stored.text_hash != row["text_hash"]:
                    _keep_as_old_version(conn, article.id, now)  # an edited page: the old text stays
                for table in schema.ANALYSIS_TABLES:
                    conn.execute(delete(table).where(table.c.article_id == article.id))
                conn.execute(update(articles).where(articles.c.id == article.id).values(**row))
            for table, rows in _analysis_rows(article.id, analysis):
                if rows:
                    conn.execute(_INSERT[table.name], rows)  # one executemany per table
        return "new" if stored is None else "updated"

    # -- reading ---------------------------------------------------------
    def articles(self, *, all_versions: bool = False, **filters: Any) -> list[dict[str, Any]]:
        """Stored articles (without text) with their claim and statement counts, oldest first.

        Earlier versions of edited articles only with `all_versions` (then every row
        has `version` and `latest`: the id of the article's latest version).
        """
        if all_versions:
            return self._all_versions(**filters)
        a = schema.articles
        n_claims = (select(func.count()).select_from(schema.claims)
                    .where(schema.claims.c.article_id == a.c.id).scalar_subquery())
        n_statements = (select(func.count()).select_from(schema.statements)
                        .where(schema.statements.c.article_id == a.c.id).scalar_subquery())
        query = select(*(a.c[name] for name in ARTICLE_COLUMNS), n_claims.label("claims"),
                       n_statements.label("statements"))
        query = _filtered(query, a, filters, ARTICLE_FILTERS)
        if filters.get("doc") is None:
            query = query.where(_latest_only(a.c.id))
        return self._rows(query.order_by(a.c.ingested_at, a.c.id))

    def article(self, article_id: str) -> dict[str, Any] | None:
        """One article with its text, or None."""
        a = schema.articles
        columns = [a.c[name] for name in ARTICLE_COLUMNS] + [a.c.text]
        rows = self._rows(select(*columns).where(a.c.id == article_id))
        return rows[0] if rows else None

    def texts(self) -> dict[str, str]:
        """The text of every article (latest versions), by id: what the picture's stories read."""
        a = schema.articles
        with self.engine.connect() as conn:
            return dict(conn.execute(select(a.c.id, a.c.text).where(_latest_only(a.c.id))).all())

    def claims(self, *, all_versions: bool = False, **filters: Any) -> list[dict[str, Any]]:
        """Claim records (as `lagebild.model.claim_record`) plus their article's metadata.

        Claims of superseded article versions only with `all_versions` or when `doc` names one.
        """
        rows = self._with_article(schema.claims, filters, CLAIM_FILTERS, all_versions)
        return [_claim_record(row) for row in rows]

    def statements(self, *, all_versions: bool = False, **filters: Any) -> list[dict[str, Any]]:
        """Statement records (as `lagebild.model.statement_record`) plus their article's metadata."""
        rows = self._with_article(schema.statements, filters, STATEMENT_FILTERS, all_versions)
        return [_statement_record(row) for row in rows]

    def sentences(self, article_id: str) -> list[dict[str, Any]]:
        return self._layer(schema.sentences, article_id)

    def mentions(self, article_id: str) -> list[dict[str, Any]]:
        return self._layer(schema.mentions, article_id)

    def times(self, article_id: str) -> list[dict[str, Any]]:
        return self._layer(schema.times, article_id)

    def future_times(self) -> list[dict[str, Any]]:
        """Dates written out in forecast sentences, for the picture's anomalies."""
        t = schema.times
        query = (select(t.c.article_id.label("doc"), t.c.start, t.c.end, t.c.text, t.c.value,
                        t.c.first_day, t.c.last_day)
                 .where(t.c.future.is_(True), _latest_only(t.c.article_id)).order_by(t.c.article_id, t.c.idx))
        return self._rows(query)

    def quantities(self, article_id: str) -> list[dict[str, Any]]:
        return self._layer(schema.quantities, article_id)

    def duplicate_rows(self) -> Iterator[tuple[str, str, bytes | None, str | None, str]]:
        """(id, text_hash, minhash, duplicate_of, text) of every article, oldest first.

        The text comes only where no signature is stored (to recompute it).
        """
        a = schema.articles
        text_if_needed = case((a.c.minhash.is_(None), a.c.text), else_=None)
        query = (select(a.c.id, a.c.text_hash, a.c.minhash, a.c.duplicate_of, text_if_needed)
                 .where(_latest_only(a.c.id))  # an edited article is no copy of its own old version
                 .order_by(a.c.ingested_at, a.c.id))
        with self.engine.connect() as conn:
            for row in conn.execute(query):
                yield tuple(row)

    def count(self, table: str) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.metadata.tables[table])).scalar()

    def _with_article(self, table: Table, filters: dict[str, Any], allowed: dict[str, str],
                      all_versions: bool = False) -> list[dict[str, Any]]:
        """Rows of a layer joined with their article's outlet, date, URL and duplicate mark."""
        a = schema.articles
        query = (select(table, a.c.outlet, a.c.published, a.c.url, a.c.duplicate_of)
                 .join(a, a.c.id == table.c.article_id))
        query = _filtered(query, table, filters, allowed)
        if not all_versions and filters.get("doc") is None:
            query = query.where(_latest_only(table.c.article_id))
        return self._rows(query.order_by(table.c.article_id, table.c.idx))

    def _layer(self, table: Table, article_id: str) -> list[dict[str, Any]]:
        query = select(table).where(table.c.article_id == article_id).order_by(table.c.idx)
        return self._rows(query)

    def _rows(self, query) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    # -- versions of edited articles ---------------------------------------
    def versions(self, article_id: str) -> list[dict[str, Any]]:
        """Every version of an article, oldest first: id, version, latest, superseded_at."""
        v = schema.article_versions
        latest = self._rows(select(v.c.article_id).where(v.c.id == article_id))
        current = latest[0]["article_id"] if latest else article_id
        rows = self._rows(select(v.c.id, v.c.version, v.c.superseded_at)
                          .where(v.c.article_id == current).order_by(v.c.version))
        if not rows and self.article(current) is None:
            return []
        rows.append({"id": current, "version": len(rows) + 1, "superseded_at": None})
        return [{**row, "latest": current} for row in rows]

    def _all_versions(self, **filters: Any) -> list[dict[str, Any]]:
        a, v = schema.articles, schema.article_versions
        counts = []
        for layer in (schema.claims, schema.statements):
            counts.append(select(func.count()).select_from(layer)
                          .where(layer.c.article_id == a.c.id).scalar_subquery().label(layer.name))
        earlier = v.alias("earlier")  # superseded versions of a latest article: its number is theirs + 1
        later = select(func.count()).select_from(earlier).where(earlier.c.article_id == a.c.id).scalar_subquery()
        query = (select(*(a.c[name] for name in ARTICLE_COLUMNS), *counts,
                        func.coalesce(v.c.version, later + 1).label("version"),
                        func.coalesce(v.c.article_id, a.c.id).label("latest"))
                 .outerjoin(v, v.c.id == a.c.id))
        query = _filtered(query, a, filters, ARTICLE_FILTERS)
        return self._rows(query.order_by(a.c.ingested_at, func.coalesce(v.c.article_id, a.c.id),
                                         func.coalesce(v.c.version, later + 1)))

    # -- `lagebild watch` state --------------------------------------------
    def watch_state(self, url: str) -> dict[str, Any] | None:
        """The polling state of a watched URL (etag, last_modified, polls, failures), or None."""
        rows = self._rows(select(schema.watch_sources).where(schema.watch_sources.c.url == url))
        return rows[0] if rows else None

    def save_watch_state(self, url: str, **state: Any) -> None:
        sources = schema.watch_sources
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            if conn.execute(select(sources.c.url).where(sources.c.url == url)).first() is None:
                conn.execute(insert(sources).values(url=url, **{"failures": 0, **state}))
            else:
                conn.execute(update(sources).where(sources.c.url == url).values(**state))

    def seen_entries(self, source_url: str) -> dict[str, str]:
        """entry key -> content hash of every entry already ingested from a watched URL."""
        e = schema.watch_entries
        with self.engine.connect() as conn:
            rows = conn.execute(select(e.c.entry, e.c.content_hash).where(e.c.source_url == source_url))
            return {row.entry: row.content_hash for row in rows}

    def mark_seen(self, source_url: str, entries: list[tuple[str, str, str | None]]) -> None:
        """Remember (entry key, content hash, article id) triples of a watched URL."""
        if not entries:
            return
        e = schema.watch_entries
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.engine.connect().execution_options(**WRITE) as conn, conn.begin():
            for key, hash_, article_id in entries:
                conn.execute(delete(e).where(e.c.source_url == source_url, e.c.entry == key))
                conn.execute(insert(e).values(source_url=source_url, entry=key, content_hash=hash_,
                                              article_id=article_id, seen_at=now))


# The statements of every `add`, built once: building and caching-keying them per article
# cost about as much as SQLite's own work.
_STORED_FINGERPRINT = select(schema.articles.c.fingerprint).where(schema.articles.c.id == bindparam("id"))
_STORED_ARTICLE = (select(schema.articles.c.fingerprint, schema.articles.c.url, schema.articles.c.text_hash)
                   .where(schema.articles.c.id == bindparam("id")))
_INSERT = {table.name: insert(table) for table in (schema.articles, *schema.ANALYSIS_TABLES)}


def _filtered(query, table: Table, filters: dict[str, Any], allowed: dict[str, str]):
    for name, value in filters.items():
        if name not in allowed:
            raise TypeError(f"unknown filter {name!r} (known: {', '.join(sorted(allowed))})")
        if value is None:
            continue
        column = table.c[allowed[name]]
        if name in CASE_INSENSITIVE:
            query = query.where(func.lower(column) == str(value).lower())
        else:
            query = query.where(column == value)
    return query


def _plain(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def _article_fields(row: dict[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in ("outlet", "published", "url", "duplicate_of")}


def _claim_record(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "claim", "doc": row["article_id"], "start": row["start"], "end": row["end"],
        "evidence": row["evidence"], "measure": row["measure"], "actor": row["actor"],
        "low": _plain(row["low"]), "high": _plain(row["high"]), "qualifier": row["qualifier"],
        "source": row["source"], "relay": row["relay"], "certainty": row["certainty"],
        "future": row["future"], "time": row["time"], "location": row["location"],
        "additional": row["additional"], "optional": row["optional"],
        "sentence_start": row["sentence_start"], "sentence_end": row["sentence_end"],
        **_article_fields(row),
    }


def _statement_record(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": "statement", "doc": row["article_id"], "start": row["start"], "end": row["end"],
        "speaker": row["speaker"], "speaker_kind": row["speaker_kind"],
        "speaker_start": row["speaker_start"], "speaker_end": row["speaker_end"], "role": row["role"],
        "cue": row["cue"], "cue_start": row["cue_start"], "cue_end": row["cue_end"], "mode": row["mode"],
        "content": row["content"], "content_start": row["content_start"], "content_end": row["content_end"],
        "denial": row["denial"], "relay": row["relay"], "run_start": row["run_start"],
        **_article_fields(row),
    }


def _span(span, side: str) -> int | None:
    return None if span is None else getattr(span, side)


def _analysis_rows(article_id: str, analysis: Analysis) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
    """Rows per table, built lazily so a bad item fails inside the article's transaction."""
    yield schema.sentences, [
        {"article_id": article_id, "idx": i, "start": s.start, "end": s.end}
        for i, s in enumerate(analysis.sentences)]
    yield schema.mentions, [
        {"article_id": article_id, "idx": i, "start": m.span.start, "end": m.span.end, "text": m.text,
         "kind": m.kind, "canonical": m.canonical, "role": m.role}
        for i, m in enumerate(analysis.mentions)]
    yield schema.times, [
        {"article_id": article_id, "idx": i, "start": t.span.start, "end": t.span.end, "text": t.text,
         "value": t.value, "precision": t.precision, "first_day": t.start, "last_day": t.end,
         "relative": bool(t.relative), "future": bool(t.future)}
        for i, t in enumerate(analysis.times)]
    yield schema.quantities, [
        {"article_id": article_id, "idx": i, "start": q.span.start, "end": q.span.end, "text": q.text,
         "low": q.low, "high": q.high, "qualifier": q.qualifier, "vague": bool(q.vague)}
        for i, q in enumerate(analysis.quantities)]
    yield schema.claims, [
        {"article_id": article_id, "idx": i, "start": c.evidence.start, "end": c.evidence.end,
         "evidence": c.evidence_text, "measure": c.measure, "actor": c.actor, "low": c.low, "high": c.high,
         "qualifier": c.qualifier, "source": c.source, "relay": c.relay, "certainty": c.certainty,
         "future": bool(c.future), "time": c.time, "location": c.location,
         "additional": bool(c.additional), "optional": bool(c.optional),
         "sentence_start": _span(c.sentence, "start"), "sentence_end": _span(c.sentence, "end")}
        for i, c in enumerate(analysis.claims)]
    yield schema.statements, [
        {"article_id": article_id, "idx": i, "start": s.span.start, "end": s.span.end,
         "speaker": s.speaker, "speaker_kind": s.kind, "speaker_start": _span(s.speaker_span, "start"),
         "speaker_end": _span(s.speaker_span, "end"), "role": s.role, "cue": s.cue,
         "cue_start": _span(s.cue_span, "start"), "cue_end": _span(s.cue_span, "end"), "mode": s.mode,
         "content": s.content, "content_start": s.content_span.start, "content_end": s.content_span.end,
         "denial": bool(s.denial), "relay": s.relay, "run_start": s.run_start}
        for i, s in enumerate(analysis.statements)]


def _latest_only(article_id_column):
    """Rows of latest article versions only (superseded versions are listed in article_versions)."""
    return article_id_column.not_in(select(schema.article_versions.c.id))


def _keep_as_old_version(conn, article_id: str, now: str) -> None:
    """Copy the stored article to "<id>@v<n>" and move its analysis there, before it is overwritten."""
    a, v = schema.articles, schema.article_versions
    number = conn.execute(select(func.count()).select_from(v).where(v.c.article_id == article_id)).scalar() + 1
    old_id = f"{article_id[:240]}@v{number}"
    old = dict(conn.execute(select(a).where(a.c.id == article_id)).first()._mapping)
    conn.execute(insert(a).values(**{**old, "id": old_id}))
    for table in schema.ANALYSIS_TABLES:
        conn.execute(update(table).where(table.c.article_id == article_id).values(article_id=old_id))
    conn.execute(insert(v).values(id=old_id, article_id=article_id, version=number, superseded_at=now))
