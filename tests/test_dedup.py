"""MinHash signatures and the near-duplicate index."""

from __future__ import annotations

import numpy as np
import pytest

from lagebild.ingest.dedup import (NUM_PERM, DuplicateIndex, jaccard, lsh_bands, minhash, signature_bytes,
                                   signature_from_bytes, text_hash)

REPORT = ("Nach Angaben des Verteidigungsministeriums wurden bei dem Angriff auf die Hafenstadt am Dienstag "
          "mindestens 14 Menschen getötet und rund 40 weitere verletzt. Die Rettungsarbeiten dauerten bis in "
          "die Nacht an, teilte der Gouverneur der Region mit. Mehrere Wohnhäuser seien völlig zerstört worden.")
EDITED = REPORT.replace("bis in die Nacht", "bis in den späten Abend")
OTHER = ("Der Stadtrat hat am Abend einen neuen Haushalt beschlossen. Für Schulen und Kitas sind im kommenden "
         "Jahr deutlich mehr Mittel vorgesehen als bisher, sagte die Kämmerin nach der Sitzung im Rathaus.")


def _datasketch_signature(text: str) -> np.ndarray:
    datasketch = pytest.importorskip("datasketch")
    import re

    words = re.findall(r"\w+", text.lower())
    size = 3 if len(words) >= 3 else 1
    shingles = {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}
    signature = datasketch.MinHash(num_perm=NUM_PERM, scheme="affine32")
    signature.update_batch(sorted(shingles))
    return signature.hashvalues


@pytest.mark.parametrize("text", [REPORT, "Zwei Wörter", ""])
def test_signatures_are_those_datasketch_stored(text):
    # databases written before hold datasketch's affine32 signatures: they must stay comparable
    assert minhash(text).tobytes() == _datasketch_signature(text).tobytes()


def test_signatures_round_trip_through_bytes():
    signature = minhash(REPORT)
    assert np.array_equal(signature_from_bytes(signature_bytes(signature)), signature)
    assert signature_from_bytes(signature_bytes(signature)[:-4]) is None  # other settings: recompute
    assert signature_from_bytes(None) is None


def test_estimates_follow_the_shingle_overlap():
    assert jaccard(minhash(REPORT), minhash(REPORT)) == 1.0
    assert 0.5 < jaccard(minhash(REPORT), minhash(EDITED)) < 1.0
    assert jaccard(minhash(REPORT), minhash(OTHER)) < 0.2


def test_bands_fit_the_signature_and_tighten_with_the_threshold():
    loose, tight = lsh_bands(0.5), lsh_bands(0.9)
    for bands, rows in (loose, tight):
        assert bands * rows <= NUM_PERM
    assert tight[1] > loose[1]  # a higher threshold asks more rows of a band to agree


def test_index_finds_exact_and_near_copies_and_forgets_removed_ones():
    index = DuplicateIndex(0.5)
    index.add("a", text_hash(REPORT), minhash(REPORT))
    index.add("o", text_hash(OTHER), minhash(OTHER))
    assert index.find("b", text_hash(REPORT), minhash(REPORT)) == ("a", True)
    assert index.find("c", text_hash(EDITED), minhash(EDITED)) == ("a", False)
    assert index.find("a", text_hash(REPORT), minhash(REPORT)) == (None, False)  # never itself
    index.add("c", text_hash(EDITED), minhash(EDITED), duplicate_of="a")
    index.remove("a")
    # found through its copy, and still named by the original's id: every copy points at the original
    assert index.find("d", text_hash(REPORT), minhash(REPORT)) == ("a", False)
    index.remove("c")
    assert index.find("d", text_hash(REPORT), minhash(REPORT)) == (None, False)
