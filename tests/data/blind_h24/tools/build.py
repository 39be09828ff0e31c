import json, os, re, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from gold_claims import CL
from gold_statements import ST
from aliases import AL
B = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = {}
for l in open(f"{B}/articles/meta.jsonl"):
    m = json.loads(l); arts[m["id"]] = open(f"{B}/articles/{m['file']}", encoding="utf-8").read()
err = []
MEAS = {"troops","killed","wounded","killed_or_wounded","captured","missing","arrested","displaced","equipment","other"}
CERT = {"asserted","reported","estimated","possible","denied"}
QUAL = {"exact","about","at_least","at_most","range"}
# alias sanity
seen = {}
for k, v in AL.items():
    for n in [k] + v:
        key = n.lower()
        if key in seen and seen[key] != k: err.append(f"alias {n!r} bound to {seen[key]} and {k}")
        seen[key] = k
def name_ok(n): return n is None or n in AL
for c in CL:
    t = arts.get(c["doc"]); 
    if t is None: err.append(f"no doc {c['doc']}"); continue
    n = t.count(c["evidence"])
    if n != 1: err.append(f"{c['doc']}: evidence {c['evidence']!r} found {n}x")
    if c["measure"] not in MEAS: err.append(f"measure {c}")
    if c["certainty"] not in CERT: err.append(f"cert {c}")
    q, lo, hi = c["qualifier"], c["low"], c["high"]
    if q not in QUAL: err.append(f"qual {c}")
    if lo is not None and hi is not None and lo > hi: err.append(f"low>high {c}")
    if q in ("exact","about") and (lo is None or lo != hi): err.append(f"shape {c}")
    if q == "at_least" and (lo is None or hi is not None): err.append(f"shape {c}")
    if q == "at_most" and (lo is not None or hi is None): err.append(f"shape {c}")
    if q == "range" and (lo is None or hi is None or lo >= hi): err.append(f"shape {c}")
    if c["time"] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", c["time"]): err.append(f"time {c}")
    for f in ("source","location","actor"):
        if not name_ok(c[f]): err.append(f"{c['doc']}: {f} {c[f]!r} not in aliases")
    if c["future"] and c["certainty"] not in ("possible","estimated"): err.append(f"future cert {c}")
for s in ST:
    t = arts.get(s["doc"])
    if t is None: err.append(f"no doc {s['doc']}"); continue
    if s["content"] not in t: err.append(f"{s['doc']}: content not found {s['content']!r}")
    if s["mode"] not in ("direct","indirect"): err.append(f"mode {s}")
    if s["kind"] not in ("person","org","group"): err.append(f"kind {s}")
    if not name_ok(s["speaker"]): err.append(f"{s['doc']}: speaker {s['speaker']!r} not in aliases")
    if s["cue"] is not None:
        words = [w for w in s["cue"].split() if w not in ("mit","aus","an","zu","zurück","vor","auf","von")] or s["cue"].split()
        if not all(w.lower() in t.lower() for w in words): err.append(f"{s['doc']}: cue {s['cue']!r} not in text")
used = set()
for c in CL: used |= {c["source"], c["location"], c["actor"]}
for s in ST: used.add(s["speaker"])
unused = [k for k in AL if k not in used]
nocl = {"n9_17_bundesliga","n9_18_quartal_bmw","n9_19_ob_wahl","n9_20_tournee"}
for c in CL:
    if c["doc"] in nocl: err.append("claim in no-claim doc")
print("\n".join(err) or "OK")
print("unused alias keys:", unused)
req = sum(1 for c in CL if not c.get("optional")); print(f"claims {len(CL)} (required {req}, optional {len(CL)-req}), statements {len(ST)}")
print(collections.Counter(c["doc"] for c in CL))
if not err:
    with open(f"{B}/gold/claims.jsonl","w") as f:
        for c in CL: f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(f"{B}/gold/statements.jsonl","w") as f:
        for s in ST: f.write(json.dumps(s, ensure_ascii=False) + "\n")
    json.dump({k: v for k, v in AL.items()}, open(f"{B}/gold/aliases.json","w"), ensure_ascii=False, indent=1)
    print("written")
