#!/usr/bin/env python3
# bounds.py SAMPLES.json COMP.json: the time span of each compiled loop (contender x settling/timed, from the main
# thread's samples inside CompiledRounds.measure) and the compilations over 100 ms and deoptimisations within each
import json,collections,sys
from datetime import datetime
def ts(s): return datetime.fromisoformat(s.replace('Z','+00:00')).timestamp()
S=json.load(open(sys.argv[1]))['recording']['events']
t0=min(ts(e['values']['startTime']) for e in S)
span={}
for e in S:
    v=e['values']
    if v['sampledThread']['javaName']!='main': continue
    frames=v['stackTrace']['frames']
    m=[f for f in frames if f['method']['name']=='measure' and f['method']['type']['name'].endswith('CompiledRounds')]
    if not m: continue
    names=[f['method']['type']['name']+'.'+f['method']['name'] for f in frames]
    who=('ours' if any('seacorpus/lang/' in x or 'seacorpus/normalize/' in x or 'lambda$call$0' in x for x in names)
         else 'icu' if any('com/ibm/icu/' in x for x in names) else 'harness')
    k=(who,'timed' if m[0]['lineNumber']==66 else 'settling'); t=ts(v['startTime'])-t0
    a,b=span.get(k,(t,t)); span[k]=(min(a,t),max(b,t))
order=sorted(span.items(), key=lambda kv: kv[1][0])
for k,(a,b) in order: print(f'{k[0]} {k[1]}: {a:.3f}-{b:.3f} s')
ev=json.load(open(sys.argv[2]))['recording']['events']
for k,(a,b) in order:
    print(f'-- {k[0]} {k[1]}')
    for e in ev:
        t=ts(e['values']['startTime'])-t0
        if a<=t<=b:
            v=e['values']; m=v['method']; name=m['type']['name'].split('/')[-1]+'.'+m['name']
            if e['type']=='jdk.Deoptimization':
                print('%.3f'%t,'DEOPT',name,v['reason'],v['action'],'line',v.get('lineNumber'))
            else:
                print('%.3f'%t,'COMP',name,v.get('duration'),'level',v.get('compileLevel'),'size',v.get('codeSize'))
