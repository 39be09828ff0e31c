"""What the web pages and the API read: the store plus a picture cached per store revision."""

from __future__ import annotations

import threading
from bisect import bisect_right
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, Callable, Iterable, Iterator, Mapping

from lagebild.picture import Picture, PictureSettings, Point, Track, build_picture
from lagebild.picture.points import iso_interval
from lagebild.views.charts import claim_dom_id, point_dom_id
from lagebild.views.evidence import Snippet, snippet
from lagebild.views.web import queries


@dataclass(frozen=True, slots=True)
class Filters:
    """The overview's and the claims page's filters; None means "any"."""

    measure: str | None = None
    source: str | None = None
    place: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    story: str | None = None  # a story id (lagebild.picture.stories)

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.measure, self.source, self.place, self.date_from, self.date_to,
                                            self.story))

    def dates_match(self, when: tuple[date, date] | None) -> bool:
        if self.date_from is None and self.date_to is None:
            return True
        if when is None:
            return False
        return ((self.date_from is None or when[1] >= self.date_from)
                and (self.date_to is None or when[0] <= self.date_to))


def _same(value: str | None, wanted: str | None) -> bool:
    return wanted is None or (value is not None and value.lower() == wanted.lower())


def point_matches(point: Point, filters: Filters) -> bool:
    return (_same(point.measure, filters.measure)
            and (filters.source is None or _same(point.source, filters.source) or _same(point.origin, filters.source))
            and (filters.place is None or _same(point.location, filters.place) or _same(point.region, filters.place))
            and (filters.story is None or point.story == filters.story)
            and filters.dates_match(point.when))


def claim_when(claim: Mapping[str, Any]) -> tuple[date, date] | None:
    """The days a claim record speaks of: its own time, else its article's date."""
    return iso_interval(claim.get("time")) or iso_interval(claim.get("published"))


def claim_anchor(claim: Mapping[str, Any]) -> str:
    """The DOM id of a claim record, the same one the charts give its point."""
    return point_dom_id(f"{claim['doc']}:{claim['start']}-{claim['end']}:{claim['measure']}")


def point_ref(point: Point) -> dict[str, Any]:
    return {"claim": claim_dom_id(point), "doc": point.doc, "start": point.start, "end": point.end,
            "evidence": point.evidence, "origin": point.origin, "outlet": point.outlet,
            "published": point.published}


class _Lazy(Mapping):
    """A read-only mapping filled on first access or in bulk (article texts, sentences).

    Bounded: past `most` entries it starts afresh, so a long-running server over a
    large store does not keep every article text in memory."""

    def __init__(self, load: Callable[[str], Any], most: int = 5000) -> None:
        self._load, self._cache, self._most = load, {}, most

    @property
    def cached(self) -> dict[str, Any]:
        return self._cache

    def fill(self, values: Mapping[str, Any]) -> None:
        if len(self._cache) + len(values) > self._most:
            self._cache.clear()
        self._cache.update(values)

    def __getitem__(self, key: str) -> Any:
        if key not in self._cache:
            value = self._load(key)
            if value is None:
                raise KeyError(key)
            self.fill({key: value})
        return self._cache[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._cache)

    def __len__(self) -> int:
        return len(self._cache)


class Snapshot:
    """Everything derived from one revision of the store."""

    def __init__(self, store: Any, settings: PictureSettings, revision: tuple[int, str | None]) -> None:
        self.revision = revision
        self.store = store
        self.articles = {a["id"]: a for a in store.articles()}
        self.claims = store.claims()
        texts = store.texts() if hasattr(store, "texts") else None  # what the stories read
        self.picture: Picture = build_picture(self.claims, self.articles, store.future_times(), settings,
                                              texts=texts)
        self.texts = _Lazy(lambda doc: store.article(doc))
        self.sentences = _Lazy(lambda doc: [(s["start"], s["end"]) for s in store.sentences(doc)])

    def preload(self, docs: Iterable[str]) -> None:
        """Fetch the texts and sentences of many articles at once (a track's or a page's)."""
        missing = sorted({d for d in docs if d not in self.texts.cached})
        if missing:
            self.texts.fill(queries.texts(self.store, missing))
            self.sentences.fill(queries.sentence_bounds(self.store, missing))

    def evidence(self, doc: str, start: int, end: int) -> Snippet:
        try:
            text = self.texts[doc]["text"]
        except KeyError:
            return Snippet("", "", "")
        return snippet(text, start, end, self.sentences.get(doc))

    def of(self, point: Point) -> Snippet:
        return self.evidence(point.doc, point.start, point.end)

    def sentence_index(self, doc: str, offset: int) -> int | None:
        """The index of the stored sentence containing an offset."""
        bounds = self.sentences.get(doc) or []
        position = bisect_right([s for s, _ in bounds], offset) - 1
        return position if position >= 0 and offset < bounds[position][1] else None

    def tracks(self, filters: Filters = Filters()) -> list[Track]:
        if not filters.active:
            return list(self.picture.tracks)
        return [t for t in self.picture.tracks if any(point_matches(p, filters) for p in t.points)]

    def track(self, track_id: str) -> Track | None:
        return next((t for t in self.picture.tracks if t.id == track_id), None)


class Site:
    """The store behind the web app; the picture is rebuilt only when the store changed."""

    def __init__(self, store: Any, settings: PictureSettings | None = None) -> None:
        self.store = store
        self.settings = settings or PictureSettings()
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    def snapshot(self) -> Snapshot:
        revision = queries.revision(self.store)
        with self._lock:
            if self._snapshot is None or self._snapshot.revision != revision:
                self._snapshot = Snapshot(self.store, self.settings, revision)
            return self._snapshot

    def claims(self, filters: Filters = Filters(), **exact: Any) -> list[dict[str, Any]]:
        """Claim records matching the page filters and exact fields (doc, actor, location, source).

        Filters the snapshot's claims in memory: the picture needed all of them anyway."""
        wanted = {name: value for name, value in exact.items() if value is not None}
        region_of = _region_of()
        snapshot = self.snapshot()
        kept = []
        for row in snapshot.claims:
            if filters.measure and row["measure"] != filters.measure:
                continue
            if filters.story and getattr(snapshot.picture.stories.get(row["doc"]), "id", None) != filters.story:
                continue
            if any(not _same(row.get(name), value) for name, value in wanted.items()):
                continue
            if filters.source and not (_same(row.get("source"), filters.source)
                                       or _same(row.get("relay"), filters.source)):
                continue
            if filters.place and not (_same(row.get("location"), filters.place)
                                      or (row.get("location") and _same(region_of(row["location"]), filters.place))):
                continue
            if not filters.dates_match(claim_when(row)):
                continue
            kept.append(dict(row))
        return kept

    def search(self, query: str, limit: int, offset: int) -> tuple[int, list[dict[str, Any]]]:
        return queries.search_sentences(self.store, query, limit, offset)


def _region_of() -> Callable[[str], str | None]:
    from lagebild.picture import default_region_of

    return default_region_of()


def anomaly_record(anomaly: Any) -> dict[str, Any]:
    record = asdict(anomaly)
    record["points"] = [point_ref(p) for p in anomaly.points]
    return record


def conflict_record(conflict: Any) -> dict[str, Any]:
    return {"kind": conflict.kind, "track": conflict.track, "story": conflict.story,
            "explanation": conflict.explanation,
            "points": [point_ref(p) for p in conflict.points],
            "against": [point_ref(p) for p in conflict.against]}


def distinct(values: Iterable[str | None]) -> list[str]:
    return sorted({v for v in values if v}, key=str.lower)
