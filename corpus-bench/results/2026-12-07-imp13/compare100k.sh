#!/usr/bin/env bash
# compare100k.sh TAG A B: compare.sh's dumps of pair TAG's 100k corpora (jars A and B), each bench work directory
# (in `location`) made the same
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
tools=/tmp/imp13/dumptools; jar=/work/wt/data/main-3f7e4d4-bench.jar
tag=$1; a=$2; b=$3; t=/tmp/imp13/cmp100k
strip() { sed -E "s/(dv|s):(first_)?imported_at=\[[^]]*\](, )?//g; s/(dv|s):first_import_seq=\[[^]]*\](, )?//g; s#/W-$tag-($a|$b)/#/W/#g"; }
nice -n 5 $java -Xmx3g -cp "$jar:$tools" IndexDump /tmp/imp13/W-$tag-$a/corpus-100000/index 2>/dev/null | strip > $t-a
nice -n 5 $java -Xmx3g -cp "$jar:$tools" IndexDump /tmp/imp13/W-$tag-$b/corpus-100000/index 2>/dev/null | strip > $t-b
echo "documents: $(wc -l < $t-a) / $(wc -l < $t-b)"
echo "stored fields and doc values, differing lines: $(diff $t-a $t-b | grep -c '^[<>]' || true)"
nice -n 5 $java -Xmx3g -cp "$jar:$tools" TermsDump /tmp/imp13/W-$tag-$a/corpus-100000/index 2>/dev/null | grep -v -P '^(imported_at|first_imported_at|first_import_seq)\t' > $t-a
nice -n 5 $java -Xmx3g -cp "$jar:$tools" TermsDump /tmp/imp13/W-$tag-$b/corpus-100000/index 2>/dev/null | grep -v -P '^(imported_at|first_imported_at|first_import_seq)\t' > $t-b
echo "terms: $(wc -l < $t-a) / $(wc -l < $t-b), differing lines: $(diff $t-a $t-b | grep -c '^[<>]' || true)"
rm -f $t-a $t-b
