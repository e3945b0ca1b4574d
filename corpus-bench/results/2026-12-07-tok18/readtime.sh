#!/usr/bin/env bash
# readtime.sh CORPUS_A CORPUS_B K OUT: the read side, main's code on CORPUS_A (format 1) against this branch's on
# CORPUS_B (format 2), in K ABBA rounds: a whole-corpus frequency list (stats freq --top 100) and a sorted Thai
# concordance (search --kwic ข้าว --sort 1R,2R --limit 0); per run the process's wall, user and system seconds
# (JVM start included) and the 1-minute load, one line each in OUT.
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
J=$JAVA_HOME/bin/java; a=$1; b=$2; k=$3; out=$4
OLD=/work/wt/data/main-e2eaf60-bench.jar:/tmp/tok18-w/cli-tok2.jar
NEW=/tmp/tok18-w/cli-tok2.jar
one() { # side corpus cp cmd...
  local side=$1 c=$2 cp=$3; shift 3
  local l=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S" -o /tmp/tok18-w/rt.time nice -n 5 $J -Xmx1g -XX:ActiveProcessorCount=2 \
    --enable-native-access=ALL-UNNAMED -cp "$cp" org.seacorpus.cli.CorpusCommand -C "$c" --json "$@" > /dev/null 2>/dev/null
  echo "$side $1 load $l wall/user/sys $(cat /tmp/tok18-w/rt.time)" >> "$out"
}
both() { # cmd...
  one A "$a" "$OLD" "$@"; one B "$b" "$NEW" "$@"
}
rev() { one B "$b" "$NEW" "$@"; one A "$a" "$OLD" "$@"; }
for r in $(seq $k); do
  if [ $((r % 2)) = 1 ]; then both stats freq --top 100; both search --kwic ข้าว --sort 1R,2R --limit 0
  else rev stats freq --top 100; rev search --kwic ข้าว --sort 1R,2R --limit 0; fi
done
