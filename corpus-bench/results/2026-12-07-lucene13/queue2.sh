#!/usr/bin/env bash
# JVM options of the import with the start jar, alternating with the start jar's defaults; each import followed by its bare-Lucene run
cd "$(dirname "$0")"
S=/work/wt/data/main-3f7e4d4-bench.jar
EXTRA="-XX:+UseParallelGC" ./run.sh $S s5-pgc
EXTRA="-XX:-UseOnStackReplacement" ./run.sh $S s6-noosr
./run.sh $S s7-start
EXTRA="-XX:+UseParallelGC" ./run.sh $S s8-pgc
