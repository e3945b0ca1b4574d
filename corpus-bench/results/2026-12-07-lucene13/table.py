#!/usr/bin/env python3
"""table.py [RUN...]: one row per run of runs/ (import and its bare-Lucene run): process CPU, threads, ratio, load."""
import json, re, sys, os
here = os.path.dirname(os.path.abspath(__file__)) + '/runs/'
log = open(here + 'log.txt').read()
def threads(path):
    g = {}
    for line in open(path):
        v, name = line.strip().split(None, 1)
        k = ('workers' if name.startswith(('import-worker', 'pool-')) else 'C2' if name.startswith('C2') else
             'C1' if name.startswith('C1') else 'GC' if name.startswith(('G#', 'GC')) else 'merge' if 'Merge' in name else 'rest')
        g[k] = g.get(k, 0) + float(v)
    return g
runs = sys.argv[1:] or sorted({m for m in re.findall(r'import (\S+)-100000 end', log)}, key=lambda r: log.index(r))
print('| run | start (UTC), load start → end | import CPU s | workers / C2 / C1 / GC / main+rest | bare Lucene CPU s | ratio | segments made | index MB |')
print('|---|---|---|---|---|---|---|---|')
for r in runs:
    t = r + '-100000'
    i = json.load(open(here + f'import-{t}.json')); b = json.load(open(here + f'base-{t}.json'))
    th = threads(here + f'threads-import-{t}.txt')
    st = re.search(r'\[(\S+)\] import ' + re.escape(t) + r' start .*?\(load (\S+)', log)
    en = re.search(r'baseline ' + re.escape(t) + r' end: .*segments left (\d+), last segment number (\d+).*\(load (\S+)', log)
    ie = re.search(r'import ' + re.escape(t) + r' end: .*last segment number (\d+), .*?, (\d+) MB', log)
    print(f"| {r} | {st.group(1)[:5]}, {st.group(2)} → {en.group(3)} | {i['cpu_seconds']} | "
          f"{th.get('workers',0):.1f} / {th.get('C2',0):.1f} / {th.get('C1',0):.1f} / {th.get('GC',0):.1f} / {th.get('rest',0)+th.get('merge',0):.1f} | "
          f"{b['cpu_seconds']} | {i['cpu_seconds']/b['cpu_seconds']:.2f}× | {int(ie.group(1))+1} (bare {int(en.group(2))+1}) | {ie.group(2)} |")
