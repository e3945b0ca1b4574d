#!/bin/bash
# finish the 1M import into the corpus the dedupe helper stopped at 380k, then an incremental dedupe, at -Xmx1g
cd /tmp/dd-bench
J="/usr/lib/jvm/temurin-25-jdk-amd64/bin/java --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED -Xmx1g -XX:ActiveProcessorCount=2"
echo "$(date -u +%FT%TZ) import-rest start, load $(cut -d' ' -f1-3 /proc/loadavg)" >> /tmp/dd-1m/steps.log
/usr/bin/time -v -o /tmp/dd-1m/import.time nice -n 5 $J -Xlog:gc:file=/tmp/dd-1m/import.gc.log -jar /tmp/dd-1m/corpus.jar -C corpus-1000000 --json import --include 'docs-*.jsonl' gen-1000000 > /tmp/dd-1m/import.json 2> /tmp/dd-1m/import.log
echo "$(date -u +%FT%TZ) import-rest done rc=$?, load $(cut -d' ' -f1-3 /proc/loadavg)" >> /tmp/dd-1m/steps.log
/usr/bin/time -v -o /tmp/dd-1m/dedupe.time nice -n 5 $J -Xlog:gc:file=/tmp/dd-1m/dedupe.gc.log -jar /tmp/dd-1m/corpus.jar -C corpus-1000000 --json dedupe > /tmp/dd-1m/dedupe.json 2> /tmp/dd-1m/dedupe.log
echo "$(date -u +%FT%TZ) dedupe done rc=$?, load $(cut -d' ' -f1-3 /proc/loadavg)" >> /tmp/dd-1m/steps.log
