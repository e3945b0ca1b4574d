#!/bin/bash
# abba.sh SCALE: corpus-bench normalize on /work/wt/data/gen-SCALE with main's jar (A, main-e2eaf60-bench.jar) and
# this branch's (B, a copy of corpus-bench/target/corpus-bench.jar built at 14c1827, /tmp/norm18-B.jar), in the
# order A B B A, nice -n 5, bin/bench's JVM options; the 1-minute load before and after each run goes to
# loads-SCALE.txt, the JSON to normalize-SCALE-N-X.json.
set -e
s=$1; here="$(cd "$(dirname "$0")" && pwd)"
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
declare -A jar=([A]=/work/wt/data/main-e2eaf60-bench.jar [B]=/tmp/norm18-B.jar)
n=${2:-0}   # run numbers start after this (a second series: abba.sh SCALE 4)
for x in A B B A; do
  n=$((n+1))
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  nice -n 5 $java --enable-native-access=ALL-UNNAMED -Xmx1g -XX:ActiveProcessorCount=2 -jar ${jar[$x]} \
    normalize --docs /work/wt/data/gen-$s > "$here/normalize-$s-$n-$x.json" 2> "$here/normalize-$s-$n-$x.err"
  echo "$(date -u +%T) run $n $x load before $before after $(cut -d' ' -f1-3 /proc/loadavg)" >> "$here/loads-$s.txt"
done
