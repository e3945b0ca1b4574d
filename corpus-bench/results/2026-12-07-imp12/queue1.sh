#!/usr/bin/env bash
# queue1.sh: what ran after c2 was built, one after another: identity at 10k, the stage harness, the JFR profile of
# c2 at 100k, then two 100k pairs in opposite orders
here=$(cd "$(dirname "$0")" && pwd)
cd $here
./import10k.sh /tmp/imp12/jars/c2.jar c2
JAR=/work/wt/data/main-92c6c42-bench.jar TOOLS=/tmp/imp12/dumptools ../2026-12-07-keys11/compare.sh /tmp/imp12/w/corpus-base /tmp/imp12/w/corpus-c2 > compare-10k-c2.txt 2>&1
./stages.sh stages-c2 3 docs,subfields,tokens /tmp/imp12/jars/c2.jar
./jfr.sh c2
./pair.sh p1 base c2
./pair.sh p2 c2 base
