"""List every number (digits or number word) of each article outside gold evidence spans."""
import json, pathlib, re, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
WORDS = r"(?:ein|eine|einen|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|Dutzend\w*|Hundert\w*|Tausend\w*|Zehntausend\w*)"
gold = [json.loads(l) for l in (ROOT / "gold/claims.jsonl").read_text().splitlines()]
only = sys.argv[1:] 
for p in sorted((ROOT / "articles").glob("*.txt")):
    doc = p.stem
    if only and not any(o in doc for o in only): continue
    t = p.read_text()
    spans = []
    for c in gold:
        if c["doc"] == doc:
            i = t.find(c["evidence"]); spans.append((i, i + len(c["evidence"])))
    out = []
    for m in re.finditer(r"\d[\d.,']*|\b" + WORDS + r"\b", t):
        if not any(a <= m.start() < b for a, b in spans):
            out.append(t[max(0, m.start()-25):m.end()+25].replace("\n", " "))
    print("==", doc, len(out))
    for o in out: print("   ", o)
