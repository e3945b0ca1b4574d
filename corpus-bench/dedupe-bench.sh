#!/usr/bin/env bash
# Measures dedupe on a generated corpus of N documents: generate (once), import, dedupe, evaluate.
# Import and dedupe run with -Xmx1g on 2 processors; results go to WORK/results-N.json.
# Usage: corpus-bench/dedupe-bench.sh N [WORK]   (build first: mvn -o -q -Pbench install -DskipTests)
set -euo pipefail
n="${1:?usage: dedupe-bench.sh N [WORK]}"
work="${2:-target/dedupe-bench}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
limits=(-Xmx1g -XX:ActiveProcessorCount=2)
mkdir -p "$work"
# a copy, so a rebuild during a long run does not pull the jar from under it
jar="$work/corpus-bench.jar"
cp "$here/target/corpus-bench.jar" "$jar"
gen="$work/gen-$n"
corpus="$work/corpus-$n"
if [ ! -f "$gen/manifest.json" ]; then
  rm -rf "$gen"
  "$java" -jar "$jar" generate --sample-data "$root/sample-data" --docs "$n" --jaccard --out "$gen" > "$work/generate-$n.json"
fi
rm -rf "$corpus"
"$java" "${limits[@]}" -jar "$jar" import --docs "$gen" --corpus "$corpus" > "$work/import-$n.json"
"$java" "${limits[@]}" -jar "$jar" dedupe --corpus "$corpus" > "$work/dedupe-$n.json"
"$java" -Xmx4g -jar "$jar" evaluate --corpus "$corpus" --truth "$gen/truth.jsonl" > "$work/evaluate-$n.json"
printf '{"generate": %s,\n"import": %s,\n"dedupe": %s,\n"evaluate": %s}\n' "$(cat "$work/generate-$n.json")" \
  "$(cat "$work/import-$n.json")" "$(cat "$work/dedupe-$n.json")" "$(cat "$work/evaluate-$n.json")" > "$work/results-$n.json"
echo "$work/results-$n.json"
