#!/usr/bin/env bash
# bare10k.sh: bare Lucene (index-baseline --analyzer same, main's jar) between imports of gen-10000 with main's jar
# and this branch's, order bare new main bare main new bare; user+sys of each run and the 1-min load
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
opts="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
main=/work/wt/data/main-e3d1c34-bench.jar; new=${NEW:-/tmp/load16-jars/v3.jar}; g=/work/wt/data/gen-10000
one() {
  local name=$1; shift; local d=/tmp/load16-b10k; rm -rf $d; local l=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -o /tmp/load16/b10k.time -f 'TIME %U %S' nice -n 5 "$@" $d >/dev/null 2>/dev/null
  local t=$(grep '^TIME' /tmp/load16/b10k.time | awk '{printf "%.2f", $2+$3}')
  echo "$(date -u +%T) $name user+sys $t load $l"; rm -rf $d
}
bare() { one bare $J $opts -jar $main index-baseline --docs $g --analyzer same --index; }
imp() { one $1 $J $opts -jar $2 import --docs $g --corpus; }
bare; imp new $new; imp main $main; bare; imp main $main; imp new $new; bare
