#!/usr/bin/env python3
"""From the splits TSV of IdMsReportExperimentTest (-Dlangid.splits): for each model and gate, the factor k on the
reported id/ms log-ratio (k = 1: as reported, i.e. PAIR_CALIBRATION 0.65) of lowest split log-loss pooled over the
development parts, and the calibration by band (answers id or ms, mass-weighted score) at k = 1 and the best k."""
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
    return ' '.join(f'{right[b]}/{tot[b]}' for b in range(6))
for key, rs in rows.items():
    ks = [x / 20 for x in range(8, 31)]
    best = min(ks, key=lambda k: loss(rs, k))
    print(f'{key[0]:<22} gate {key[1]:<4} n {len(rs)} loss@1 {loss(rs,1):.4f} best k {best:.2f} ({0.65*best:.3f}) loss {loss(rs,best):.4f}')
    for part in sorted({r[0] for r in rs}):
        sub = [r for r in rs if r[0] == part]
        print(f'    {part:<14} k=1: {bands(sub,1)} | k={best:.2f}: {bands(sub,best)}')
