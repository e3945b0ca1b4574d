#!/usr/bin/env python3
"""One row per (pair model, gate): id/ms right per part and in all, shared equal-weight F1, >=0.99 right per part,
F1 id/ms of each part; from the output of IdMsReportExperimentTest (with -Dlangid.gates)."""
import re, sys
rows = []
cur = None
for line in open(sys.argv[1], encoding='utf-8'):
    m = re.match(r'===== (\S+).*\| gate (\S+)', line)
    if m:
        cur = {'config': m.group(1), 'gate': m.group(2), 'parts': {}}
        rows.append(cur)
        continue
    m = re.match(r'(project dev|shared \w+|register\d \w+|extra \S+)\s+plain id ([\d.]+) ms ([\d.]+) \| equal weights id ([\d.]+) ms ([\d.]+)', line)
    if m and cur is not None:
        sure = re.search(r'>=0.99 right (\d+)/(\d+)', line)
        right = re.search(r'id/ms right (\d+)/(\d+)', line)
        ll = re.search(r'split log-loss ([\d.]+)', line)
        cur['parts'][m.group(1)] = dict(plain=(m.group(2), m.group(3)), equal=(m.group(4), m.group(5)),
                                         sure=(int(sure.group(1)), int(sure.group(2))),
                                         right=(int(right.group(1)), int(right.group(2))), ll=float(ll.group(1)))
for r in rows:
    p = r['parts']
    total = sum(v['right'][0] for v in p.values())
    of = sum(v['right'][1] for v in p.values())
    cells = []
    for k, v in p.items():
        short = k.split()[0][:4] + (k.split()[0][-1] if k.startswith('register') else '')
        f = v['equal'] if k.startswith('shared') else v['plain']
        cells.append(f"{short} {v['right'][0]} {f[0]}/{f[1]} s{v['sure'][0]}/{v['sure'][1]}")
    print(f"{r['config']:<22} g{r['gate']:<4} all {total}/{of} | " + ' | '.join(cells))
