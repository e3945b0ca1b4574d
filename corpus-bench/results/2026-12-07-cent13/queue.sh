#!/usr/bin/env bash
# queue.sh: what ran, in order, one heavy job at a time: gen-10000 imports (main's bench jar, then this branch's),
# main's CLI jar built from a clone of main, the sample-data imports and dedupe reports, the mojibake survey, and
# keys11's identity compare of each pair. Outputs in $W (/tmp/cent13/w); copied here afterwards.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
W=${W:-/tmp/cent13/w}; export W
base=/work/wt/data/main-3f7e4d4-bench.jar
new=/tmp/cent13/cent13-bench.jar
$here/import10k.sh $base base
$here/import10k.sh $new cent13
if [ ! -f /tmp/cent13/main-cli.jar ]; then
  rm -rf /tmp/cent13/main-src && git clone -q /work/main /tmp/cent13/main-src && (cd /tmp/cent13/main-src && git log -1 --format=%h > /tmp/cent13/main-cli-commit.txt && \
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 MAVEN_OPTS=--sun-misc-unsafe-memory-access=allow nice -n 5 mvn -o -q package -DskipTests -pl corpus-cli -am > /tmp/cent13/main-build.log 2>&1) && \
    cp /tmp/cent13/main-src/corpus-cli/target/corpus.jar /tmp/cent13/main-cli.jar
fi
$here/sample.sh /tmp/cent13/main-cli.jar base
$here/sample.sh /tmp/cent13/cent13-cli.jar cent13
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
nice -n 5 $java -cp $base $here/tools/MojibakeSurvey.java > $W/mojibake-base.txt 2> $W/mojibake-base.err
nice -n 5 $java -cp $new $here/tools/MojibakeSurvey.java > $W/mojibake-cent13.txt 2> $W/mojibake-cent13.err
JAR=$base TOOLS=/tmp/cent13/tools $here/../2026-12-07-keys11/compare.sh $W/corpus-base $W/corpus-cent13 > $W/compare-10k.txt 2>&1
JAR=$base TOOLS=/tmp/cent13/tools $here/../2026-12-07-keys11/compare.sh $W/sample-base $W/sample-cent13 > $W/compare-sample.txt 2>&1
echo "[$(date -u +%T)] queue done" >> $W/log.txt
