#!/usr/bin/env python3
"""comp.py FILE.jfr [N]: compilations by package group and by method (duration, count, level), C2 only and all"""
import collections, json, subprocess, sys
f=sys.argv[1]; n=int(sys.argv[2]) if len(sys.argv)>2 else 30
out=subprocess.run(['/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr','print','--json','--events','jdk.Compilation',f],capture_output=True,text=True).stdout
ev=json.loads(out)['recording']['events']
def dur(e):
    d=e['values']['duration']; # ISO like PT0.0123S
    return float(d[2:-1]) if d.startswith('PT') and d.endswith('S') else 0.0
bym=collections.defaultdict(lambda:[0.0,0,0]); byg=collections.Counter(); tot=collections.Counter(); cnt=collections.Counter()
for e in ev:
    v=e['values']; m=v['method']; name=m['type']['name'].replace('/','.')+'.'+m['name']; lvl=v['compileLevel']
    d=dur(e); tot[lvl]+=d; cnt[lvl]+=1
    if lvl==4:
        r=bym[name]; r[0]+=d; r[1]+=1; r[2]+=v.get('inlinedBytes',0) or 0
        parts=name.split('.')
        g='.'.join(parts[:3]) if parts[0] in ('org','com') else '.'.join(parts[:2])
        if name.startswith('org.seacorpus'): g='.'.join(parts[:3])
        byg[g]+=d
print('by level: '+', '.join(f'L{l}: {cnt[l]} compiles {tot[l]:.1f} s' for l in sorted(tot)))
print('C2 by group:')
for g,d in byg.most_common(15): print(f'  {d:7.2f} s {g}')
print('C2 by method:')
for k,(d,c,ib) in sorted(bym.items(), key=lambda x:-x[1][0])[:n]: print(f'  {d:6.2f} s {c}x inlined {ib:6d} B  {k}')
