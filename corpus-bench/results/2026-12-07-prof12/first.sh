#!/usr/bin/env bash
# first.sh OUT N: a fresh JVM per run, main's bench jar and this branch's corpus-core classes (in front of the same
# jar) alternating (order reversed every other pair): the four lexicons' first load and every segmenter's, by the
# thread's and the process's CPU clock, and the heap they retain (WordListMemory first).
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=$1; n=${2:-5}
base=/work/wt/data/main-92c6c42-bench.jar
run() { echo "$1 load $(cut -d' ' -f1 /proc/loadavg) $(nice -n 5 $J/java -XX:+UseSerialGC -Xmx1g -cp $2 $here/WordListMemory.java first 2>/dev/null)"; }
: > $out
for i in $(seq 1 $n); do
  if (( i % 2 )); then run main $base >> $out; run prof12 $root/corpus-core/target/classes:$base >> $out
  else run prof12 $root/corpus-core/target/classes:$base >> $out; run main $base >> $out; fi
done
