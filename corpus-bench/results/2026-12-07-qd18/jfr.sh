#!/usr/bin/env bash
# jfr.sh DOCS TAG SIDE...: an import of DOCS with a JFR `profile` recording per SIDE (base: main-e2eaf60's jar,
# qd18: this branch's jar, $QD18_JAR or /tmp/qd18-stage/qd18-c2-bench.jar), bin/bench's import JVM options, then the samples
# of the quality and dedupe-keys stages and of what this branch changed (jfr-stacks.py incl and below) into
# jfr-TAG-SIDE.txt; the recording stays at /tmp/qd18-stage/TAG-SIDE.jfr
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
T=$here/../../tools/jfr-stacks.py
opts="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
docs=$1; tag=$2; shift 2
for side in "$@"; do
  jar=/work/wt/data/main-e2eaf60-bench.jar; [ $side = qd18 ] && jar=${QD18_JAR:-/tmp/qd18-stage/qd18-c2-bench.jar}
  out=$here/jfr-$tag-$side.txt
  rm -rf /tmp/qd18-stage/jfr-corpus
  echo "[$(date -u +%T)] $side $jar load $(cut -d' ' -f1-3 /proc/loadavg)" > $out
  nice -n 5 $J $opts -XX:StartFlightRecording=settings=profile,filename=/tmp/qd18-stage/$tag-$side.jfr -jar $jar import \
    --docs $docs --corpus /tmp/qd18-stage/jfr-corpus 2>/dev/null | tail -1 >> $out
  echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out
  python3 $T incl /tmp/qd18-stage/$tag-$side.jfr 0 'QualityStage\.apply' 'DedupeKeysStage\.apply' \
    'QualityAnalyzer\$Words\.traits' 'MinHashSigner\.sign' 'Shingler\.wordHashes' 'TextKeys\.keys' \
    'ShingleSets\.of' 'composePair' 'hashCharsTo' >> $out 2>&1
  python3 $T below /tmp/qd18-stage/$tag-$side.jfr 'QualityStage.apply' 3 2>&1 | head -16 >> $out
  python3 $T below /tmp/qd18-stage/$tag-$side.jfr 'DedupeKeysStage.apply' 3 2>&1 | head -20 >> $out
done
rm -rf /tmp/qd18-stage/jfr-corpus
