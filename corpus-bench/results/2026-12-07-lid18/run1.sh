#!/usr/bin/env bash
# run1.sh: stage alone base vs c2 (4 rounds), then identity base vs c2 on gen-10000.
set -uo pipefail
cd "$(dirname "$0")"
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
B=/work/wt/data/main-e2eaf60-bench.jar; C2=/tmp/lid18/jars/c2.jar
./stages.sh stages-c2 4 $C2
{ echo "[$(date -u +%T)] load $(cut -d' ' -f1-3 /proc/loadavg)"; /work/main/corpus-bench/tools/identity.sh $B $C2 /work/wt/data/gen-10000; echo "[$(date -u +%T)] load $(cut -d' ' -f1-3 /proc/loadavg)"; } > identity-10k-c2.txt 2>&1
