#!/bin/sh
# bin/bench's langid phase exactly as bin/bench runs it (nice 10, -Xmx1g -XX:ActiveProcessorCount=2, the bench jar's
# langid command on the development set), two jars alternating A, B, A, B… PAIRS times; each run's JSON kept.
# Usage: phase-ab.sh JAR_A JAR_B OUTDIR PAIRS
set -eu
A=$1; B=$2; OUT=$3; PAIRS=$4
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
mkdir -p "$OUT"
i=0
while [ $i -lt "$PAIRS" ]; do
  for jar in A B; do
    if [ $jar = A ]; then j=$A; else j=$B; fi
    echo "=== pair $i, jar $jar ($j), $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/log.txt"
    nice -n 10 "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx1g -XX:ActiveProcessorCount=2 -jar "$j" langid \
      --devset corpus-core/src/test/resources/langid/dev > "$OUT/langid-$i-$jar.json" 2>> "$OUT/log.txt"
  done
  i=$((i + 1))
done
echo "=== end $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT/log.txt"
