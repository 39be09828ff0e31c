"""Exact and near-duplicate articles: a text hash and MinHash signatures over word shingles.

A syndicated copy (same wire story, lightly edited) is kept, but marked
`duplicate_of` the earliest article of its group so the picture counts it once.

Signatures are computed here with numpy, bit for bit as datasketch's MinHash
with the "affine32" scheme and seed 1 computes them (the scheme the store's
signatures were written with), so stored signatures stay comparable; importing
datasketch cost every `lagebild` command ~1 s and ~40 MB (it pulls in scipy).
"""

from __future__ import annotations

import hashlib
import re
from functools import cache
from typing import Iterable

import numpy as np

from lagebild.ingest import NEAR_DUPLICATE_THRESHOLD
from lagebild.store import text_hash  # noqa: F401  (one definition of the hash, re-exported)

NUM_PERM = 128
SEED = 1  # with the scheme, pins the permutations: stored signatures must stay comparable
SHINGLE_WORDS = 3
DEFAULT_THRESHOLD = NEAR_DUPLICATE_THRESHOLD
_WORD = re.compile(r"\w+")
_EMPTY = np.uint32(0xFFFFFFFF)  # the value of a permutation no shingle reached
Signature = np.ndarray  # NUM_PERM uint32 minima


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the affine permutations h -> a * h + b mod 2^32 (a odd: a bijection)."""
    generator = np.random.RandomState(SEED)
    a = generator.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's finalizer: spreads the input hashes before the affine permutations."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def minhash(text: str) -> Signature:
    """The MinHash signature of the text's lower-cased word 3-shingles (words, if fewer than three)."""
    words = _WORD.findall(text.lower())
    size = SHINGLE_WORDS if len(words) >= SHINGLE_WORDS else 1
    shingles = {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}
    if not shingles:
        return np.full(NUM_PERM, _EMPTY, dtype=np.uint32)
    # the first four bytes of SHA-1, little-endian: datasketch's sha1_hash32
    digests = b"".join(hashlib.sha1(s.encode("utf-8")).digest()[:4] for s in shingles)
    hashes = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32))
    a, b = _permutations()
    return (hashes[:, None] * a + b).min(axis=0)  # uint32 arithmetic wraps: mod 2^32


def jaccard(one: Signature, other: Signature) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(one == other)) / NUM_PERM


def signature_bytes(signature: Signature) -> bytes:
    return signature.astype("<u4").tobytes()


def signature_from_bytes(data: bytes | None) -> Signature | None:
    """A stored signature, or None when it was made with other settings (then recompute)."""
    if not data or len(data) != NUM_PERM * 4:
        return None
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


@cache
def lsh_bands(threshold: float, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) minimising false positives + false negatives around `threshold`.

    The same choice as datasketch's MinHashLSH with equal weights; its integrals
    (of polynomials of degree at most num_perm) are exact with Gauss-Legendre nodes.
    """
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 2)

    def integral(function, low: float, high: float) -> float:
        half = (high - low) / 2
        return float(half * np.dot(weights, function(half * nodes + (high + low) / 2)))

    best, best_error = (1, num_perm), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            false_positive = integral(lambda s: 1 - (1 - s ** rows) ** bands, 0.0, threshold)
            false_negative = integral(lambda s: (1 - s ** rows) ** bands, threshold, 1.0)
            error = 0.5 * false_positive + 0.5 * false_negative
            if error < best_error:
                best, best_error = (bands, rows), error
    return best


class DuplicateIndex:
    """Known articles (in ingestion order) to check new ones against.

    Signatures are banded (locality-sensitive hashing): only articles that agree
    with a new one on all rows of some band are compared with it.
    """

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        # Bands only propose candidates (they need a threshold below 1); `find` checks the real one.
        self._bands, self._rows = lsh_bands(min(threshold, 0.9))
        self._buckets: list[dict[bytes, list[str]]] = [{} for _ in range(self._bands)]
        self._signatures: dict[str, bytes] = {}  # as bytes: a third of an array's size
        self._by_hash: dict[str, list[str]] = {}
        self._hash_of: dict[str, str] = {}
        self._order: dict[str, int] = {}
        self._root: dict[str, str | None] = {}  # id -> the article it duplicates, if any

    def _band_keys(self, signature: Signature) -> list[bytes]:
        rows = self._rows
        return [signature[i * rows:(i + 1) * rows].tobytes() for i in range(self._bands)]

    def add(self, article_id: str, hash_: str, signature: Signature | None, duplicate_of: str | None = None) -> None:
        """Index an article (again); without a signature it can only be found as an exact copy."""
        self.remove(article_id)
        self._order.setdefault(article_id, len(self._order))  # an update keeps its place
        self._root[article_id] = duplicate_of
        self._by_hash.setdefault(hash_, []).append(article_id)
        self._hash_of[article_id] = hash_
        if signature is not None:
            self._signatures[article_id] = signature_bytes(signature)
            for bucket, key in zip(self._buckets, self._band_keys(signature)):
                bucket.setdefault(key, []).append(article_id)

    def remove(self, article_id: str) -> None:
        data = self._signatures.pop(article_id, None)
        if data is not None:
            for bucket, key in zip(self._buckets, self._band_keys(signature_from_bytes(data))):
                members = bucket[key]
                members.remove(article_id)
                if not members:
                    del bucket[key]
        if article_id in self._hash_of:
            self._by_hash[self._hash_of.pop(article_id)].remove(article_id)

    def find(self, article_id: str, hash_: str, signature: Signature) -> tuple[str | None, bool]:
        """(the earliest article this one duplicates, exact?) — (None, False) if none."""
        exact = [i for i in self._by_hash.get(hash_, []) if i != article_id]
        if exact:
            return self._resolve(min(exact, key=self._order.__getitem__)), True
        proposed = {i for bucket, key in zip(self._buckets, self._band_keys(signature))
                    for i in bucket.get(key, ())}
        proposed.discard(article_id)
        candidates = [i for i in proposed
                      if jaccard(signature_from_bytes(self._signatures[i]), signature) >= self.threshold]
        if candidates:
            return self._resolve(min(candidates, key=self._order.__getitem__)), False
        return None, False

    def _resolve(self, article_id: str) -> str:
        """Follow duplicate_of links so every copy points at the original."""
        seen = {article_id}
        while (parent := self._root.get(article_id)) and parent not in seen:
            seen.add(parent)
            article_id = parent
        return article_id

    @classmethod
    def build(cls, rows: Iterable[tuple[str, str, bytes | None, str | None, str | None]],
              threshold: float = DEFAULT_THRESHOLD) -> "DuplicateIndex":
        """From stored rows (id, text_hash, signature bytes, duplicate_of, text), oldest first.

        The text is needed only for rows without a usable signature.
        """
        index = cls(threshold)
        for article_id, hash_, data, duplicate_of, text in rows:
            signature = signature_from_bytes(data)
            if signature is None and text:
                signature = minhash(text)
            index.add(article_id, hash_, signature, duplicate_of)
        return index
