#!/bin/sh
cd /work/main
JAR=/work/wt/gate11/corpus-bench/target/corpus-bench.jar
JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for run in 1 2; do
 for p in default 0 1; do
  if [ $p = default ]; then opt=""; else opt="-Djava.util.concurrent.ForkJoinPool.common.parallelism=$p"; fi
  echo "=== run $run fj=$p $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
  nice -n 5 $JAVA -Xmx1g $opt -cp $JAR org.seacorpus.bench.jmh.LanguageIdCpuThroughput 3 2>&1
 done
done
