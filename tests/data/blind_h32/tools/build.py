"""Build and check the e17 gold: python3 tools/build.py (from /work/blind17)."""
import glob, json, os, re, sys

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ART = os.path.join(BASE, "articles")
GOLD = os.path.join(BASE, "gold")

META = [
    ("e17_01_benin", "2026-10-14", "Reuters (deutscher Dienst)"),
    ("e17_02_sinaloa", "2026-09-14", "AFP"),
    ("e17_03_manbidsch", "2026-11-10", "dpa"),
    ("e17_04_hochzeit_mardin", "2026-08-17", "Spiegel Online"),
    ("e17_05_gent", "2026-09-07", "dpa"),
    ("e17_06_erdrutsch_nepal", "2026-07-30", "tagesschau.de"),
    ("e17_07_tanklaster_enugu", "2026-10-20", "AFP"),
    ("e17_08_hotelbrand_batumi", "2026-11-03", "dpa"),
    ("e17_09_taifun_guangdong", "2026-09-22", "Reuters (deutscher Dienst)"),
    ("e17_10_kalabrien", "2026-10-05", "dpa"),
    ("e17_11_chacalluta", "2026-11-09", "epd"),
    ("e17_12_unwetter_minden", "2026-06-21", "Mindener Tageblatt (Beispiel)"),
    ("e17_13_schulkantine_steyr", "2026-11-13", "ORF Oberösterreich"),
    ("e17_14_kapo_bern", "2026-11-18", "Kantonspolizei Bern (Medienmitteilung)"),
    ("e17_15_cholera_malawi", "2026-03-02", "epd"),
    ("e17_16_ua_maiwoche", "2026-11-19", "Neue Osnabrücker Zeitung (Beispiel)"),
    ("e17_17_graz_marathon", "2026-10-11", "Kleine Zeitung (Beispiel)"),
    ("e17_18_fluggesellschaft", "2026-10-29", "Reuters (deutscher Dienst)"),
    ("e17_19_wahl_dornbirn", "2026-03-16", "Vorarlberger Nachrichten (Beispiel)"),
    ("e17_20_handball", "2026-11-16", "Westdeutsche Zeitung (Beispiel)"),
]

MEASURES = {"troops", "killed", "wounded", "killed_or_wounded", "captured", "missing",
            "arrested", "displaced", "equipment", "other"}
QUALS = {"exact", "about", "at_least", "at_most", "range"}
CERTS = {"asserted", "reported", "estimated", "possible", "denied"}

claims, stmts = [], []
cur = {"doc": None}


def D(doc):
    cur["doc"] = doc


def C(ev, measure, low, high, q, src=None, cert="asserted", time=None, loc=None,
      actor=None, opt=False, add=False, fut=False, note=None):
    c = {"doc": cur["doc"], "evidence": ev, "measure": measure, "actor": actor,
         "low": low, "high": high, "qualifier": q, "source": src, "certainty": cert,
         "future": fut, "time": time, "location": loc}
    if opt:
        c["optional"] = True
    if add:
        c["additional"] = True
    if note:
        c["note"] = note
    claims.append(c)


def S(speaker, kind, cue, mode, content, role=None, denial=False):
    s = {"doc": cur["doc"], "speaker": speaker, "kind": kind, "role": role, "cue": cue,
         "mode": mode, "content": content}
    if denial:
        s["denial"] = True
    stmts.append(s)


ns = {"D": D, "C": C, "S": S}
for f in sorted(glob.glob(os.path.join(BASE, "tools", "g[0-9]*.py"))):
    exec(open(f, encoding="utf-8").read(), ns)
aliases = {}
exec(open(os.path.join(BASE, "tools", "aliases.py"), encoding="utf-8").read(), {"A": aliases})

errors = []
texts, pub = {}, {}
for doc, date, outlet in META:
    p = os.path.join(ART, doc + ".txt")
    if not os.path.exists(p):
        errors.append("missing article " + doc)
        continue
    texts[doc] = open(p, encoding="utf-8").read()
    pub[doc] = date

keys_lower = {}
for k, vs in aliases.items():
    for n in [k] + vs:
        if n.lower() in keys_lower and keys_lower[n.lower()] != k:
            errors.append(f"alias {n!r} bound to {k!r} and {keys_lower[n.lower()]!r}")
        keys_lower[n.lower()] = k


