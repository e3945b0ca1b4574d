#!/bin/bash
cd /work/wt/malay11
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 MAVEN_OPTS=--sun-misc-unsafe-memory-access=allow
M="nice -n 5 mvn -o -q -pl corpus-core test -Dsurefire.failIfNoSpecifiedTests=false -Dlangid.experiment=true"
echo "dev start $(date -u +%T) load $(cat /proc/loadavg)"
$M -Dtest=IdMsReportExperimentTest -Dlangid.baseline=/tmp/malay11/main-builtin-id-ms.pair -Dlangid.configs=shipped > /tmp/malay11/report-dev-final-model.log 2>&1
echo "final start $(date -u +%T) load $(cat /proc/loadavg)"
$M -Dtest=IdMsReportExperimentTest -Dlangid.final=true -Dlangid.baseline=/tmp/malay11/main-builtin-id-ms.pair -Dlangid.configs=shipped > /tmp/malay11/report-final.log 2>&1
echo "gate start $(date -u +%T) load $(cat /proc/loadavg)"
$M -Dtest=LinguaGateExperimentTest > /tmp/malay11/gate.log 2>&1
echo "dump start $(date -u +%T)"
$M -Dtest=IdMsErrorDumpExperimentTest -Dlangid.dump=/tmp/malay11/dump-new.tsv > /tmp/malay11/dump-new.log 2>&1
$M -Dtest=PairWordWeightExperimentTest -Dlangid.words=/tmp/malay11/words-new.tsv > /tmp/malay11/words-new.log 2>&1
echo "bench build start $(date -u +%T) load $(cat /proc/loadavg)"
nice -n 5 mvn -o -q -Pbench package -DskipTests -pl corpus-cli,corpus-bench -am > /tmp/malay11/bench-build.log 2>&1
cp corpus-bench/target/corpus-bench.jar /tmp/malay11/malay11-bench.jar
echo "throughput start $(date -u +%T)"
for i in 1 2; do
  for j in /work/wt/data/main-e53ed14-bench.jar /tmp/malay11/malay11-bench.jar; do
    echo "== $j run $i $(date -u +%T) load $(cat /proc/loadavg)"
    nice -n 5 $JAVA_HOME/bin/java --sun-misc-unsafe-memory-access=allow -cp $j org.seacorpus.bench.jmh.LanguageIdCpuThroughput 3 2>&1 | grep -v jqwik
  done
done > /tmp/malay11/throughput.log
echo "all done $(date -u +%T)"
