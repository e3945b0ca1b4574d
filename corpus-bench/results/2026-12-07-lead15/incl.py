#!/usr/bin/env python3
"""incl.py FILE.jfr [N] [pattern...]: samples; top-N inclusive methods over all samples; then per pattern count"""
import collections, json, re, subprocess, sys
f=sys.argv[1]; n=int(sys.argv[2]); pats=sys.argv[3:]
out = subprocess.run(['/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr', 'print', '--json', '--stack-depth', '256',
                      '--events', 'jdk.ExecutionSample', f], capture_output=True, text=True).stdout
events = json.loads(out)['recording']['events']
incl=collections.Counter(); selfc=collections.Counter(); pc=collections.Counter()
for e in events:
    st=e['values'].get('stackTrace'); frames=st['frames'] if st else []
    names=[fr['method']['type']['name'].replace('/', '.')+'.'+fr['method']['name'] for fr in frames]
    for nm in set(names): incl[nm]+=1
    if names: selfc[names[0]]+=1
    joined='\n'.join(names)
    for p in pats:
        if re.search(p, joined): pc[p]+=1
t=len(events); print('samples',t)
for m,k in incl.most_common(n): print(f'{k:6d} {100*k/t:5.1f}% {m}')
print('--- self')
for m,k in selfc.most_common(25): print(f'{k:6d} {100*k/t:5.1f}% {m}')
print('--- patterns')
for p in pats: print(f'{pc[p]:6d} {100*pc[p]/t:5.1f}% {p}')
