#!/usr/bin/env bash
# interleaved: import (JFR) + bare Lucene baseline, variants B (main), C (candidate), X (candidate, 30 s interval)
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
gen=/work/benchscale/gen-100000
w=/tmp/import4
r=$w/results
lim=(-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED)
log() { echo "[$(date -u +%H:%M:%S)] $* (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a $r/log.txt; }
imp() { # variant run
  local v=$1 n=$2 jar extra=()
  case $v in B) jar=$w/before/corpus-bench.jar;; C) jar=$w/after/corpus-bench.jar;; X) jar=$w/after/corpus-bench.jar; extra=(--commit-interval 30);; esac
  rm -rf $w/corpus-$v
  log "import $v$n start"
  nice -n 5 $java "${lim[@]}" -Xlog:jfr+startup=off -XX:FlightRecorderOptions:stackdepth=256 \
    -XX:StartFlightRecording=filename=$r/import-$v$n.jfr,settings=profile \
    -jar $jar import --docs $gen --corpus $w/corpus-$v "${extra[@]}" > $r/import-$v$n.json 2> $r/import-$v$n.err
  log "import $v$n end: $(cat $r/import-$v$n.json)"
  $java -jar $jar stage-shares $r/import-$v$n.jfr > $r/shares-$v$n.json 2>/dev/null
  rm -rf $w/lucene-$v
  log "baseline $v$n start"
  nice -n 5 $java "${lim[@]}" -jar $jar index-baseline --docs $gen --index $w/lucene-$v --analyzer same > $r/base-$v$n.json 2> $r/base-$v$n.err
  log "baseline $v$n end: $(cat $r/base-$v$n.json)"
  rm -rf $w/lucene-$v
  du -sh $w/corpus-$v >> $r/log.txt
}
for n in 1 2; do
  for v in B C X; do imp $v $n; done
done
log "imports done"
