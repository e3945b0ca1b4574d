#!/usr/bin/env bash
# oldreader.sh: main's reading code (older than format 2) on this branch's 10k import (format 2): it cuts every
# document's text again; three of outputs.sh's commands compared with main's code on main's import.
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
J=$JAVA_HOME/bin/java; OLD=/work/wt/data/main-e2eaf60-bench.jar:/tmp/tok18-w/cli-tok2.jar; OUT=/tmp/tok18-w/out
mkdir -p $OUT/b-old
run() { local n=$1; shift; /usr/bin/time -f "%e %U %S" -o $OUT/b-old/$n.time nice -n 5 $J -Xmx1g -XX:ActiveProcessorCount=2 \
  --enable-native-access=ALL-UNNAMED -cp $OLD org.seacorpus.cli.CorpusCommand -C /tmp/tok18-c10k-b --json "$@" > $OUT/b-old/$n.out 2>/dev/null
  echo "$n: differing lines $(diff $OUT/a-old/$n.out $OUT/b-old/$n.out | grep -c '^[<>]'); wall/user/sys $(cat $OUT/b-old/$n.time) against $(cat $OUT/a-old/$n.time)"; }
run freq stats freq --top 1000000 --min 1
run coll-th stats collocations ข้าว --lang th --window 3 --min 1 --top 1000
run kwic-th search --kwic ข้าว --sort 1R,2R --limit 0 --max-lines 100000
