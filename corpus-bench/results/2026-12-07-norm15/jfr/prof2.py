#!/usr/bin/env python3
# prof2.py SAMPLES.json: the main thread's JFR samples (jfr print --json --stack-depth 300) inside
# CompiledRounds.measure, split by contender (a ScriptAwareNormalizer frame: ours; else ICU) and by loop
# (settling or timed, from the line of the measure frame); self and inclusive shares of the timed rounds.
# A sample with neither our frames nor ICU's (the loop itself) is 'harness'
import json,collections,sys
S=json.load(open(sys.argv[1]))['recording']['events']
TIMED_LINE=int(sys.argv[2]) if len(sys.argv)>2 else 66
groups=collections.defaultdict(list)
for e in S:
    v=e['values']
    if v['sampledThread']['javaName']!='main': continue
    frames=v['stackTrace']['frames']
    fr=[f['method']['type']['name'].split('/')[-1]+'.'+f['method']['name'] for f in frames]
    m=[f for f in frames if f['method']['name']=='measure' and f['method']['type']['name'].endswith('CompiledRounds')]
    if not m: continue
    names=[f['method']['type']['name']+'.'+f['method']['name'] for f in frames]
    who=('ours' if any('seacorpus/lang/' in x or 'seacorpus/normalize/' in x or 'lambda$call$0' in x for x in names)
         else 'icu' if any('com/ibm/icu/' in x for x in names) else 'harness')
    loop='timed' if m[0]['lineNumber']==TIMED_LINE else 'settling'
    groups[(who,loop)].append(fr)
for k,v in sorted(groups.items()): print(k,len(v),'samples')
for who in ('ours','icu'):
    rows=groups[(who,'timed')]; n=len(rows)
    if not n: continue
    top=collections.Counter(r[0] for r in rows); inc=collections.Counter()
    for r in rows:
        for m in set(r): inc[m]+=1
    print(f'== {who}, timed rounds: {n} samples; self')
    for k,c in top.most_common(22): print('%5.1f%%'%(100*c/n),k)
    print(f'== {who}, timed rounds: inclusive')
    for k,c in inc.most_common(60): print('%5.1f%%'%(100*c/n),k)
