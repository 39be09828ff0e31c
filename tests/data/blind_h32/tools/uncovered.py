"""List numbers (digits and German number words) outside gold evidence spans, for review."""
import json, os, re, sys
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = r"ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|Dutzend\w*|Hundert\w*|Tausend\w*|Zehntausend\w*|Hunderttausend\w*|Million\w*"
claims = [json.loads(l) for l in open(os.path.join(BASE, "gold", "claims.jsonl"), encoding="utf-8")]
docs = sys.argv[1:] or sorted({c["doc"] for c in claims})
for d in docs:
    t = open(os.path.join(BASE, "articles", d + ".txt"), encoding="utf-8").read()
    spans = [(t.index(c["evidence"]), t.index(c["evidence"]) + len(c["evidence"])) for c in claims if c["doc"] == d]
    print("==", d)
    for m in re.finditer(r"\d[\d.,']*|\b(?:%s)\b" % WORDS, t, flags=re.I):
        if m.group(0).lower() in ("ein", "eine", "einen", "einem"):
            continue
        if any(a <= m.start() < b for a, b in spans):
            continue
        print("   ", t[max(0, m.start() - 35):m.end() + 25].replace("\n", " "))
