#!/usr/bin/env bash
# jfr.sh JARNAME: bin/bench's import at 100k with BENCH_JFR=1 (JFR's "profile" settings) and its bare-Lucene run;
# keeps the recording as /tmp/imp13/jfr-NAME-100k.jfr, the JSON here as jfr-NAME-*.json, and the share table
# (imp12's shares.py) as shares-NAME-100k.txt
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
name=$1
jar=/tmp/imp13/jars/$name.jar; [ "$name" = base ] && jar=/work/wt/data/main-3f7e4d4-bench.jar
d=/tmp/imp13/D-$name; rm -rf $d; mkdir -p $d/bin $d/corpus-bench/target
cp -r $here/../../../bin/bench $here/../../../bin/lib $d/bin/
ln -s $jar $d/corpus-bench/target/corpus-bench.jar; ln -s $here/../../../sample-data $d/sample-data
w=/tmp/imp13/W-jfr-$name; rm -rf $w; mkdir -p $w; ln -s /work/wt/data/gen-100000 $w/gen-100000
echo "[$(date -u +%T)] jfr $name start load $(cut -d' ' -f1-3 /proc/loadavg)" >> $here/log-100k.txt
BENCH_BUILD=0 BENCH_JMH=0 BENCH_JFR=1 BENCH_WORK=$w BENCH_PHASES="import index-same" $d/bin/bench 100000 > $w.log 2>&1
echo "[$(date -u +%T)] jfr $name end load $(cut -d' ' -f1-3 /proc/loadavg)" >> $here/log-100k.txt
cp $w/results/100000/import.jfr /tmp/imp13/jfr-$name-100k.jfr
for f in import index-same stage-shares; do cp $w/results/100000/$f.json $here/jfr-$name-$f.json; done
python3 $here/../2026-12-07-imp12/shares.py /tmp/imp13/jfr-$name-100k.jfr 25 > $here/shares-$name-100k.txt
rm -rf $w/corpus-100000
