#!/bin/bash
# run.sh N: bin/bench's normalize phase at 10k and 100k with the norm15 bench jar (bench dir $BENCH_DIR, default
# /tmp/norm15-bench, its corpus-bench.jar a copy of this branch's build; runs 7-8: BENCH_DIR=/tmp/norm15-bench-head,
# the head's jar), work dir /tmp/norm15-wN holding links to the shared corpora;
# the load before and after each run is logged, the results copied to run-N/.
set -e
n=$1; w=/tmp/norm15-w$n; here="$(cd "$(dirname "$0")" && pwd)"
echo "[$(date -u +%T)] run $n start load $(cut -d' ' -f1-3 /proc/loadavg)"
(cd ${BENCH_DIR:-/tmp/norm15-bench} && BENCH_BUILD=0 BENCH_JMH=0 BENCH_WORK=$w BENCH_PHASES="normalize" bin/bench 10000 100000 > $w.log 2>&1)
echo "[$(date -u +%T)] run $n end load $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$here/run-$n"
for s in 10000 100000; do cp $w/results/$s/normalize.json "$here/run-$n/normalize-$s.json"; done
cp $w/results/report.md "$here/run-$n/report.md" 2>/dev/null || true
cp $w.log "$here/run-$n/bench.log"
