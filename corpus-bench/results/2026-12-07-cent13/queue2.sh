#!/usr/bin/env bash
# queue2.sh: the same checks with the branch's jars after 7f10760 (the profiles' scripts asked by script code):
# gen-10000 import, sample-data import and dedupe report, mojibake survey, identity compares against main's.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
W=${W:-/tmp/cent13/w}; export W
base=/work/wt/data/main-3f7e4d4-bench.jar
new=/tmp/cent13/cent13b-bench.jar
$here/import10k.sh $new cent13b
$here/sample.sh /tmp/cent13/cent13b-cli.jar cent13b
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
nice -n 5 $java -cp $new $here/tools/MojibakeSurvey.java > $W/mojibake-cent13b.txt 2> $W/mojibake-cent13b.err
JAR=$base TOOLS=/tmp/cent13/tools $here/../2026-12-07-keys11/compare.sh $W/corpus-base $W/corpus-cent13b > $W/compare-10k-b.txt 2>&1
JAR=$base TOOLS=/tmp/cent13/tools $here/../2026-12-07-keys11/compare.sh $W/sample-base $W/sample-cent13b > $W/compare-sample-b.txt 2>&1
echo "[$(date -u +%T)] queue2 done" >> $W/log.txt
