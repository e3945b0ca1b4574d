#!/usr/bin/env bash
# pair.sh TAG VARIANT...: bin/bench import + index-same at 100k (JFR) for each variant in order; copies results
set -uo pipefail
t=/work/wt/pipe10/target
out=$t/runs; mkdir -p $out
tag=$1; shift
for v in "$@"; do
  echo "[$(date -u +%T)] $tag $v start (load $(cut -d' ' -f1-3 /proc/loadavg))" >> $out/log.txt
  BENCH_BUILD=0 BENCH_JMH=0 BENCH_JFR=1 BENCH_WORK=$t/W-$v BENCH_PHASES="import index-same" $t/bench-$v/bin/bench 100000 > $out/$tag-$v.out 2>&1
  for f in import.json index-same.json stage-shares.json; do cp $t/W-$v/results/100000/$f $out/$tag-$v-$f; done
  cp $t/W-$v/results/100000/import.jfr $out/$tag-$v.jfr
  echo "[$(date -u +%T)] $tag $v end (load $(cut -d' ' -f1-3 /proc/loadavg)) import $(grep -o '"cpu_seconds" *: *[0-9.]*' $out/$tag-$v-import.json) base $(grep -o '"cpu_seconds" *: *[0-9.]*' $out/$tag-$v-index-same.json)" >> $out/log.txt
done
