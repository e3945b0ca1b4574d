#!/usr/bin/env bash
# prof.sh JAR TAG N: import gen-N with JFR at 1 ms (pipe7's p1ms.jfc)
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
w=${W:-/work/wt/keys11/target/w}
jar=$1; tag=$2; n=$3
rm -rf $w/corpus-$tag
echo "[$(date -u +%T)] start $tag load $(cut -d' ' -f1-3 /proc/loadavg)" >> $w/log.txt
nice -n 5 $java -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -Xlog:jfr+startup=off -XX:FlightRecorderOptions:stackdepth=256 \
  -XX:StartFlightRecording=filename=$w/$tag.jfr,settings=/work/wt/keys11/corpus-bench/results/2026-12-07-pipe7/p1ms.jfc \
  -jar $jar import --docs $w/gen-$n --corpus $w/corpus-$tag > $w/import-$tag.json 2> $w/import-$tag.err
echo "[$(date -u +%T)] end $tag load $(cut -d' ' -f1-3 /proc/loadavg)" >> $w/log.txt
