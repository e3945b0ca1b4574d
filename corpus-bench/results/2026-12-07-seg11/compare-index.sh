#!/usr/bin/env bash
# compare-index.sh CORPUS_A CORPUS_B: pipe7's comparison (IndexDump: every stored field and doc value of every live
# document, by id, less the fields that record when a run happened: imported_at, first_imported_at,
# first_import_seq), and PostingsDump (every indexed field's terms, frequencies, positions and offsets per document,
# by id) diffed. Prints the number of documents and of differing lines of each.
set -euo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
here=$(cd "$(dirname "$0")" && pwd)
jar=${JAR:-/work/wt/data/main-e53ed14-bench.jar}
tools=${TOOLS:-/tmp/seg11-tools/dump}
[ -f "$tools/PostingsDump.class" ] || /usr/lib/jvm/temurin-25-jdk-amd64/bin/javac -d "$tools" -cp "$jar" \
  "$here/../2026-12-07-pipe7/tools/IndexDump.java" "$here/tools/PostingsDump.java"
strip() { sed -E 's/(dv|s):(first_)?imported_at=\[[^]]*\](, )?//g; s/(dv|s):first_import_seq=\[[^]]*\](, )?//g'; }
for dump in IndexDump PostingsDump; do
  $java -Xmx3g --enable-native-access=ALL-UNNAMED -cp "$jar:$tools" $dump "$1/index" 2>/dev/null | strip > /tmp/cmp-a.$$
  $java -Xmx3g --enable-native-access=ALL-UNNAMED -cp "$jar:$tools" $dump "$2/index" 2>/dev/null | strip > /tmp/cmp-b.$$
  echo "$dump documents: $(wc -l < /tmp/cmp-a.$$) / $(wc -l < /tmp/cmp-b.$$)"
  echo "$dump differing lines: $(diff /tmp/cmp-a.$$ /tmp/cmp-b.$$ | grep -c '^[<>]' || true)"
  echo "$dump sha256: $(sha256sum < /tmp/cmp-a.$$ | cut -c1-16) / $(sha256sum < /tmp/cmp-b.$$ | cut -c1-16)"
done
rm -f /tmp/cmp-a.$$ /tmp/cmp-b.$$
