#!/usr/bin/env python3
"""CPU seconds per thread group from jdk.ThreadCPULoad (load x cores x interval between a thread's events) and GC CPU."""
import json, subprocess, sys, collections, re, datetime
J = '/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr'
f = sys.argv[1]; cores = 2
raw = subprocess.run([J, 'print', '--json', '--events', 'jdk.ThreadCPULoad,jdk.GCCPUTime', f], capture_output=True, text=True).stdout
ev = json.loads(raw)['recording']['events']
def ts(s): return datetime.datetime.fromisoformat(s.replace('Z', '+00:00')).timestamp()
def group(name):
    if name.startswith('corpus-prepare-reader'): return 'reader (core pipeline)'
    if name.startswith('Executor task launch'): return 'task threads'
    if 'Compiler' in name: return 'JIT'
    if name == 'main': return 'driver main'
    return 'other'
last = {}; cpu = collections.Counter(); gc = 0.0
for e in sorted(ev, key=lambda e: e['values']['startTime']):
    v = e['values']
    if e['type'] == 'jdk.GCCPUTime':
        gc += (v['userTime'] + v['systemTime']) / 1e9 if isinstance(v['userTime'], (int, float)) else 0; continue
    t = v['eventThread']; key = t.get('javaThreadId') or t.get('osThreadId'); name = t.get('javaName') or t.get('osName')
    now = ts(v['startTime'])
    if key in last:
        cpu[group(name)] += (v['user'] + v['system']) * cores * (now - last[key])
    last[key] = now
tot = sum(cpu.values())
for g, c in cpu.most_common(): print('%-28s %7.1f s' % (g, c))
print('%-28s %7.1f s' % ('threads total', tot))
print('GC CPU (jdk.GCCPUTime)      ', gc)
