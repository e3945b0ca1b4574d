#!/usr/bin/env python3
"""jfrtree.py FILE.jfr ROOT_REGEX [N [METHOD]]: of the execution samples whose stack holds a frame matching ROOT_REGEX,
the methods by inclusive and by self samples (each method counted once per stack); with METHOD, its callers."""
import json, re, subprocess, sys, collections
f, root = sys.argv[1], re.compile(sys.argv[2]); n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
out = subprocess.run(['/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr', 'print', '--json', '--stack-depth', '256',
                      '--events', 'jdk.ExecutionSample', f], capture_output=True, text=True).stdout
events = json.loads(out)['recording']['events']
callee = sys.argv[4] if len(sys.argv) > 4 else None
callers = collections.Counter()
incl, self_, total, matched = collections.Counter(), collections.Counter(), 0, 0
for e in events:
    frames = e['values']['stackTrace']['frames'] if e['values'].get('stackTrace') else []
    names = [fr['method']['type']['name'] + '.' + fr['method']['name'] for fr in frames]
    total += 1
    # keep only the frames above (callees of) the deepest matching root
    idx = [i for i, nm in enumerate(names) if root.search(nm)]
    if not idx:
        continue
    matched += 1
    top = names[:max(idx) + 1]
    for nm in set(top):
        incl[nm] += 1
    self_[top[0]] += 1
    if callee:
        for i, nm in enumerate(top[:-1]):
            if nm == callee:
                callers[top[i + 1]] += 1
                break
print(f'samples {total}, under root {matched} ({100*matched/max(total,1):.1f} %)')
print('-- inclusive'); [print(f'{c:6d} {100*c/max(matched,1):5.1f}%  {m}') for m, c in incl.most_common(n)]
if callee:
    print('-- callers of', callee); [print(f'{c:6d}  {m}') for m, c in callers.most_common(15)]
print('-- self'); [print(f'{c:6d} {100*c/max(matched,1):5.1f}%  {m}') for m, c in self_.most_common(n)]
