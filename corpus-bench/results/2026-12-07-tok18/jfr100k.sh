#!/usr/bin/env bash
# JFR profile recordings of a 100k import with two jars, B first then A (the order given), load noted.
#   jfr100k.sh TAG_A JAR_A TAG_B JAR_B OUTDIR
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
J=$JAVA_HOME/bin/java; D=/work/wt/data/gen-100000; out=$5; mkdir -p $out
B="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
run() { # tag jar
  rm -rf /tmp/tok18-jc; local l=$(cut -d' ' -f1 /proc/loadavg)
  nice -n 5 $J $B -XX:StartFlightRecording=settings=profile,filename=$out/$1.jfr -jar $2 import --docs $D --corpus /tmp/tok18-jc > $out/$1.json 2>/dev/null
  echo "$(date -u +%T) $1 load-start $l load-end $(cut -d' ' -f1 /proc/loadavg) cpu $(grep -o '"cpu_seconds" : [0-9.]*' $out/$1.json | cut -d: -f2) index $(du -sb /tmp/tok18-jc | cut -f1)"
  du -sb /tmp/tok18-jc/* > $out/$1.du 2>/dev/null
}
run $3 $4; run $1 $2
rm -rf /tmp/tok18-jc
