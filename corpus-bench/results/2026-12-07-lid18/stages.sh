#!/usr/bin/env bash
# stages.sh OUT ROUNDS AFTER_JAR [BASE_JAR]: text17's stages.sh (pipe10's StageTwoJars with text17's StageWork, the
# language-identification stage alone, identifyDocument as import calls it) on gen-10000 by language and as one
# mix: BASE_JAR (default main-e2eaf60, session 18's starting jar) and AFTER_JAR in one JVM, interleaved, thread CPU;
# answers (language, script, score bits, every span) digested and compared in the 2 warm-up rounds ("same").
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
here=$(cd "$(dirname "$0")" && pwd)
out=$1; rounds=${2:-3}; after=$3
base=${4:-/work/wt/data/main-e2eaf60-bench.jar}
s=/tmp/lid18-stage; mkdir -p $s/work $s/driver
[ -f $s/work/StageWork.class ] || $J/javac -d $s/work -cp $base $here/tools/StageWork.java
[ -f $s/driver/StageTwoJars.class ] || $J/javac -d $s/driver -cp $base $here/../2026-12-07-pipe10/tools/StageTwoJars.java
echo "[$(date -u +%T)] start load $(cut -d' ' -f1-3 /proc/loadavg)" > $out.log
nice -n 5 $J/java -Xmx2g -XX:ActiveProcessorCount=2 -Dwork.dir=$s/work -cp $s/driver:$base \
  StageTwoJars /work/wt/data/gen-10000 $rounds 2 langid base=$base lid18=$after > $out.txt 2>> $out.log
echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out.log
