#!/bin/bash
cd /tmp/dd-bench
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
echo "$(date -u +%FT%TZ) truth start" >> /tmp/dd-1m/steps.log
$J -jar /tmp/dd-1m/bench.jar generate --sample-data /work/main/sample-data --docs 1000000 --jaccard --truth-only --out /tmp/dd-1m/truth-1m > /tmp/dd-1m/truth.out 2> /tmp/dd-1m/truth.log
echo "$(date -u +%FT%TZ) truth done rc=$?" >> /tmp/dd-1m/steps.log
$J -Xmx4g -jar /tmp/dd-1m/bench.jar evaluate --corpus corpus-1000000 --truth /tmp/dd-1m/truth-1m/truth.jsonl > /tmp/dd-1m/evaluate.json 2> /tmp/dd-1m/evaluate.log
echo "$(date -u +%FT%TZ) evaluate done rc=$?" >> /tmp/dd-1m/steps.log
