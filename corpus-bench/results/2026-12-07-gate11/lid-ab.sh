#!/bin/sh
# Language ID per CPU second, the session's starting bench jar against this branch's, alternating
# (start, branch, start, branch). The harness is this branch's LanguageIdCpuThroughput (thread and process
# clocks) in both runs: its class is put in front of the starting jar, whose own classes do the work.
# Usage: lid-ab.sh START_JAR BRANCH_JAR HARNESS_CLASSES_DIR OUT
set -eu
START=$1; BRANCH=$2; HARNESS=$3; OUT=$4
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
: > "$OUT"
for run in 1 2; do
  for jar in start branch; do
    if [ $jar = start ]; then cp="$HARNESS:$START"; extra=""; else cp="$BRANCH"; extra="${GATES:-}"; fi
    echo "=== run $run, $jar jar, $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
    nice -n 5 "$JAVA" -Xmx1g -cp "$cp" org.seacorpus.bench.jmh.LanguageIdCpuThroughput 3 $extra >> "$OUT" 2>&1
  done
done
echo "=== end $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
