#!/usr/bin/env bash
# queue3.sh: after the 100k pair: c3 (CasefoldFilter's fast path, 55cd9b6) built as a bench jar and a CLI jar, its
# identity at 10k and on the sample data against the starting jar, and the stage harness of c3 against the
# starting jar (the three stages)
here=$(cd "$(dirname "$0")" && pwd)
cd $here
while pgrep -f 'pair.sh p1' > /dev/null; do sleep 5; done
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 MAVEN_OPTS=--sun-misc-unsafe-memory-access=allow
echo "[$(date -u +%T)] build c3" >> log-100k.txt
(cd ../../.. && nice -n 5 mvn -o -q -Pbench package -DskipTests -pl corpus-cli,corpus-bench -am > /tmp/imp12/build3.log 2>&1)
cp ../../target/corpus-bench.jar /tmp/imp12/jars/c3.jar; cp ../../../corpus-cli/target/corpus.jar /tmp/imp12/jars/c3-cli.jar
echo "[$(date -u +%T)] built c3" >> log-100k.txt
./import10k.sh /tmp/imp12/jars/c3.jar c3
JAR=/work/wt/data/main-92c6c42-bench.jar TOOLS=/tmp/imp12/dumptools ../2026-12-07-keys11/compare.sh /tmp/imp12/w/corpus-base /tmp/imp12/w/corpus-c3 > compare-10k-c3.txt 2>&1
./sample.sh /tmp/imp12/jars/c3-cli.jar c3
JAR=/work/wt/data/main-92c6c42-bench.jar TOOLS=/tmp/imp12/dumptools ../2026-12-07-keys11/compare.sh /tmp/imp12/w/sample-base /tmp/imp12/w/sample-c3 > compare-sample-c3.txt 2>&1
cp /tmp/imp12/w/sample-c3-dedupe.json sample-c3-dedupe.json
./stages.sh stages-c3 3 docs,subfields,tokens /tmp/imp12/jars/c3.jar
echo "[$(date -u +%T)] queue3 done" >> log-100k.txt
