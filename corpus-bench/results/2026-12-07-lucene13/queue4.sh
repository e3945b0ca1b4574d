#!/usr/bin/env bash
# after queue3: one more alternating pair (defaults, then ParallelGC), then identity at 10k: the start jar's import
# with G1 and with ParallelGC, compared by keys11's compare.sh (every stored field, doc value and term)
cd "$(dirname "$0")"
while [ -d /proc/$1 ]; do sleep 5; done   # $1: the process id of queue3.sh
S=/work/wt/data/main-3f7e4d4-bench.jar
./run.sh $S s11-start
EXTRA="-XX:+UseParallelGC" ./run.sh $S s12-pgc
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for t in g1 pgc; do
  o=""; [ $t = pgc ] && o=-XX:+UseParallelGC
  rm -rf /tmp/l13-id-$t
  nice -n 5 $java -Xmx1g -XX:ActiveProcessorCount=2 $o -jar $S import --docs /work/wt/data/gen-10000 --corpus /tmp/l13-id-$t > runs/ident-import-$t-10000.json 2> /dev/null
done
JAR=$S TOOLS=/tmp/l13-cmptools ../2026-12-07-keys11/compare.sh /tmp/l13-id-g1 /tmp/l13-id-pgc > ident-10000-g1-pgc.txt 2>&1
echo "[$(date -u +%T)] identity at 10k done (load $(cut -d' ' -f1-3 /proc/loadavg))" >> runs/log.txt
