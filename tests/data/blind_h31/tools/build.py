"""Build gold/*.jsonl from tools/g*.py and check it mechanically (blind16)."""
import importlib.util, json, pathlib, re, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from common import MEASURES, QUALIFIERS, CERTAINTIES  # noqa: E402
from aliases import ALIASES  # noqa: E402

errors = []
claims, statements = [], []
meta = [json.loads(l) for l in (ROOT / "articles/meta.jsonl").read_text().splitlines() if l.strip()]
meta_ids = {m["id"] for m in meta}
for m in meta:
    if not (ROOT / "articles" / m["file"]).exists():
        errors.append(f"meta: missing file {m['file']}")
    if m["file"] != m["id"] + ".txt":
        errors.append(f"meta: id/file mismatch {m}")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["published"] or ""):
        errors.append(f"meta: published {m}")
for f in (ROOT / "articles").glob("*.txt"):
    if f.stem not in meta_ids:
        errors.append(f"article without meta: {f.name}")
canon = {k.lower() for k in ALIASES}
seen_alias = {}
for k, vs in ALIASES.items():
    for v in [k] + vs:
        if v.lower() in seen_alias and seen_alias[v.lower()] != k:
            errors.append(f"alias {v!r} bound to {seen_alias[v.lower()]!r} and {k!r}")
        seen_alias[v.lower()] = k

used = set()
for path in sorted((ROOT / "tools").glob("g*.py")):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for doc, (cl, st) in mod.GOLD.items():
        if doc not in meta_ids:
            errors.append(f"{doc}: not in meta.jsonl")
            continue
        text = (ROOT / "articles" / f"{doc}.txt").read_text()
        spans = []
        for c in cl:
            c = {"doc": doc, **c}
            ev = c["evidence"]
            n = text.count(ev)
            if n != 1:
                errors.append(f"{doc}: evidence found {n}x: {ev!r}")
            else:
                i = text.find(ev)
                for (a, b, e2) in spans:
                    if a < i + len(ev) and i < b:
                        print(f"note {doc}: overlapping evidence {ev!r} / {e2!r}")
                spans.append((i, i + len(ev), ev))
            if c["measure"] not in MEASURES: errors.append(f"{doc}: measure {c}")
            if c["qualifier"] not in QUALIFIERS: errors.append(f"{doc}: qualifier {c}")
            if c["certainty"] not in CERTAINTIES: errors.append(f"{doc}: certainty {c}")
            lo, hi, q = c["low"], c["high"], c["qualifier"]
            shape = {"exact": lo is not None and lo == hi, "about": lo is not None and lo == hi,
                     "at_least": lo is not None and hi is None,
                     "at_most": lo is None and hi is not None,
                     "range": lo is not None and hi is not None and lo < hi}[q]
            if not shape: errors.append(f"{doc}: interval shape {lo},{hi},{q}: {ev!r}")
            if lo is not None and hi is not None and lo > hi: errors.append(f"{doc}: low>high {ev!r}")
            for v in (lo, hi):
                if v is not None and not isinstance(v, (int, float)): errors.append(f"{doc}: value {v!r}")
            if c["time"] is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", c["time"]):
                errors.append(f"{doc}: time {c['time']}")
            if c["future"] and c["certainty"] not in ("possible", "estimated", "reported", "asserted"):
                errors.append(f"{doc}: future+{c['certainty']}")
            for f in ("source", "location", "actor"):
                if c[f] is not None and c[f].lower() not in canon:
                    errors.append(f"{doc}: {f} {c[f]!r} not in aliases")
                if c[f] is not None: used.add(c[f].lower())
            claims.append(c)
        for s in st:
            s = {"doc": doc, **s}
            if text.count(s["content"]) < 1: errors.append(f"{doc}: content not in text: {s['content']!r}")
            if s["cue"] is not None and s["cue"] not in text: errors.append(f"{doc}: cue not in text: {s['cue']!r}")
            if s["speaker"].lower() not in canon: errors.append(f"{doc}: speaker {s['speaker']!r} not in aliases")
            used.add(s["speaker"].lower())
            if s["kind"] not in {"person", "org", "group"}: errors.append(f"{doc}: kind {s}")
            if s["mode"] not in {"direct", "indirect"}: errors.append(f"{doc}: mode {s}")
            statements.append(s)

for e in errors:
    print("ERROR", e)
unused = sorted(k for k in ALIASES if k.lower() not in used)
if unused:
    print("note: canonicals not used by any claim/statement:", ", ".join(unused))
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
    print(f"{m['id']:32} {words:4}w  req {r[0]:2} opt {r[1]:2} st {r[2]:2}")
sys.exit(1 if errors else 0)
