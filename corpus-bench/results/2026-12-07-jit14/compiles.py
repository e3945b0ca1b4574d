#!/usr/bin/env python3
"""compiles.py REC.jfr [PREFIX]: the compilations of a JFR recording made with compile.jfc, per root method.

First the C2 (level 4) totals; then every method with a C2 compilation, costliest first: compilations (normal and
OSR), compile time (the compiler thread's wall time, jdk.Compilation duration), the largest code size and inlined
bytes, failures; then under each, the deoptimisations of its compiled code (jdk.Deoptimization joined on compileId:
the trap's method:line@bci instruction, reason and action, with counts). Methods are shown without PREFIX
(default org.seacorpus.). Reads `jfr print --json`."""
import json, subprocess, sys, re
from collections import defaultdict, Counter

path = sys.argv[1]
prefix = sys.argv[2] if len(sys.argv) > 2 else 'org.seacorpus.'
jfr = '/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr'
out = subprocess.run([jfr, 'print', '--json', '--events', 'jdk.Compilation,jdk.Deoptimization,jdk.CompilationFailure', path],
                     capture_output=True, text=True, check=True).stdout
events = json.loads(out)['recording']['events']

def dur(s):
    m = re.fullmatch(r'PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?', s or 'PT0S')
    h, mi, se = m.groups() if m else (0, 0, 0)
    return (int(h or 0) * 3600 + int(mi or 0) * 60 + float(se or 0)) * 1000

def name(m):
    if not m:
        return '?'
    t = m['type']['name'].replace('/', '.')
    s = t + '.' + m['name']
    return s[len(prefix):] if s.startswith(prefix) else s

comp = {}            # compileId -> root method
stats = defaultdict(lambda: {'n': 0, 'osr': 0, 'ms': 0.0, 'code': 0, 'inl': 0, 'fail': 0, 'ids': []})
c2 = {'n': 0, 'osr': 0, 'ms': 0.0}
lower = {'n': 0, 'ms': 0.0}
deopts = []
fails = []
for e in events:
    v = e['values']; t = e['type']
    if t == 'jdk.Compilation':
        m = name(v['method']); comp[v['compileId']] = (m, v['compileLevel'])
        d = dur(v.get('duration'))
        if v['compileLevel'] != 4:
            lower['n'] += 1; lower['ms'] += d
            continue
        s = stats[m]
        s['n'] += 1; s['osr'] += bool(v['isOsr']); s['ms'] += d
        s['code'] = max(s['code'], v['codeSize']); s['inl'] = max(s['inl'], v['inlinedBytes'])
        s['fail'] += not v['succeded']; s['ids'].append(v['compileId'])
        c2['n'] += 1; c2['osr'] += bool(v['isOsr']); c2['ms'] += d
    elif t == 'jdk.Deoptimization':
        deopts.append(v)
    elif t == 'jdk.CompilationFailure':
        fails.append(v)

byroot = defaultdict(Counter)
levels = Counter()
for v in deopts:
    root, level = comp.get(v['compileId'], ('?', '?'))
    levels[level] += 1
    if level != 4:
        continue
    where = '%s:%s@%s %s' % (name(v['method']), v.get('lineNumber'), v.get('bci'), v.get('instruction'))
    byroot[root][(where, v.get('reason'), v.get('action'))] += 1

print('C2 compilations %d (%d OSR), %.0f ms compiler wall; C1 (levels 1-3) %d, %.0f ms' % (c2['n'], c2['osr'], c2['ms'], lower['n'], lower['ms']))
print('deoptimisations %d (of C2 code %d, of C1 code %d); compilation failures %d' % (len(deopts), levels[4], sum(n for l, n in levels.items() if l != 4), len(fails)))
print('  reasons of C2 code:', dict(Counter(r for c in byroot.values() for (w, r, a), n in c.items() for _ in range(n)).most_common()))
print()
print('%8s %5s %4s %7s %7s %4s  %s' % ('ms', 'comp', 'osr', 'code', 'inlined', 'fail', 'method (C2)'))
for m, s in sorted(stats.items(), key=lambda kv: -kv[1]['ms']):
    print('%8.0f %5d %4d %7d %7d %4d  %s' % (s['ms'], s['n'], s['osr'], s['code'], s['inl'], s['fail'], m))
    for (where, reason, action), n in byroot.get(m, Counter()).most_common():
        print('%24s %3dx %-22s %-18s %s' % ('', n, reason, action, where))
if fails:
    print('\nfailures:')
    for v in fails:
        print('  ', comp.get(v['compileId'], ('?',))[0], v.get('failureMessage'))
