"""List every number (digits or number word) in each article not inside a gold evidence span."""
import json, pathlib, re
ROOT = pathlib.Path(__file__).resolve().parent.parent
WORDS = r"ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|Dutzend\w*|Hundert\w*|Tausend\w*|Zehntausend\w*|Hunderttausend\w*|beiden|Million\w*"
claims = [json.loads(l) for l in (ROOT / "gold/claims.jsonl").open()]
for m in [json.loads(l) for l in (ROOT / "articles/meta.jsonl").open()]:
    text = (ROOT / "articles" / m["file"]).read_text()
    spans = []
    for c in claims:
        if c["doc"] == m["id"]:
            i = text.find(c["evidence"]); spans.append((i, i + len(c["evidence"])))
    out = []
    for mo in re.finditer(r"\d[\d.,:]*|\b(?:%s)\b" % WORDS, text):
        if not any(a <= mo.start() < b for a, b in spans):
            out.append(text[max(0, mo.start()-25):mo.end()+25].replace("\n", " "))
    print("==", m["id"])
    for o in out:
        print("   ", o)
