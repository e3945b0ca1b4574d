#!/usr/bin/env bash
# mixed.sh OUT ROUNDS AFTER_JAR: tools/MixedTwoJars (quality stage, gen-10000 in file order, languages interleaved),
# the starting jar against AFTER_JAR, one JVM, thread CPU
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
here=$(cd "$(dirname "$0")" && pwd)
base=/work/wt/data/main-3f7e4d4-bench.jar
s=/tmp/imp13/mixed; mkdir -p $s/work $s/driver
[ -f $s/work/MixedWork.class ] || $J/javac -d $s/work -cp $base $here/tools/MixedWork.java
[ -f $s/driver/MixedTwoJars.class ] || $J/javac -d $s/driver -cp $base $here/tools/MixedTwoJars.java
echo "[$(date -u +%T)] start load $(cut -d' ' -f1-3 /proc/loadavg)" > $1.log
nice -n 5 $J/java -Xmx2g -Dwork.dir=$s/work -cp $s/driver:$base MixedTwoJars /work/wt/data/gen-10000 $2 2 base=$base imp13=$3 > $1.txt 2>> $1.log
echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $1.log
