#!/usr/bin/env bash
# jfr.sh OUT_TXT SIDE...: a 100k import under JFR's profile settings per SIDE (base: main-e2eaf60-bench.jar, c2:
# this branch's jar), one after another, with bin/bench's import options (lead15's jfr.sh); then the language-ID
# stage's samples of each recording (stage-samples.py). Recordings in /tmp/lid18/jfr/, deleted by hand.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$1; shift
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
opts="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
mkdir -p /tmp/lid18/jfr
for side in "$@"; do
  jar=/work/wt/data/main-e2eaf60-bench.jar; [ $side = c2 ] && jar=/tmp/lid18/jars/c2.jar
  rm -rf /tmp/lid18/jfr/c-$side
  echo "[$(date -u +%T)] import $side load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out
  nice -n 5 $J $opts -XX:StartFlightRecording=filename=/tmp/lid18/jfr/imp-$side.jfr,settings=profile -jar $jar \
    import --docs /work/wt/data/gen-100000 --corpus /tmp/lid18/jfr/c-$side 2>/tmp/lid18/jfr/imp-$side.err | tail -1 >> $out
  echo "[$(date -u +%T)] done load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out
  rm -rf /tmp/lid18/jfr/c-$side
  python3 $here/stage-samples.py /tmp/lid18/jfr/imp-$side.jfr >> $out
done
