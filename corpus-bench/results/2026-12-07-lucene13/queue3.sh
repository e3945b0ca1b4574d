#!/usr/bin/env bash
# after queue2: both options together, the start jar's defaults again, then bare Lucene alone under G1 and ParallelGC
cd "$(dirname "$0")"
# (started by hand once queue2 had ended)
S=/work/wt/data/main-3f7e4d4-bench.jar
EXTRA="-XX:+UseParallelGC -XX:-UseOnStackReplacement" ./run.sh $S s9-pgc-noosr
./run.sh $S s10-start
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for t in g1a pgca g1b pgcb; do
  o=""; case $t in pgc*) o=-XX:+UseParallelGC;; esac
  rm -rf /tmp/l13-bare-$t
  nice -n 5 $java -Xmx1g -XX:ActiveProcessorCount=2 $o -jar $S index-baseline --docs /work/wt/data/gen-100000 --index /tmp/l13-bare-$t --analyzer same > runs/bare-$t.json 2> /dev/null
  echo "[$(date -u +%T)] bare Lucene $t ($o): cpu $(python3 -c "import json;print(json.load(open('runs/bare-$t.json'))['cpu_seconds'])") (load $(cut -d' ' -f1-3 /proc/loadavg))" >> runs/log.txt
  rm -rf /tmp/l13-bare-$t
done
