#!/usr/bin/env bash
# q6 (after q5, its process id $1): OSR off alone against the ParallelGC default at 10k (ABBA, rounds s), then at
# 100k once more (ABBA, rounds r); no run starts after 13:50 UTC.
cd "$(dirname "$0")"
while [ -d /proc/$1 ]; do sleep 5; done
P=-XX:+UseParallelGC
late() { [ "$(date -u +%H%M)" -ge 1350 ]; }
late || OPTS="$P -XX:-UseOnStackReplacement" ./run.sh s1-noosr 10000
late || OPTS="$P" ./run.sh s1-pgc 10000
late || OPTS="$P" ./run.sh s2-pgc 10000
late || OPTS="$P -XX:-UseOnStackReplacement" ./run.sh s2-noosr 10000
late || OPTS="$P" ./run.sh r1-pgc 100000
late || OPTS="$P -XX:-UseOnStackReplacement" ./run.sh r1-noosr 100000
late || OPTS="$P -XX:-UseOnStackReplacement" ./run.sh r2-noosr 100000
late || OPTS="$P" ./run.sh r2-pgc 100000
