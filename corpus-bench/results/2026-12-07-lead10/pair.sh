#!/bin/bash
# pair.sh TAG ORDER...: runs import+index-same for each jar dir in order, each in its own work dir
tag=$1; shift
for d in "$@"; do
  w=/tmp/bw-$tag-$d; rm -rf $w; mkdir -p $w; ln -s /work/wt/data/gen-100000 $w/gen-100000
  echo "[$(date -u +%T)] $d start load $(cut -d' ' -f1-3 /proc/loadavg)"
  (cd /tmp/b$d && BENCH_BUILD=0 BENCH_JMH=0 BENCH_WORK=$w BENCH_PHASES="import index-same" bin/bench 100000 > $w.log 2>&1)
  python3 - $w <<'PY'
import json,sys
w=sys.argv[1]+'/results/100000/'
i=json.load(open(w+'import.json')); b=json.load(open(w+'index-same.json'))
print(f"  import {i['cpu_seconds']} CPU s wall {i['seconds']} load {i['load_average']:.2f} | bare {b['cpu_seconds']} | ratio {i['cpu_seconds']/b['cpu_seconds']:.2f}")
print('  stages', {s['stage']:s['millis'] for s in i['stages']})
PY
done