def check_name(doc, what, n):
    if n is not None and n not in aliases:
        errors.append(f"{doc}: {what} {n!r} not a key of aliases.json")


spans = {}
for c in claims:
    d = c["doc"]
    t = texts.get(d)
    if t is None:
        errors.append("claim for unknown doc " + str(d)); continue
    ev = c["evidence"]
    n = t.count(ev)
    nl = t.lower().count(ev.lower())
    if n != 1 or nl != 1:
        errors.append(f"{d}: evidence {ev!r} found {n}x ({nl}x case-insensitive)")
    else:
        s = t.index(ev)
        for (a, b, e2) in spans.get(d, []):
            if s < b and a < s + len(ev):
                errors.append(f"{d}: evidence {ev!r} overlaps {e2!r}")
        spans.setdefault(d, []).append((s, s + len(ev), ev))
    if c["measure"] not in MEASURES: errors.append(f"{d}: measure {c['measure']}")
    if c["qualifier"] not in QUALS: errors.append(f"{d}: qualifier {c['qualifier']}")
    if c["certainty"] not in CERTS: errors.append(f"{d}: certainty {c['certainty']}")
    lo, hi, q = c["low"], c["high"], c["qualifier"]
    for v in (lo, hi):
        if v is not None and not isinstance(v, int): errors.append(f"{d}: non-int {v} in {ev!r}")
    ok = {"exact": lo is not None and lo == hi, "about": lo is not None and lo == hi,
          "at_least": lo is not None and hi is None, "at_most": lo is None and hi is not None,
          "range": lo is not None and hi is not None and lo < hi}[q]
    if not ok: errors.append(f"{d}: interval {lo},{hi} does not fit {q} in {ev!r}")
    if c["time"] is not None:
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", c["time"]):
            errors.append(f"{d}: time {c['time']}")
        elif not c["future"] and c["time"] > pub[d]:
            errors.append(f"{d}: time {c['time']} after publication in {ev!r}")
    if c["certainty"] == "possible" and not c["future"]:
        errors.append(f"{d}: possible but not future: {ev!r}")
    for what in ("source", "location", "actor"):
        check_name(d, what, c[what])
for s in stmts:
    d = s["doc"]
    t = texts.get(d, "")
    if s["content"] not in t: errors.append(f"{d}: statement content not found {s['content']!r}")
    if s["cue"] not in t: errors.append(f"{d}: cue not found {s['cue']!r}")
    if s["mode"] not in ("direct", "indirect"): errors.append(f"{d}: mode {s['mode']}")
    if s["kind"] not in ("person", "org", "group"): errors.append(f"{d}: kind {s['kind']}")
    check_name(d, "speaker", s["speaker"])

for e in errors:
    print("ERROR", e)
with open(os.path.join(ART, "meta.jsonl"), "w", encoding="utf-8") as f:
    for doc, date, outlet in META:
        f.write(json.dumps({"id": doc, "file": doc + ".txt", "published": date,
                            "outlet": outlet, "url": None}, ensure_ascii=False) + "\n")
with open(os.path.join(GOLD, "claims.jsonl"), "w", encoding="utf-8") as f:
    for c in claims:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
with open(os.path.join(GOLD, "statements.jsonl"), "w", encoding="utf-8") as f:
    for s in stmts:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
with open(os.path.join(GOLD, "aliases.json"), "w", encoding="utf-8") as f:
    json.dump(aliases, f, ensure_ascii=False, indent=1)
    f.write("\n")
for doc, date, outlet in META:
    cs = [c for c in claims if c["doc"] == doc]
    req = sum(1 for c in cs if not c.get("optional"))
    ns_ = sum(1 for s in stmts if s["doc"] == doc)
    print(f"{doc:30s} {len(texts.get(doc,'').split()):4d} words  req {req:2d} opt {len(cs)-req:2d}  stmts {ns_:2d}")
print("total claims", len(claims), "required", sum(1 for c in claims if not c.get("optional")),
      "statements", len(stmts), "errors", len(errors))
sys.exit(1 if errors else 0)
