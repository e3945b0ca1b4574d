#!/usr/bin/env bash
# run.sh VARIANT TAG SIZE: import then bare Lucene (same analyzers) with VARIANT/corpus-bench.jar on gen-SIZE;
# EXTRA: JVM options of the import; JFR=1 records the import (profile settings). Per-thread CPU from /proc.
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
here=$(cd "$(dirname "$0")" && pwd)
w=/work/wt/import7/target/imp7
r=$w/results
v=$1; tag=$2; size=${3:-10000}
gen=/work/wt/data/gen-$size
jar=$w/$v/corpus-bench.jar
lim=(-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED)
log() { echo "[$(date -u +%H:%M:%S)] $* (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a $r/log.txt; }
t=$v-$tag-$size
jfr=()
[ "${JFR:-0}" = 1 ] && jfr=(-Xlog:jfr+startup=off -XX:FlightRecorderOptions:stackdepth=256 "-XX:StartFlightRecording=filename=$r/import-$t.jfr,settings=profile,jdk.Compilation#threshold=0ms,jdk.Deoptimization#enabled=true")
rm -rf /tmp/imp7-corpus-$t
log "import $t start ${EXTRA:-}"
nice -n 5 /usr/bin/time -f "%U %S %e" -o $r/time-import-$t.txt $java "${lim[@]}" ${EXTRA:-} "${jfr[@]}" \
  -jar $jar import --docs $gen --corpus /tmp/imp7-corpus-$t > $r/import-$t.json 2> $r/import-$t.err &
sleep 0.5; pid=$(pgrep -P $! java | head -1); [ -z "$pid" ] && pid=$(pgrep -n -f "imp7-corpus-$t")
$here/../../tools/threads.sh $pid $r/threads-import-$t.txt &
poll=$!
wait %1 2>/dev/null; wait $poll
ic=$(python3 -c "import json;d=json.load(open('$r/import-$t.json'));print(d['cpu_seconds'])" 2>/dev/null)
it=$(awk '{print $1+$2}' $r/time-import-$t.txt)
jit=$(awk '/Compiler/ {s+=$1} END {print s+0}' $r/threads-import-$t.txt)
segs=$(ls /tmp/imp7-corpus-$t/index 2>/dev/null | grep -c '\.si$')
made=$(ls /tmp/imp7-corpus-$t/index 2>/dev/null | sed -n 's/^_\([0-9a-z]*\)\.si$/\1/p' | while read x; do echo $((36#$x)); done | sort -n | tail -1)
commits=$(ls /tmp/imp7-corpus-$t/index 2>/dev/null | sed -n 's/^segments_\([0-9a-z]*\)$/\1/p' | while read x; do echo $((36#$x)); done | sort -n | tail -1)
log "import $t end: cpu $ic (process $it), jit $jit, segments left $segs, last segment number $made, commit generation $commits"
rm -rf /tmp/imp7-lucene-$t
nice -n 5 /usr/bin/time -f "%U %S %e" -o $r/time-base-$t.txt $java "${lim[@]}" -jar $jar index-baseline --docs $gen --index /tmp/imp7-lucene-$t --analyzer same > $r/base-$t.json 2> $r/base-$t.err
bc=$(python3 -c "import json;d=json.load(open('$r/base-$t.json'));print(d['cpu_seconds'])" 2>/dev/null)
bt=$(awk '{print $1+$2}' $r/time-base-$t.txt)
log "baseline $t end: cpu $bc (process $bt); ratio $(echo "scale=2; $ic / $bc" | bc) (process $(echo "scale=2; $it / $bt" | bc))"
rm -rf /tmp/imp7-lucene-$t
