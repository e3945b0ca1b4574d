#!/usr/bin/env bash
# identity.sh AFTER_JAR TAG: imports gen-10000 with main's jar (session 16's start) and AFTER_JAR, then compares
# the two corpora with keys11's compare.sh (every stored field, doc value and term); output in identity-TAG.txt
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
base=/work/wt/data/main-e3d1c34-bench.jar
after=$1; tag=$2
out=$here/identity-$tag.txt
: > $out
for side in base after; do
  jar=$base; [ $side = after ] && jar=$after
  rm -rf /tmp/dedupe16-id-$side
  echo "[$(date -u +%T)] import $side ($jar) load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out
  nice -n 5 $J -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -jar $jar import \
    --docs /work/wt/data/gen-10000 --corpus /tmp/dedupe16-id-$side 2>/dev/null | tr -d "\n" >> $out; echo >> $out
done
echo "[$(date -u +%T)] compare" >> $out
JAR=$base TOOLS=/tmp/dedupe16-tools bash $here/../2026-12-07-keys11/compare.sh /tmp/dedupe16-id-base /tmp/dedupe16-id-after >> $out 2>&1
echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out
