#!/bin/sh
# Import of the generated 100k corpus with the session's starting bench jar (before) and this branch's (after),
# run one after the other: BENCH_PHASES=import, results in each side's work dir. Usage: import-ab.sh DIR
# where DIR/bench-before and DIR/bench-after hold bin/bench, bin/lib, sample-data, the jar and W/gen-100000.
set -e
for side in before after before after; do
  D=$1/bench-$side
  echo "== $side $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -rf "$D/W/results" "$D/W/corpus-100000" 2>/dev/null || true
  BENCH_BUILD=0 BENCH_JMH=0 BENCH_WORK=$D/W BENCH_PHASES="import" "$D/bin/bench" 100000 > "$D/run.log" 2>&1
  python3 -c "import json,sys; j=json.load(open('$D/W/results/100000/import.json')); print({k:j[k] for k in j if k in ('cpu_seconds','wall_seconds','load_before','load_after','documents')})"
done
echo "== end $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)"
