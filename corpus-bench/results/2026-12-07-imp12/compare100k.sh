#!/usr/bin/env bash
# compare100k.sh: keys11's compare.sh on the 100k corpora of pair p1 (starting jar, c2), with each bench work
# directory (in `location`) made the same
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
tools=/tmp/imp12/dumptools; jar=/work/wt/data/main-92c6c42-bench.jar
t=/tmp/imp12/cmp100k
strip() { sed -E 's/(dv|s):(first_)?imported_at=\[[^]]*\](, )?//g; s/(dv|s):first_import_seq=\[[^]]*\](, )?//g; s#/W-p1-(base|c2)/#/W/#g'; }
nice -n 5 $java -Xmx3g -cp "$jar:$tools" IndexDump /tmp/imp12/W-p1-base/corpus-100000/index 2>/dev/null | strip > $t-a
nice -n 5 $java -Xmx3g -cp "$jar:$tools" IndexDump /tmp/imp12/W-p1-c2/corpus-100000/index 2>/dev/null | strip > $t-b
echo "documents: $(wc -l < $t-a) / $(wc -l < $t-b)"
echo "stored fields and doc values, differing lines: $(diff $t-a $t-b | grep -c '^[<>]' || true)"
nice -n 5 $java -Xmx3g -cp "$jar:$tools" TermsDump /tmp/imp12/W-p1-base/corpus-100000/index 2>/dev/null | grep -v -P '^(imported_at|first_imported_at|first_import_seq)\t' > $t-a
nice -n 5 $java -Xmx3g -cp "$jar:$tools" TermsDump /tmp/imp12/W-p1-c2/corpus-100000/index 2>/dev/null | grep -v -P '^(imported_at|first_imported_at|first_import_seq)\t' > $t-b
echo "terms: $(wc -l < $t-a) / $(wc -l < $t-b), differing lines: $(diff $t-a $t-b | grep -c '^[<>]' || true)"
rm -f $t-a $t-b
