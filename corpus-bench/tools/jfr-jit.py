#!/usr/bin/env python3
"""jfr-jit.py MODE FILE.jfr ARGS: readers of a JFR recording's compilations and deoptimizations (record them all
with a settings file whose jdk.Compilation threshold is 0 ms and jdk.Deoptimization is on, e.g.
results/2026-12-07-lead15/comp.jfc).
  c2 FILE [N]            compilations per tier; C2's time by package group; the N costliest methods in C2
  recompiled FILE [N]    methods C2 compiled more than once: how many, their time, the N costliest
  windows FILE [S]       C2 compilations and deoptimizations per S-second window (default 5); deopts by reason
  method FILE PATTERN    each C2 compilation of a method whose name contains PATTERN, and each deoptimization
                         in it or in what it inlined (the 3 top frames), with the time since the first compilation
Durations are the compiler thread's wall time: on a loaded machine they are above the CPU it spent."""
import collections, datetime, json, subprocess, sys

JFR = '/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr'

def events(f, name, depth=3):
    out = subprocess.run([JFR, 'print', '--json', '--stack-depth', str(depth), '--events', name, f],
                         capture_output=True, text=True).stdout
    return [e['values'] for e in json.loads(out)['recording']['events']]

def seconds(d):  # ISO 8601 durations as jfr prints them, e.g. PT0.0123S
    return float(d[2:-1]) if d.startswith('PT') and d.endswith('S') else 0.0

def stamp(s):
    return datetime.datetime.fromisoformat(s.replace('Z', '+00:00')).timestamp()

def name(m, full=True):
    t = m['type']['name']
    return (t.replace('/', '.') if full else t.split('/')[-1]) + '.' + m['name']

def group(n):
    parts = n.split('.')
    return '.'.join(parts[:3]) if parts[0] in ('org', 'com') else '.'.join(parts[:2])

def c2(f, n=30):
    tot, cnt, byg = collections.Counter(), collections.Counter(), collections.Counter()
    bym = collections.defaultdict(lambda: [0.0, 0, 0])
    for v in events(f, 'jdk.Compilation'):
        lvl, d = v['compileLevel'], seconds(v['duration'])
        tot[lvl] += d
        cnt[lvl] += 1
        if lvl == 4:
            k = name(v['method'])
            r = bym[k]
            r[0] += d
            r[1] += 1
            r[2] += v.get('inlinedBytes', 0) or 0
            byg[group(k)] += d
    print('by level: ' + ', '.join(f'L{l}: {cnt[l]} compiles {tot[l]:.1f} s' for l in sorted(tot)))
    print('C2 by group:')
    for g, d in byg.most_common(15):
        print(f'  {d:7.2f} s {g}')
    print('C2 by method:')
    for k, (d, c, ib) in sorted(bym.items(), key=lambda x: -x[1][0])[:n]:
        print(f'  {d:6.2f} s {c}x inlined {ib:6d} B  {k}')

def recompiled(f, n=25):
    bym = collections.defaultdict(lambda: [0, 0.0])
    total = 0.0
    for v in events(f, 'jdk.Compilation'):
        if v['compileLevel'] == 4:
            d = seconds(v['duration'])
            total += d
            r = bym[name(v['method'], False)]
            r[0] += 1
            r[1] += d
    again = [(c, d, k) for k, (c, d) in bym.items() if c > 1]
    print(f'C2 compilations {sum(c for c, _ in bym.values())}, {total:.1f} s; methods compiled more than once: '
          f'{len(again)}, {sum(d for _, d, _ in again):.1f} s, of which after the first (pro rata) '
          f'{sum(d * (c - 1) / c for c, d, _ in again):.1f} s')
    for c, d, k in sorted(again, key=lambda x: -x[1])[:n]:
        print(f'{c:3d}x {d:6.2f} s {k}')

def windows(f, width=5):
    comp = events(f, 'jdk.Compilation')
    deopt = events(f, 'jdk.Deoptimization')
    t0 = min(stamp(v['startTime']) for v in comp)
    per = collections.defaultdict(lambda: [0, 0.0])
    for v in comp:
        if v['compileLevel'] == 4:
            w = int((stamp(v['startTime']) - t0) // width) * width
            per[w][0] += 1
            per[w][1] += seconds(v['duration'])
    print(f'C2 per {width}-s window (start: compilations/s):')
    print(' '.join(f'{w}:{c}/{d:.1f}' for w, (c, d) in sorted(per.items())))
    print(f'deoptimizations {len(deopt)}, by reason and action:')
    for (r, a), c in collections.Counter((v['reason'], v['action']) for v in deopt).most_common(20):
        print(f'  {c:4d} {r} / {a}')
    per_d = collections.Counter(int((stamp(v['startTime']) - t0) // width) * width for v in deopt)
    print('deoptimizations per window: ' + ' '.join(f'{w}:{c}' for w, c in sorted(per_d.items())))

def method(f, pattern):
    comp = events(f, 'jdk.Compilation')
    t0 = min(stamp(v['startTime']) for v in comp)
    for v in comp:
        k = name(v['method'], False)
        if v['compileLevel'] == 4 and pattern in k:
            print(f"C2 {stamp(v['startTime']) - t0:6.1f} s {seconds(v['duration']):.2f} s id={v['compileId']} {k} "
                  f"inlined={v.get('inlinedBytes')}")
    for v in events(f, 'jdk.Deoptimization'):
        k = name(v['method'], False)
        st = v.get('stackTrace')
        top = [name(fr['method'], False) for fr in (st['frames'] if st else [])]
        if pattern in k or any(pattern in t for t in top):
            print(f"deopt {stamp(v['startTime']) - t0:6.1f} s id={v.get('compileId')} {k} line={v.get('lineNumber')} "
                  f"{v['reason']}/{v['action']} {v.get('instruction')} stack={top[:3]}")

mode, f = sys.argv[1], sys.argv[2]
rest = sys.argv[3:]
if mode == 'c2':
    c2(f, int(rest[0]) if rest else 30)
elif mode == 'recompiled':
    recompiled(f, int(rest[0]) if rest else 25)
elif mode == 'windows':
    windows(f, int(rest[0]) if rest else 5)
elif mode == 'method':
    method(f, rest[0])
else:
    print(__doc__, file=sys.stderr)
    sys.exit(2)
