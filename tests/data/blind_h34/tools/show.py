import json, sys, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
d = sys.argv[1]
m = [json.loads(l) for l in open(f"{ROOT}/articles/meta.jsonl") if d in l][0]
print(m)
print(open(f"{ROOT}/articles/{m['id']}.txt").read())
for l in open(f"{ROOT}/gold/claims.jsonl"):
    c = json.loads(l)
    if c["doc"] == m["id"]:
        print(("OPT " if c.get("optional") else "REQ ") + f"{c['evidence']!r} {c['measure']} [{c['low']},{c['high']}] {c['qualifier']} src={c['source']} {c['certainty']} fut={c['future']} t={c['time']} loc={c['location']} actor={c['actor']}" + (" ADD" if c.get("additional") else ""))
for l in open(f"{ROOT}/gold/statements.jsonl"):
    s = json.loads(l)
    if s["doc"] == m["id"]:
        print(f"  S {s['speaker']} | {s['cue']} | {s['mode']} | {s['content'][:90]}" + (" DENIAL" if s.get("denial") else ""))
