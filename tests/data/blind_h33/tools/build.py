"""Build gold/ from g*.py and check it mechanically (own checker, not the project's scorer)."""
import glob, importlib, json, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import MEASURES, QUALIFIERS, CERTAINTIES
from aliases import ALIASES
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(ROOT, "articles")
errs = []
meta = [json.loads(l) for l in open(os.path.join(ART, "meta.jsonl"))]
ids = {m["id"] for m in meta}
for m in meta:
    if not os.path.exists(os.path.join(ART, m["file"])):
        errs.append(f"meta file missing {m['file']}")
for f in glob.glob(os.path.join(ART, "*.txt")):
    if os.path.basename(f)[:-4] not in ids:
        errs.append(f"no meta for {f}")
seen = {}
for canon, al in ALIASES.items():
    for n in [canon] + al:
        k = n.lower()
        if k in seen and seen[k] != canon:
            errs.append(f"alias {n} bound to {seen[k]} and {canon}")
        seen[k] = canon
claims, stmts = [], []
for mod in sorted(glob.glob(os.path.join(os.path.dirname(__file__), "g[0-9]*.py"))):
    g = importlib.import_module(os.path.basename(mod)[:-3]).GOLD
    for doc, (cl, st) in g.items():
        if doc not in ids:
            errs.append(f"unknown doc {doc}")
            continue
        text = open(os.path.join(ART, doc + ".txt")).read()
        for c in cl:
            c = {"doc": doc, **c}
            ev = c["evidence"]
            n = text.count(ev)
            if n != 1:
                errs.append(f"{doc}: evidence found {n}x: {ev!r}")
            if c["measure"] not in MEASURES: errs.append(f"{doc}: measure {c}")
            if c["qualifier"] not in QUALIFIERS: errs.append(f"{doc}: qualifier {c}")
            if c["certainty"] not in CERTAINTIES: errs.append(f"{doc}: certainty {c}")
            lo, hi, q = c["low"], c["high"], c["qualifier"]
            if lo is not None and hi is not None and lo > hi: errs.append(f"{doc}: low>high {ev}")
            if q in ("exact", "about") and (lo is None or lo != hi): errs.append(f"{doc}: point shape {ev}")
            if q == "at_least" and (lo is None or hi is not None): errs.append(f"{doc}: at_least shape {ev}")
            if q == "at_most" and (hi is None or lo is not None): errs.append(f"{doc}: at_most shape {ev}")
            if q == "range" and (lo is None or hi is None or lo >= hi): errs.append(f"{doc}: range shape {ev}")
            if c["time"] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", c["time"]): errs.append(f"{doc}: time {ev}")
            for k in ("source", "location", "actor"):
                if c[k] is not None and c[k] not in ALIASES: errs.append(f"{doc}: {k} {c[k]!r} not in aliases")
            if c["future"] and c["certainty"] not in ("possible", "estimated", "reported", "asserted"): errs.append(f"{doc}: future cert {ev}")
            claims.append(c)
        for s in st:
            s = {"doc": doc, **s}
            if s["speaker"] not in ALIASES: errs.append(f"{doc}: speaker {s['speaker']!r} not in aliases")
            if s["kind"] not in ("person", "org", "group"): errs.append(f"{doc}: kind {s}")
            if s["mode"] not in ("direct", "indirect"): errs.append(f"{doc}: mode {s}")
            if s["content"] not in text: errs.append(f"{doc}: content not found {s['content']!r}")
            if s["cue"] is not None and s["cue"] not in text: errs.append(f"{doc}: cue not found {s['cue']!r}")
            stmts.append(s)
# overlapping evidence of two claims with the same measure and value would be ambiguous
for e in errs: print("ERROR", e)
os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
with open(os.path.join(ROOT, "gold", "claims.jsonl"), "w") as f:
    for c in claims: f.write(json.dumps(c, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold", "statements.jsonl"), "w") as f:
    for s in stmts: f.write(json.dumps(s, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold", "aliases.json"), "w") as f:
    json.dump(ALIASES, f, ensure_ascii=False, indent=1)
req = sum(1 for c in claims if not c.get("optional"))
print(f"{len(claims)} claims ({req} required, {len(claims)-req} optional), {len(stmts)} statements, {len(errs)} errors")
from collections import Counter
per = Counter(c["doc"] for c in claims); preq = Counter(c["doc"] for c in claims if not c.get("optional")); ps = Counter(s["doc"] for s in stmts)
for m in meta:
    t = open(os.path.join(ART, m["file"])).read()
    print(f"  {m['id']:32s} words {len(t.split()):4d} req {preq[m['id']]:3d} opt {per[m['id']]-preq[m['id']]:3d} st {ps[m['id']]:3d}")
