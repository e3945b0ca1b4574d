#!/usr/bin/env bash
# run.sh VARIANT RUN [N]: import (JFR) then bare Lucene (same analyzers) with the variant's jar, on gen-N
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
w=/work/wt/pipe7/target/p7
r=$w/results
v=$1; n=$2; size=${3:-10000}
gen=$w/gen-$size
jar=$w/$v/corpus-bench.jar
lim=(-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED)
log() { echo "[$(date -u +%H:%M:%S)] $* (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a $r/log.txt; }
tag=$v-$size-$n
rm -rf $w/corpus-$tag
log "import $tag start"
nice -n 5 $java "${lim[@]}" -Xlog:jfr+startup=off -XX:FlightRecorderOptions:stackdepth=256 \
  -XX:StartFlightRecording=filename=$r/import-$tag.jfr,settings=profile \
  -jar $jar import --docs $gen --corpus $w/corpus-$tag > $r/import-$tag.json 2> $r/import-$tag.err
log "import $tag end: $(tr -d '\n ' < $r/import-$tag.json | cut -c1-300)"
$java -jar $jar stage-shares $r/import-$tag.jfr > $r/shares-$tag.json 2>/dev/null
if [ "${NOBASE:-0}" = 0 ]; then
rm -rf $w/lucene-$tag
log "baseline $tag start"
nice -n 5 $java "${lim[@]}" -jar $jar index-baseline --docs $gen --index $w/lucene-$tag --analyzer same > $r/base-$tag.json 2> $r/base-$tag.err
log "baseline $tag end: $(tr -d '\n ' < $r/base-$tag.json | cut -c1-300)"
rm -rf $w/lucene-$tag
fi
