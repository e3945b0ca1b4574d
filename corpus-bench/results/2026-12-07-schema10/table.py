#!/usr/bin/env python3
"""table.py RESULTS TAG SIZE: one pair's row (import CPU, JIT, workers, merges, commits, bare Lucene, ratio)."""
import json, re, sys
r, tag, size = sys.argv[1:4]
log = open(f"{r}/log.txt").read()
row = {}
for v in ("before", "after"):
    t = f"{v}-{tag}-{size}"
    imp = json.load(open(f"{r}/import-{t}.json"))
    base = json.load(open(f"{r}/base-{t}.json"))
    th = {}
    for line in open(f"{r}/threads-import-{t}.txt"):
        sec, name = line.split(None, 1)
        th[name.strip()] = th.get(name.strip(), 0) + float(sec)
    jit = sum(s for n, s in th.items() if "Compiler" in n)
    merge = sum(s for n, s in th.items() if "Merge" in n)
    work = th.get("import-worker", 0)
    m = re.search(rf"import {t} end: .*last segment number (\d+), commit generation (\d+), index bytes (\d+)", log)
    row[v] = dict(cpu=imp["cpu_seconds"], base=base["cpu_seconds"], jit=jit, merge=merge, work=work,
                  made=int(m.group(1)) + 1, gen=int(m.group(2)), mb=int(m.group(3)) / 1e6, load=imp.get("load_average"))
b, a = row["before"], row["after"]
f = lambda k, d=1: f"{b[k]:.{d}f} → {a[k]:.{d}f}"
print(f"| {tag} {size} | {f('cpu')} (×{a['cpu']/b['cpu']:.3f}) | {f('jit')} | {f('work')} | {f('merge')} | "
      f"{b['gen']} → {a['gen']} | {b['made']} → {a['made']} | {b['base']:.1f} / {a['base']:.1f} | "
      f"{b['cpu']/b['base']:.2f}× → {a['cpu']/a['base']:.2f}× | {f('mb')} |")
