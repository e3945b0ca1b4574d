#!/usr/bin/env bash
# run.sh TAG JAR: one 100k import under JFR (profile settings: execution and allocation samples)
set -u
tag=$1; jar=$2
rm -rf /tmp/utf8-alloc/corpus-$tag
nice -n 5 /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED \
  -XX:+UseParallelGC -XX:-UseOnStackReplacement \
  -XX:StartFlightRecording=filename=/tmp/utf8-alloc/$tag.jfr,settings=profile \
  -jar $jar import --docs /work/wt/data/gen-100000 --corpus /tmp/utf8-alloc/corpus-$tag > /tmp/utf8-alloc/$tag.json 2> /tmp/utf8-alloc/$tag.err
echo "$tag rc=$? load_start=$3 load_end=$(cut -d' ' -f1 /proc/loadavg)" >> /tmp/utf8-alloc/runs.txt
rm -rf /tmp/utf8-alloc/corpus-$tag
