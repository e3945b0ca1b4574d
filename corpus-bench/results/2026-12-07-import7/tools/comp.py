# comp.py JSON [N]: jdk.Compilation events (jfr print --json): time per compiler/OSR, top methods, per package,
# C2 recompiles (same method compiled at level 4 more than once)
import json, sys, re, collections
ev = json.load(open(sys.argv[1]))['recording']['events']
top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
def dur(s):
    m = re.match(r'PT(?:(\d+)M)?([\d.]+)S', s); return (int(m.group(1) or 0) * 60 + float(m.group(2))) if m else 0.0
rows = []
for e in ev:
    v = e['values']; m = v['method']
    name = m['type']['name'] + '.' + m['name']
    rows.append((dur(v['duration']), v['compiler'], v['compileLevel'], v['isOsr'], name, v.get('inlinedBytes', 0), v['startTime']))
by = collections.defaultdict(lambda: [0, 0.0])
for d, c, l, o, n, ib, t in rows:
    k = (c, l, o); by[k][0] += 1; by[k][1] += d
print('compiler level osr: count, seconds')
for k, (n, s) in sorted(by.items()): print('  ', k, n, round(s, 1))
c2 = [r for r in rows if r[1] == 'c2']
print('C2 total s', round(sum(r[0] for r in c2), 1), 'count', len(c2))
cnt = collections.Counter(r[4] for r in c2 if not r[3])
rec = [r for r in c2 if cnt[r[4]] > 1 and not r[3]]
print('C2 recompiled methods', sum(1 for n in cnt.values() if n > 1), 'their compiles', len(rec), 's', round(sum(r[0] for r in rec), 1))
print('top C2 compilations:')
for r in sorted(c2, key=lambda r: -r[0])[:top]:
    print('  %6.2f s %s osr=%s inl=%s %s x%d' % (r[0], r[6][11:19], r[3], r[5], r[4], cnt[r[4]]))
pk = collections.defaultdict(float); pn = collections.Counter()
for r in c2:
    p = '.'.join(r[4].split('.')[:3]); pk[p] += r[0]; pn[p] += 1
print('C2 seconds per package:')
for p, s in sorted(pk.items(), key=lambda x: -x[1])[:25]: print('  %6.1f %4d %s' % (s, pn[p], p))
cls = collections.defaultdict(float)
for r in c2: cls[r[4].rsplit('.', 1)[0]] += r[0]
print('C2 seconds per class:')
for p, s in sorted(cls.items(), key=lambda x: -x[1])[:top]: print('  %6.1f %s' % (s, p))
