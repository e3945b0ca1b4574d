#!/usr/bin/env python3
"""The factor k on the reported id/ms log-ratio (k = 1: PAIR_CALIBRATION 0.65 as shipped) of lowest split log-loss
with every development part counting equally (the mean of the parts' own log-losses), beside the pooled fit; then
the calibration by band of every part of a splits file at k = 1 and at a given k (argv[2])."""
import gzip, math, sys, collections
rows = collections.defaultdict(list)
for line in (gzip.open(sys.argv[1], 'rt') if sys.argv[1].endswith('.gz') else open(sys.argv[1])):
    model, gate, part, label, answer, r, mass = line.rstrip('\n').split('\t')
    rows[(model, gate)].append((part, label, answer, float(r), float(mass)))
BOUNDS = [0.5, 0.7, 0.9, 0.99, 0.9999, 1.01]
def loss(rs, k):
    s = 0
    for part, label, answer, r, mass in rs:
        z = k * r if label == 'ms' else -k * r
        s += math.log1p(math.exp(-z)) if z > -30 else -z
    return s / len(rs)
def bands(rs, k):
    tot = [0] * 6; right = [0] * 6
    for part, label, answer, r, mass in rs:
        if answer not in ('id', 'ms'):
            continue
        pms = mass / (1 + math.exp(-k * r))
        score = pms if answer == 'ms' else mass - pms
        b = 0
        while score >= BOUNDS[b]:
            b += 1
        tot[b] += 1; right[b] += answer == label
    return ' '.join(f'{right[b]}/{tot[b]}' for b in range(6)) + f' | >=0.99 {right[4]+right[5]}/{tot[4]+tot[5]}'
ks = [x / 40 for x in range(16, 61)]
given = float(sys.argv[2]) if len(sys.argv) > 2 else None
for key, rs in rows.items():
    parts = sorted({r[0] for r in rs})
    by = {p: [r for r in rs if r[0] == p] for p in parts}
    mean = lambda k: sum(loss(by[p], k) for p in parts) / len(parts)
    best_eq = min(ks, key=mean)
    best_pool = min(ks, key=lambda k: loss(rs, k))
    print(f'{key[0]:<14} gate {key[1]:<4} parts equal: best k {best_eq:.3f} (PAIR_CALIBRATION {0.65*best_eq:.3f}) mean loss {mean(1):.4f} -> {mean(best_eq):.4f} | pooled: best k {best_pool:.3f}')
    if given:
        for p in parts:
            print(f'    {p:<14} k=1: {bands(by[p], 1)}   k={given}: {bands(by[p], given)}')
