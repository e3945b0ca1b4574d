#!/usr/bin/env bash
# stages-alone.sh OUT ROUNDS ORDER...: the language-identification stage's thread CPU (pipe10's StageTwoJars + this
# folder's StageWork on gen-10000, 2 warm-up rounds then ROUNDS timed) with ONE build per JVM, a JVM per word of
# ORDER (base: main-bf1c545, the session's starting jar; c2: this branch's jar, $C2), one after another (ABBA), so
# no build shares a JVM with another (dedupe16's stages-alone.sh adapted). Prints the ALL and mix lines of each.
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
out=$1; rounds=$2; shift 2
base=/work/wt/data/main-bf1c545-bench.jar
s=/tmp/text17-stage
: > $out.txt
for side in "$@"; do
  jar=$base; [ $side = c2 ] && jar=${C2:-/tmp/text17-jars/text17-c2.jar}
  l0=$(cut -d' ' -f1 /proc/loadavg)
  r=$(nice -n 5 $J/java -Xmx2g -XX:ActiveProcessorCount=2 -Dwork.dir=$s/work -cp $s/driver:$base \
    StageTwoJars /work/wt/data/gen-10000 $rounds 2 langid $side=$jar 2>/dev/null | grep -E "langid +(ALL|mix)" | tr -s ' ' | tr '\n' ';')
  echo "$side $(date -u +%T) load $l0-$(cut -d' ' -f1 /proc/loadavg) | $r" >> $out.txt
done
