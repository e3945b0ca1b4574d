#!/usr/bin/env python3
"""callers.py FILE.jfr PATTERN [DEPTH]: for samples with a frame matching PATTERN, count the chain of DEPTH frames above the outermost match"""
import collections, json, re, subprocess, sys
f=sys.argv[1]; pat=re.compile(sys.argv[2]); depth=int(sys.argv[3]) if len(sys.argv)>3 else 3
out = subprocess.run(['/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr', 'print', '--json', '--stack-depth', '256',
                      '--events', 'jdk.ExecutionSample', f], capture_output=True, text=True).stdout
events = json.loads(out)['recording']['events']
c=collections.Counter(); t=0
for e in events:
    st=e['values'].get('stackTrace'); frames=st['frames'] if st else []
    names=[fr['method']['type']['name'].split('/')[-1]+'.'+fr['method']['name'] for fr in frames]
    idx=[i for i,nm in enumerate(names) if pat.search(nm)]
    if not idx: continue
    t+=1; i=idx[-1]
    c[' < '.join(names[i:i+depth+1])]+=1
print('matching',t,'of',len(events))
for k,v in c.most_common(25): print(f'{v:6d} {k}')
