import json,glob,sys,re
# table.py SCALE: one row per run (ratio_cpu = median of the rounds, MB/CPU s of both sides, per-round ratios),
# then per-language ratio_cpu of each run
s=sys.argv[1]
files=sorted(glob.glob(f'normalize-{s}-*-*.json'), key=lambda f:int(f.split('-')[2]))
rows=[]
for f in files:
    d=json.load(open(f)); rows.append((f,d))
    print(f"{f}: ratio_cpu {d['ratio_cpu']} rounds {d['ratio_cpu_by_round']} | ours {d['normalizer']['mb_per_cpu_second']} MB/CPU s, ICU {d['icu_nfc']['mb_per_cpu_second']} | mismatches {d['fast_path_mismatches']} | load {d.get('load_before')} -> {d.get('load_after')}")
langs=sorted(rows[0][1]['by_language'])
print('lang  ' + '  '.join(f.split('-',2)[2].replace('.json','') for f,_ in rows))
for l in langs:
    print(f"{l:5} " + '  '.join(f"{d['by_language'][l]['ratio_cpu']:5}" for _,d in rows))
