#!/usr/bin/env python3
"""shares-table.py DIR TAG...: the stage shares of each run (shares-TAG.json) side by side, with each stage's
samples (share x the run's samples), and each run's import and bare-Lucene CPU seconds and their ratio."""
import json, sys, os
d, tags = sys.argv[1], sys.argv[2:]
runs = {t: json.load(open(os.path.join(d, f'shares-{t}.json'))) for t in tags}
print('| stage | ' + ' | '.join(f'{t} % (samples)' for t in tags) + ' |')
print('|---|' + '---|' * len(tags))
for stage in runs[tags[0]]['percent_of_samples']:
    cells = []
    for t in tags:
        p = runs[t]['percent_of_samples'][stage]
        cells.append(f"{p:.1f} ({round(p * runs[t]['samples'] / 100)})")
    print(f'| {stage} | ' + ' | '.join(cells) + ' |')
print('| samples | ' + ' | '.join(str(runs[t]['samples']) for t in tags) + ' |')
for t in tags:
    try:
        imp = json.load(open(os.path.join(d, f'import-{t}.json')))
        base = json.load(open(os.path.join(d, f'base-{t}.json')))
        print(f"{t}: import {imp['cpu_seconds']} CPU s ({imp['seconds']} s wall, load {imp['load_average']:.1f}), "
              f"bare Lucene {base['cpu_seconds']} CPU s (load {base['load_before']}->{base['load_after']}), "
              f"ratio {imp['cpu_seconds'] / base['cpu_seconds']:.2f}")
    except (OSError, KeyError):
        pass
