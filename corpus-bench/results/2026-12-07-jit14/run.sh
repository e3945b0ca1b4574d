#!/usr/bin/env bash
# run.sh JAR TAG [SIZE]: import of gen-SIZE with JAR, then bare Lucene (index-baseline --analyzer same) with the
# same jar, both as bin/bench runs them (-Xmx1g -XX:ActiveProcessorCount=2) and both with -XX:+UseParallelGC;
# per-thread CPU of each (corpus-bench/tools/threads.sh) in runs/threads-{import,base}-TAG-SIZE.txt, the JSON in runs/,
# one line per run in runs/log.txt with the load
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
here=$(cd "$(dirname "$0")" && pwd)
r=$here/runs; mkdir -p $r
jar=$1; tag=$2; size=${3:-100000}
gen=/work/wt/data/gen-$size
opts=(-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC)
threads=$here/../../tools/threads.sh
cpu() { python3 -c "import json,sys;s=open(sys.argv[1]).read();print(json.loads(s[s.index('{'):])['cpu_seconds'])" $1 2>/dev/null; }
c2() { awk '/C2 CompilerThre/ {print $1}' $1; }
t=$tag-$size
c=/tmp/jit14-corpus-$t; rm -rf $c
l0=$(cut -d' ' -f1 /proc/loadavg)
nice -n 5 $java "${opts[@]}" -jar $jar import --docs $gen --corpus $c > $r/import-$t.json 2> $r/import-$t.err &
jp=$!; $threads $jp $r/threads-import-$t.txt & poll=$!; wait $jp; wait $poll
ic=$(cpu $r/import-$t.json); l1=$(cut -d' ' -f1 /proc/loadavg)
[ "${KEEP:-0}" = 1 ] || rm -rf $c   # KEEP=1: the corpus stays for compare.sh
b=/tmp/jit14-lucene-$t; rm -rf $b
nice -n 5 $java "${opts[@]}" -jar $jar index-baseline --docs $gen --index $b --analyzer same > $r/base-$t.json 2> $r/base-$t.err &
jp=$!; $threads $jp $r/threads-base-$t.txt & poll=$!; wait $jp; wait $poll
bc=$(cpu $r/base-$t.json); l2=$(cut -d' ' -f1 /proc/loadavg)
rm -rf $b
echo "[$(date -u +%T)] $t import cpu $ic (C2 $(c2 $r/threads-import-$t.txt)) baseline cpu $bc (C2 $(c2 $r/threads-base-$t.txt)) ratio $(echo "scale=3; $ic / $bc" | bc) load $l0/$l1/$l2" | tee -a $r/log.txt
