#!/usr/bin/env bash
# jfr10k.sh VARIANT...: a 10k import of gen-10000 with a JFR "profile" recording (bin/bench's BENCH_JFR options),
# then the jar's stage-shares of it: jfr-VARIANT-import.json, jfr-VARIANT-stage-shares.json here, the recording in
# /tmp/quality16-jfr-VARIANT.jfr; load to log-10k.txt
set -uo pipefail
out=$(cd "$(dirname "$0")" && pwd)
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for v in "$@"; do
  case $v in base) jar=/work/wt/data/main-e3d1c34-bench.jar ;; *) jar=/tmp/quality16-$v.jar ;; esac
  dir=/tmp/quality16-jfr-$v; rm -rf $dir
  echo "[$(date -u +%T)] jfr $v start (load $(cut -d' ' -f1-3 /proc/loadavg))" >> $out/log-10k.txt
  nice -n 5 $J -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC \
    -XX:-UseOnStackReplacement -Xlog:jfr+startup=off -XX:FlightRecorderOptions:stackdepth=256 \
    -XX:StartFlightRecording=filename=/tmp/quality16-jfr-$v.jfr,settings=profile \
    -jar $jar import --docs /work/wt/data/gen-10000 --corpus $dir > $out/jfr-$v-import.json 2>/dev/null
  echo "[$(date -u +%T)] jfr $v end (load $(cut -d' ' -f1-3 /proc/loadavg)) $(grep -o '"cpu_seconds" *: *[0-9.]*' $out/jfr-$v-import.json)" >> $out/log-10k.txt
  $J -jar $jar stage-shares /tmp/quality16-jfr-$v.jfr > $out/jfr-$v-stage-shares.json 2>/dev/null
  rm -rf $dir
done
