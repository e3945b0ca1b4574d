#!/usr/bin/env bash
# reindex.sh CORPUS OUT.txt CONFIG...: tools/Reindex on the documents of an imported corpus (one JVM, rounds in order)
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
jar=${JAR:-/tmp/l13-X.jar}; tools=/tmp/l13tools
w=/tmp/l13-reindex; rm -rf $w; mkdir -p $w
c=$1; out=$2; shift 2
echo "[$(date -u +%T)] start, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee $out
nice -n 5 $java -Xmx6g -XX:ActiveProcessorCount=2 ${EXTRA:-} -cp $jar:$tools Reindex $c/index $w "$@" 2>&1 | grep -v WARNING | tee -a $out
echo "[$(date -u +%T)] end, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a $out
rm -rf $w
