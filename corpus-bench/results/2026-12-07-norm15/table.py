#!/usr/bin/env python3
# table.py: one line per run and scale from run-N/normalize-S.json (the figures of the benchmarks.md section)
import json,glob,re
for f in sorted(glob.glob('run-*/normalize-*.json'), key=lambda p: (int(re.search(r'normalize-(\d+)',p).group(1)), p)):
    d=json.load(open(f)); a=d['normalizer_compiled']; b=d['icu_nfc_compiled']
    print(f"{f}: short {d['ratio_cpu']} ({d['normalizer']['mb_per_cpu_second']} / {d['icu_nfc']['mb_per_cpu_second']}; rounds {d['ratio_cpu_by_round']}) "
          f"| compiled {d['ratio_cpu_compiled']} ({a['mb_per_cpu_second']} / {b['mb_per_cpu_second']}), process clock {d['ratio_process_cpu_compiled']} "
          f"| settling MB {a['settling_mb']} / {b['settling_mb']}, settled {a['settled']} / {b['settled']}, compile ms in timed {a['compile_ms_in_timed_rounds']} / {b['compile_ms_in_timed_rounds']} "
          f"| load {d['load_before']} -> {d['load_after']}")
