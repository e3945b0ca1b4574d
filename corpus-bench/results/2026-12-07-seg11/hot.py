#!/usr/bin/env python3
"""hot.py BEFORE.txt AFTER.txt METHOD...: the share of samples under Segmentation.of of each METHOD (inclusive), from
two jfrtree.py outputs (the start jar's and the branch's SegLoop profiles), as a Markdown table row each."""
import re, sys
def read(p):
    total, incl = 0, {}
    for line in open(p):
        m = re.match(r'samples \d+, under root (\d+)', line)
        if m: total = int(m.group(1))
        if line.startswith('-- self'): break
        m = re.match(r'\s*(\d+)\s+[\d.]+%\s+(\S+)', line)
        if m: incl[m.group(2)] = int(m.group(1))
    return total, incl
tb, ib = read(sys.argv[1]); ta, ia = read(sys.argv[2])
print(f'| samples under Segmentation.of | {tb} | {ta} |')
for meth in sys.argv[3:]:
    key = next((k for k in set(ib) | set(ia) if k.endswith(meth)), meth)
    b, a = ib.get(key, 0), ia.get(key, 0)
    print(f'| `{meth}` | {100*b/tb:.1f} % | {100*a/ta:.1f} % |')
