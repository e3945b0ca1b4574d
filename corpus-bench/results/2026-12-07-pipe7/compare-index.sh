#!/usr/bin/env bash
# compare-index.sh CORPUS_A CORPUS_B: dumps both indexes (IndexDump: every stored field and doc value of every live
# document, by id), drops the fields that record when a run happened (imported_at, first_imported_at,
# first_import_seq), and diffs. Prints the number of documents and of differing lines.
set -euo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-/work/wt/pipe7-base.jar}
tools=${TOOLS:-/tmp/p7tools/dump}
[ -f "$tools/IndexDump.class" ] || /usr/lib/jvm/temurin-25-jdk-amd64/bin/javac -d "$tools" -cp "$jar" "$here/tools/IndexDump.java"
strip() { sed -E 's/(dv|s):(first_)?imported_at=\[[^]]*\](, )?//g; s/(dv|s):first_import_seq=\[[^]]*\](, )?//g'; }
$java -Xmx3g -cp "$jar:$tools" IndexDump "$1/index" 2>/dev/null | strip > /tmp/cmp-a.$$
$java -Xmx3g -cp "$jar:$tools" IndexDump "$2/index" 2>/dev/null | strip > /tmp/cmp-b.$$
echo "documents: $(wc -l < /tmp/cmp-a.$$) / $(wc -l < /tmp/cmp-b.$$)"
echo "differing lines: $(diff /tmp/cmp-a.$$ /tmp/cmp-b.$$ | grep -c '^[<>]' || true)"
echo "sha256: $(sha256sum < /tmp/cmp-a.$$ | cut -c1-16) / $(sha256sum < /tmp/cmp-b.$$ | cut -c1-16)"
rm -f /tmp/cmp-a.$$ /tmp/cmp-b.$$
