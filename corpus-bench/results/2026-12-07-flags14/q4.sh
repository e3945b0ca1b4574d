#!/usr/bin/env bash
# q4 (after q3, its process id $1): lucene13's queue4 that never ran: a 10k import with G1 against the kept
# ParallelGC import of q2 (k1-pgc), compared by keys11's compare.sh. Not a measurement.
cd "$(dirname "$0")"
while [ -d /proc/$1 ]; do sleep 5; done
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
rm -rf /tmp/flags14-corpus-id-g1-10000
nice -n 5 $java -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseG1GC -jar /tmp/flags14-main.jar \
  import --docs /work/wt/data/gen-10000 --corpus /tmp/flags14-corpus-id-g1-10000 > runs/ident-import-g1-10000.json 2> /dev/null
JAR=/tmp/flags14-main.jar TOOLS=/tmp/flags14-cmptools ../2026-12-07-keys11/compare.sh /tmp/flags14-corpus-k1-pgc-10000 \
  /tmp/flags14-corpus-id-g1-10000 > runs/ident-10000-pgc-g1.txt 2>&1
echo "[$(date -u +%T)] identity pgc vs g1: $(tr '\n' ' ' < runs/ident-10000-pgc-g1.txt)" >> runs/log.txt
