#!/usr/bin/env bash
# stages.sh OUT ROUNDS STAGES NAME=CP...: pipe10's StageTwoJars with qd18's StageWork (tools/: qstage, dstage, both)
# on gen-10000: main-e2eaf60's jar ("base") and each NAME=CP (a folder of changed classes before a jar) in one JVM,
# interleaved, order reversed every other round, CPU time of the thread; answers digested and compared in the 2
# warm-up rounds ("same")
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
here=$(cd "$(dirname "$0")" && pwd)
out=$1; rounds=${2:-3}; stages=$3; shift 3
base=/work/wt/data/main-e2eaf60-bench.jar
s=/tmp/qd18-stage; mkdir -p $s/work $s/driver
[ -f $s/work/StageWork.class ] || $J/javac -d $s/work -cp $base $here/tools/StageWork.java
[ -f $s/driver/StageTwoJars.class ] || $J/javac -d $s/driver -cp $base $here/../2026-12-07-pipe10/tools/StageTwoJars.java
echo "[$(date -u +%T)] start load $(cut -d' ' -f1-3 /proc/loadavg)" > $out.log
nice -n 5 $J/java -Xmx2g -Dwork.dir=$s/work -cp $s/driver:$base \
  StageTwoJars /work/wt/data/gen-10000 $rounds 2 $stages base=$base "$@" > $out.txt 2>> $out.log
echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out.log
