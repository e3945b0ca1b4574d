#!/usr/bin/env bash
# pairs.sh JAR N K TAG: K pairs of import and bare Lucene at N docs (import first in odd pairs, bare first in even)
set -uo pipefail
jar=$1; n=$2; k=$3; tag=$4
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
opts="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
imp() { rm -rf /tmp/lead15/pc-$tag; local l=$(cut -d' ' -f1 /proc/loadavg); local c=$($J $opts -jar $jar import --docs /work/wt/data/gen-$n --corpus /tmp/lead15/pc-$tag 2>/dev/null | grep -o '"cpu_seconds" *: *[0-9.]*' | grep -o '[0-9.]*$'); echo "$c $l"; }
bare() { rm -rf /tmp/lead15/pi-$tag; local l=$(cut -d' ' -f1 /proc/loadavg); local c=$($J $opts -jar $jar index-baseline --docs /work/wt/data/gen-$n --index /tmp/lead15/pi-$tag --analyzer same 2>/dev/null | grep -o '"cpu_seconds" *: *[0-9.]*' | grep -o '[0-9.]*$'); echo "$c $l"; }
for i in $(seq 1 $k); do
  if [ $((i % 2)) = 1 ]; then a=$(imp); b=$(bare); else b=$(bare); a=$(imp); fi
  ai=${a% *}; bi=${b% *}
  echo "$(date -u +%T) $tag n=$n pair $i import ${a% *} (load ${a#* }) bare ${b% *} (load ${b#* }) ratio $(python3 -c "print(round($ai/$bi,3))")"
done
rm -rf /tmp/lead15/pc-$tag /tmp/lead15/pi-$tag
