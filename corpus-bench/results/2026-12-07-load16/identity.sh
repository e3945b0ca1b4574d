#!/usr/bin/env bash
# identity.sh: imports gen-10000 with main's bench jar and with this branch's, then keys11's compare.sh on the two corpora
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
opts="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
main=/work/wt/data/main-e3d1c34-bench.jar; new=${NEW:-/tmp/load16-jars/v3.jar}
rm -rf /tmp/load16-id-main /tmp/load16-id-new
echo "[$(date -u +%T)] import main load $(cut -d' ' -f1 /proc/loadavg)"
nice -n 5 $J $opts -jar $main import --docs /work/wt/data/gen-10000 --corpus /tmp/load16-id-main 2>/dev/null | tail -1
echo "[$(date -u +%T)] import new load $(cut -d' ' -f1 /proc/loadavg)"
nice -n 5 $J $opts -jar $new import --docs /work/wt/data/gen-10000 --corpus /tmp/load16-id-new 2>/dev/null | tail -1
echo "[$(date -u +%T)] compare"
JAR=$main TOOLS=/tmp/load16-tools bash /work/wt/load16/corpus-bench/results/2026-12-07-keys11/compare.sh /tmp/load16-id-main /tmp/load16-id-new
echo "[$(date -u +%T)] done"
