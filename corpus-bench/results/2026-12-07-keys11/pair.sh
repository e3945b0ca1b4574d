#!/usr/bin/env bash
# pair.sh TAG VARIANT...: bin/bench import + index-same at 100k for each variant in order (base = the starting
# jar main-e53ed14, k2 = this branch); copies each run's JSON here and logs the load
set -uo pipefail
t=/work/wt/keys11/target
out=$(cd "$(dirname "$0")" && pwd)
tag=$1; shift
for v in "$@"; do
  echo "[$(date -u +%T)] $tag $v start (load $(cut -d' ' -f1-3 /proc/loadavg))" >> $out/log-100k.txt
  BENCH_BUILD=0 BENCH_JMH=0 BENCH_WORK=$t/W-$v BENCH_PHASES="import index-same" nice -n 5 $t/bench-$v/bin/bench 100000 > $t/$tag-$v.out 2>&1
  for f in import.json index-same.json; do cp $t/W-$v/results/100000/$f $out/$tag-$v-$f; done
  echo "[$(date -u +%T)] $tag $v end (load $(cut -d' ' -f1-3 /proc/loadavg)) import $(grep -o '"cpu_seconds" *: *[0-9.]*' $out/$tag-$v-import.json) bare $(grep -o '"cpu_seconds" *: *[0-9.]*' $out/$tag-$v-index-same.json)" >> $out/log-100k.txt
done
