#!/bin/sh
# Language-ID throughput, the session's starting bench jar (before) and this branch's (after), run alternately.
# Usage: lid-ab.sh BEFORE.jar AFTER.jar OUTDIR
set -e
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
for i in 1 2; do
  for side in before after; do
    jar=$1; [ $side = after ] && jar=$2
    echo "== $side run $i $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$3/lid-ab.txt"
    nice -n 5 "$JAVA" --sun-misc-unsafe-memory-access=allow -cp "$jar" org.seacorpus.bench.jmh.LanguageIdCpuThroughput 3 >> "$3/lid-ab.txt" 2>&1
  done
done
echo "== end $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$3/lid-ab.txt"
