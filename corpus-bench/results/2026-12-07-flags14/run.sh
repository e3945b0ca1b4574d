#!/usr/bin/env bash
# run.sh TAG SIZE: import then bare Lucene (index-baseline --analyzer same) with the session's starting jar
# (JAR, default /tmp/flags14-main.jar, a copy of /work/wt/data/main-959a1dc-bench.jar) on /work/wt/data/gen-SIZE,
# as bin/bench runs them (-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED, nice -n 5).
# OPTS: JVM options of BOTH sides (the fair comparison); IMPORT_OPTS / BASE_OPTS: added to one side only (the AOT
# caches, each trained by its own command). Per-thread CPU from /proc (corpus-bench/tools/threads.sh). Appends one line to
# runs/pairs.tsv: tag size import_cpu base_cpu ratio load_start load_end opts.
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
here=$(cd "$(dirname "$0")" && pwd)
r=$here/runs; mkdir -p $r
tag=$1; size=$2
jar=${JAR:-/tmp/flags14-main.jar}
gen=/work/wt/data/gen-$size
lim=(-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED)
read -r -a opts <<< "${OPTS:-}"; read -r -a iopts <<< "${IMPORT_OPTS:-}"; read -r -a bopts <<< "${BASE_OPTS:-}"
t=$tag-$size
l0=$(cut -d' ' -f1 /proc/loadavg)
echo "[$(date -u +%T)] $t start load $(cut -d' ' -f1-3 /proc/loadavg) opts: ${OPTS:-} | import: ${IMPORT_OPTS:-} | base: ${BASE_OPTS:-}" >> $r/log.txt
c=/tmp/flags14-corpus-$t; rm -rf $c
nice -n 5 $java "${lim[@]}" ${opts[@]+"${opts[@]}"} ${iopts[@]+"${iopts[@]}"} -jar $jar import --docs $gen --corpus $c \
  > $r/import-$t.json 2> $r/import-$t.err &
jp=$!; $here/../../tools/threads.sh $jp $r/threads-import-$t.txt & poll=$!; wait $jp; wait $poll
b=/tmp/flags14-lucene-$t; rm -rf $b
nice -n 5 $java "${lim[@]}" ${opts[@]+"${opts[@]}"} ${bopts[@]+"${bopts[@]}"} -jar $jar index-baseline --docs $gen --index $b \
  --analyzer same > $r/base-$t.json 2> $r/base-$t.err &
jp=$!; $here/../../tools/threads.sh $jp $r/threads-base-$t.txt & poll=$!; wait $jp; wait $poll
rm -rf $b; [ "${KEEP:-0}" = 1 ] || rm -rf $c
l1=$(cut -d' ' -f1 /proc/loadavg)
line=$(python3 - "$r/import-$t.json" "$r/base-$t.json" <<'PY'
import json, sys
i = json.load(open(sys.argv[1]))['cpu_seconds']; b = json.load(open(sys.argv[2]))['cpu_seconds']
print(f"{i}\t{b}\t{i / b:.3f}")
PY
)
printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tag" "$size" "$line" "$l0" "$l1" "${OPTS:-} | ${IMPORT_OPTS:-} | ${BASE_OPTS:-}" >> $r/pairs.tsv
echo "[$(date -u +%T)] $t end: $line" >> $r/log.txt
