#!/usr/bin/env bash
# abba.sh DOCS K TAG: K rounds of main-new-new-main imports of DOCS (main's bench jar against this branch's),
# import's JVM options; prints per run the JSON's cpu_seconds, /usr/bin/time's user+sys and the 1-min load
set -uo pipefail
docs=$1; k=$2; tag=$3
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
opts="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
main=/work/wt/data/main-e3d1c34-bench.jar; new=${NEW:-/tmp/load16-jars/v3.jar}
run() {
  local name=$1 jar=$2 d=/tmp/load16-abba-$tag
  rm -rf $d
  local l=$(cut -d' ' -f1 /proc/loadavg)
  local json=$( { /usr/bin/time -f 'TIME %U %S' nice -n 5 $J $opts -jar $jar import --docs $docs --corpus $d 2>/tmp/load16/abba-$tag.err; } 2>&1 )
  local cpu=$(echo "$json" | grep -o '"cpu_seconds" *: *[0-9.]*' | grep -o '[0-9.]*$')
  local t=$(grep '^TIME' /tmp/load16/abba-$tag.err /dev/null 2>/dev/null; echo "$json" | grep '^TIME')
  local us=$(echo "$t" | grep -o 'TIME.*' | tail -1 | awk '{printf "%.2f", $2+$3}')
  echo "$(date -u +%T) $tag $name cpu_seconds $cpu time_user_sys $us load $l"
  rm -rf $d
}
for i in $(seq 1 $k); do
  run main $main; run new $new; run new $new; run main $main
done
