#!/usr/bin/env bash
# q1: step 1, the collector on both sides at 100k, ABBA (ParallelGC = the current import default, G1 = the JVM's)
cd "$(dirname "$0")"
OPTS=-XX:+UseParallelGC ./run.sh q1-pgc-a 100000
OPTS=-XX:+UseG1GC ./run.sh q1-g1-a 100000
OPTS=-XX:+UseG1GC ./run.sh q1-g1-b 100000
OPTS=-XX:+UseParallelGC ./run.sh q1-pgc-b 100000
