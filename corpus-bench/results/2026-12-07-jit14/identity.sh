#!/usr/bin/env bash
# identity.sh JAR TAG: imports gen-10000 with JAR (and, once, with the before jar) as bin/bench runs them and
# compares the two corpora with keys11's compare.sh (every stored field, doc value and term); output to
# compare-10k-TAG.txt
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
here=$(cd "$(dirname "$0")" && pwd)
before=/work/wt/data/main-959a1dc-bench.jar
imp() { rm -rf $2; nice -n 5 $java -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC \
  -jar $1 import --docs /work/wt/data/gen-10000 --corpus $2 > $2.json 2> $2.err; }
[ -f /tmp/jit14-id-before/corpus.yaml ] || imp $before /tmp/jit14-id-before
imp $1 /tmp/jit14-id-$2
JAR=$before TOOLS=/tmp/jit14-tools $here/../2026-12-07-keys11/compare.sh /tmp/jit14-id-before /tmp/jit14-id-$2 > $here/compare-10k-$2.txt 2>&1
echo "[$(date -u +%T)] identity $2: $(tr '\n' ' ' < $here/compare-10k-$2.txt)" >> $here/log.txt
