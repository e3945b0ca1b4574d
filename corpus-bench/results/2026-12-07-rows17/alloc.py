#!/usr/bin/env python3
"""alloc.py JFR [N] [MATCH [EXCLUDE]]: allocation samples (jdk.ObjectAllocationSample weight) of a JFR recording by class and
the six top frames, the N largest sites (default 25) and the total; with MATCH, only sites whose ten top frames contain it (and, with EXCLUDE, not that),
and their sum. Reads `jfr print --stack-depth 6` text (JAVA_HOME's jfr)."""
import os, re, subprocess, sys
from collections import defaultdict

f = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 else 25; match = sys.argv[3] if len(sys.argv) > 3 else None
exclude = sys.argv[4] if len(sys.argv) > 4 else None
jfr = os.path.join(os.environ.get('JAVA_HOME', '/usr/lib/jvm/temurin-25-jdk-amd64'), 'bin', 'jfr')
out = subprocess.run([jfr, 'print', '--events', 'jdk.ObjectAllocationSample', '--stack-depth', '10', f],
                     capture_output=True, text=True, check=True).stdout
sites = defaultdict(int); deep = defaultdict(str); total = 0
for ev in out.split('jdk.ObjectAllocationSample {')[1:]:
    cls = re.search(r'objectClass = (\S+)', ev); w = re.search(r'weight = ([\d.]+) (\w+)', ev)
    if not cls or not w:
        continue
    unit = {'bytes': 1, 'byte': 1, 'kB': 1e3, 'MB': 1e6, 'GB': 1e9}.get(w.group(2), 1)
    weight = float(w.group(1)) * unit
    frames = []
    if 'stackTrace = [' in ev:
        for l in ev.split('stackTrace = [', 1)[1].splitlines()[1:]:
            l = l.strip()
            if l == ']' or not l:
                break
            if l != '...':
                frames.append(re.sub(r'^[\w.$]*?([\w$]+\.[\w$<>]+)\(.*$', r'\1', l))
    key = cls.group(1) + ' ' + ' < '.join(frames[:6])
    total += weight
    sites[key] += weight
    deep[key] = ' < '.join(frames)
print(f'# allocation samples (weight) of {os.path.basename(f)}; total GB {total / 1e9:.2f}')
if match:
    hit = {k: v for k, v in sites.items() if match in deep[k] and not (exclude and exclude in deep[k])}
    print(f'# sites whose frames contain {match}' + (f' and not {exclude}' if exclude else '') + f': {sum(hit.values()) / 1e9:.3f} GB')
    sites = hit
for k, v in sorted(sites.items(), key=lambda kv: -kv[1])[:n]:
    print(f'{v / 1e9:6.3f} GB {k}')
