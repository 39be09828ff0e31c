"""Build gold/*.jsonl from tools/g*.py and check it mechanically (blind14)."""
import importlib.util, json, pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from common import MEASURES, QUALIFIERS, CERTAINTIES  # noqa: E402

ALIASES = {}
errors, claims, statements = [], [], []
meta = [json.loads(l) for l in (ROOT / "articles/meta.jsonl").read_text().splitlines() if l.strip()]
meta_ids = {m["id"] for m in meta}
for m in meta:
    if not (ROOT / "articles" / m["file"]).exists():
        errors.append(f"meta: missing file {m['file']}")
    if m["file"] != m["id"] + ".txt":
        errors.append(f"meta: id/file mismatch {m}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["published"] or ""):
        errors.append(f"meta: published {m}")

mods = []
for path in sorted((ROOT / "tools").glob("g[0-9]*.py")):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mods.append(mod)
    for k, vs in getattr(mod, "ALIASES", {}).items():
        ALIASES.setdefault(k, [])
        for v in vs:
            if v not in ALIASES[k]:
                ALIASES[k].append(v)

seen_alias = {}
for k, vs in ALIASES.items():
    for v in [k] + vs:
        if v.lower() in seen_alias and seen_alias[v.lower()] != k:
            errors.append(f"alias {v!r} bound to {seen_alias[v.lower()]!r} and {k!r}")
        seen_alias[v.lower()] = k
canon = {k.lower() for k in ALIASES}

docs_done = set()
for mod in mods:
    for doc, (cl, st) in mod.GOLD.items():
        docs_done.add(doc)
        if doc not in meta_ids:
            errors.append(f"{doc}: not in meta.jsonl")
            continue
        text = (ROOT / "articles" / f"{doc}.txt").read_text()
        evs = set()
        for c in cl:
            c = {"doc": doc, **c}
            ev = c["evidence"]
            n = text.count(ev)
            if n != 1:
                errors.append(f"{doc}: evidence found {n}x: {ev!r}")
            if ev in evs:
                errors.append(f"{doc}: evidence used twice {ev!r}")
            evs.add(ev)
            if c["measure"] not in MEASURES: errors.append(f"{doc}: measure {c}")
            if c["qualifier"] not in QUALIFIERS: errors.append(f"{doc}: qualifier {c}")
            if c["certainty"] not in CERTAINTIES: errors.append(f"{doc}: certainty {c}")
            lo, hi, q = c["low"], c["high"], c["qualifier"]
            for v in (lo, hi):
                if v is not None and not isinstance(v, int): errors.append(f"{doc}: non-int {v} {ev!r}")
            shape = {"exact": lo is not None and lo == hi, "about": lo is not None and lo == hi,
                     "at_least": lo is not None and hi is None,
                     "at_most": lo is None and hi is not None,
                     "range": lo is not None and hi is not None and lo < hi}[q]
            if not shape: errors.append(f"{doc}: interval shape {lo},{hi},{q}: {ev!r}")
            if lo is not None and hi is not None and lo > hi: errors.append(f"{doc}: low>high {ev!r}")
            if c["time"] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", c["time"]):
                errors.append(f"{doc}: time {c['time']}")
            if c["future"] and c["certainty"] not in ("possible", "estimated"):
                errors.append(f"{doc}: future with certainty {c['certainty']}: {ev!r}")
            for f in ("source", "location", "actor"):
                if c[f] is not None and c[f].lower() not in canon:
                    errors.append(f"{doc}: {f} {c[f]!r} not in aliases")
            claims.append(c)
        for s in st:
            s = {"doc": doc, **s}
            if s["content"] not in text: errors.append(f"{doc}: content not in text: {s['content']!r}")
            if s["cue"] is not None and s["cue"] not in text: errors.append(f"{doc}: cue not in text: {s['cue']!r}")
            if s["speaker"].lower() not in canon: errors.append(f"{doc}: speaker {s['speaker']!r} not in aliases")
            if s["kind"] not in {"person", "org", "group"}: errors.append(f"{doc}: kind {s}")
            if s["mode"] not in {"direct", "indirect"}: errors.append(f"{doc}: mode {s}")
            statements.append(s)

for m in meta:
    if m["id"] not in docs_done:
        errors.append(f"{m['id']}: no gold module")
for e in errors:
    print("ERROR", e)
(ROOT / "gold/claims.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims))
(ROOT / "gold/statements.jsonl").write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in statements))
(ROOT / "gold/aliases.json").write_text(json.dumps(ALIASES, ensure_ascii=False, indent=1) + "\n")
req = sum(1 for c in claims if not c.get("optional"))
print(f"{len(claims)} claims ({req} required, {len(claims)-req} optional), {len(statements)} statements, {len(errors)} errors")
per = {}
for c in claims:
    r = per.setdefault(c["doc"], [0, 0, 0]); r[1 if c.get("optional") else 0] += 1
for s in statements:
    per.setdefault(s["doc"], [0, 0, 0])[2] += 1
for m in meta:
    words = len((ROOT / "articles" / m["file"]).read_text().split())
    r = per.get(m["id"], [0, 0, 0])
    print(f"{m['id']:28} {words:4}w  req {r[0]:2} opt {r[1]:2} st {r[2]:2}")
sys.exit(1 if errors else 0)
