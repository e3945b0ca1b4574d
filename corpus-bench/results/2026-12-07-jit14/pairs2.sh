#!/usr/bin/env bash
# pairs2.sh AFTER_JAR TAG: two more ABBA rounds at 100k (before, after, after, before, twice), after pairs.sh
cd "$(dirname "$0")"
B=/work/wt/data/main-959a1dc-bench.jar; A=$1; T=$2
./run.sh $B before-p4; ./run.sh $A $T-p4; ./run.sh $A $T-p5; ./run.sh $B before-p5
./run.sh $B before-p6; ./run.sh $A $T-p6; ./run.sh $A $T-p7; ./run.sh $B before-p7
