"""Read queries the web UI needs beyond the Store's own methods (portable SQL)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from lagebild.store import schema


def revision(store: Any) -> tuple[int, str | None]:
    """(number of articles, latest update): changes whenever an article is added or updated."""
    a = schema.articles
    with store.engine.connect() as conn:
        row = conn.execute(select(func.count(), func.max(a.c.updated_at)).select_from(a)).one()
    return int(row[0]), row[1]


def _like_pattern(query: str) -> str:
    escaped = query.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_sentences(store: Any, query: str, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """Stored sentences containing `query` (case-insensitive LIKE on the article text slice).

    Returns the number of matches and one page of them, each with its article's
    id, title, outlet and date, the sentence index, offsets and text.
    """
    s, a = schema.sentences, schema.articles
    pattern = _like_pattern(query)
    sentence_text = func.substr(a.c.text, s.c.start + 1, s.c.end - s.c.start)
    # whole texts first: sentences are sliced only from articles that contain the query
    matching = select(a.c.id).where(func.lower(a.c.text).like(pattern, escape="\\")).scalar_subquery()
    condition = s.c.article_id.in_(matching) & func.lower(sentence_text).like(pattern, escape="\\")
    joined = s.join(a, a.c.id == s.c.article_id)
    count = select(func.count()).select_from(joined).where(condition)
    page = (select(s.c.article_id, s.c.idx, s.c.start, s.c.end, sentence_text.label("text"), a.c.title,
                   a.c.outlet, a.c.published)
            .select_from(joined).where(condition)
            .order_by(a.c.published.desc(), s.c.article_id, s.c.idx).limit(limit).offset(offset))
    with store.engine.connect() as conn:
        total = conn.execute(count).scalar() or 0
        rows = [dict(row._mapping) for row in conn.execute(page)]
    for row in rows:
        row["doc"] = row.pop("article_id")
    return total, rows


def texts(store: Any, ids: list[str]) -> dict[str, dict[str, Any]]:
    """id -> {"id", "text"} for many articles in one query per few hundred ids."""
    a = schema.articles
    found: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for chunk in _chunks(ids):
            for row in conn.execute(select(a.c.id, a.c.text).where(a.c.id.in_(chunk))):
                found[row.id] = {"id": row.id, "text": row.text}
    return found


def sentence_bounds(store: Any, ids: list[str]) -> dict[str, list[tuple[int, int]]]:
    """id -> [(start, end), ...] of its stored sentences in order, for many articles at once."""
    s = schema.sentences
    found: dict[str, list[tuple[int, int]]] = {doc: [] for doc in ids}
    with store.engine.connect() as conn:
        for chunk in _chunks(ids):
            query = select(s.c.article_id, s.c.start, s.c.end).where(s.c.article_id.in_(chunk)).order_by(
                s.c.article_id, s.c.idx)
            for row in conn.execute(query):
                found[row.article_id].append((row.start, row.end))
    return found


def _chunks(ids: list[str], size: int = 500):
    for offset in range(0, len(ids), size):
        yield ids[offset:offset + size]
