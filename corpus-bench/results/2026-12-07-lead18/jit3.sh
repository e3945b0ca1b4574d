#!/usr/bin/env bash
# 100k import and bare Lucene under inlining option sets, thread CPU per group; alternating order per round
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
J=$JAVA_HOME/bin/java; JAR=/work/wt/data/main-e2eaf60-bench.jar; D=/work/wt/data/gen-100000
B="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
mkdir -p jit3
run() { # tag opts kind
  rm -rf /tmp/lead18/jt; local l=$(cut -d' ' -f1 /proc/loadavg)
  if [ $3 = import ]; then $J $B $2 -jar $JAR import --docs $D --corpus /tmp/lead18/jt > jit3/$1.json 2>/dev/null &
  else $J $B $2 -jar $JAR index-baseline --docs $D --index /tmp/lead18/jt --analyzer same > jit3/$1.json 2>/dev/null & fi
  local p=$!; bash /work/main/corpus-bench/tools/threads.sh $p jit3/$1.threads 0.5 & wait $p; wait
  echo "$(date -u +%T) $1 load $l cpu $(grep -o '"cpu_seconds" : [0-9.]*' jit3/$1.json | cut -d: -f2) workers $(head -1 jit3/$1.threads | awk '{print $1}') C2 $(grep 'C2' jit3/$1.threads | awk '{print $1}')"
}
for r in 1 2; do
  for v in def inl inlx; do
    case $v in def) o="";; lvl) o="-XX:MaxInlineLevel=9";; small) o="-XX:InlineSmallCode=1000";; freq) o="-XX:FreqInlineSize=150";;
      inl) o="-XX:MaxInlineLevel=9 -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150";;
      inlx) o="-XX:MaxInlineLevel=6 -XX:InlineSmallCode=500 -XX:FreqInlineSize=100";; esac
    if [ $r = 1 ]; then run $v-imp-$r "$o" import; run $v-bare-$r "$o" bare; else run $v-bare-$r "$o" bare; run $v-imp-$r "$o" import; fi
  done
done
