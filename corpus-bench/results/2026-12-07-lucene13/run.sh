#!/usr/bin/env bash
# run.sh JAR TAG [SIZE]: import then bare Lucene (index-baseline --analyzer same) with JAR on gen-SIZE, as bin/bench
# runs them (-Xmx1g -XX:ActiveProcessorCount=2); EXTRA: JVM options of the import only. Per-thread CPU from /proc
# (corpus-bench/tools/threads.sh), segments made (the last segment's number) and the commit generation of both indexes.
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
here=$(cd "$(dirname "$0")" && pwd)
r=${OUT:-$here/runs}; mkdir -p $r
jar=$1; tag=$2; size=${3:-100000}
gen=/work/wt/data/gen-$size
lim=(-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED)
log() { echo "[$(date -u +%H:%M:%S)] $* (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a $r/log.txt; }
idx() { # DIR: segments left, segments made, commit generation, MB, cfs files
  local d=$1
  local made=$(ls $d | sed -n 's/^_\([0-9a-z]*\)\..*$/\1/p' | sort -u | while read x; do echo $((36#$x)); done | sort -n | tail -1)
  local gen=$(ls $d | sed -n 's/^segments_\([0-9a-z]*\)$/\1/p' | while read x; do echo $((36#$x)); done | sort -n | tail -1)
  echo "segments left $(ls $d | grep -c '\.si$'), last segment number $made, commit generation $gen, $(du -sm $d | cut -f1) MB, cfs $(ls $d | grep -c '\.cfs$')"
}
t=$tag-$size
c=/tmp/l13-corpus-$t; rm -rf $c
log "import $t start ${EXTRA:-}"
nice -n 5 $java "${lim[@]}" ${EXTRA:-} -jar $jar import --docs $gen --corpus $c > $r/import-$t.json 2> $r/import-$t.err &
jp=$!
$here/../../tools/threads.sh $jp $r/threads-import-$t.txt & poll=$!
wait $jp; wait $poll
ic=$(python3 -c "import json;d=json.load(open('$r/import-$t.json'));print(d['cpu_seconds'])" 2>/dev/null)
log "import $t end: cpu $ic; $(idx $c/index)"
du -sm $c/index > $r/size-import-$t.txt; ls -l $c/index >> $r/size-import-$t.txt
b=/tmp/l13-lucene-$t; rm -rf $b
nice -n 5 $java "${lim[@]}" -jar $jar index-baseline --docs $gen --index $b --analyzer same > $r/base-$t.json 2> $r/base-$t.err &
jp=$!
$here/../../tools/threads.sh $jp $r/threads-base-$t.txt & poll=$!
wait $jp; wait $poll
bc=$(python3 -c "import json;d=json.load(open('$r/base-$t.json'));print(d['cpu_seconds'])" 2>/dev/null)
log "baseline $t end: cpu $bc; $(idx $b); ratio $(echo "scale=3; $ic / $bc" | bc)"
rm -rf $b
[ "${KEEP:-0}" = 1 ] || rm -rf $c
