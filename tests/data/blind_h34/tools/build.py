"""Build and check gold/ from tools/gNN.py (CLAIMS, STATEMENTS) and aliases.py."""
import importlib, json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from common import MEASURES, QUALIFIERS, CERTAINTIES
from aliases import ALIASES

errors = []
seen = {}
for canon, al in ALIASES.items():
    for n in [canon] + al:
        k = n.lower()
        if k in seen and seen[k] != canon:
            errors.append(f"alias {n!r} bound to {seen[k]!r} and {canon!r}")
        seen[k] = canon
keys = {k.lower() for k in ALIASES}
meta = [json.loads(l) for l in open(os.path.join(ROOT, "articles/meta.jsonl"))]
ids = {m["id"] for m in meta}
for m in meta:
    if not os.path.exists(os.path.join(ROOT, "articles", m["file"])):
        errors.append(f"missing file {m['file']}")
claims, stmts = [], []
for mod in sorted(glob.glob(os.path.join(HERE, "g[0-9]*.py"))):
    g = importlib.import_module(os.path.basename(mod)[:-3])
    doc = g.DOC
    if doc not in ids:
        errors.append(f"{doc} not in meta")
        continue
    text = open(os.path.join(ROOT, "articles", doc + ".txt"), encoding="utf-8").read()
    for c in g.CLAIMS:
        c = {"doc": doc, **c}
        ev = c["evidence"]
        n = text.count(ev)
        if n != 1:
            errors.append(f"{doc}: evidence {ev!r} found {n} times")
        if c["measure"] not in MEASURES: errors.append(f"{doc}: measure {c}")
        if c["qualifier"] not in QUALIFIERS: errors.append(f"{doc}: qualifier {c}")
        if c["certainty"] not in CERTAINTIES: errors.append(f"{doc}: certainty {c}")
        lo, hi, q = c["low"], c["high"], c["qualifier"]
        ok = {"exact": lo is not None and lo == hi, "about": lo is not None and lo == hi,
              "at_least": lo is not None and hi is None, "at_most": lo is None and hi is not None,
              "range": lo is not None and hi is not None and lo < hi}[q]
        if not ok: errors.append(f"{doc}: interval shape {ev!r} {lo} {hi} {q}")
        if lo is not None and hi is not None and lo > hi: errors.append(f"{doc}: low>high {ev!r}")
        if c["time"] is not None and not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", c["time"]):
            errors.append(f"{doc}: time {c['time']}")
        for f in ("source", "location", "actor"):
            if c[f] is not None and c[f].lower() not in keys:
                errors.append(f"{doc}: {f} {c[f]!r} not in aliases")
        if not isinstance(c["future"], bool): errors.append(f"{doc}: future {ev!r}")
        claims.append(c)
    for s in g.STATEMENTS:
        s = {"doc": doc, **s}
        if s["speaker"].lower() not in keys: errors.append(f"{doc}: speaker {s['speaker']!r} not in aliases")
        if s["kind"] not in ("person", "org", "group"): errors.append(f"{doc}: kind {s}")
        if s["mode"] not in ("direct", "indirect"): errors.append(f"{doc}: mode {s}")
        if s["content"] not in text: errors.append(f"{doc}: content not in text {s['content']!r}")
        if s["cue"] is not None and s["cue"] not in text: errors.append(f"{doc}: cue not in text {s['cue']!r}")
        stmts.append(s)
if errors:
    print("\n".join(errors)); sys.exit(1)
os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
with open(os.path.join(ROOT, "gold/claims.jsonl"), "w", encoding="utf-8") as f:
    for c in claims: f.write(json.dumps(c, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold/statements.jsonl"), "w", encoding="utf-8") as f:
    for s in stmts: f.write(json.dumps(s, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold/aliases.json"), "w", encoding="utf-8") as f:
    json.dump(ALIASES, f, ensure_ascii=False, indent=1)
req = sum(1 for c in claims if not c.get("optional"))
print(f"ok: {len(claims)} claims ({req} required, {len(claims)-req} optional), {len(stmts)} statements")
for m in meta:
    d = m["id"]
    t = open(os.path.join(ROOT, "articles", m["file"]), encoding="utf-8").read()
    r = sum(1 for c in claims if c["doc"] == d and not c.get("optional"))
    o = sum(1 for c in claims if c["doc"] == d and c.get("optional"))
    s = sum(1 for x in stmts if x["doc"] == d)
    print(f"{d}\t{len(t.split())} words\t{r}/{o}\t{s}")
