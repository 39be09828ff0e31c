"""Builds gold/ from tools/g*.py and checks it mechanically."""
import glob, importlib, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import common
for f in sorted(glob.glob(os.path.join(HERE, "g[0-9]*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])
arts = {}
meta = [json.loads(l) for l in open(os.path.join(ROOT, "articles/meta.jsonl"), encoding="utf-8")]
for m in meta:
    arts[m["id"]] = open(os.path.join(ROOT, "articles", m["file"]), encoding="utf-8").read()
files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(ROOT, "articles/*.txt"))}
err = []
if files != set(arts):
    err.append(f"meta/files mismatch: {files ^ set(arts)}")
keys = set(common.ALIASES)
seen = {}
for k, vs in common.ALIASES.items():
    for v in vs:
        if v.lower() in seen and seen[v.lower()] != k:
            err.append(f"alias {v!r} bound to {k} and {seen[v.lower()]}")
        seen[v.lower()] = k
        if v.lower() in {x.lower() for x in keys} and v.lower() != k.lower():
            err.append(f"alias {v!r} is also a canonical")
M = {"troops", "killed", "wounded", "killed_or_wounded", "captured", "missing", "arrested", "displaced", "equipment", "other"}
Q = {"exact", "about", "at_least", "at_most", "range"}
CE = {"asserted", "reported", "estimated", "possible", "denied"}
for cl in common.CLAIMS:
    t = arts.get(cl["doc"])
    tag = f'{cl["doc"]}: {cl["evidence"]!r}'
    if t is None:
        err.append(f"no article {tag}"); continue
    n = t.count(cl["evidence"])
    if n != 1:
        err.append(f"evidence found {n}x {tag}")
    if cl["measure"] not in M: err.append(f"measure {tag}")
    if cl["qualifier"] not in Q: err.append(f"qualifier {tag}")
    if cl["certainty"] not in CE: err.append(f"certainty {tag}")
    lo, hi, q = cl["low"], cl["high"], cl["qualifier"]
    ok = {"exact": lo is not None and lo == hi, "about": lo is not None and lo == hi,
          "at_least": lo is not None and hi is None, "at_most": lo is None and hi is not None,
          "range": lo is not None and hi is not None and lo < hi}[q]
    if not ok: err.append(f"interval/qualifier {tag}")
    if lo is not None and hi is not None and lo > hi: err.append(f"low>high {tag}")
    if cl["time"] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", cl["time"]): err.append(f"time {tag}")
    for f in ("source", "location", "actor"):
        if cl[f] is not None and cl[f] not in keys: err.append(f"{f} {cl[f]!r} not in aliases {tag}")
    if not isinstance(cl["future"], bool): err.append(f"future {tag}")
    if cl["certainty"] == "possible" and not cl["future"] and not cl.get("optional"):
        pass
for st in common.STATEMENTS:
    t = arts.get(st["doc"]); tag = f'{st["doc"]}: {st["content"][:40]!r}'
    if t is None: err.append(f"no article {tag}"); continue
    if st["content"] not in t: err.append(f"content not in article {tag}")
    if st["cue"] is not None and st["cue"] not in t: err.append(f"cue {st['cue']!r} not in article {tag}")
    if st["speaker"] not in keys: err.append(f"speaker {st['speaker']!r} not in aliases {tag}")
    if st["kind"] not in {"person", "org", "group"}: err.append(f"kind {tag}")
    if st["mode"] not in {"direct", "indirect"}: err.append(f"mode {tag}")
# unused aliases
used = {c[f] for c in common.CLAIMS for f in ("source", "location", "actor")} | {s["speaker"] for s in common.STATEMENTS}
for k in keys - used:
    print("note: alias key unused:", k)
os.makedirs(os.path.join(ROOT, "gold"), exist_ok=True)
with open(os.path.join(ROOT, "gold/claims.jsonl"), "w", encoding="utf-8") as f:
    for cl in common.CLAIMS: f.write(json.dumps(cl, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold/statements.jsonl"), "w", encoding="utf-8") as f:
    for st in common.STATEMENTS: f.write(json.dumps(st, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold/aliases.json"), "w", encoding="utf-8") as f:
    json.dump(common.ALIASES, f, ensure_ascii=False, indent=1)
from collections import Counter
req = [c for c in common.CLAIMS if not c.get("optional")]
print(f"claims {len(common.CLAIMS)} (required {len(req)}, optional {len(common.CLAIMS)-len(req)}), statements {len(common.STATEMENTS)}")
per = Counter(c["doc"] for c in req); opt = Counter(c["doc"] for c in common.CLAIMS if c.get("optional")); stc = Counter(s["doc"] for s in common.STATEMENTS)
for d in sorted(arts):
    print(f"  {d}: words {len(arts[d].split())} req {per[d]} opt {opt[d]} st {stc[d]}")
print("required by measure:", dict(Counter(c["measure"] for c in req)))
print("\n".join(err) if err else "OK: no errors")
sys.exit(1 if err else 0)
