"""Stories: which articles report the same event, so the picture compares only their figures.

Two reports of different events in one country (a flood in Piedmont, boat arrivals at
Lampedusa) must not meet in one track. Each article is described by its story terms:
the capitalised words of its title and text (German nouns and names; the title counts
more), places and organisations the gazetteer knows under their canonical names,
country adjectives as their country, and the places its claims name. Terms are
weighted by how rare they are in the articles at hand (TF-IDF, with a prior so a
small set does not make its own story's words worthless). Two articles are linked
when their similarity reaches `story_link`; articles far apart in time need more
(`story_link_per_month` per month beyond `story_window_days`), a wire copy is always
linked to its original. Stories are the connected groups of links (single link: a
developing story is held together by each article's nearest neighbour, so it is not
cut into pieces), and the result depends only on the set of articles, never on
their order. An article with no strong link stays a story of its own: its figures are
not compared with anyone's rather than compared wrongly.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Iterator, Mapping

from lagebild import lang
from lagebild.lang.gazetteer import gazetteer, stem
from lagebild.picture.points import iso_interval
from lagebild.picture.settings import PictureSettings

WORD_RE = re.compile(r"[^\W\d_][^\W_]*(?:-[^\W\d_][^\W_]*)*")
OPENERS = frozenset('.!?:„"\n')


@dataclass(slots=True)
class Story:
    id: str
    label: str
    docs: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # most characteristic first
    first: str | None = None  # earliest article date
    last: str | None = None


class Lexicon:
    def __init__(self, data: Mapping[str, Any]) -> None:
        self.stopwords = frozenset(w.lower() for w in data.get("stories", {}).get("stopwords", ()))
        self.gaz = gazetteer(data)
        self.countries = frozenset(self.gaz.country_english.values())
        self._cache: dict[tuple[str, bool], tuple[tuple[str, str], ...]] = {}
        self.event_kinds: dict[str, list[str]] = {}
        for kind, words in data.get("stories", {}).get("event_kinds", {}).items():
            for word in words:
                self.event_kinds.setdefault(word.lower(), []).append(kind)
        whole = [w[1:] for w in self.event_kinds if w.startswith("=")]
        ends = [w for w in self.event_kinds if not w.startswith("=")]
        endings = "(?:e|s|es|n|en|er|ern|nen)?"
        self.event_re = re.compile(
            "|".join(filter(None, (
                f"^(?P<whole>{'|'.join(map(re.escape, sorted(whole, key=len, reverse=True)))}){endings}$" if whole else "",
                f"(?P<end>{'|'.join(map(re.escape, sorted(ends, key=len, reverse=True)))}){endings}$" if ends else "",
            ))) or "(?!)")

    def word_terms(self, word: str, opening: bool) -> tuple[tuple[str, str], ...]:
        """The terms of one word (remembered: the same words recur in every article)."""
        key = (word, opening)
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 200_000:
                self._cache.clear()
            found = self._cache[key] = tuple(self._word_terms(word, opening))
        return found

    def _word_terms(self, word: str, opening: bool) -> Iterator[tuple[str, str]]:
        gaz = self.gaz
        for part in word.split("-"):
            if len(part) < 3 or part.lower() in self.stopwords:
                continue
            if part[0].isupper():
                for kind in self.kinds_of(part):
                    yield f"event:{kind}", kind
                entry = gaz.exact.get((part,))
                if entry is None and part.endswith("s"):  # "Russlands", "Kiews"
                    entry = gaz.exact.get((part[:-1],))
                if entry is not None and entry.kind in ("place", "org"):
                    term = _place_term(entry.canonical, self) if entry.kind == "place" else f"org:{entry.canonical}"
                    yield term, entry.canonical
                elif not opening:
                    yield f"w:{stem(part)}", part
            else:
                code = gaz.adjective_country(part)
                if code:
                    country = gaz.country_english.get(code, code)
                    yield f"country:{country}", country

    def kinds_of(self, word: str) -> list[str]:
        """The event kinds a noun names ("Selbstmordanschlags" -> attack)."""
        match = self.event_re.search(word.lower())
        if match is None:
            return []
        whole = match.groupdict().get("whole")
        return self.event_kinds["=" + whole] if whole else self.event_kinds[match.group("end")]


def _lexicon(language: str = "de") -> Lexicon:
    return lang.compiled(lang.load(language), Lexicon)


def article_terms(title: str | None, text: str | None, lexicon: Lexicon | None = None) -> dict[str, list]:
    """Story terms of one article: term -> [count in the title, count in the text, first spelling].

    Terms are prefixed by what they are: "place:" / "org:" / "person:" / "country:" for
    names, "w:" for the stem of any other capitalised word."""
    lex = lexicon or _lexicon()
    counts: dict[str, list] = {}
    body = text or ""
    if title and body.lstrip().startswith(title.strip()):
        body = body.lstrip()[len(title.strip()):]  # the title is counted once, as the title
    for which, part in enumerate((title or "", body)):
        for term, spelling in _terms(part, lex):
            counts.setdefault(term, [0, 0, spelling])[which] += 1
    return counts


def story_terms_json(title: str | None, text: str | None) -> str:
    """An article's story terms as the Spark job keeps them (it keeps no text)."""
    return json.dumps(article_terms(title, text), ensure_ascii=False, sort_keys=True)


