#!/bin/bash
# identity.sh: gen-10000 imported with main's jar (A) and this branch's (B, /tmp/normfast15-runs/B.jar) the way
# bin/bench imports, then keys11's compare.sh on the two corpora (-> identity-10000.txt); corpora in /tmp, deleted.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
for x in A B; do
  jar=/work/wt/data/main-8b4b5ed-bench.jar; [ $x = B ] && jar=/tmp/normfast15-runs/B.jar
  rm -rf /tmp/normfast15-imp-$x
  nice -n 5 $java -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -jar $jar import \
    --docs /work/wt/data/gen-10000 --corpus /tmp/normfast15-imp-$x > "$here/identity-import-10000-$x.json"
done
JAR=/work/wt/data/main-8b4b5ed-bench.jar TOOLS=/tmp/normfast15-tools \
  "$here/../2026-12-07-keys11/compare.sh" /tmp/normfast15-imp-A /tmp/normfast15-imp-B > "$here/identity-10000.txt"
cat "$here/identity-10000.txt"
rm -rf /tmp/normfast15-imp-A /tmp/normfast15-imp-B
