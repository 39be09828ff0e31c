"""Lists numbers and number words of each article outside gold evidence spans."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
cl = [json.loads(l) for l in open(os.path.join(ROOT, "gold/claims.jsonl"), encoding="utf-8")]
W = r"\b(ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig|vierzig|fünfzig|hundert|tausend|Dutzend\w*|Hundert\w*|Tausend\w*)\b"
for m in map(json.loads, open(os.path.join(ROOT, "articles/meta.jsonl"), encoding="utf-8")):
    if len(sys.argv) > 1 and not any(a in m["id"] for a in sys.argv[1:]): continue
    t = open(os.path.join(ROOT, "articles", m["file"]), encoding="utf-8").read()
    spans = [(t.find(c["evidence"]), t.find(c["evidence"]) + len(c["evidence"])) for c in cl if c["doc"] == m["id"]]
    out = []
    for mm in re.finditer(r"\d[\d.,]*|" + W, t):
        if any(a <= mm.start() < b for a, b in spans): continue
        out.append(t[max(0, mm.start()-25):mm.end()+25].replace("\n", " "))
    print("==", m["id"]); [print("   ", o) for o in out]
