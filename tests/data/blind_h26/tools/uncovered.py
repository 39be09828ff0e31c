"""List numbers / number words in each article not covered by a gold evidence span."""
import glob, os, re, sys, json
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
claims = [json.loads(l) for l in open(os.path.join(ROOT, "gold", "claims.jsonl"), encoding="utf-8")]
WORDS = r"ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|Dutzend\w*|Hundert\w*|Tausend\w*|Zehntausend\w*|Million\w*"
pat = re.compile(r"\d[\d.,]*|\b(?:%s)\b" % WORDS, re.I)
only = sys.argv[1] if len(sys.argv) > 1 else ""
for p in sorted(glob.glob(os.path.join(ROOT, "articles", "*.txt"))):
    doc = os.path.basename(p)[:-4]
    if only not in doc: continue
    t = open(p, encoding="utf-8").read()
    spans = []
    for c in claims:
        if c["doc"] == doc:
            i = t.find(c["evidence"]); spans.append((i, i + len(c["evidence"])))
    out = []
    for m in pat.finditer(t):
        if m.group(0).lower() in ("ein", "eine", "einen", "einem"): continue
        if not any(a <= m.start() < b for a, b in spans):
            out.append(t[max(0, m.start()-25):m.end()+25].replace("\n", " "))
    print("==", doc); [print("   ", o) for o in out]
