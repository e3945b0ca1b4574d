#!/usr/bin/env python3
"""Task CPU and shuffle written per job of a Spark event log (jobs in order, with their description/call site)."""
import json, sys, collections
for path in sys.argv[1:]:
    jobs = collections.OrderedDict(); stage_job = {}; names = {}
    cpu = collections.Counter(); wr = collections.Counter(); tasks = collections.Counter(); gc = collections.Counter()
    for line in open(path, encoding='utf-8'):
        e = json.loads(line); ev = e.get('Event')
        if ev == 'SparkListenerJobStart':
            j = e['Job ID']; props = e.get('Properties') or {}
            desc = props.get('spark.job.description') or (e.get('Stage Infos') or [{}])[-1].get('Stage Name', '')
            names[j] = desc
            for s in e.get('Stage IDs', []): stage_job.setdefault(s, j)
            jobs[j] = 1
        elif ev == 'SparkListenerTaskEnd' and e.get('Task Metrics'):
            m = e['Task Metrics']; j = stage_job.get(e['Stage ID'], -1)
            cpu[j] += m.get('Executor CPU Time', 0) / 1e9 + m.get('Executor Deserialize CPU Time', 0) / 1e9
            wr[j] += m.get('Shuffle Write Metrics', {}).get('Shuffle Bytes Written', 0)
            gc[j] += m.get('JVM GC Time', 0) / 1e3
            tasks[j] += 1
    print('#', path)
    for j in jobs:
        print('%8.1f s %9.1f MB %5d  %s' % (cpu[j], wr[j] / 1e6, tasks[j], names[j][:90]))
    print('  total task CPU %.1f s, shuffle written %.1f MB' % (sum(cpu.values()), sum(wr.values()) / 1e6))
