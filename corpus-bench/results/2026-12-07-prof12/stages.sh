#!/usr/bin/env bash
# stages.sh OUT ROUNDS: pipe10's StageTwoJars driver (corpus-bench/results/2026-12-07-pipe10/tools) on gen-10000
# grouped by language, with this directory's StageWork (the segmentation stage: words, then words + sentences):
# main's bench jar at the session's start against this branch's corpus-core classes (in front of the same jar),
# in one JVM, interleaved, thread CPU time; warm-up rounds compare the two builds' token and sentence digests.
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
out=$1; rounds=${2:-3}
base=/work/wt/data/main-92c6c42-bench.jar
w=/tmp/prof12stage
mkdir -p $w/driver $w/work
$J/javac -d $w/driver -cp $base $root/corpus-bench/results/2026-12-07-pipe10/tools/StageTwoJars.java
$J/javac -d $w/work -cp $base:$root/corpus-core/target/classes $here/tools/StageWork.java
echo "[$(date -u +%T)] start load $(cut -d' ' -f1-3 /proc/loadavg)" > $out.log
nice -n 5 $J/java -Xmx2g -Dwork.dir=$w/work -cp $w/driver:$base \
  StageTwoJars /work/wt/data/gen-10000 $rounds 2 segment,sentences base=$base prof12=$root/corpus-core/target/classes:$base > $out.txt 2>> $out.log
echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out.log
