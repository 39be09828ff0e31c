import json, sys
cl=[json.loads(l) for l in open('gold/claims.jsonl')]
for d in sys.argv[1:]:
    print('=====',d)
    for c in cl:
        if c['doc'].startswith(d):
            print(('OPT ' if c.get('optional') else '    ')+f"{c['evidence'][:55]:55} | {c['measure']:9} {c['low']}-{c['high']} {c['qualifier']:8} src={c['source']} {c['certainty']} fut={c['future']} t={c['time']} loc={c['location']} act={c['actor']}"+(' ADD' if c.get('additional') else ''))
