#!/bin/bash
# pair.sh TAG ORDER...: import + bare Lucene (same analyzers) at 100k with each variant's jar, in the order given
# (start = the bench jar of main at e53ed14, b = this branch), bin/bench as COMMON.md says; results copied to results/
cd /work/wt/seg11/target/s11
tag=$1; shift
for v in "$@"; do
  echo "$(date -u +%T) $tag $v start load $(cut -d' ' -f1-3 /proc/loadavg)" >> results/log.txt
  rm -rf W-$v/results W-$v/corpus-100000
  BENCH_BUILD=0 BENCH_JMH=0 BENCH_WORK=$PWD/W-$v BENCH_PHASES="import index-same" nice -n 5 D-$v/bin/bench 100000 > results/bench-$tag-$v.log 2>&1
  cp W-$v/results/100000/import.json results/$tag-$v-import.json
  cp W-$v/results/100000/index-same.json results/$tag-$v-index-same.json
  echo "$(date -u +%T) $tag $v end load $(cut -d' ' -f1-3 /proc/loadavg) import $(grep -m1 cpu_seconds results/$tag-$v-import.json) base $(grep -m1 cpu_seconds results/$tag-$v-index-same.json)" >> results/log.txt
done
