#!/usr/bin/env bash
# stages.sh OUT ROUNDS: pipe10's StageTwoJars on gen-10000 (grouped by language): the dedupe keys and the token doc
# values stages of the starting jar and of this branch's jar in one JVM, interleaved, CPU time of the thread
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
here=$(cd "$(dirname "$0")" && pwd)
out=$1; rounds=${2:-3}
echo "[$(date -u +%T)] start load $(cut -d' ' -f1-3 /proc/loadavg)" > $out.log
nice -n 5 $J/java -Xmx2g -Dwork.dir=/tmp/keys11stage/work -cp /tmp/keys11stage/driver:/work/wt/data/main-e53ed14-bench.jar \
  StageTwoJars /work/wt/data/gen-10000 $rounds 2 dedupe,tokens base=/work/wt/data/main-e53ed14-bench.jar keys11=${AFTER:-/work/wt/keys11/target/jars/k1.jar} > $out.txt 2>> $out.log
echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out.log
