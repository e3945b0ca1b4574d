#!/usr/bin/env bash
# pairs.sh TAG AFTER_JAR ORDER...: 10k imports of gen-10000 as bin/bench runs them (-Xmx1g, 2 processors, its
# default import options -XX:+UseParallelGC -XX:-UseOnStackReplacement), one per word of ORDER (base: main's jar at
# session 16's start, after: AFTER_JAR, bare: index-baseline --analyzer same with main's jar), in that order; each
# import's JSON line in pairs-TAG.jsonl and a summary line (cpu_seconds, wall, load) in pairs-TAG.txt
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
base=/work/wt/data/main-e3d1c34-bench.jar
tag=$1; after=$2; shift 2
opts="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
for side in "$@"; do
  jar=$base; [ $side = after ] && jar=$after
  d=/tmp/dedupe16-pair; rm -rf $d
  l0=$(cut -d' ' -f1 /proc/loadavg)
  if [ $side = bare ]; then
    json=$(nice -n 5 $J $opts -jar $base index-baseline --docs /work/wt/data/gen-10000 --index $d --analyzer same 2>/dev/null | tr -d '\n')
  else
    json=$(nice -n 5 $J $opts -jar $jar import --docs /work/wt/data/gen-10000 --corpus $d 2>/dev/null | tr -d '\n')
  fi
  l1=$(cut -d' ' -f1 /proc/loadavg)
  echo "{\"side\":\"$side\",\"at\":\"$(date -u +%T)\",\"load_before\":$l0,\"load_after\":$l1,\"result\":$json}" >> $here/pairs-$tag.jsonl
  python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(f\"{sys.argv[2]:5s} {r['at']} cpu_seconds {r['result']['cpu_seconds']} wall {r['result']['seconds']} load {r['load_before']}-{r['load_after']}\")" \
    "$(tail -1 $here/pairs-$tag.jsonl)" $side | tee -a $here/pairs-$tag.txt
done
rm -rf /tmp/dedupe16-pair
