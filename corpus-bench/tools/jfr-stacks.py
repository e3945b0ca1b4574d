#!/usr/bin/env python3
"""jfr-stacks.py MODE FILE.jfr ARGS: readers of a JFR recording's execution samples.
  incl FILE N [PATTERN...]  samples; the N heaviest methods inclusive; 25 heaviest self; samples per regex PATTERN
  callers FILE PATTERN [D]  for samples with a frame matching PATTERN: the D frames above its outermost match
  below FILE PATTERN [D]    for samples with a frame matching PATTERN: the D frames below its outermost match"""
import collections, json, re, subprocess, sys

def stacks(f, full_names):
    out = subprocess.run(['/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr', 'print', '--json', '--stack-depth', '256',
                          '--events', 'jdk.ExecutionSample', f], capture_output=True, text=True).stdout
    for e in json.loads(out)['recording']['events']:
        st = e['values'].get('stackTrace')
        frames = st['frames'] if st else []
        yield [(fr['method']['type']['name'].replace('/', '.') if full_names
                else fr['method']['type']['name'].split('/')[-1]) + '.' + fr['method']['name'] for fr in frames]

def incl(f, n, pats):
    inclusive, self_, per = collections.Counter(), collections.Counter(), collections.Counter()
    t = 0
    for names in stacks(f, True):
        t += 1
        inclusive.update(set(names))
        if names:
            self_[names[0]] += 1
        joined = '\n'.join(names)
        per.update(p for p in pats if re.search(p, joined))
    print('samples', t)
    for m, k in inclusive.most_common(int(n)):
        print(f'{k:6d} {100 * k / t:5.1f}% {m}')
    print('--- self')
    for m, k in self_.most_common(25):
        print(f'{k:6d} {100 * k / t:5.1f}% {m}')
    print('--- patterns')
    for p in pats:
        print(f'{per[p]:6d} {100 * per[p] / t:5.1f}% {p}')

def around(f, pattern, depth, above):
    pat = re.compile(pattern)
    c, t, total = collections.Counter(), 0, 0
    for names in stacks(f, False):
        total += 1
        hits = [i for i, nm in enumerate(names) if pat.search(nm)]
        if not hits:
            continue
        t += 1
        i = hits[-1]
        c[' < '.join(names[i:i + depth + 1]) if above else ' > '.join(reversed(names[max(0, i - depth):i]))] += 1
    print('matching', t, 'of', total)
    for k, v in c.most_common(30):
        print(f'{v:6d} {k}')

mode, f = sys.argv[1], sys.argv[2]
if mode == 'incl':
    incl(f, sys.argv[3], sys.argv[4:])
else:
    around(f, sys.argv[3], int(sys.argv[4]) if len(sys.argv) > 4 else 2, mode == 'callers')
