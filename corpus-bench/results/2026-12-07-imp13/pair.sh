#!/usr/bin/env bash
# pair.sh TAG JARNAME...: for each bench jar named (base = main-3f7e4d4's, else /tmp/imp13/jars/NAME.jar), in the order
# given, bin/bench's import and its own bare-Lucene run (index-same) on gen-100000 (seed 20250101), each in a fresh work
# directory; copies each run's JSON here as TAG-NAME-{import,index-same}.json and logs start, end and load to log-100k.txt
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tag=$1; shift
for name in "$@"; do
  jar=/tmp/imp13/jars/$name.jar; [ "$name" = base ] && jar=/work/wt/data/main-3f7e4d4-bench.jar
  d=/tmp/imp13/D-$name; rm -rf $d; mkdir -p $d/bin $d/corpus-bench/target
  cp -r $here/../../../bin/bench $here/../../../bin/lib $d/bin/
  ln -s $jar $d/corpus-bench/target/corpus-bench.jar; ln -s $here/../../../sample-data $d/sample-data
  w=/tmp/imp13/W-$tag-$name; rm -rf $w; mkdir -p $w; ln -s /work/wt/data/gen-100000 $w/gen-100000
  echo "[$(date -u +%T)] $tag $name start load $(cut -d' ' -f1-3 /proc/loadavg)" >> $here/log-100k.txt
  BENCH_BUILD=0 BENCH_JMH=0 BENCH_WORK=$w BENCH_PHASES="import index-same" $d/bin/bench 100000 > $w.log 2>&1
  cp $w/results/100000/import.json $here/$tag-$name-import.json
  cp $w/results/100000/index-same.json $here/$tag-$name-index-same.json
  python3 - $w $tag $name >> $here/log-100k.txt <<'PY'
import json, sys
w, tag, name = sys.argv[1] + '/results/100000/', sys.argv[2], sys.argv[3]
i = json.load(open(w + 'import.json')); b = json.load(open(w + 'index-same.json'))
st = {s['stage']: round(s['millis'] / 1000, 1) for s in i['stages']}
print(f"[{tag} {name}] import {i['cpu_seconds']} CPU s (wall {i['seconds']}, load {i['load_average']:.1f}) | bare {b['cpu_seconds']} CPU s | ratio {i['cpu_seconds'] / b['cpu_seconds']:.2f} | stages {st}")
PY
  echo "[$(date -u +%T)] $tag $name end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $here/log-100k.txt
done
