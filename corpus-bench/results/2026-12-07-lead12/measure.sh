#!/bin/bash
cd /work/main
/tmp/pair.sh q2 start now > /tmp/lead12/q2.txt 2>&1
/tmp/pair.sh q3 now start > /tmp/lead12/q3.txt 2>&1
JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 sh corpus-bench/results/2026-12-07-gate11/lid-ab.sh /work/wt/data/main-92c6c42-bench.jar /work/wt/data/main-3f7e4d4-bench.jar corpus-bench/target/classes /tmp/lead12/lid-ab12.txt
echo done > /tmp/lead12/measure.done
