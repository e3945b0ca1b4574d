#!/usr/bin/env bash
# dedupe before/after on round 1's corpora: B = main's jar on main's corpus, C = candidate on its corpus,
# O = candidate's jar on main's corpus (the old layout, with lsh_ terms)
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
w=/tmp/import4
r=$w/results
lim=(-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:+UseTransparentHugePages)
log() { echo "[$(date -u +%H:%M:%S)] $* (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a $r/log.txt; }
until grep -q "kept corpus-B" $r/log.txt; do sleep 5; done
dd() { # variant kinds rep
  local v=$1 k=$2 n=$3 jar corpus
  case $v in B) jar=$w/before/corpus-bench.jar; corpus=$w/keep-B;; C) jar=$w/after/corpus-bench.jar; corpus=$w/keep-C;; O) jar=$w/after/corpus-bench.jar; corpus=$w/keep-B;; esac
  log "dedupe-$k $v$n start"
  nice -n 5 $java "${lim[@]}" -jar $jar dedupe --corpus $corpus --kinds $k --fresh > $r/dedupe-$k-$v$n.json 2> $r/dedupe-$k-$v$n.err
  log "dedupe-$k $v$n end: $(tr -d '\n ' < $r/dedupe-$k-$v$n.json | cut -c1-400)"
}
for n in 1 2; do for v in B C O; do dd $v near $n; done; done
for n in 1 2; do
  for v in B C O; do
    dd $v all $n
    if [ $n = 1 ]; then
      case $v in B|O) c=$w/keep-B;; C) c=$w/keep-C;; esac
      $java -cp $w/after/corpus-bench.jar $w/tools/DumpMarks.java $c > $r/marks-$v.tsv 2> $r/marks-$v.err
    fi
  done
done
log "dedupe done; marks: $(md5sum $r/marks-*.tsv | tr '\n' ' ')"
