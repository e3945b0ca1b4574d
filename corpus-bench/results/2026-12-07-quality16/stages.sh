#!/usr/bin/env bash
# stages.sh OUT ROUNDS STAGES AFTER_JAR [NAME=JAR...]: (the NAME=JAR builds run between the two; BASE= another first jar) imp12's stages.sh with quality16's StageWork (tools/: the quality stage
# alone, "quality" and "qstage") and StageTwoJars (pipe10's, with the "mix" group this branch added: every text in the corpus's order) on
# gen-10000: main's jar at the start of session 16 and AFTER_JAR in one JVM, interleaved, CPU time of the thread;
# answers (every signal's bits) digested and compared in the 2 warm-up rounds
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
here=$(cd "$(dirname "$0")" && pwd)
out=$1; rounds=${2:-3}; stages=$3; after=$4
base=${BASE:-/work/wt/data/main-e3d1c34-bench.jar}
s=/tmp/quality16-stage; mkdir -p $s/work $s/driver
[ -f $s/work/StageWork.class ] || $J/javac -d $s/work -cp $base $here/tools/StageWork.java
[ -f $s/driver/StageTwoJars.class ] || $J/javac -d $s/driver -cp $base $here/../2026-12-07-pipe10/tools/StageTwoJars.java
echo "[$(date -u +%T)] start load $(cut -d' ' -f1-3 /proc/loadavg)" > $out.log
nice -n 5 $J/java -Xmx2g -Dwork.dir=$s/work -cp $s/driver:$base \
  StageTwoJars /work/wt/data/gen-10000 $rounds 2 $stages ${BASE_NAME:-base}=$base "${@:5}" quality16=$after > $out.txt 2>> $out.log
echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out.log
