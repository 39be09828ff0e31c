"""Build the picture from N synthetic claims; print time and peak memory per size.

    python benchmarks/bench_picture.py [--sizes 10000,100000,1000000] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from multiprocessing import get_context

MEASURES = ["troops", "killed", "wounded", "killed_or_wounded", "displaced", "arrested"]
ACTORS = [f"actor-{i}" for i in range(40)]
PLACES = [f"place-{i}" for i in range(30)]
SOURCES = [f"source-{i}" for i in range(300)] + [None] * 100
QUALIFIERS = ["exact", "about", "at_least", "at_most", "range"]


def synthetic(count: int, seed: int = 7):
    rng = random.Random(seed)
    articles = {}
    claims = []
    docs = max(1, count // 5)
    for d in range(docs):
        month = rng.randint(1, 12)
        articles[f"d{d}"] = {"id": f"d{d}", "outlet": f"outlet-{d % 200}",
                             "published": f"{rng.choice((2023, 2024, 2025))}-{month:02d}-{rng.randint(1, 28):02d}",
                             "duplicate_of": f"d{d - 1}" if d and rng.random() < 0.05 else None}
    for i in range(count):
        doc = f"d{rng.randrange(docs)}"
        qualifier = rng.choice(QUALIFIERS)
        # figures of one track scatter around one true value, as reports of one event do
        measure, actor, place = rng.choice(MEASURES), rng.choice(ACTORS), rng.choice(PLACES)
        truth = 10 ** (1 + hash((measure, actor, place)) % 4)
        value = round(truth * rng.lognormvariate(0, 0.25))
        low, high = value, value
        if qualifier == "at_least":
            high = None
        elif qualifier == "at_most":
            low = None
        elif qualifier == "range":
            high = value * 2
        claims.append({"doc": doc, "start": i, "end": i + 10, "evidence": "x", "measure": measure,
                       "actor": actor, "location": place, "low": low, "high": high,
                       "qualifier": qualifier, "source": rng.choice(SOURCES), "certainty": "asserted",
                       "future": rng.random() < 0.1, "additional": rng.random() < 0.05,
                       "time": articles[doc]["published"][:7] if rng.random() < 0.5 else None})
    return claims, articles


def measure(count: int) -> dict:
    from lagebild.picture import build_picture

    claims, articles = synthetic(count)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    picture = build_picture(claims, articles, region_of=lambda place: None)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"claims": count, "seconds": round(seconds, 2), "claims_per_s": round(count / seconds),
            "peak_rss_mb": round(peak_mb), "input_rss_mb": round(before / 1024),
            "tracks": len(picture.tracks), "conflicts": len(picture.conflicts), "anomalies": len(picture.anomalies)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--json")
    args = parser.parse_args()
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        # each size in a fresh process so peak memory is its own
        with get_context("spawn").Pool(1) as pool:
            rows.append(pool.apply(measure, (size,)))
        row = rows[-1]
        print(f"{row['claims']:>9} claims  {row['seconds']:>7.2f} s  {row['claims_per_s']:>8} claims/s  "
              f"peak {row['peak_rss_mb']:>5} MB (inputs {row['input_rss_mb']} MB)  "
              f"{row['tracks']} tracks, {row['conflicts']} conflicts, {row['anomalies']} anomalies", flush=True)
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(rows, handle, indent=2)


if __name__ == "__main__":
    sys.exit(main())
