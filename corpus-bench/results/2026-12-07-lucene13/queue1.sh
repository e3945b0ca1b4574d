#!/usr/bin/env bash
# screening of the levers with the experiment jar (knobs as -Dl13.* system properties), and the start jar again
cd "$(dirname "$0")"
S=/work/wt/data/main-3f7e4d4-bench.jar; X=/tmp/l13-X.jar; I=/tmp/l13-info
EXTRA="-Dl13.ram=256 -Dl13.cfs=false -Dl13.mode=BEST_SPEED -XX:+UseParallelGC -Dl13.infostream=$I-x2all.txt" ./run.sh $X x2all
./run.sh $S s3-start
EXTRA="-Dl13.ram=256 -Dl13.cfs=false -XX:+UseParallelGC -Dl13.infostream=$I-x4.txt" ./run.sh $X x4-ram-cfs-pgc
EXTRA="-XX:+UseParallelGC" ./run.sh $X x5-pgc
