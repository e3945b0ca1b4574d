#!/usr/bin/env bash
# stages-alone.sh OUT ROUNDS ORDER...: the dedupe stage's thread CPU (StageTwoJars + imp12's StageWork on gen-10000,
# 2 warm-up rounds then ROUNDS timed) with ONE build per JVM, a JVM per word of ORDER (base: main's jar at session
# 16's start; c1: this branch's jar), run one after another (ABBA): each build's classes are compiled by a JVM of
# their own, unlike stages.sh and variants.sh where several copies of the same library share one JVM
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
out=$1; rounds=$2; shift 2
base=/work/wt/data/main-e3d1c34-bench.jar
s=/tmp/dedupe16-stage
: > $out.txt
for side in "$@"; do
  jar=$base; [ $side = c1 ] && jar=${C1:-/tmp/dedupe16-jars/c1.jar}
  l0=$(cut -d' ' -f1 /proc/loadavg)
  r=$(nice -n 5 $J/java -Xmx2g -Dwork.dir=$s/work -cp $s/driver:$base \
    StageTwoJars /work/wt/data/gen-10000 $rounds 2 dedupe $side=$jar 2>/dev/null | grep "dedupe   ALL")
  echo "$side $(date -u +%T) load $l0-$(cut -d' ' -f1 /proc/loadavg) | $r" >> $out.txt
done
