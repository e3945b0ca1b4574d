#!/usr/bin/env bash
# import10k.sh JAR TAG: the bench jar's import of gen-10000 (seed 20250101) into /tmp/imp13/w/corpus-TAG, as bin/bench
# runs it (-Xmx1g, 2 processors, niced); the JSON report beside it; start, end and load in /tmp/imp13/w/log.txt
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
w=${W:-/tmp/imp13/w}; mkdir -p $w
jar=$1; tag=$2; n=${N:-10000}
rm -rf $w/corpus-$tag
echo "[$(date -u +%T)] start $tag load $(cut -d' ' -f1-3 /proc/loadavg)" >> $w/log.txt
nice -n 5 $java -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED \
  -jar $jar import --docs /work/wt/data/gen-$n --corpus $w/corpus-$tag > $w/import-$tag.json 2> $w/import-$tag.err
echo "[$(date -u +%T)] end $tag load $(cut -d' ' -f1-3 /proc/loadavg)" >> $w/log.txt