def _weighted_counts(terms: Mapping[str, list], places: Iterable[str], settings: PictureSettings,
                     lex: Lexicon) -> Counter[str]:
    counts: Counter[str] = Counter()
    for term, (in_title, in_text, *_spelling) in terms.items():
        counts[term] = in_title * settings.story_title_weight + in_text
    for place in places:
        if place:
            counts[_place_term(place, lex)] += 1.0
    return counts


def _terms_of(article: Mapping[str, Any], text: str | None) -> dict[str, list]:
    """From the text where there is one, else the job's stored terms, else the title alone."""
    if text:
        return article_terms(article.get("title"), text)
    stored = article.get("story_terms")
    if stored:
        try:
            return {t: list(c) for t, c in json.loads(stored).items()}
        except (ValueError, TypeError, AttributeError):
            pass
    return article_terms(article.get("title"), None)


def _terms(text: str, lex: Lexicon) -> Iterator[tuple[str, str]]:
    """(term, spelling) of a text: "place:" / "org:" / "person:" anchors, "country:",
    "event:" kinds and "w:" words.

    A capitalised word opening a sentence is no "w:" word (it is as often "Derzeit" as a
    noun), though the gazetteer's names and event words count; a first name makes the
    next capitalised word a person."""
    first_names, stop = lex.gaz.first_names, lex.stopwords
    after_first_name = False
    for match in WORD_RE.finditer(text):
        word = match.group()
        if not word[0].isupper():
            after_first_name = False
            if len(word) > 4:
                yield from lex.word_terms(word, False)
            continue
        if after_first_name and word.lower() not in stop:
            after_first_name = False
            yield f"person:{word}", word
            continue
        after_first_name = word in first_names
        i = match.start() - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        yield from lex.word_terms(word, i < 0 or text[i] in OPENERS)


def _place_term(place: str, lex: Lexicon) -> str:
    """A country weighs little (many events share one); any other place is an anchor."""
    if place in lex.countries:
        return f"country:{place}"
    return f"place:{place}"


def _day(published: str | None) -> date | None:
    interval = iso_interval(published)
    return interval[0] if interval else None


