#!/usr/bin/env bash
# aot-train.sh: the AOT caches q2.sh's "aot" runs use (run once at 12:31-12:39 UTC, load 8-11): a training corpus of
# 3,000 documents generated from sample-data with seed 7 (the measured corpora use the default seed 20250101), then
# one training run of each command with the measured runs' JVM options and -XX:AOTCacheOutput (JDK 25: the
# classes loaded and linked, and the methods' profiles, JEP 483/514/515). Logs: runs/aot-train-*.log.
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
L="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC"
here=$(cd "$(dirname "$0")" && pwd)
nice -n 19 $J -Xmx1g -jar /tmp/flags14-main.jar generate --sample-data /work/wt/flags14/sample-data --docs 3000 --seed 7 \
  --jaccard --out /tmp/flags14-train-3000 > /tmp/flags14-train.json 2>/dev/null
rm -rf /tmp/flags14-tc /tmp/flags14-tb
( time nice -n 19 $J $L -XX:AOTCacheOutput=/tmp/flags14-import-pgc.aot -jar /tmp/flags14-main.jar import \
    --docs /tmp/flags14-train-3000 --corpus /tmp/flags14-tc ) > $here/runs/aot-train-import.log 2>&1
( time nice -n 19 $J $L -XX:AOTCacheOutput=/tmp/flags14-base-pgc.aot -jar /tmp/flags14-main.jar index-baseline \
    --docs /tmp/flags14-train-3000 --index /tmp/flags14-tb --analyzer same ) > $here/runs/aot-train-base.log 2>&1
