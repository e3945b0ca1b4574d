#!/usr/bin/env python3
"""table.py: the runs of runs/pairs.tsv as a Markdown table (import and bare Lucene CPU seconds, each with its C2
compiler thread's CPU from runs/threads-*.txt, the ratio, load at start and end), then per option the range of
its ratios and of both sides' CPU beside the ParallelGC default of the same size."""
import collections, os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
runs = os.path.join(here, 'runs')

def threads(kind, tag, size):
    f = os.path.join(runs, f'threads-{kind}-{tag}-{size}.txt')
    out = collections.Counter()
    if not os.path.exists(f):
        return out
    for line in open(f):
        sec, name = line.strip().split(None, 1)
        key = 'C2' if name.startswith('C2') else 'C1' if name.startswith('C1') else 'GC' if name.startswith('GC') \
            else 'work' if name.startswith(('import-worker', 'pool-')) else 'rest'
        out[key] += float(sec)
    return out

rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(runs, 'pairs.tsv')) if l.strip()]
print('| run | size | load start → end | import CPU s (C2) | bare Lucene CPU s (C2) | ratio | options (both sides) |')
print('|---|---|---|---|---|---|---|')
by = collections.defaultdict(list)
for tag, size, imp, base, ratio, l0, l1, opts in rows:
    ti, tb = threads('import', tag, size), threads('base', tag, size)
    print(f'| {tag} | {int(size):,} | {float(l0):.1f} → {float(l1):.1f} | {float(imp):.1f} ({ti["C2"]:.1f}) | '
          f'{float(base):.1f} ({tb["C2"]:.1f}) | {float(ratio):.2f}× | {opts.strip(" |")} |')
    name = re.sub(r'^[a-z0-9]+-', '', tag, count=1)
    name = re.sub(r'-[ab]$', '', name)
    by[(int(size), name)].append((float(imp), float(base), float(ratio), ti['C2'], tb['C2']))
print()
print('| size | option | runs | import CPU s | bare Lucene CPU s | ratio | import C2 s |')
print('|---|---|---|---|---|---|---|')
rng = lambda xs, d=1: f'{min(xs):.{d}f}–{max(xs):.{d}f}' if len(xs) > 1 else f'{xs[0]:.{d}f}'
for (size, name), v in sorted(by.items()):
    print(f'| {size:,} | {name} | {len(v)} | {rng([x[0] for x in v])} | {rng([x[1] for x in v])} | '
          f'{rng([x[2] for x in v], 2)}× | {rng([x[3] for x in v])} |')

# each option beside the ParallelGC default of the same rounds (q1: 100k G1; k: 10k, m: 100k, each option in two
# rounds, the second in reverse order; c: 10k, n: 100k, the three compiler options together, ABBA): means of the
# option's runs over means of the default's runs of those rounds
print()
print('| rounds | size | option | import CPU s, option / default (ratio) | bare Lucene CPU s, option / default (ratio) '
      '| import ÷ bare Lucene, option / default | loads |')
print('|---|---|---|---|---|---|---|')
groups = collections.defaultdict(lambda: collections.defaultdict(list))
for tag, size, imp, base, ratio, l0, l1, opts in rows:
    series = tag[0]
    name = re.sub(r'-[ab]$', '', re.sub(r'^[a-z0-9]+-', '', tag, count=1))
    groups[(series, int(size))][name].append((float(imp), float(base), float(ratio), float(l0), float(l1)))
mean = lambda xs: sum(xs) / len(xs)
for (series, size), g in groups.items():
    d = g.get('pgc')
    if not d:
        continue
    for name, v in g.items():
        if name == 'pgc':
            continue
        mi, md_ = mean([x[0] for x in v]), mean([x[0] for x in d])
        bi, bd = mean([x[1] for x in v]), mean([x[1] for x in d])
        ri, rd = mean([x[0] for x in v]) / bi, md_ / bd
        loads = [x[3] for x in v + d] + [x[4] for x in v + d]
        print(f'| {series} | {size:,} | {name} | {mi:.1f} / {md_:.1f} ({mi / md_:.2f}) | {bi:.1f} / {bd:.1f} ({bi / bd:.2f}) '
              f'| {ri:.2f}× / {rd:.2f}× | {min(loads):.1f}–{max(loads):.1f} |')