def find_stories(articles: Mapping[str, Mapping[str, Any]], places_by_doc: Mapping[str, Iterable[str]],
                 settings: PictureSettings | None = None,
                 texts: Mapping[str, str] | None = None) -> dict[str, Story]:
    """Article id -> its story, for every article given (and every doc with places).

    Empty when no article has a title or text: with nothing to judge stories by (bare
    claim records), the caller's records are taken as one stream, as before stories."""
    settings = settings or PictureSettings()
    lex = _lexicon()
    texts = texts or {}
    if not any(texts.get(doc) or a.get("title") or a.get("text") or a.get("story_terms")
               for doc, a in articles.items()):
        return {}
    docs = sorted(set(articles) | set(places_by_doc))
    terms: dict[str, Counter[str]] = {}
    spellings: dict[str, str] = {}
    for doc in docs:
        article = articles.get(doc, {})
        found = _terms_of(article, texts.get(doc) or article.get("text"))
        terms[doc] = _weighted_counts(found, places_by_doc.get(doc, ()), settings, lex)
        for term, counts in found.items():
            if len(counts) > 2:
                spellings.setdefault(term, counts[2])  # docs in sorted order: deterministic
    vectors, idf = _weighted(terms, settings)
    days = {doc: _day(articles.get(doc, {}).get("published")) for doc in docs}
    parent = {doc: doc for doc in docs}

    def find(doc: str) -> str:
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    for doc in docs:  # wire copies are one story with their original
        original = articles.get(doc, {}).get("duplicate_of")
        if original in parent:
            union(doc, original)
    events = {doc: _events(terms[doc]) for doc in docs}
    for a, b, similarity in similar_pairs(vectors, settings):
        if similarity >= link_needed(days[a], days[b], settings) and same_kind(events[a], events[b], settings):
            union(a, b)
    # then whole stories against each other: a developing story's later article may share
    # little with any one earlier article but much with the story as a whole
    for _round in range(settings.story_rounds):
        groups = _groups(docs, find)
        if len(groups) < 2:
            break
        centroids = {root: _centroid(members, vectors) for root, members in groups.items()}
        spans = {root: _span(members, days) for root, members in groups.items()}
        kinds = {root: sum((events[d] for d in members), Counter()) for root, members in groups.items()}
        merged = False
        for a, b, similarity in similar_pairs(centroids, settings):
            if (similarity >= link_needed(*_closest(spans[a], spans[b]), settings)
                    and same_kind(kinds[a], kinds[b], settings)):
                union(a, b)
                merged = True
        if not merged:
            break
    groups = _groups(docs, find)
    stories: dict[str, Story] = {}
    for members in groups.values():
        story = _describe(members, terms, idf, spellings, articles, settings)
        for doc in members:
            stories[doc] = story
    return stories


def _events(counts: Mapping[str, float]) -> Counter[str]:
    return Counter({t.split(":", 1)[1]: c for t, c in counts.items() if t.startswith("event:")})


def same_kind(a: Mapping[str, float], b: Mapping[str, float], settings: PictureSettings) -> bool:
    """False when both articles (or stories) clearly report events of different kinds: each
    has `story_event_words` event words, and their kinds' cosine is below `story_event_likeness`."""
    if sum(a.values()) < settings.story_event_words or sum(b.values()) < settings.story_event_words:
        return True
    dot = sum(weight * b.get(kind, 0.0) for kind, weight in a.items())
    norm = math.sqrt(sum(w * w for w in a.values()) * sum(w * w for w in b.values()))
    return norm > 0 and dot / norm >= settings.story_event_likeness


def _groups(docs: list[str], find) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        groups[find(doc)].append(doc)
    return groups


