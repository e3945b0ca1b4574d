#!/usr/bin/env bash
# run.sh VARIANT TAG SIZE: import then bare Lucene (same analyzers) with $W/VARIANT/corpus-bench.jar on gen-SIZE
# (the bench jar's `import` and `index-baseline --analyzer same`, as bin/bench runs them: 1 GB heap, 2 cores).
# Per-thread CPU from /proc (corpus-bench/tools/threads.sh). The corpus is kept in $W/corpus-VARIANT-TAG-SIZE.
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
W=${W:-/tmp/s10/w}
here=$(cd "$(dirname "$0")" && pwd)
r=$W/results
v=$1; tag=$2; size=${3:-10000}
gen=/work/wt/data/gen-$size
jar=$W/$v/corpus-bench.jar
lim=(-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED)
log() { echo "[$(date -u +%H:%M:%S)] $* (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a $r/log.txt; }
t=$v-$tag-$size
c=$W/corpus-$t
rm -rf $c
log "import $t start"
nice -n 5 /usr/bin/time -f "%U %S %e" -o $r/time-import-$t.txt $java "${lim[@]}" \
  -jar $jar import --docs $gen --corpus $c > $r/import-$t.json 2> $r/import-$t.err &
sleep 0.5; pid=$(pgrep -P $! java | head -1); [ -z "$pid" ] && pid=$(pgrep -n -f "corpus-$t")
$here/../../tools/threads.sh $pid $r/threads-import-$t.txt &
poll=$!
wait %1 2>/dev/null; wait $poll
ic=$(python3 -c "import json;d=json.load(open('$r/import-$t.json'));print(d['cpu_seconds'])" 2>/dev/null)
it=$(awk '{print $1+$2}' $r/time-import-$t.txt)
jit=$(awk '/C[12] Compiler/ {s+=$1} END {print s+0}' $r/threads-import-$t.txt)
merge=$(awk '/Merge/ {s+=$1} END {print s+0}' $r/threads-import-$t.txt)
segs=$(ls $c/index 2>/dev/null | grep -c '\.si$')
made=$(ls $c/index 2>/dev/null | sed -n 's/^_\([0-9a-z]*\)\.si$/\1/p' | while read x; do echo $((36#$x)); done | sort -n | tail -1)
commits=$(ls $c/index 2>/dev/null | sed -n 's/^segments_\([0-9a-z]*\)$/\1/p' | while read x; do echo $((36#$x)); done | sort -n | tail -1)
size_b=$(du -sb $c/index | cut -f1)
log "import $t end: cpu $ic (process $it), jit $jit, merge threads $merge, segments left $segs, last segment number $made, commit generation $commits, index bytes $size_b"
rm -rf $W/lucene-$t
nice -n 5 /usr/bin/time -f "%U %S %e" -o $r/time-base-$t.txt $java "${lim[@]}" -jar $jar index-baseline --docs $gen --index $W/lucene-$t --analyzer same > $r/base-$t.json 2> $r/base-$t.err
bc=$(python3 -c "import json;d=json.load(open('$r/base-$t.json'));print(d['cpu_seconds'])" 2>/dev/null)
bt=$(awk '{print $1+$2}' $r/time-base-$t.txt)
log "baseline $t end: cpu $bc (process $bt); ratio $(echo "scale=2; $ic / $bc" | bc) (process $(echo "scale=2; $it / $bt" | bc))"
rm -rf $W/lucene-$t
