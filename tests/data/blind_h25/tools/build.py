"""Build and mechanically check the blind10 gold (own script; not the project's scorer)."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from gold_claims import CLAIMS
from gold_statements import STATEMENTS
from aliases import ALIASES
meta = [json.loads(l) for l in open(os.path.join(ROOT, "articles/meta.jsonl"), encoding="utf-8")]
texts = {m["id"]: open(os.path.join(ROOT, "articles", m["file"]), encoding="utf-8").read() for m in meta}
errors = []
MEAS = {"troops","killed","wounded","killed_or_wounded","captured","missing","arrested","displaced","equipment","other"}
QUAL = {"exact","about","at_least","at_most","range"}
CERT = {"asserted","reported","estimated","possible","denied"}
keys = set(ALIASES)
seen_alias = {}
for k, vs in ALIASES.items():
    for v in [k] + vs:
        o = seen_alias.setdefault(v.lower(), k)
        if o != k: errors.append(f"alias {v!r} bound to {o} and {k}")
import re
for c in CLAIMS:
    t = texts[c["doc"]]; ev = c["evidence"]; n = t.count(ev)
    if n != 1: errors.append(f"{c['doc']}: evidence {ev!r} found {n}x")
    if c["measure"] not in MEAS: errors.append(f"bad measure {c}")
    if c["qualifier"] not in QUAL: errors.append(f"bad qualifier {c}")
    if c["certainty"] not in CERT: errors.append(f"bad certainty {c}")
    lo, hi, q = c["low"], c["high"], c["qualifier"]
    if lo is not None and hi is not None and lo > hi: errors.append(f"low>high {c}")
    shape = {"exact": lo is not None and lo == hi, "about": lo is not None and lo == hi,
             "at_least": lo is not None and hi is None, "at_most": lo is None and hi is not None,
             "range": lo is not None and hi is not None and lo < hi}[q]
    if not shape: errors.append(f"interval shape vs qualifier {c}")
    for f in ("actor", "source", "location"):
        if c[f] is not None and c[f] not in keys: errors.append(f"{c['doc']}: {f} {c[f]!r} not in aliases")
    if c["time"] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", c["time"]): errors.append(f"bad time {c}")
    if not isinstance(c["future"], bool): errors.append(f"future {c}")
for s in STATEMENTS:
    t = texts[s["doc"]]
    if s["content"] not in t: errors.append(f"{s['doc']}: content not in text {s['content']!r}")
    if s["speaker"] not in keys: errors.append(f"{s['doc']}: speaker {s['speaker']!r} not in aliases")
    if s["mode"] not in ("direct", "indirect"): errors.append(f"mode {s}")
    if s["kind"] not in ("person", "org", "group"): errors.append(f"kind {s}")
    if s["cue"] is not None and s["cue"].split()[0].lower() not in t.lower(): errors.append(f"{s['doc']}: cue {s['cue']!r} not in text")
# evidence pairs in one doc must not be identical spans
for e in errors: print("ERROR", e)
os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
with open(os.path.join(ROOT, "gold/claims.jsonl"), "w", encoding="utf-8") as f:
    for c in CLAIMS: f.write(json.dumps(c, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold/statements.jsonl"), "w", encoding="utf-8") as f:
    for s in STATEMENTS: f.write(json.dumps(s, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold/aliases.json"), "w", encoding="utf-8") as f:
    json.dump(ALIASES, f, ensure_ascii=False, indent=1); f.write("\n")
req = sum(1 for c in CLAIMS if not c.get("optional")); opt = len(CLAIMS) - req
print(f"{len(CLAIMS)} claims ({req} required, {opt} optional), {len(STATEMENTS)} statements, {len(errors)} errors")
from collections import Counter
per = Counter(c["doc"] for c in CLAIMS if not c.get("optional"))
for m in meta: print(m["id"], len(texts[m["id"]].split()), "words", per.get(m["id"], 0), "required")
