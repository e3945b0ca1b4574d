#!/usr/bin/env bash
# langid-ab.sh OUT SIDE...: bin/bench's langid phase exactly as bin/bench runs it (java -Xmx1g
# -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -jar JAR langid --devset main's dev sentences),
# one JVM per SIDE in the order given (base: main-e2eaf60-bench.jar; c2: this branch's jar); each run's JSON kept
# in OUT.SIDE.N.json and a line per run with the load in OUT.txt.
set -uo pipefail
out=$1; shift
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
i=0
for side in "$@"; do
  i=$((i + 1))
  jar=/work/wt/data/main-e2eaf60-bench.jar; [ $side = c2 ] && jar=/tmp/lid18/jars/c2.jar
  l0=$(cut -d' ' -f1 /proc/loadavg); t0=$(date -u +%T)
  nice -n 10 $J -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -jar $jar langid \
    --devset /work/main/corpus-core/src/test/resources/langid/dev > $out.$side.$i.json 2>/dev/null
  echo "$i $side $t0 load $l0-$(cut -d' ' -f1 /proc/loadavg) $(head -c 600 $out.$side.$i.json)" >> $out.txt
done
