#!/usr/bin/env python3
"""summarize.py pairs-TAG.jsonl: per run: side, cpu_seconds, wall, load, the dedupe-keys stage's millis (the
stage's own clock in the import JSON) and its share of all stages' millis; then per side the cpu_seconds range and
median, the ABBA pairs' ratios (after / base, each pair of neighbours in the order run) and the median ratio."""
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1])]
by = {}
for r in runs:
    res = r['result']
    st = {s['stage']: s['millis'] for s in res.get('stages', [])}
    dk = st.get('dedupe-keys')
    share = f"{100 * dk / sum(st.values()):.1f}% of stages" if dk else ''
    print(f"{r['side']:5s} {r['at']} cpu_seconds {res['cpu_seconds']:5.1f} wall {res['seconds']:5.1f} "
          f"load {r['load_before']}-{r['load_after']}" + (f" dedupe-keys {dk} ms ({share})" if dk else ''))
    by.setdefault(r['side'], []).append(r)
for side, rs in by.items():
    c = [r['result']['cpu_seconds'] for r in rs]
    line = f"{side}: cpu_seconds {min(c)}-{max(c)}, median {statistics.median(c)}"
    dk = [s['millis'] for r in rs for s in r['result'].get('stages', []) if s['stage'] == 'dedupe-keys']
    if dk:
        line += f"; dedupe-keys ms {min(dk)}-{max(dk)}, median {statistics.median(dk)}"
    print(line)
imports = [r for r in runs if r['side'] in ('base', 'after')]
ratios = []
for i in range(0, len(imports) - 1, 2):
    a, b = imports[i], imports[i + 1]
    if {a['side'], b['side']} == {'base', 'after'}:
        base = a if a['side'] == 'base' else b
        after = b if base is a else a
        ratios.append(after['result']['cpu_seconds'] / base['result']['cpu_seconds'])
print('pair ratios after/base:', ', '.join(f'{x:.3f}' for x in ratios),
      f'median {statistics.median(ratios):.3f}' if ratios else '')