def _centroid(members: list[str], vectors: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    summed: Counter[str] = Counter()
    for doc in members:
        summed.update(vectors[doc])
    norm = math.sqrt(sum(w * w for w in summed.values())) or 1.0
    return {t: w / norm for t, w in summed.items()}


def _span(members: list[str], days: Mapping[str, date | None]) -> tuple[date, date] | None:
    dated = [days[d] for d in members if days[d] is not None]
    return (min(dated), max(dated)) if dated else None


def _closest(a: tuple[date, date] | None, b: tuple[date, date] | None) -> tuple[date | None, date | None]:
    """The nearest dates of two stories' time spans (equal when the spans overlap)."""
    if a is None or b is None:
        return None, None
    if a[1] < b[0]:
        return a[1], b[0]
    if b[1] < a[0]:
        return a[0], b[1]
    return a[0], a[0]


def link_needed(a: date | None, b: date | None, settings: PictureSettings) -> float:
    """The similarity two articles need to be one story: more the further apart they are."""
    if a is None or b is None:
        return settings.story_link
    gap = abs((a - b).days)
    months = max(0, gap - settings.story_window_days) / 30.0
    return settings.story_link + settings.story_link_per_month * months


def _weighted(terms: Mapping[str, Counter[str]], settings: PictureSettings
              ) -> tuple[dict[str, dict[str, float]], dict[str, float]]:
    """TF-IDF vectors (unit length) and the IDF of every term."""
    df: Counter[str] = Counter()
    for counts in terms.values():
        df.update(counts.keys())
    n = len(terms)
    idf = {t: math.log((n + settings.story_idf_prior) / (d + 1)) for t, d in df.items()}
    vectors: dict[str, dict[str, float]] = {}
    for doc, counts in terms.items():
        vector = {}
        for term, count in counts.items():
            if df[term] < 2 or term.startswith("event:"):
                continue  # a word no other article has links nothing, it only dilutes the cosine
            weight = (1 + math.log(count)) * idf[term] if count >= 1 else count * idf[term]
            if term.startswith("country:"):
                weight *= settings.story_country_weight
            elif not term.startswith("w:"):
                weight *= settings.story_anchor_weight
            if weight > 0:
                vector[term] = weight
        norm = math.sqrt(sum(w * w for w in vector.values())) or 1.0
        vectors[doc] = {t: w / norm for t, w in vector.items()}
    return vectors, idf


def similar_pairs(vectors: Mapping[str, Mapping[str, float]], settings: PictureSettings) -> Iterable[tuple[str, str, float]]:
    """(a, b, cosine) for the pairs of articles that may be one story: sharing an anchor
    (or, with `story_needs_anchor` off, any term).

    A term in more than `story_max_df` of the articles (and more than 50) neither proposes
    pairs nor counts in the cosine: so the work stays near-linear in a large store, and such
    terms are worth little anyway."""
    postings: dict[str, list[str]] = defaultdict(list)
    for doc in sorted(vectors):
        for term in vectors[doc]:
            postings[term].append(doc)
    limit = max(50, settings.story_max_df * len(vectors))
    common = {term for term, docs in postings.items() if len(docs) > limit}
    candidates: set[tuple[str, str]] = set()
    for term, docs in postings.items():
        if 2 <= len(docs) <= limit and (is_anchor(term) or not settings.story_needs_anchor):
            for i, a in enumerate(docs):
                candidates.update((a, b) for b in docs[i + 1:])
    for a, b in candidates:
        small, large = sorted((vectors[a], vectors[b]), key=len)
        yield a, b, sum(weight * large[term] for term, weight in small.items()
                        if term in large and term not in common)


def is_anchor(term: str) -> bool:
    """A place below country level, an organisation or a person: names one event's setting."""
    return term.startswith(("place:", "org:", "person:"))


def _describe(members: list[str], terms: Mapping[str, Counter[str]], idf: Mapping[str, float],
              spellings: Mapping[str, str], articles: Mapping[str, Mapping[str, Any]],
              settings: PictureSettings) -> Story:
    """The story's label: its most characteristic names and words (rare in the other
    articles, frequent in its own, shared by several of them, names first)."""
    members = sorted(members, key=lambda d: (articles.get(d, {}).get("published") or "9999", d))
    score: Counter[str] = Counter()
    shared: Counter[str] = Counter()
    for doc in members:
        for term, count in terms[doc].items():
            if term.startswith("event:"):
                continue  # a kind of event, not a word of the story
            score[term] += (1 + math.log(count)) * idf.get(term, 0.0) if count >= 1 else 0.0
            shared[term] += 1
    for term in score:
        kind = term.split(":", 1)[0]
        score[term] *= min(shared[term], 3) * (settings.story_anchor_weight if is_anchor(term) else
                                               settings.story_country_weight if kind == "country" else 1.0)
    top = [t for t, v in sorted(score.items(), key=lambda item: (-item[1], item[0])) if v > 0][:4]
    names = [spellings.get(t) or t.split(":", 1)[1] for t in top]
    label = " · ".join(names[:3]) or (articles.get(members[0], {}).get("title") or members[0])
    dates = [articles.get(d, {}).get("published") for d in members if articles.get(d, {}).get("published")]
    # stable as articles arrive: named after its earliest article, which later arrivals rarely change
    digest = hashlib.sha1(members[0].encode("utf-8")).hexdigest()[:8]
    return Story(id=f"s-{digest}", label=label, docs=members, terms=names,
                 first=min(dates) if dates else None, last=max(dates) if dates else None)
