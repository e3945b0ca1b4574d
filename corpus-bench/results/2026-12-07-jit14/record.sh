#!/usr/bin/env bash
# record.sh JAR TAG [SIZE]: one import of gen-SIZE with JAR as bin/bench runs it (-Xmx1g -XX:ActiveProcessorCount=2
# -XX:+UseParallelGC), recording every compilation, deoptimisation and compilation failure (compile.jfc) to
# /tmp/jit14-TAG-SIZE.jfr; per-thread CPU (corpus-bench/tools/threads.sh) to threads-import-TAG-SIZE.txt; then
# compiles.py writes compile-TAG-SIZE.txt here.
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
here=$(cd "$(dirname "$0")" && pwd)
jar=$1; tag=$2; size=${3:-100000}
c=/tmp/jit14-corpus-$tag-$size; rm -rf $c
f=/tmp/jit14-$tag-$size.jfr
echo "[$(date -u +%T)] record $tag $size start (load $(cut -d' ' -f1-3 /proc/loadavg))" >> $here/log.txt
nice -n 5 $java -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC \
  -XX:StartFlightRecording:filename=$f,settings=$here/compile.jfc -jar $jar import --docs /work/wt/data/gen-$size --corpus $c \
  > $here/rec-$tag-$size.json 2> /tmp/jit14-rec-$tag-$size.err &
jp=$!
$here/../../tools/threads.sh $jp $here/threads-rec-$tag-$size.txt & poll=$!
wait $jp; wait $poll
cpu=$(python3 -c "import json,sys;s=open(sys.argv[1]).read();print(json.loads(s[s.index('{'):])['cpu_seconds'])" $here/rec-$tag-$size.json)
echo "[$(date -u +%T)] record $tag $size end: cpu $cpu (load $(cut -d' ' -f1-3 /proc/loadavg))" >> $here/log.txt
python3 $here/compiles.py $f > $here/compile-$tag-$size.txt
[ "${KEEP:-0}" = 1 ] || rm -rf $c
