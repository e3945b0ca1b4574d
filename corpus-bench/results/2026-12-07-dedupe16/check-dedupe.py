#!/usr/bin/env python3
"""check-dedupe.py FILE: compares the two `corpus-bench dedupe` JSONs and the two `evaluate` JSONs of dedupe.sh's
output (base, then after), leaving out timings, heap and load."""
import json, sys
lines = [l for l in open(sys.argv[1]) if l.startswith('{')]
drop = {'seconds', 'docs_per_second', 'cpu_seconds', 'docs_per_cpu_second', 'main_thread_cpu_seconds',
        'jit_compile_millis', 'gc_pause_millis', 'load_average', 'peak_heap_mb', 'max_live_heap_mb', 'max_heap_mb',
        'phase_millis'}
def strip(o):
    if isinstance(o, dict):
        return {k: strip(v) for k, v in o.items() if k not in drop}
    if isinstance(o, list):
        return [strip(x) for x in o]
    return o
a, ea, b, eb = [json.loads(l) for l in lines]
print('dedupe JSON without timings equal:', strip(a) == strip(b), '; evaluate JSON equal:', ea == eb)
print('clusters', a['clusters'], b['clusters'], 'duplicates', a['duplicates'], b['duplicates'],
      'f1', ea['at_threshold']['overall']['f1'], eb['at_threshold']['overall']['f1'])
