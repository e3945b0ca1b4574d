#!/usr/bin/env python3
"""callers.py FILE.jfr METHOD_REGEX [DEPTH]: for execution samples whose stack holds a frame matching METHOD_REGEX
(the innermost such frame), the chains of DEPTH callers above it, counted; and what C2/C1 compiled for org.seacorpus
(jdk.Compilation: count and total ms by method) when METHOD_REGEX is 'compile'. Stacks cached as FILE.stacks.json."""
import collections, json, os, re, subprocess, sys
f, rx = sys.argv[1], sys.argv[2]; depth = int(sys.argv[3]) if len(sys.argv) > 3 else 3
J = '/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr'
if rx == 'compile':
    ev = json.loads(subprocess.run([J, 'print', '--json', '--events', 'jdk.Compilation', f], capture_output=True, text=True).stdout)['recording']['events']
    by = collections.defaultdict(lambda: [0, 0.0, set()]); tot = [0, 0.0]
    for e in ev:
        v = e['values']; m = v['method']; nm = m['type']['name'].replace('/', '.') + '.' + m['name']
        d = v['duration']; ms = float(d[2:-1]) * 1000 if d.startswith('PT') and d.endswith('S') else 0.0
        tot[0] += 1; tot[1] += ms
        if nm.startswith(depth and sys.argv[3] if len(sys.argv) > 3 else 'org.seacorpus'):
            b = by[nm]; b[0] += 1; b[1] += ms; b[2].add(v['compileLevel'])
    print(f'compilations recorded {tot[0]}, {tot[1]:.0f} ms')
    for nm, (c, ms, lv) in sorted(by.items(), key=lambda x: -x[1][1])[:40]:
        print(f'{ms:8.0f} ms {c:4d}x levels {sorted(lv)}  {nm}')
    sys.exit()
cache = f + '.stacks.json'
if not os.path.exists(cache):
    out = subprocess.run([J, 'print', '--json', '--stack-depth', '256', '--events', 'jdk.ExecutionSample', f], capture_output=True, text=True).stdout
    st = []
    for e in json.loads(out)['recording']['events']:
        s = e['values'].get('stackTrace'); fr = s['frames'] if s else []
        st.append([x['method']['type']['name'].replace('/', '.') + '.' + x['method']['name'] for x in fr])
    json.dump(st, open(cache, 'w'))
st = json.load(open(cache)); r = re.compile(rx); c = collections.Counter(); tot = 0
for names in st:
    for i, nm in enumerate(names):
        if r.search(nm):
            tot += 1; c[' <- '.join(names[i:i + depth + 1])] += 1; break
print(f'{tot} of {len(st)} samples')
for k, v in c.most_common(25):
    print(f'{v:6d}  {k}')
