#!/usr/bin/env bash
# variants.sh OUT ROUNDS: stages.sh's harness (StageTwoJars + imp12's StageWork, dedupe stage, gen-10000, thread
# CPU, interleaved) with six builds in one JVM, to find which change costs or saves what: base (main's jar), O (main's
# three dedupe classes recompiled into a directory before main's jar: a control for the harness), A (this branch's
# Shingler only: shingles hashed from one byte buffer), B (this branch's Shingler and DedupeKeysStage: plus the one
# sort), S (this branch's MinHashSigner only: band keys from a buffer), c1 (this branch's jar, all changes). The
# directories are compiled by hand against main's jar (see the README).
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
here=$(cd "$(dirname "$0")" && pwd)
out=$1; rounds=${2:-4}
base=/work/wt/data/main-e3d1c34-bench.jar
V=/tmp/dedupe16-var
s=/tmp/dedupe16-stage
echo "[$(date -u +%T)] start load $(cut -d' ' -f1-3 /proc/loadavg)" > $out.log
nice -n 5 $J/java -Xmx2g -Dwork.dir=$s/work -cp $s/driver:$base \
  StageTwoJars /work/wt/data/gen-10000 $rounds 2 dedupe base=$base O=$V/O:$base A=$V/A:$base B=$V/B:$base \
  S=$V/S:$base c1=${C1:-/tmp/dedupe16-jars/c1.jar} > $out.txt 2>> $out.log
echo "[$(date -u +%T)] end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $out.log
