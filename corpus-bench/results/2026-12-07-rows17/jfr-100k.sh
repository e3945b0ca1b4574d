#!/usr/bin/env bash
# jfr-100k.sh JAR NAME: one 100k import of gen-100000 under JFR's profile settings with bin/bench's import JVM
# options (as the lead's /tmp/lead17/imp-100k.jfr); the recording goes to /tmp/rows17-jfr/NAME.jfr, the import's
# JSON line and the load before and after to NAME.log here. The corpus is deleted afterwards.
set -uo pipefail
jar=$1; name=$2; here=$(cd "$(dirname "$0")" && pwd); tmp=/tmp/rows17-jfr; mkdir -p $tmp
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
{ date -u; uptime; } > "$here/$name.log"
nice -n 5 "$java" -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC \
  -XX:-UseOnStackReplacement -XX:FlightRecorderOptions:stackdepth=256 \
  "-XX:StartFlightRecording=filename=$tmp/$name.jfr,settings=profile" \
  -jar "$jar" import --docs /work/wt/data/gen-100000 --corpus "$tmp/corpus-$name" > "$tmp/$name.json" 2> "$tmp/$name.err"
{ cat "$tmp/$name.json"; date -u; uptime; } >> "$here/$name.log"
rm -rf "$tmp/corpus-$name"
