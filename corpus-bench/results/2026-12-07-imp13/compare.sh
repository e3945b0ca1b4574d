#!/usr/bin/env bash
# compare.sh CORPUS_A CORPUS_B: pipe7's identity check (IndexDump: every stored field and doc value of every live
# document, by id; the fields that record when a run happened dropped) and the terms of every indexed field with
# their document and total frequencies (TermsDump); prints documents, differing lines and digests of both dumps.
set -euo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-/work/wt/data/main-3f7e4d4-bench.jar}
tools=${TOOLS:-/tmp/imp13/dumptools}
[ -f "$tools/IndexDump.class" ] || /usr/lib/jvm/temurin-25-jdk-amd64/bin/javac -d "$tools" -cp "$jar" "$here/../2026-12-07-pipe7/tools/IndexDump.java" "$here/../2026-12-07-keys11/tools/TermsDump.java"
strip() { sed -E 's/(dv|s):(first_)?imported_at=\[[^]]*\](, )?//g; s/(dv|s):first_import_seq=\[[^]]*\](, )?//g'; }
t=/tmp/cmp.$$
nice -n 5 $java -Xmx3g -cp "$jar:$tools" IndexDump "$1/index" 2>/dev/null | strip > $t-a
nice -n 5 $java -Xmx3g -cp "$jar:$tools" IndexDump "$2/index" 2>/dev/null | strip > $t-b
echo "documents: $(wc -l < $t-a) / $(wc -l < $t-b)"
echo "stored fields and doc values, differing lines: $(diff $t-a $t-b | grep -c '^[<>]' || true)"
echo "  sha256: $(sha256sum < $t-a | cut -c1-16) / $(sha256sum < $t-b | cut -c1-16)"
nice -n 5 $java -Xmx3g -cp "$jar:$tools" TermsDump "$1/index" 2>/dev/null | grep -v -P '^(imported_at|first_imported_at|first_import_seq)\t' > $t-a
nice -n 5 $java -Xmx3g -cp "$jar:$tools" TermsDump "$2/index" 2>/dev/null | grep -v -P '^(imported_at|first_imported_at|first_import_seq)\t' > $t-b
echo "terms: $(wc -l < $t-a) / $(wc -l < $t-b), differing lines: $(diff $t-a $t-b | grep -c '^[<>]' || true)"
echo "  sha256: $(sha256sum < $t-a | cut -c1-16) / $(sha256sum < $t-b | cut -c1-16)"
rm -f $t-a $t-b
