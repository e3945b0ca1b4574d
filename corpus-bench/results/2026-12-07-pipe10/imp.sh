#!/usr/bin/env bash
# imp.sh JAR TAG N: plain import of gen-N (no JFR), for identity checks
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
w=/work/wt/pipe10/target/w
rm -rf $w/corpus-$2
echo "[$(date -u +%T)] start $2 load $(cut -d' ' -f1-3 /proc/loadavg)" >> $w/log.txt
nice -n 5 $java -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -jar $1 import --docs $w/gen-$3 --corpus $w/corpus-$2 > $w/import-$2.json 2> $w/import-$2.err
echo "[$(date -u +%T)] end $2 load $(cut -d' ' -f1-3 /proc/loadavg)" >> $w/log.txt
