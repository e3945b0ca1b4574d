#!/usr/bin/env bash
# norm.sh: corpus-bench normalize on gen-10000, the session's base jar and this branch's (after2) alternately
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
w=/work/wt/pipe7/target/p7; r=$w/results
for n in 1 2; do
  for v in base after2; do
    echo "[$(date -u +%H:%M:%S)] normalize $v-$n start (load $(cut -d' ' -f1-3 /proc/loadavg))" >> $r/log.txt
    nice -n 5 $java -Xmx1g -XX:ActiveProcessorCount=2 -jar $w/$v/corpus-bench.jar normalize --docs $w/gen-10000 --rounds ${ROUNDS:-10} > $r/normalize-$v-$n.json 2> $r/normalize-$v-$n.err
    echo "[$(date -u +%H:%M:%S)] normalize $v-$n end (load $(cut -d' ' -f1-3 /proc/loadavg))" >> $r/log.txt
  done
done
