#!/usr/bin/env bash
# after queue2: the starting commit's CLI jar (a clone of main at 72d9f79), the sample data by both CLI jars, the
# mixed-order quality harness
set -uo pipefail
R=/work/wt/imp13/corpus-bench/results/2026-12-07-imp13
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 MAVEN_OPTS=--sun-misc-unsafe-memory-access=allow
while pgrep -f queue2.sh > /dev/null; do sleep 5; done
echo "[$(date -u +%T)] base cli build" >> /tmp/imp13/build.log
(cd /tmp/imp13/basesrc && nice -n 5 mvn -o -q package -DskipTests -pl corpus-cli -am >> /tmp/imp13/build.log 2>&1 && cp corpus-cli/target/corpus.jar /tmp/imp13/jars/base-cli.jar)
echo "[$(date -u +%T)] base cli build end" >> /tmp/imp13/build.log
cd $R
bash sample.sh /tmp/imp13/jars/base-cli.jar base > sample-base.out 2>&1
bash sample.sh /tmp/imp13/jars/s3-cli.jar s3 > sample-s3.out 2>&1
bash compare.sh /tmp/imp13/w/sample-base /tmp/imp13/w/sample-s3 > compare-sample-s3.txt 2>&1
cp /tmp/imp13/w/sample-base-dedupe.json sample-base-dedupe.json; cp /tmp/imp13/w/sample-s3-dedupe.json sample-s3-dedupe.json
bash mixed.sh $R/mixed-s3 5 /tmp/imp13/jars/s3.jar
echo "[$(date -u +%T)] queue3 done" >> /tmp/imp13/build.log
