"""Which compilations ran during the measured rounds of one set: PhaseThreads output (round start/end in epoch ms)
beside a JFR recording's jdk.Compilation events (jfr print --json). Usage: jit-rounds.py PHASETHREADS_OUT JFR_JSON [set]"""
import json,collections,re,sys,datetime
out=sys.argv[1]; js=sys.argv[2]; wantset=sys.argv[3] if len(sys.argv)>3 else 'mixed'
rounds=[]
for l in open(out):
    m=re.search(r'BEGIN (\S+) round (-?\d+) (\S+) at (\d+)',l)
    if m: cur=(m.group(1),int(m.group(2)),m.group(3),int(m.group(4)))
    m=re.search(r'end (\d+)$',l.strip())
    if m and 'process' in l: rounds.append(cur+(int(m.group(1)),))
d=json.load(open(js))
def dur(s):
    m=re.match(r'PT(?:(\d+)M)?([\d.]+)S',s); return (int(m.group(1) or 0)*60+float(m.group(2))) if m else 0
def ts(s):
    return datetime.datetime.fromisoformat(s.replace('Z','+00:00')).timestamp()*1000
ev=[e['values'] for e in d['recording']['events'] if e['type']=='jdk.Compilation']
per=collections.defaultdict(list)
for v in ev:
    st=ts(v['startTime']); du=dur(v['duration'])*1000
    for r in rounds:
        if r[0]==wantset and r[1]>=0 and r[2]=='seacorpus' and st<r[4] and st+du>r[3]:
            per[r[1]].append((du,v['compileLevel'],v['isOsr'],v['method']['type']['name'].split('/')[-1]+'::'+v['method']['name'],v['codeSize'],v['inlinedBytes']))
tot=collections.Counter()
for r in sorted(per):
    print('round',r,'compiles',len(per[r]),'C2 ms (wall)',round(sum(x[0] for x in per[r] if x[1]==4)))
    for x in sorted(per[r],reverse=True)[:12]:
        print('   %7.1f ms L%d osr=%s %s code=%d inl=%d'%x)
    for x in per[r]:
        if x[1]==4: tot[x[3]]+=x[0]
print('C2 wall ms by method over measured rounds:',[(k,round(v)) for k,v in tot.most_common(25)])
