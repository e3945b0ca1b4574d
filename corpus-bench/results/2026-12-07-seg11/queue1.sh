#!/bin/bash
cd /work/wt/seg11/target/s11
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
./twojars.sh b $PWD/seg11b.jar
echo "$(date -u +%T) import 10k b start load $(cut -d' ' -f1-3 /proc/loadavg)" >> results/log.txt
rm -rf corpus-b-10k
nice -n 5 $J -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -jar seg11b.jar import --docs /work/wt/data/gen-10000 --corpus corpus-b-10k > results/import-b-10k.json 2> results/import-b-10k.err
echo "$(date -u +%T) import 10k b end load $(cut -d' ' -f1-3 /proc/loadavg)" >> results/log.txt
/work/wt/seg11/corpus-bench/results/2026-12-07-seg11/compare-index.sh corpus-base-10k corpus-b-10k > results/compare-10k-b.txt 2>&1
echo "$(date -u +%T) compare done" >> results/log.txt
./twojars.sh control /work/wt/data/main-e53ed14-bench.jar
