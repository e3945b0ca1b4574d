#!/usr/bin/env bash
# Measures dedupe on a generated corpus of N documents: generate (once), import, dedupe, evaluate.
# Import and dedupe run with -Xmx1g on 2 processors; results go to WORK/results-N.json.
# Each step's stderr (a progress line a minute from import and dedupe) goes to WORK/<step>-N.log, and when
# /usr/bin/time exists, its report (peak RSS, CPU) to WORK/<step>-N.time.
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
step() { # step NAME java-args...: runs one step, stdout to NAME-N.json, stderr to NAME-N.log
  local name="$1"; shift
  echo "$(date -u +%FT%TZ) $name start, load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$work/steps-$n.log"
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$work/$name-$n.time" "$java" "$@" > "$work/$name-$n.json" 2> "$work/$name-$n.log"
  else
    "$java" "$@" > "$work/$name-$n.json" 2> "$work/$name-$n.log"
  fi
  echo "$(date -u +%FT%TZ) $name done, load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$work/steps-$n.log"
}
if [ ! -f "$gen/manifest.json" ]; then
  rm -rf "$gen"
  step generate -jar "$jar" generate --sample-data "$root/sample-data" --docs "$n" --jaccard --out "$gen"
fi
rm -rf "$corpus"
step import "${limits[@]}" -jar "$jar" import --docs "$gen" --corpus "$corpus"
step dedupe "${limits[@]}" -jar "$jar" dedupe --corpus "$corpus"
step evaluate -Xmx4g -jar "$jar" evaluate --corpus "$corpus" --truth "$gen/truth.jsonl"
printf '{"generate": %s,\n"import": %s,\n"dedupe": %s,\n"evaluate": %s}\n' "$(cat "$work/generate-$n.json")" \
  "$(cat "$work/import-$n.json")" "$(cat "$work/dedupe-$n.json")" "$(cat "$work/evaluate-$n.json")" > "$work/results-$n.json"
echo "$work/results-$n.json"
