#!/usr/bin/env python3
"""side.py A.txt B.txt [N]: two compile tables of compiles.py side by side: for the N methods (default 30) of this
project (org.seacorpus, shown without the prefix) with the most C2 compile time in A, their C2 compilations (OSR
among them) and compile time in A and B, and the deoptimisations of their code; then the sums over all methods of
this project and over Lucene's. Compile times are compiler-thread wall times, which the load stretches: compare
counts between runs, times only within one."""
import re, sys
from collections import defaultdict

def read(path):
    rows, deopts, cur = {}, defaultdict(int), None
    for line in open(path):
        m = re.match(r'^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\S+)$', line)
        if m:
            cur = m.group(7)
            rows[cur] = tuple(int(x) for x in m.groups()[:6])
            continue
        m = re.match(r'^\s+(\d+)x ', line)
        if m and cur:
            deopts[cur] += int(m.group(1))
    return rows, deopts

a, da = read(sys.argv[1]); b, db = read(sys.argv[2]); n = int(sys.argv[3]) if len(sys.argv) > 3 else 30
ours = lambda m: not re.match(r'(org\.apache|java\.|jdk\.|com\.|sun\.)', m)
print('%-58s %15s %15s  %s' % ('method', 'A comp(osr) ms', 'B comp(osr) ms', 'deopts A/B'))
for m in sorted((m for m in a if ours(m)), key=lambda m: -a[m][0])[:n]:
    ra = a[m]; rb = b.get(m, (0, 0, 0, 0, 0, 0))
    print('%-58s %4d(%d) %7d %4d(%d) %7d  %d/%d' % (m[:58], ra[1], ra[2], ra[0], rb[1], rb[2], rb[0], da[m], db[m]))
for name, pick in (('this project', ours), ('org.apache.lucene', lambda m: m.startswith('org.apache.lucene'))):
    s = lambda t, d: (sum(r[1] for k, r in t.items() if pick(k)), sum(r[2] for k, r in t.items() if pick(k)),
                      sum(v for k, v in d.items() if pick(k)))
    print('all of %s: compilations (OSR), deoptimisations: A %d (%d), %d; B %d (%d), %d' % ((name,) + s(a, da) + s(b, db)))
