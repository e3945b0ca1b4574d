#!/usr/bin/env bash
# q3 (after q2, its process id $1): the three compiler options together (OSR off, trap limits, thresholds x2) on
# both sides beside the ParallelGC default, ABBA at 10k (the first combined run keeps its corpus for the identity
# check) then at 100k; no run starts after 13:50 UTC.
cd "$(dirname "$0")"
while [ -d /proc/$1 ]; do sleep 5; done
P=-XX:+UseParallelGC
J="$P -XX:-UseOnStackReplacement -XX:PerMethodTrapLimit=10 -XX:PerBytecodeTrapLimit=2 -XX:CompileThresholdScaling=2"
late() { [ "$(date -u +%H%M)" -ge 1350 ]; }
late || OPTS="$P" ./run.sh c1-pgc 10000
late || KEEP=1 OPTS="$J" ./run.sh c1-jit3 10000
late || OPTS="$J" ./run.sh c2-jit3 10000
late || OPTS="$P" ./run.sh c2-pgc 10000
JAR=/tmp/flags14-main.jar TOOLS=/tmp/flags14-cmptools ../2026-12-07-keys11/compare.sh /tmp/flags14-corpus-k1-pgc-10000 \
  /tmp/flags14-corpus-c1-jit3-10000 > runs/ident-10000-pgc-jit3.txt 2>&1
echo "[$(date -u +%T)] identity pgc vs jit3: $(tr '\n' ' ' < runs/ident-10000-pgc-jit3.txt)" >> runs/log.txt
late || OPTS="$J" ./run.sh n1-jit3 100000
late || OPTS="$P" ./run.sh n1-pgc 100000
late || OPTS="$P" ./run.sh n2-pgc 100000
late || OPTS="$J" ./run.sh n2-jit3 100000
