#!/usr/bin/env bash
# jfr.sh: a 10k import (gen-10000) with a JFR `profile` recording for main's jar and this branch's c1, then
# jfr-stacks.py's `below` of DedupeKeysStage.keys and `incl` of the stage and of DedupeKeysFields.write for each
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
opts="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
for side in base c1; do
  jar=/work/wt/data/main-e3d1c34-bench.jar; [ $side = c1 ] && jar=/tmp/dedupe16-jars/c1.jar
  rm -rf /tmp/dedupe16-jfr-corpus
  echo "[$(date -u +%T)] $side load $(cut -d' ' -f1-3 /proc/loadavg)" >> $here/jfr-$side.txt
  nice -n 5 $J $opts -XX:StartFlightRecording=settings=profile,filename=/tmp/dedupe16-$side.jfr -jar $jar import \
    --docs /work/wt/data/gen-10000 --corpus /tmp/dedupe16-jfr-corpus > /dev/null 2>&1
  python3 $here/../../tools/jfr-stacks.py incl /tmp/dedupe16-$side.jfr 0 'DedupeKeysStage\.keys' \
    'DedupeKeysFields\.write' 'Arrays\.sort(.|\n)*DedupeKeysStage\.keys' 'MinHashSigner\.sign' >> $here/jfr-$side.txt 2>&1
  python3 $here/../../tools/jfr-stacks.py below /tmp/dedupe16-$side.jfr 'DedupeKeysStage.keys' 3 2>&1 | head -25 >> $here/jfr-$side.txt
done
rm -rf /tmp/dedupe16-jfr-corpus
