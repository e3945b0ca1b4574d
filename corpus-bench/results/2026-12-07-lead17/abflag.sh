#!/usr/bin/env bash
# abflag.sh JAR DOCS K "FLAGS_A" "FLAGS_B": import CPU with two sets of extra JVM flags, ABBA
jar=$1; docs=$2; k=$3; fa=$4; fb=$5
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
base="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
run() { rm -rf /tmp/lead17/abc; load=$(cut -d' ' -f1 /proc/loadavg); out=$($J $base $1 -jar $jar import --docs $docs --corpus /tmp/lead17/abc 2>/dev/null); cpu=$(grep -o '"cpu_seconds" *: *[0-9.]*' <<< "$out" | head -1 | grep -o '[0-9.]*$'); echo "$cpu $load"; }
for ((i=1;i<=k;i++)); do
  if ((i%2==1)); then a=$(run "$fa"); b=$(run "$fb"); else b=$(run "$fb"); a=$(run "$fa"); fi
  echo "pair $i: A ${a} B ${b} B/A $(awk -v x=${a% *} -v y=${b% *} 'BEGIN{printf "%.3f", y/x}')"
done
