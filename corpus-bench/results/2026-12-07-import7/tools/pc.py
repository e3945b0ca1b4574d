# pc.py FILE: counts in a -XX:+PrintCompilation log (compilations per tier, C2 recompiles, deopt reasons, packages)
import re, sys, collections
pat = re.compile(r'^ *(\d+) +(\d+) ([%sbn! ]*?) *([0-4]) +(\S+)(.*)$')
tiers = collections.Counter(); osr = collections.Counter(); c4 = collections.Counter(); pkg4 = collections.Counter()
pkgall = collections.Counter(); reasons = collections.Counter(); nedeopt = collections.Counter(); size4 = collections.Counter()
for line in open(sys.argv[1], errors='replace'):
    m = pat.match(line)
    if not m: continue
    _, _, flags, tier, meth, rest = m.groups()
    tier = int(tier)
    if 'made not entrant' in rest:
        r = rest.split('made not entrant')[-1].strip(': ') or '(none)'
        reasons[r] += 1
        if r != 'not used' and tier == 4: nedeopt[meth] += 1
        continue
    if 'made zombie' in rest or 'made not' in rest: continue
    tiers[tier] += 1
    if '%' in flags: osr[tier] += 1
    cls = meth.split('::')[0]
    p = '.'.join(cls.split('.')[:3])
    pkgall[p] += 1
    if tier == 4:
        pkg4[p] += 1
        if '%' not in flags:
            c4[meth] += 1
            b = re.search(r'\((\d+) bytes\)', rest)
            if b: size4[meth] = int(b.group(1))
print('compilations per tier', dict(sorted(tiers.items())), 'osr', dict(osr), 'total', sum(tiers.values()))
rec = {m: n for m, n in c4.items() if n > 1}
print('C2 methods', len(c4), 'compiled more than once', len(rec), 'extra C2 compiles', sum(n - 1 for n in rec.values()),
      'bytes of extra', sum((n - 1) * size4[m] for m, n in rec.items()))
print('made not entrant reasons', reasons.most_common())
print('C2 recompiles, top:')
for m, n in sorted(rec.items(), key=lambda x: -x[1] * size4[x[0]])[:int(sys.argv[2]) if len(sys.argv) > 2 else 25]:
    print('  %3d x %5d B %s' % (n, size4[m], m))
print('C2 compiles per package:', pkg4.most_common(20))
print('all compiles per package:', pkgall.most_common(20))
