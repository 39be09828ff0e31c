"""List every number (digits or number word) of each article outside the gold claim evidence spans."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = r"ein|eine|einen|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|zwanzig|dreißig|hundert|tausend|beiden|Dutzend\w*|Hundert\w*|Tausend\w*|Zehntausend\w*|Million\w*|Milliard\w*"
claims = [json.loads(l) for l in open(os.path.join(ROOT, "gold/claims.jsonl"))]
only = sys.argv[1:] 
for m in map(json.loads, open(os.path.join(ROOT, "articles/meta.jsonl"))):
    d = m["id"]
    if only and not any(o in d for o in only):
        continue
    t = open(os.path.join(ROOT, "articles", m["file"]), encoding="utf-8").read()
    spans = []
    for c in claims:
        if c["doc"] == d:
            i = t.find(c["evidence"]); spans.append((i, i + len(c["evidence"])))
    print("==", d)
    for mm in re.finditer(r"\d[\d.,']*|\b(?:%s)\b" % WORDS, t, flags=re.I):
        if mm.group(0).lower() in ("ein", "eine", "einen", "einem", "einer"):
            continue
        if any(a <= mm.start() < b for a, b in spans):
            continue
        print("   ", repr(t[max(0, mm.start()-40):mm.end()+30].replace("\n", " ")))
