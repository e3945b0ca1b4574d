#!/usr/bin/env bash
# same-load A/B at 100k: main's assembly and this branch's, run at the same time (prepare of the corpus; dedupe of
# main's prepare output from 00:00), so both see the same load
cd /work/wt/spark7
run() { # NAME JAR STEPS [PREPARED]
  SPARK_BENCH_BUILD=0 SPARK_BENCH_SPARK_JAR=$PWD/<jars>/$2 SPARK_BENCH_CLI_JAR=$PWD/target/jars/main-bench.jar \
  SPARK_BENCH_CORPUS=/work/wt/data/gen-100000 SPARK_BENCH_RUNS=local SPARK_BENCH_STEPS=$3 SPARK_BENCH_PREPARED=${4:-} \
  SPARK_BENCH_WORK=$PWD/target/ab-$1 bin/spark-bench 100000 > target/ab-$1.log 2>&1
}
P=$PWD/target/sb-prof-main/100000/local/prepared
run main-prepare main-spark.jar prepare &
run s7b-prepare s7b-spark.jar prepare &
run main-dedupe main-spark.jar dedupe $P &
run s7b-dedupe s7b-spark.jar dedupe $P &
wait
