#!/usr/bin/env bash
# stages.sh OUT ROUNDS STAGES AFTER_JAR: imp12's stages.sh for this branch: pipe10's StageTwoJars with imp12's
# StageWork on gen-10000 grouped by language, main's jar at session 16's start (e3d1c34) and AFTER_JAR in one JVM,
# interleaved (order reversed every other round), CPU time of the thread; answers digested and compared in the
# 2 warm-up rounds ("same"). Stages used here: dedupe (DedupeKeysStage.keys) and docs (a document through the
# analyse, quality and dedupe-keys stages and DocumentMapper.toLucene, which runs DedupeKeysFields.write).
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
here=$(cd "$(dirname "$0")" && pwd)
out=$1; rounds=${2:-3}; stages=$3; after=$4
base=/work/wt/data/main-e3d1c34-bench.jar
s=/tmp/dedupe16-stage; mkdir -p $s/work $s/driver
[ -f $s/work/StageWork.class ] || $J/javac -d $s/work -cp $base $here/../2026-12-07-imp12/tools/StageWork.java
[ -f $s/driver/StageTwoJars.class ] || $J/javac -d $s/driver -cp $base $here/../2026-12-07-pipe10/tools/StageTwoJars.java
echo "[$(date -u +%T)] start load $(cut -d' ' -f1-3 /proc/loadavg)" > $out.log
nice -n 5 $J/java -Xmx2g -Dwork.dir=$s/work -cp $s/driver:$base \
  StageTwoJars /work/wt/data/gen-10000 $rounds 2 $stages base=$base dedupe16=$after > $out.txt 2>> $out.log
echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out.log
