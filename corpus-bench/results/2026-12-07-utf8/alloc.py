#!/usr/bin/env python3
"""alloc.py FILE.jfr [N] [PATTERN...]: a JFR recording's allocation samples (jdk.ObjectAllocationSample, their
weights) by class and the six top frames, the N heaviest (default 30), then the weight of samples with a frame
(class.method) matching each regex PATTERN, all in GB."""
import collections, json, re, subprocess, sys

f = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
pats = sys.argv[3:]
out = subprocess.run(['/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr', 'print', '--json', '--stack-depth', '64',
                      '--events', 'jdk.ObjectAllocationSample', f], capture_output=True, text=True).stdout
by_site, per = collections.Counter(), collections.Counter()
total = 0
for e in json.loads(out)['recording']['events']:
    v = e['values']
    w = v['weight']
    total += w
    st = v.get('stackTrace')
    frames = [fr['method']['type']['name'].split('/')[-1] + '.' + fr['method']['name']
              for fr in (st['frames'] if st else [])]
    cls = v['objectClass']['name']
    by_site[cls + ' ' + ' < '.join(frames[:6])] += w
    joined = '\n'.join(frames)
    for p in pats:
        if re.search(p, joined):
            per[p] += w
G = 1e9
print(f'# allocation samples (weight) of {f}; total GB {total / G:.1f}')
for site, w in by_site.most_common(n):
    print(f'{w / G:6.2f} GB {site}')
print('--- frames matching')
for p in pats:
    print(f'{per[p] / G:6.2f} GB {p}')
