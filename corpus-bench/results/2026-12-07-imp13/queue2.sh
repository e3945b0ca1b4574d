#!/usr/bin/env bash
# queue2.sh: what ran after build s3, one job at a time: gen-10000 imported by the starting jar and s3 and compared;
# the stage harness; the JFR recording of s3 at 100k; pairs p1 (s3 first) and p2 (starting jar first); the 100k
# corpora of p1 compared
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd $here
bash import10k.sh /work/wt/data/main-3f7e4d4-bench.jar base
bash import10k.sh /tmp/imp13/jars/s3.jar s3
bash compare.sh /tmp/imp13/w/corpus-base /tmp/imp13/w/corpus-s3 > compare-10k-s3.txt 2>&1
bash stages.sh $here/stages-s3 3 quality,tokens,docs /tmp/imp13/jars/s3.jar
bash jfr.sh s3
bash pair.sh p1 s3 base
bash pair.sh p2 base s3
bash compare100k.sh p1 s3 base > compare-100k-p1.txt 2>&1
