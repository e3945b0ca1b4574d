#!/bin/bash
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for i in 1 2; do
  for side in start now; do
    jar=/work/wt/data/main-13ca765-bench.jar; [ $side = now ] && jar=/work/wt/data/main-769f647-bench.jar
    echo "== $side run $i $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> /tmp/lid/lid-ab.txt
    $J --sun-misc-unsafe-memory-access=allow -cp $jar org.seacorpus.bench.jmh.LanguageIdCpuThroughput 3 >> /tmp/lid/lid-ab.txt 2>&1
  done
done
echo "== end $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> /tmp/lid/lid-ab.txt
/tmp/pair.sh p2 now start > /tmp/pair-p2.log 2>&1
/tmp/pair.sh p3 start now > /tmp/pair-p3.log 2>&1
