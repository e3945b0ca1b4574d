#!/usr/bin/env bash
# stages.sh OUT ROUNDS AFTER_JAR [BASE_JAR]: pipe10's StageTwoJars with this folder's StageWork (tools/: the
# language-identification stage alone, identifyDocument) on gen-10000 grouped by language and as one mix: the
# session's starting jar (main-bf1c545) and AFTER_JAR in one JVM, interleaved, CPU time of the thread; answers
# digested (every span, scores' bits) and compared in the 2 warm-up rounds. Adapted from imp12's stages.sh.
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
here=$(cd "$(dirname "$0")" && pwd)
out=$1; rounds=${2:-3}; after=$3
base=${4:-/work/wt/data/main-bf1c545-bench.jar}
s=/tmp/text17-stage; mkdir -p $s/work $s/driver
[ -f $s/work/StageWork.class ] || $J/javac -d $s/work -cp $base $here/tools/StageWork.java
[ -f $s/driver/StageTwoJars.class ] || $J/javac -d $s/driver -cp $base $here/../2026-12-07-pipe10/tools/StageTwoJars.java
echo "[$(date -u +%T)] start load $(cut -d' ' -f1-3 /proc/loadavg)" > $out.log
nice -n 5 $J/java -Xmx2g -XX:ActiveProcessorCount=2 -Dwork.dir=$s/work -cp $s/driver:$base \
  StageTwoJars /work/wt/data/gen-10000 $rounds 2 langid base=$base text17=$after > $out.txt 2>> $out.log
echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out.log
