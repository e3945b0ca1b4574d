"""Summarises longrun.sh's output: per run and jar, the process / thread MB per CPU second from the first round's
start at about 2, 4, 10, 14, 20 and 40 MB, and the last round's own process figure. Usage: longrun-table.py FILE"""
import re
import sys

runs = []
for line in open(sys.argv[1]):
    m = re.match(r'=== run (\d+), jar (\w+) \((\S+)\), (\S+), load (\S+)', line)
    if m:
        runs.append({'name': 'run %s %s' % (m.group(1), m.group(2)), 'at': m.group(4), 'load': m.group(5), 'rows': []})
        continue
    parts = line.split()
    if runs and len(parts) == 5 and re.match(r'^[\d.]+$', parts[0]):
        runs[-1]['rows'].append([float(x) for x in parts])
targets = [2, 4, 10, 14, 20, 40]
print('| run (start, load) | ' + ' | '.join('%d MB' % t for t in targets) + ' | last round alone |')
print('|---' * (len(targets) + 2) + '|')
for r in runs:
    cells = []
    for t in targets:
        row = min(r['rows'], key=lambda x: abs(x[0] - t))
        cells.append('%.1f / %.1f' % (row[1], row[2]))
    last = r['rows'][-1]
    print('| %s (%s, %s) | %s | %.1f / %.1f |' % (r['name'], r['at'], r['load'], ' | '.join(cells), last[3], last[4]))
