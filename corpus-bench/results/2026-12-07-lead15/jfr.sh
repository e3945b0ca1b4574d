#!/usr/bin/env bash
# jfr.sh JAR TAG N: import and bare Lucene at N docs under JFR profile settings
set -uo pipefail
jar=$1; tag=$2; n=$3
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
opts="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
rm -rf /tmp/lead15/c-$tag /tmp/lead15/i-$tag
echo "[$(date -u +%T)] import $tag load $(cut -d' ' -f1-3 /proc/loadavg)"
$J $opts -XX:StartFlightRecording=filename=/tmp/lead15/imp-$tag.jfr,settings=profile -jar $jar import --docs /work/wt/data/gen-$n --corpus /tmp/lead15/c-$tag 2>/tmp/lead15/imp-$tag.err | tail -1
echo "[$(date -u +%T)] baseline $tag load $(cut -d' ' -f1-3 /proc/loadavg)"
$J $opts -XX:StartFlightRecording=filename=/tmp/lead15/base-$tag.jfr,settings=profile -jar $jar index-baseline --docs /work/wt/data/gen-$n --index /tmp/lead15/i-$tag --analyzer same 2>/tmp/lead15/base-$tag.err | tail -1
echo "[$(date -u +%T)] done"
