#!/usr/bin/env bash
# dedupe.sh AFTER_JAR TAG: after identity.sh: `corpus-bench dedupe` (a full run, marks written) on each of the two
# gen-10000 corpora with the jar that imported it, the JSON of each (counts; timings differ), `evaluate` against
# truth.jsonl, then keys11's compare.sh of the two corpora again (the dedupe marks are doc values and stored fields,
# so 0 differing lines means the same marks on every document); output in dedupe-TAG.txt
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
base=/work/wt/data/main-e3d1c34-bench.jar
after=$1; tag=$2
out=$here/dedupe-$tag.txt
: > $out
for side in base after; do
  jar=$base; [ $side = after ] && jar=$after
  echo "[$(date -u +%T)] dedupe $side ($jar) load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out
  nice -n 5 $J -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -jar $jar dedupe \
    --corpus /tmp/dedupe16-id-$side 2>/dev/null | tr -d '\n' >> $out; echo >> $out
  nice -n 5 $J -Xmx1g --enable-native-access=ALL-UNNAMED -jar $jar evaluate --corpus /tmp/dedupe16-id-$side \
    --truth /work/wt/data/gen-10000/truth.jsonl 2>/dev/null | tr -d '\n' >> $out; echo >> $out
done
echo "[$(date -u +%T)] compare" >> $out
JAR=$base TOOLS=/tmp/dedupe16-tools bash $here/../2026-12-07-keys11/compare.sh /tmp/dedupe16-id-base /tmp/dedupe16-id-after >> $out 2>&1
echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out
