#!/usr/bin/env bash
# jfr1.sh JAR TAG DOCS: one import under JFR with 1-ms execution sampling
set -uo pipefail
jar=$1; tag=$2; docs=$3
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
opts="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
rm -rf /tmp/load16/c-$tag
echo "[$(date -u +%T)] import $tag load $(cut -d' ' -f1-3 /proc/loadavg)"
nice -n 5 $J $opts -XX:StartFlightRecording=filename=/tmp/load16/imp-$tag.jfr,settings=/tmp/load16/p1ms.jfc -jar $jar import --docs $docs --corpus /tmp/load16/c-$tag 2>/tmp/load16/imp-$tag.err | tail -1
rm -rf /tmp/load16/c-$tag
