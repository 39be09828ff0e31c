"""The bundled demo corpus is well-formed and has the shape the demo relies on."""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from datetime import date
from urllib.parse import urlparse

import pytest
from datasketch import MinHash

from lagebild.demo import corpus_path, load_corpus

REQUIRED = ("id", "url", "outlet", "published", "title", "text")
STORY_FIRST, STORY_LAST = date(2024, 10, 1), date(2025, 7, 31)
RESERVED_DOMAINS = {"example.org", "example.com", "example.net"}
NEAR_DUPLICATE = 0.7


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def shingles(text: str, size: int = 3) -> set[str]:
    tokens = words(text)
    return {" ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)}


def minhash(text: str) -> MinHash:
    signature = MinHash(num_perm=256, seed=7)
    for shingle in shingles(text):
        signature.update(shingle.encode("utf-8"))
    return signature


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b)


def is_story(article: dict) -> bool:
    return bool(re.search(r"Nordkorea|nordkoreanisch", article["text"]))


@pytest.fixture(scope="module")
def corpus() -> list[dict]:
    return load_corpus()


def test_every_line_is_a_json_object_with_the_required_fields() -> None:
    lines = corpus_path().read_text("utf-8").splitlines()
    assert len(lines) >= 16
    for number, line in enumerate(lines, 1):
        record = json.loads(line)
        assert isinstance(record, dict), f"line {number}"
        for name in REQUIRED:
            assert isinstance(record.get(name), str) and record[name].strip(), f"line {number}: {name}"


def test_ids_are_unique(corpus: list[dict]) -> None:
    ids = [a["id"] for a in corpus]
    assert len(ids) == len(set(ids))


def test_dates_are_iso_days_and_story_articles_fall_in_the_story_period(corpus: list[dict]) -> None:
    stories = [a for a in corpus if is_story(a)]
    assert len(stories) >= 12
    for article in corpus:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", article["published"]), article["id"]
        date.fromisoformat(article["published"])
    for article in stories:
        assert STORY_FIRST <= date.fromisoformat(article["published"]) <= STORY_LAST, article["id"]


def test_there_are_other_stories_beside_the_main_one(corpus: list[dict]) -> None:
    assert len([a for a in corpus if not is_story(a)]) >= 4


def test_articles_are_short_news_texts_with_paragraphs(corpus: list[dict]) -> None:
    for article in corpus:
        text = article["text"]
        assert 120 <= len(words(text)) <= 350, article["id"]
        assert "\n\n" in text, article["id"]
        assert text == text.strip() and "\r" not in text and "\n\n\n" not in text, article["id"]
        assert unicodedata.normalize("NFC", text) == text, article["id"]


def test_urls_use_reserved_example_domains(corpus: list[dict]) -> None:
    for article in corpus:
        url = urlparse(article["url"])
        assert url.scheme == "https" and url.hostname in RESERVED_DOMAINS, article["url"]
    assert len({a["url"] for a in corpus}) == len(corpus)


def test_several_outlets_and_some_articles_without_any_figure(corpus: list[dict]) -> None:
    assert len({a["outlet"] for a in corpus}) >= 5
    without_digits = [a["id"] for a in corpus if not re.search(r"\d", a["title"] + a["text"])]
    assert len(without_digits) >= 2


def test_exactly_one_pair_is_a_near_duplicate(corpus: list[dict]) -> None:
    signatures = {a["id"]: minhash(a["text"]) for a in corpus}
    shingled = {a["id"]: shingles(a["text"]) for a in corpus}
    near = []
    for a, b in itertools.combinations(corpus, 2):
        estimate = signatures[a["id"]].jaccard(signatures[b["id"]])
        exact = jaccard(shingled[a["id"]], shingled[b["id"]])
        # the estimate and the exact value must agree on which side of the line a pair is
        assert (estimate > NEAR_DUPLICATE) == (exact > NEAR_DUPLICATE), (a["id"], b["id"])
        if exact > NEAR_DUPLICATE:
            near.append((a, b))
    assert len(near) == 1
    original, copy = near[0]
    assert original["outlet"] != copy["outlet"]
    assert original["title"] != copy["title"]
    assert original["text"].split(".")[0] != copy["text"].split(".")[0]  # reworded first sentence
    sentences = lambda text: re.split(r"(?<=[.!?])\s+", text)  # noqa: E731
    assert len(sentences(copy["text"])) < len(sentences(original["text"]))  # a sentence was dropped


def test_the_corpus_copies_nothing_from_the_seed_articles(corpus: list[dict], shared) -> None:
    seeds = [path.read_text("utf-8") for path in sorted((shared / "seeds").glob("*.txt"))]
    assert seeds
    seed_runs = set().union(*(shingles(text, 8) for text in seeds))
    for article in corpus:
        shared_runs = shingles(article["text"], 8) & seed_runs
        assert not shared_runs, (article["id"], sorted(shared_runs)[:3])


@pytest.mark.parametrize("pattern, published_from", [
    (r"mindestens 3\.000 Soldaten", "2024-10"),  # the White House, October 2024
    (r"etwa 10\.000 Soldaten", "2024-10"),  # the Pentagon, late October 2024
    (r"rund 11\.000 nordkoreanische Soldaten", "2024-11"),  # NIS, first deployment
    (r"auf 300, verwundet worden seien etwa 2\.700", "2025-01"),  # NIS, a split construction
    (r"Rund 4\.000 Soldaten aus Nordkorea seien getötet oder verwundet", "2025-02"),
    (r"von derzeit etwa 11\.000 auf insgesamt bis zu 30\.000", "2025-07"),  # a total ...
    (r"bis zu 30\.000 zusätzliche Soldaten", "2025-07"),  # ... and an increment
    (r"10\.000 bis 20\.000 klingt", "2025-07"),
    (r"in der zweiten Jahreshälfte 2023", "2025"),  # a planned deployment dated in the past
    (r"\b(dementierte|zurückgewiesen|bestreitet)\b", "2024"),
    (r"nach oben korrigiert", "2025"),  # a source revising itself
])
def test_the_story_carries_the_figures_the_picture_is_about(corpus: list[dict], pattern: str,
                                                            published_from: str) -> None:
    hits = [a for a in corpus if re.search(pattern, a["text"])]
    assert hits, pattern
    assert any(a["published"] >= published_from for a in hits), pattern
