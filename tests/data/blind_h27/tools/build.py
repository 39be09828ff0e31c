"""Build gold/*.jsonl and gold/aliases.json from tools/g*.py and check them mechanically."""
import glob, importlib, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import common
for path in sorted(glob.glob(os.path.join(HERE, "g[0-9]*.py"))):
    importlib.import_module(os.path.basename(path)[:-3])

errors = []
arts = {}
meta = [json.loads(l) for l in open(os.path.join(ROOT, "articles", "meta.jsonl"), encoding="utf-8")]
for m in meta:
    arts[m["id"]] = open(os.path.join(ROOT, "articles", m["file"]), encoding="utf-8").read()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["published"]):
        errors.append(f"bad published {m}")
files = {os.path.basename(p)[:-4] for p in glob.glob(os.path.join(ROOT, "articles", "*.txt"))}
if files != set(arts):
    errors.append(f"meta/file mismatch {files ^ set(arts)}")

MEASURES = {"troops", "killed", "wounded", "killed_or_wounded", "captured", "missing",
            "arrested", "displaced", "equipment", "other"}
QUALS = {"exact", "about", "at_least", "at_most", "range"}
CERTS = {"asserted", "reported", "estimated", "possible", "denied"}
names = set(common.ALIASES)
owner = {}
for canon, als in common.ALIASES.items():
    for a in [canon] + als:
        k = a.lower()
        if k in owner and owner[k] != canon:
            errors.append(f"alias {a!r} bound to {owner[k]!r} and {canon!r}")
        owner[k] = canon

seen = set()
for c in common.CLAIMS:
    d, ev = c["doc"], c["evidence"]
    if d not in arts:
        errors.append(f"unknown doc {d}"); continue
    n = arts[d].count(ev)
    if n != 1:
        errors.append(f"{d}: evidence found {n}x: {ev!r}")
    if (d, ev) in seen:
        errors.append(f"{d}: duplicate evidence {ev!r}")
    seen.add((d, ev))
    if c["measure"] not in MEASURES: errors.append(f"{d}: measure {c}")
    if c["qualifier"] not in QUALS: errors.append(f"{d}: qualifier {c}")
    if c["certainty"] not in CERTS: errors.append(f"{d}: certainty {c}")
    lo, hi, q = c["low"], c["high"], c["qualifier"]
    for v in (lo, hi):
        if v is not None and not isinstance(v, int): errors.append(f"{d}: non-int {c}")
    if q in ("exact", "about") and (lo is None or lo != hi): errors.append(f"{d}: point shape {c}")
    if q == "at_least" and (lo is None or hi is not None): errors.append(f"{d}: at_least shape {c}")
    if q == "at_most" and (hi is None or lo is not None): errors.append(f"{d}: at_most shape {c}")
    if q == "range" and (lo is None or hi is None or lo >= hi): errors.append(f"{d}: range shape {c}")
    if lo is not None and hi is not None and lo > hi: errors.append(f"{d}: low>high {c}")
    t = c["time"]
    if t is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t): errors.append(f"{d}: time {c}")
    if not isinstance(c["future"], bool): errors.append(f"{d}: future {c}")
    if c["future"] and c["certainty"] not in ("possible", "estimated", "reported", "asserted"): errors.append(f"{d}: future cert {c}")
    for f in ("source", "location", "actor"):
        if c[f] is not None and c[f] not in names:
            errors.append(f"{d}: {f} {c[f]!r} not in aliases")
for s in common.STATEMENTS:
    d = s["doc"]
    if d not in arts:
        errors.append(f"unknown doc {d}"); continue
    if s["content"] not in arts[d]: errors.append(f"{d}: content not found {s['content']!r}")
    if s["cue"] is not None and s["cue"] not in arts[d]: errors.append(f"{d}: cue not found {s['cue']!r}")
    if s["speaker"] not in names: errors.append(f"{d}: speaker {s['speaker']!r} not in aliases")
    if s["kind"] not in ("person", "org", "group"): errors.append(f"{d}: kind {s}")
    if s["mode"] not in ("direct", "indirect"): errors.append(f"{d}: mode {s}")
# aliases should be spellings that occur somewhere (canonical English names may not)
for canon, als in common.ALIASES.items():
    for a in als:
        if not any(a in t for t in arts.values()) and not a.isascii():
            pass

with open(os.path.join(ROOT, "gold", "claims.jsonl"), "w", encoding="utf-8") as f:
    for c in common.CLAIMS:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold", "statements.jsonl"), "w", encoding="utf-8") as f:
    for s in common.STATEMENTS:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold", "aliases.json"), "w", encoding="utf-8") as f:
    json.dump(common.ALIASES, f, ensure_ascii=False, indent=1)
    f.write("\n")

from collections import Counter
req = [c for c in common.CLAIMS if not c.get("optional")]
print(f"claims {len(common.CLAIMS)} (required {len(req)}, optional {len(common.CLAIMS)-len(req)}), statements {len(common.STATEMENTS)}")
per = Counter(c["doc"] for c in common.CLAIMS); preq = Counter(c["doc"] for c in req)
pst = Counter(s["doc"] for s in common.STATEMENTS)
for d in sorted(arts):
    print(f"  {d:34s} words {len(arts[d].split()):4d}  claims {preq[d]:3d}/{per[d]-preq[d]:<3d} statements {pst[d]}")
print("required by measure:", dict(Counter(c["measure"] for c in req).most_common()))
if errors:
    print(f"{len(errors)} ERRORS"); print("\n".join(errors)); sys.exit(1)
print("OK")
