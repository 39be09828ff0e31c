"""List number tokens (digits and German number words) not covered by any gold evidence span, per article."""
import json, os, re, sys
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORDS = r"(?:ein|eine|einer|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|Dutzend|Dutzende|Hunderte|Tausende|Zehntausende|Hunderttausend|beiden|Million|Millionen)"
pat = re.compile(r"\d[\d.,']*|\b" + WORDS + r"\b", re.I)
claims = [json.loads(l) for l in open(os.path.join(ROOT, "gold", "claims.jsonl"), encoding="utf-8")]
for m in map(json.loads, open(os.path.join(ROOT, "articles", "meta.jsonl"), encoding="utf-8")):
    if len(sys.argv) > 1 and m["id"] not in sys.argv[1:]:
        continue
    t = open(os.path.join(ROOT, "articles", m["file"]), encoding="utf-8").read()
    spans = []
    for c in claims:
        if c["doc"] == m["id"]:
            i = t.find(c["evidence"]); spans.append((i, i + len(c["evidence"])))
    out = []
    for mm in pat.finditer(t):
        if not any(a <= mm.start() < b for a, b in spans):
            ctx = t[max(0, mm.start()-35):mm.end()+35].replace("\n", " ")
            out.append(f"    {mm.group()!r:14} ...{ctx}...")
    print(m["id"], len(out)); print("\n".join(out))
