#!/bin/sh
# The langid phase's measure (PhaseThreads: 2 warm-up + ROUNDS measured rounds of MB, per-round thread groups from
# /proc), two jars alternating A, B, A, B… PAIRS times. MODE lingua (as bin/bench: Lingua alternating in the same
# process) or nolingua (the shipped identifier alone). Usage: ab-phase.sh JAR_A JAR_B HARNESS_DIR OUT PAIRS MODE [ROUNDS MB]
set -eu
A=$1; B=$2; H=$3; OUT=$4; PAIRS=$5; MODE=$6; ROUNDS=${7:-5}; MB=${8:-2}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
DEV=corpus-core/src/test/resources/langid/dev
: > "$OUT"
i=0
while [ $i -lt "$PAIRS" ]; do
  for jar in A B; do
    if [ $jar = A ]; then j=$A; else j=$B; fi
    echo "=== pair $i, jar $jar ($j), $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
    nice -n 5 "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx1g -XX:ActiveProcessorCount=2 -cp "$H:$j" PhaseThreads \
      "$DEV" "$ROUNDS" "$MB" "$MODE" mixed,id_ms 2>/dev/null | grep -v BEGIN >> "$OUT"
  done
  i=$((i + 1))
done
echo "=== end $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
