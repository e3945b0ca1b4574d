#!/usr/bin/env python3
"""langid-sum.py: one line per langid-ab run (langid-ab.SIDE.N.json): mixed and id/ms, MB per CPU s of the process
(short rounds, as the phase states them) and compiled, with the process's load from the JSON."""
import glob, json, re
for f in sorted(glob.glob('langid-ab.*.json'), key=lambda f: int(re.search(r'\.(\d+)\.json$', f).group(1))):
    d = json.load(open(f)); side = f.split('.')[1]; n = f.split('.')[2]
    m, i = d['sets']['mixed'], d['sets']['id_ms']
    print(f"{n} {side:4s} load {d['load_before']}-{d['load_after']} | mixed {m['seacorpus']['mb_per_cpu_second']} "
          f"(compiled {m['seacorpus_compiled']['mb_per_cpu_second']}) | id/ms {i['seacorpus']['mb_per_cpu_second']} "
          f"(compiled {i['seacorpus_compiled']['mb_per_cpu_second']}) | Lingua mixed {m['lingua']['mb_per_cpu_second']}")
