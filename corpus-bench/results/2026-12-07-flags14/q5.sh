#!/usr/bin/env bash
# q5 (after q4, its process id $1): OSR off alone against the ParallelGC default at 100k once more (ABBA, no run
# starts after 13:50 UTC), then a check of bin/bench itself (not a measurement): the branch's bin/bench and bench
# jar (/tmp/flags14-branch.jar) at 10k with phases import, index-same and index-icu and the new defaults; its
# results and report are copied to bench-check/.
cd "$(dirname "$0")"
while [ -d /proc/$1 ]; do sleep 5; done
P=-XX:+UseParallelGC
late() { [ "$(date -u +%H%M)" -ge 1350 ]; }
late || OPTS="$P -XX:-UseOnStackReplacement" ./run.sh p1-noosr 100000
late || OPTS="$P" ./run.sh p1-pgc 100000
late || OPTS="$P" ./run.sh p2-pgc 100000
late || OPTS="$P -XX:-UseOnStackReplacement" ./run.sh p2-noosr 100000
d=/tmp/flags14-bdir; w=/tmp/flags14-bwork; rm -rf $d $w; mkdir -p $d/corpus-bench/target $w
cp -r /work/wt/flags14/bin $d/bin; cp /tmp/flags14-branch.jar $d/corpus-bench/target/corpus-bench.jar
ln -s /work/wt/flags14/sample-data $d/sample-data; ln -s /work/wt/data/gen-10000 $w/gen-10000
(cd $d && BENCH_BUILD=0 BENCH_JMH=0 BENCH_WORK=$w BENCH_PHASES="import index-same index-icu" bin/bench 10000) \
  > runs/bench-check.log 2>&1
mkdir -p bench-check; cp $w/results/10000/*.json $w/results/report.md $w/results/machine.txt bench-check/
echo "[$(date -u +%T)] bench check done" >> runs/log.txt
rm -rf $w/corpus-10000
