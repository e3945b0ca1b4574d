#!/usr/bin/env bash
# q7: OSR off against ParallelGC at 10k on the quiet machine (load under 1 at 13:48), ABBA (rounds t); no run
# starts after 13:50 UTC.
cd "$(dirname "$0")"
P=-XX:+UseParallelGC
late() { [ "$(date -u +%H%M)" -ge 1350 ]; }
late || OPTS="$P" ./run.sh t1-pgc 10000
late || OPTS="$P -XX:-UseOnStackReplacement" ./run.sh t1-noosr 10000
late || OPTS="$P -XX:-UseOnStackReplacement" ./run.sh t2-noosr 10000
late || OPTS="$P" ./run.sh t2-pgc 10000
