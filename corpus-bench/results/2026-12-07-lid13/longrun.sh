#!/bin/sh
# LongRun (the mixed set, 2 MB rounds up to 40 MB in one JVM, process and thread clocks from the first round's start),
# two jars alternating A, B, A, B. Usage: longrun.sh JAR_A JAR_B HARNESS_DIR OUT [SET]
set -eu
A=$1; B=$2; H=$3; OUT=$4; SET=${5:-mixed}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
: > "$OUT"
for run in 1 2; do
  for jar in A B; do
    if [ $jar = A ]; then j=$A; else j=$B; fi
    echo "=== run $run, jar $jar ($j), $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$OUT"
    nice -n 5 "$JAVA" --enable-native-access=ALL-UNNAMED -Xmx1g -XX:ActiveProcessorCount=2 -cp "$H:$j" LongRun \
      corpus-core/src/test/resources/langid/dev 2 40 "$SET" 2>/dev/null >> "$OUT"
  done
done
