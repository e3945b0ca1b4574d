import json,collections,sys
from datetime import datetime
def ts(s): return datetime.fromisoformat(s.replace('Z','+00:00')).timestamp()
samples=json.load(open(sys.argv[1]))['recording']['events']
t0=min(ts(e['values']['startTime']) for e in samples)
a,b=float(sys.argv[2]),float(sys.argv[3])
top=collections.Counter(); incl=collections.Counter(); n=0
for e in samples:
    v=e['values']
    if v['sampledThread']['javaName']!='main': continue
    t=ts(v['startTime'])-t0
    if not a<=t<=b: continue
    fr=[f['method']['type']['name'].split('/')[-1]+'.'+f['method']['name'] for f in v['stackTrace']['frames']]
    n+=1
    top[fr[0]]+=1
    for m in set(fr): incl[m]+=1
print('samples',n)
print('-- self (top frame)')
for k,c in top.most_common(25): print('%5.1f%%'%(100*c/n),k)
print('-- inclusive')
for k,c in incl.most_common(45): print('%5.1f%%'%(100*c/n),k)
