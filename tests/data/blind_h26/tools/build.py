"""Build gold/*.jsonl and articles/meta.jsonl from the g*.py files and check them."""
import glob, importlib, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import common
for f in sorted(glob.glob(os.path.join(HERE, "g[0-9]*.py"))):
    importlib.import_module(os.path.basename(f)[:-3])
from aliases import ALIASES

errors = []
def err(*a):
    errors.append(" ".join(str(x) for x in a))

texts = {}
for p in sorted(glob.glob(os.path.join(ROOT, "articles", "*.txt"))):
    doc = os.path.basename(p)[:-4]
    texts[doc] = open(p, encoding="utf-8").read()
metas = {m["id"]: m for m in common.META}
for doc in texts:
    if doc not in metas:
        err("no meta", doc)
for doc in metas:
    if doc not in texts:
        err("meta without article", doc)

# aliases: no alias bound to two canonicals (case-insensitive), no alias equal to another canonical
seen = {}
for can, als in ALIASES.items():
    for n in [can] + list(als):
        k = n.lower()
        if k in seen and seen[k] != can:
            err("alias bound twice", n, seen[k], can)
        seen[k] = can

MEAS = {"troops", "killed", "wounded", "killed_or_wounded", "captured", "missing", "arrested", "displaced", "equipment", "other"}
QUAL = {"exact", "about", "at_least", "at_most", "range"}
CERT = {"asserted", "reported", "estimated", "possible", "denied"}
TIME = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
keys = ["doc", "evidence", "measure", "actor", "low", "high", "qualifier", "source", "certainty", "future", "time", "location"]
for cl in common.CLAIMS:
    d = cl["doc"]
    t = texts.get(d)
    if t is None:
        err("unknown doc", d); continue
    n = t.count(cl["evidence"])
    if n != 1:
        err("evidence x%d" % n, d, repr(cl["evidence"]))
    if t.lower().count(cl["evidence"].lower()) != 1:
        err("evidence not unique case-insensitively", d, repr(cl["evidence"]))
    if cl["measure"] not in MEAS: err("measure", cl)
    if cl["qualifier"] not in QUAL: err("qualifier", cl)
    if cl["certainty"] not in CERT: err("certainty", cl)
    lo, hi, q = cl["low"], cl["high"], cl["qualifier"]
    for v in (lo, hi):
        if v is not None and not isinstance(v, int): err("non-int", cl)
    if q in ("exact", "about") and (lo is None or lo != hi): err("shape", cl)
    if q == "at_least" and (lo is None or hi is not None): err("shape", cl)
    if q == "at_most" and (hi is None or lo is not None): err("shape", cl)
    if q == "range" and (lo is None or hi is None or not lo < hi): err("shape", cl)
    if lo is not None and hi is not None and lo > hi: err("low>high", cl)
    if cl["time"] is not None and not TIME.match(cl["time"]): err("time", cl)
    if not isinstance(cl["future"], bool): err("future", cl)
    for f in ("source", "location", "actor"):
        if cl[f] is not None and cl[f] not in ALIASES: err("not in aliases", f, cl[f], d)
    # time must not be after publication, unless future
    pub = metas[d]["published"]
    if cl["time"] and not cl["future"] and cl["time"] > pub[:len(cl["time"])]:
        err("time after publication", d, cl["evidence"], cl["time"])
# overlapping evidence spans in one doc (warn)
for st in common.STMTS:
    d = st["doc"]
    t = texts.get(d)
    if t is None:
        err("unknown doc", d); continue
    if st["content"] not in t: err("content not found", d, repr(st["content"]))
    if st["cue"] is not None and st["cue"] not in t: err("cue not found", d, repr(st["cue"]))
    if st["speaker"] not in ALIASES: err("speaker not in aliases", st["speaker"])
    if st["kind"] not in ("person", "org", "group"): err("kind", st)
    if st["mode"] not in ("direct", "indirect"): err("mode", st)

if errors:
    print("\n".join(errors)); sys.exit(1)
with open(os.path.join(ROOT, "gold", "claims.jsonl"), "w", encoding="utf-8") as f:
    for cl in common.CLAIMS:
        f.write(json.dumps(cl, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold", "statements.jsonl"), "w", encoding="utf-8") as f:
    for st in common.STMTS:
        f.write(json.dumps(st, ensure_ascii=False) + "\n")
with open(os.path.join(ROOT, "gold", "aliases.json"), "w", encoding="utf-8") as f:
    json.dump(ALIASES, f, ensure_ascii=False, indent=1)
with open(os.path.join(ROOT, "articles", "meta.jsonl"), "w", encoding="utf-8") as f:
    for doc in sorted(metas):
        f.write(json.dumps(metas[doc], ensure_ascii=False) + "\n")
# summary table
import collections
print("| id | words | req/opt claims | statements |")
for doc in sorted(texts):
    cl = [c for c in common.CLAIMS if c["doc"] == doc]
    req = sum(1 for c in cl if not c.get("optional"))
    st = sum(1 for s in common.STMTS if s["doc"] == doc)
    print("| %s | %d | %d/%d | %d |" % (doc, len(texts[doc].split()), req, len(cl) - req, st))
req = [c for c in common.CLAIMS if not c.get("optional")]
print("claims", len(common.CLAIMS), "required", len(req), "optional", len(common.CLAIMS) - len(req), "statements", len(common.STMTS))
print("required by measure", collections.Counter(c["measure"] for c in req).most_common())
