#!/usr/bin/env bash
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
JAR=/work/wt/data/main-50e1f3e-bench.jar; P=/work/main/corpus-bench/tools/pairs.sh; D=/work/wt/data/gen-100000
DEF="-XX:+UseParallelGC -XX:-UseOnStackReplacement"
INL="$DEF -XX:MaxInlineLevel=9 -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150"
for v in def inl inl def; do
  if [ $v = def ]; then o=$DEF; else o=$INL; fi
  PAIRS_JVM="$o" PAIRS_TMP=/tmp/lead18/pt bash $P ratio $JAR $D 1 $v | grep pair
done
