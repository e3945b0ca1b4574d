#!/usr/bin/env bash
# pairs.sh AFTER_JAR TAG: ABBA at 100k (before, after, after, before), then one pair at 10k (before, after);
# (the first before corpus kept at 100k for the identity check); before = main at the session's start (/work/wt/data/main-959a1dc-bench.jar)
cd "$(dirname "$0")"
B=/work/wt/data/main-959a1dc-bench.jar; A=$1; T=$2
KEEP=1 ./run.sh $B before-p1; ./run.sh $A $T-p1; ./run.sh $A $T-p2; ./run.sh $B before-p2
./run.sh $B before-p3 10000; ./run.sh $A $T-p3 10000
