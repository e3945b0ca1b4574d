#!/usr/bin/env bash
# import10k.sh TAG VARIANT...: a 10k import of gen-10000 per variant in order (base = main's jar at the start of
# session 16, main-e3d1c34; q1 = this branch's jar, copied to /tmp/quality16-q1.jar), with bin/bench's import JVM
# options; each report (one JSON line, cpu_seconds) to TAG-VARIANT-import.json here, start/end load to log-10k.txt.
# The corpus stays in /tmp/quality16-TAG-VARIANT for compare.sh.
set -uo pipefail
out=$(cd "$(dirname "$0")" && pwd)
tag=$1; shift
for v in "$@"; do
  case $v in base) jar=/work/wt/data/main-e3d1c34-bench.jar ;; *) jar=/tmp/quality16-$v.jar ;; esac
  dir=/tmp/quality16-$tag-$v; rm -rf $dir
  echo "[$(date -u +%T)] $tag $v start (load $(cut -d' ' -f1-3 /proc/loadavg))" >> $out/log-10k.txt
  nice -n 5 /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED \
    -XX:+UseParallelGC -XX:-UseOnStackReplacement -jar $jar import --docs /work/wt/data/gen-10000 --corpus $dir \
    > $out/$tag-$v-import.json 2> /tmp/quality16-$tag-$v.err
  echo "[$(date -u +%T)] $tag $v end (load $(cut -d' ' -f1-3 /proc/loadavg)) $(grep -o '"cpu_seconds" *: *[0-9.]*' $out/$tag-$v-import.json)" >> $out/log-10k.txt
done
