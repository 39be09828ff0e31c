"""List numbers (digits and number words) of each article outside all gold evidence spans, for review."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = r"ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|Dutzend\w*|Hunderte\w*|Tausende\w*|Zehntausende\w*|beide\w*|Million\w*|Milliard\w*"
claims = [json.loads(l) for l in open(os.path.join(ROOT, "gold", "claims.jsonl"))]
for f in sorted(os.listdir(os.path.join(ROOT, "articles"))):
    if not f.endswith(".txt"): continue
    doc = f[:-4]
    if len(sys.argv) > 1 and sys.argv[1] not in doc: continue
    t = open(os.path.join(ROOT, "articles", f)).read()
    spans = []
    for c in claims:
        if c["doc"] == doc:
            i = t.find(c["evidence"]); spans.append((i, i + len(c["evidence"])))
    print("==", doc)
    for m in re.finditer(r"\d[\d.,']*|\b(?:%s)\b" % WORDS, t, flags=re.I):
        if m.group().lower() in ("ein", "eine", "einen"): continue
        if any(a <= m.start() < b for a, b in spans): continue
        print("   ", repr(t[max(0, m.start()-40):m.end()+30].replace("\n", " ")))
