"""Exact and near-duplicate articles: a text hash and MinHash signatures over word shingles.

A syndicated copy (same wire story, lightly edited) is kept, but marked
`duplicate_of` the earliest article of its group so the picture counts it once.
"""

from __future__ import annotations

import re
from typing import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from lagebild.store import text_hash  # noqa: F401  (one definition of the hash, re-exported)

NUM_PERM = 128
SCHEME = "affine32"  # pinned: stored signatures must stay comparable across datasketch versions
SHINGLE_WORDS = 3
DEFAULT_THRESHOLD = 0.8  # estimated Jaccard similarity of word shingles
_WORD = re.compile(r"\w+")


def minhash(text: str) -> MinHash:
    words = _WORD.findall(text.lower())
    size = SHINGLE_WORDS if len(words) >= SHINGLE_WORDS else 1
    shingles = {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}
    signature = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    signature.update_batch(sorted(shingles))
    return signature


def signature_bytes(signature: MinHash) -> bytes:
    return signature.hashvalues.tobytes()


def signature_from_bytes(data: bytes | None) -> MinHash | None:
    """A stored signature, or None when it was made with other settings (then recompute)."""
    if not data:
        return None
    template = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    values = np.frombuffer(data, dtype=template.hashvalues.dtype)
    if len(values) != NUM_PERM:
        return None
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


class DuplicateIndex:
    """Known articles (in ingestion order) to check new ones against."""

    def __init__(self, threshold: float = DEFAULT_THRESHOLD) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"near-duplicate threshold must be in (0, 1], got {threshold}")
        self.threshold = threshold
        # LSH only proposes candidates (it needs a threshold below 1); `find` checks the real one.
        self._lsh = MinHashLSH(threshold=min(threshold, 0.9), num_perm=NUM_PERM)
        self._signatures: dict[str, MinHash] = {}
        self._by_hash: dict[str, list[str]] = {}
        self._hash_of: dict[str, str] = {}
        self._order: dict[str, int] = {}
        self._root: dict[str, str | None] = {}  # id -> the article it duplicates, if any

    def add(self, article_id: str, hash_: str, signature: MinHash | None, duplicate_of: str | None = None) -> None:
        """Index an article (again); without a signature it can only be found as an exact copy."""
        self.remove(article_id)
        self._order.setdefault(article_id, len(self._order))  # an update keeps its place
        self._root[article_id] = duplicate_of
        self._by_hash.setdefault(hash_, []).append(article_id)
        self._hash_of[article_id] = hash_
        if signature is not None:
            self._signatures[article_id] = signature
            self._lsh.insert(article_id, signature)

    def remove(self, article_id: str) -> None:
        if article_id in self._signatures:
            self._lsh.remove(article_id)
            del self._signatures[article_id]
        if article_id in self._hash_of:
            self._by_hash[self._hash_of.pop(article_id)].remove(article_id)

    def find(self, article_id: str, hash_: str, signature: MinHash) -> tuple[str | None, bool]:
        """(the earliest article this one duplicates, exact?) — (None, False) if none."""
        exact = [i for i in self._by_hash.get(hash_, []) if i != article_id]
        if exact:
            return self._resolve(min(exact, key=self._order.__getitem__)), True
        candidates = [i for i in self._lsh.query(signature)
                      if i != article_id and self._signatures[i].jaccard(signature) >= self.threshold]
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
            signature = signature_from_bytes(data) or (minhash(text) if text else None)
            index.add(article_id, hash_, signature, duplicate_of)
        return index
