import json, sys
st=[json.loads(l) for l in open('gold/statements.jsonl')]
for d in sys.argv[1:]:
    print('=====',d)
    for s in st:
        if s['doc'].startswith(d):
            print(f"{s['speaker'][:28]:28} {s['kind'][:3]} {str(s['cue'])[:22]:22} {s['mode'][:3]} {'DEN' if s.get('denial') else '   '} {s['content'][:90]}")
