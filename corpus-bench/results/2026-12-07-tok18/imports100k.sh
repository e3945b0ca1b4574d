#!/usr/bin/env bash
# imports100k.sh: gen-100000 imported with main's bench jar (/tmp/tok18-c100k-a, format 1) and this branch's
# (/tmp/tok18-c100k-b, format 2), kept for readtime.sh; CPU seconds and index bytes of each.
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
J=$JAVA_HOME/bin/java
for side in a b; do
  jar=/work/wt/data/main-e2eaf60-bench.jar; [ $side = b ] && jar=/tmp/tok18-w/tok2.jar
  rm -rf /tmp/tok18-c100k-$side; l=$(cut -d' ' -f1 /proc/loadavg)
  nice -n 5 $J -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement \
    -jar $jar import --docs /work/wt/data/gen-100000 --corpus /tmp/tok18-c100k-$side > /tmp/tok18-w/imp100k-$side.json 2>/dev/null
  echo "$side load $l $(grep -o '"cpu_seconds" : [0-9.]*' /tmp/tok18-w/imp100k-$side.json) index bytes $(du -sb /tmp/tok18-c100k-$side/index | cut -f1)"
done
