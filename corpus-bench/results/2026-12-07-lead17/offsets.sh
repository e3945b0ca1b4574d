#!/usr/bin/env bash
# offsets.sh JAR DOCS K: bare Lucene (same analyzers) without and with offsets in the postings, ABBA pairs
jar=$1; docs=$2; k=$3
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
base="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
run() { rm -rf /tmp/lead17/offi; load=$(cut -d' ' -f1 /proc/loadavg); out=$($J $base -jar $jar index-baseline --docs $docs --index /tmp/lead17/offi $1 2>/dev/null); cpu=$(grep -o '"cpu_seconds" *: *[0-9.]*' <<< "$out" | head -1 | grep -o '[0-9.]*$'); echo "$cpu $load"; }
for ((i=1;i<=k;i++)); do
  if ((i%2==1)); then a=$(run ""); b=$(run "--offsets"); else b=$(run "--offsets"); a=$(run ""); fi
  echo "pair $i: plain ${a} offsets ${b} offsets/plain $(awk -v x=${a% *} -v y=${b% *} 'BEGIN{printf "%.3f", y/x}')"
done
