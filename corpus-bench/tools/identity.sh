#!/usr/bin/env bash
# identity.sh JAR_A JAR_B DOCS: imports the generated corpus DOCS with each of two bench jars and compares the two
# corpora with results/2026-12-07-keys11/compare.sh (every stored field and doc value of every document, and every
# term with its frequencies; the fields that record when a run happened left out). A change that should leave
# import's output alone passes when both "differing lines" counts are 0. The imports run with bin/bench's JVM
# options; IDENTITY_JVM_A and IDENTITY_JVM_B add JVM options to one side (the same jar twice with two option sets
# checks that the options leave the output alone). Scratch corpora go to a fresh folder in /tmp and are deleted.
# JAVA is $JAVA_HOME/bin/java or `java`.
set -uo pipefail
[ $# -eq 3 ] || { awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0" >&2; exit 2; }
jar_a=$1; jar_b=$2; docs=$3
[ -f "$docs/manifest.json" ] || { echo "identity.sh: $docs is not a generated corpus (no manifest.json)" >&2; exit 2; }
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/identity.XXXXXX); trap 'rm -rf "$tmp"' EXIT
for side in a b; do
  jar=$jar_a; extra=${IDENTITY_JVM_A:-}
  [ $side = b ] && { jar=$jar_b; extra=${IDENTITY_JVM_B:-}; }
  read -r -a extra_opts <<< "$extra"
  nice -n 5 "$java" -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC \
    ${extra_opts[@]+"${extra_opts[@]}"} -jar "$jar" import --docs "$docs" --corpus "$tmp/corpus-$side" > "$tmp/import-$side.json" 2> "$tmp/import-$side.err" \
    || { echo "identity.sh: import with $jar failed:" >&2; tail -5 "$tmp/import-$side.err" >&2; exit 1; }
done
JAR=$jar_a TOOLS=$tmp/tools "$here/../results/2026-12-07-keys11/compare.sh" "$tmp/corpus-a" "$tmp/corpus-b"
