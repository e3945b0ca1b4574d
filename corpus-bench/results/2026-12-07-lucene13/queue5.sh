#!/usr/bin/env bash
# after queue4 (its process id $1): ParallelGC with OSR off again at 100k beside the defaults, and two 10k pairs
cd "$(dirname "$0")"
while [ -d /proc/$1 ]; do sleep 5; done
S=/work/wt/data/main-3f7e4d4-bench.jar
EXTRA="-XX:+UseParallelGC -XX:-UseOnStackReplacement" ./run.sh $S s13-pgc-noosr
./run.sh $S s14-start
for i in 1 2; do
  ./run.sh $S t$i-start 10000
  EXTRA="-XX:+UseParallelGC -XX:-UseOnStackReplacement" ./run.sh $S t$i-pgc-noosr 10000
done
