#!/usr/bin/env bash
# final.sh JAR OUT: issue 16's goal phases as bin/bench runs them (import, index-same, normalize, langid, startup),
# at 10k and 100k, with JAR as the bench jar (BENCH_BUILD=0), the shared generated corpora linked in, and the
# report written; OUT gets results/ and the log. Run from the project root of the commit JAR was built from.
set -euo pipefail
jar=$1; out=$2
root=$(pwd)
dir=$out/bench; mkdir -p $dir/bin $dir/corpus-bench/target $out/work
cp -r bin/. $dir/bin/
cp "$jar" $dir/corpus-bench/target/corpus-bench.jar
ln -sfn $root/sample-data $dir/sample-data
ln -sfn $root/corpus-core $dir/corpus-core   # the langid phase's development sentences
mkdir -p $dir/corpus-cli && ln -sfn $root/corpus-cli/target $dir/corpus-cli/target   # startup-bench's CLI jar
for n in 10000 100000; do ln -sfn /work/wt/data/gen-$n $out/work/gen-$n; done
cd $dir
BENCH_BUILD=0 BENCH_JMH=0 BENCH_WORK=$out/work BENCH_PHASES="import index-same normalize langid startup" \
  bin/bench 10000 100000 > $out/bench.log 2>&1
