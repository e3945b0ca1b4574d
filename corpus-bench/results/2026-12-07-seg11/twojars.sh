#!/bin/bash
# twojars.sh TAG AFTER_JAR [BASE_JAR] [ROUNDS]: segmentation alone per language, start jar against AFTER_JAR, one JVM
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
tag=$1; after=$2; base=${3:-/work/wt/data/main-e53ed14-bench.jar}; rounds=${4:-3}
echo "$(date -u +%T) twojars $tag start load $(cut -d' ' -f1-3 /proc/loadavg)" >> results/log.txt
nice -n 5 $J/java -Xmx2g -XX:ActiveProcessorCount=2 -Dwork.dir=$PWD/work-classes -cp tools-start:/work/wt/data/main-e53ed14-bench.jar \
  TwoJars /work/wt/data/gen-10000 $rounds 2 segment base=$base after=$after > results/twojars-$tag.txt 2> results/twojars-$tag.log
echo "$(date -u +%T) twojars $tag end load $(cut -d' ' -f1-3 /proc/loadavg)" >> results/log.txt
