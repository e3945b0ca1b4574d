#!/usr/bin/env bash
# q2 (after q1, its process id $1): each JVM option on both sides beside the current import default (ParallelGC),
# at 10k (two rounds, the second in reverse order; the first keeps its corpora for the identity check) and at 100k
# (two rounds likewise). The AOT caches: -XX:AOTCacheOutput from a training run of each command on a 3,000-document
# corpus generated from sample-data with another seed (aot-train.sh), so no measured document is in the training.
cd "$(dirname "$0")"
while [ -d /proc/$1 ]; do sleep 5; done
P=-XX:+UseParallelGC
declare -A o=(
  [pgc]="$P"
  [noosr]="$P -XX:-UseOnStackReplacement"
  [trap]="$P -XX:PerMethodTrapLimit=10 -XX:PerBytecodeTrapLimit=2"
  [cts2]="$P -XX:CompileThresholdScaling=2"
  [aot]="$P"
)
one() { # NAME TAG SIZE
  if [ $1 = aot ]; then
    OPTS="${o[$1]}" IMPORT_OPTS=-XX:AOTCache=/tmp/flags14-import-pgc.aot BASE_OPTS=-XX:AOTCache=/tmp/flags14-base-pgc.aot ./run.sh $2 $3
  else
    OPTS="${o[$1]}" ./run.sh $2 $3
  fi
}
for c in pgc noosr trap cts2 aot; do KEEP=1 one $c k1-$c 10000; done
for c in aot cts2 trap noosr pgc; do one $c k2-$c 10000; done
for c in noosr trap cts2 aot; do
  JAR=/tmp/flags14-main.jar TOOLS=/tmp/flags14-cmptools ../2026-12-07-keys11/compare.sh /tmp/flags14-corpus-k1-pgc-10000 \
    /tmp/flags14-corpus-k1-$c-10000 > runs/ident-10000-pgc-$c.txt 2>&1
  echo "[$(date -u +%T)] identity pgc vs $c: $(tr '\n' ' ' < runs/ident-10000-pgc-$c.txt)" >> runs/log.txt
done
for c in pgc noosr trap cts2 aot; do one $c m1-$c 100000; done
for c in aot cts2 trap noosr pgc; do one $c m2-$c 100000; done
