#!/bin/bash
# after queue1: CLI jars of the start and of this branch (sample data identity), a 10k import of the branch with JFR,
# then the 100k pairs
cd /work/wt/seg11/target/s11
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 MAVEN_OPTS=--sun-misc-unsafe-memory-access=allow
while pgrep -f queue1.sh > /dev/null; do sleep 5; done
echo "$(date -u +%T) cli jars start load $(cut -d' ' -f1-3 /proc/loadavg)" >> results/log.txt
(cd start-src && nice -n 5 mvn -o -q package -DskipTests -pl corpus-cli -am > ../build-cli-start.log 2>&1) && cp start-src/corpus-cli/target/corpus.jar cli-start.jar
(cd /work/wt/seg11 && nice -n 5 mvn -o -q package -DskipTests -pl corpus-cli -am > target/s11/build-cli-b.log 2>&1) && cp /work/wt/seg11/corpus-cli/target/corpus.jar cli-b.jar
echo "$(date -u +%T) cli jars built load $(cut -d' ' -f1-3 /proc/loadavg)" >> results/log.txt
for v in start b; do
  rm -rf sample-$v
  $J -jar cli-$v.jar -C sample-$v init sample-$v > /dev/null 2>&1 || $J -jar cli-$v.jar init sample-$v > /dev/null 2>&1
  (cd /work/wt/seg11 && nice -n 5 $J -jar target/s11/cli-$v.jar -C target/s11/sample-$v --json import --exclude 'qa.csv' --exclude tools sample-data > target/s11/results/sample-import-$v.json 2> target/s11/results/sample-import-$v.err)
done
/work/wt/seg11/corpus-bench/results/2026-12-07-seg11/compare-index.sh sample-start sample-b > results/compare-sample-b.txt 2>&1
echo "$(date -u +%T) sample compare done" >> results/log.txt
echo "$(date -u +%T) import 10k b jfr start load $(cut -d' ' -f1-3 /proc/loadavg)" >> results/log.txt
rm -rf corpus-bjfr-10k
nice -n 5 $J -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -Xlog:jfr+startup=off -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=results/import-b-10k.jfr,settings=$PWD/p1ms.jfc -jar seg11b.jar import --docs /work/wt/data/gen-10000 --corpus corpus-bjfr-10k > results/import-bjfr-10k.json 2> results/import-bjfr-10k.err
echo "$(date -u +%T) import 10k b jfr end load $(cut -d' ' -f1-3 /proc/loadavg)" >> results/log.txt
./pair.sh p1 start b
./pair.sh p2 b start
