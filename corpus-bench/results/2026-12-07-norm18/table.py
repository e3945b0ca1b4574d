import json, glob, sys
# table.py SCALE: one row per run of abba.sh (ratio_cpu_compiled, the figure the goal is judged on, with both sides'
# compiled MB per CPU second; the short rounds' ratio_cpu beside it; fast-path mismatches; load), then each
# language's ratio_cpu (short rounds: the bench reports languages from those) per run, and the medians of A and B
s = sys.argv[1]
files = sorted(glob.glob(f'normalize-{s}-*-*.json'), key=lambda f: int(f.split('-')[2]))
rows = []
for f in files:
    d = json.load(open(f)); rows.append((f, d))
    c, i = d.get('normalizer_compiled', {}), d.get('icu_nfc_compiled', {})
    print(f"{f}: compiled {d.get('ratio_cpu_compiled')} (ours {c.get('mb_per_cpu_second')} / ICU {i.get('mb_per_cpu_second')} MB per CPU s, settled {c.get('settled')}/{i.get('settled')}) | short rounds {d['ratio_cpu']} | mismatches {d['fast_path_mismatches']} | load {d.get('load_before')} -> {d.get('load_after')}")
langs = sorted(rows[0][1]['by_language'])
print('lang  ' + '  '.join(f.split('-', 2)[2].replace('.json', '') for f, _ in rows) + '   median A  median B')
def med(v):
    v = sorted(v); n = len(v); return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
for l in langs + ['ALL']:
    if l == 'ALL':
        vals = [d['ratio_cpu_compiled'] for _, d in rows]; label = 'compiled'
    else:
        vals = [d['by_language'][l]['ratio_cpu'] for _, d in rows]; label = l
    a = [v for (f, _), v in zip(rows, vals) if f.endswith('-A.json')]
    b = [v for (f, _), v in zip(rows, vals) if f.endswith('-B.json')]
    print(f"{label:8} " + '  '.join(f"{v:5}" for v in vals) + f"   {med(a):5.2f}  {med(b):5.2f}")
