#!/usr/bin/env python3
"""summary.py: the runs of runs/log.txt per jar and size: import CPU, its workers' and C2 threads' CPU (from
runs/threads-import-*.txt), the baseline's CPU and its C2 threads', the ratio; then per jar and size the range and
median of each (all runs, in the order they ran)."""
import re, statistics, os
from collections import defaultdict
here = os.path.dirname(os.path.abspath(__file__))
def threads(path):
    g = {}
    for line in open(path):
        v, name = line.strip().split(None, 1)
        g[name] = float(v)
    return g
rows = defaultdict(list)
print('%-22s %7s %7s %6s %7s %6s %6s  %s' % ('run', 'import', 'workers', 'C2', 'base', 'C2', 'ratio', 'load'))
for line in open(os.path.join(here, 'runs/log.txt')):
    m = re.match(r'\[(\S+)\] (\S+)-p(\d+)-(\d+) import cpu (\S+) \(C2 (\S+)\) baseline cpu (\S+) \(C2 (\S+)\) ratio (\S+) load (\S+)', line)
    if not m:
        continue
    t, jar, p, size, ic, ic2, bc, bc2, ratio, load = m.groups()
    w = threads(os.path.join(here, 'runs/threads-import-%s-p%s-%s.txt' % (jar, p, size))).get('import-worker', 0)
    r = (float(ic), w, float(ic2), float(bc), float(bc2), float(ratio))
    rows[(jar, size)].append(r)
    print('%-22s %7.1f %7.1f %6.1f %7.1f %6.1f %6.3f  %s' % ('%s %s-p%s-%s' % (t, jar, p, size), *r, load))
print()
names = ('import', 'workers', 'import C2', 'baseline', 'baseline C2', 'ratio')
for (jar, size), rs in sorted(rows.items(), key=lambda kv: (int(kv[0][1]), kv[0][0])):
    print('%s at %s, %d runs:' % (jar, size, len(rs)))
    for k, name in enumerate(names):
        v = [r[k] for r in rs]
        print('  %-12s %s  median %.3g' % (name, '%.3g-%.3g' % (min(v), max(v)), statistics.median(v)))
