import json,collections,sys
from datetime import datetime
def ts(s): return datetime.fromisoformat(s.replace('Z','+00:00')).timestamp()
samples=json.load(open(sys.argv[1]))['recording']['events']
step=float(sys.argv[2])
rows=[]
for e in samples:
    if e['values']['sampledThread']['javaName']!='main': continue
    fr=[f['method']['type']['name']+'.'+f['method']['name'] for f in e['values']['stackTrace']['frames']]
    s=' '.join(fr)
    who='F' if 'normalizeFully' in s else 'O' if ('seacorpus/lang' in s or 'seacorpus/normalize' in s) else 'I' if 'com/ibm/icu' in s else '.'
    rows.append((ts(e['values']['startTime']),who))
rows.sort(); t0=rows[0][0]
b=collections.defaultdict(str)
for t,w in rows: b[int((t-t0)/step)]+=w
for k in sorted(b): print('%6.1f'%(k*step), ''.join(sorted(b[k])))
