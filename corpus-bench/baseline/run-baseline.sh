#!/usr/bin/env bash
# Runs the Python MinHash-LSH baseline on a corpus that dedupe-bench.sh made, with five shingle/LSH settings,
# and scores each with corpus-bench evaluate. Results: WORK/baseline-N-<setting>.json and .eval.json.
# Usage: corpus-bench/baseline/run-baseline.sh N [WORK] [PYTHON]   (after corpus-bench/dedupe-bench.sh N WORK)
# SETTINGS (environment) chooses some of the settings. PYTHON: an interpreter with numpy (default python3), e.g. one from `python3 -m venv /tmp/v && /tmp/v/bin/pip
# install numpy`.
set -euo pipefail
n="${1:?usage: run-baseline.sh N [WORK] [PYTHON]}"
work="${2:-target/dedupe-bench}"
python="${3:-python3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar="$work/corpus-bench.jar"
gen="$work/gen-$n"
corpus="$work/corpus-$n"
if [ ! -s "$work/shingles-$n.tsv" ]; then
  /usr/bin/time -v -o "$work/shingles-$n.time" "$java" -jar "$jar" shingles --corpus "$corpus" \
    --out "$work/shingles-$n.tsv" > "$work/shingles-$n.json" 2> /dev/null
fi
for setting in ${SETTINGS:-segmenter segmenter-verify segmenter-b28r5-verify whitespace textdedup}; do
  args=(--shingles "${setting%%-*}" --docs "$gen" --shingle-file "$work/shingles-$n.tsv")
  case "$setting" in *-b28r5-*) args+=(--bands 28 --rows 5) ;; esac
  case "$setting" in *-verify) args+=(--verify) ;; esac
  "$python" "$here/minhash_lsh_baseline.py" "${args[@]}" --out "$work/baseline-$n-$setting.tsv" \
    > "$work/baseline-$n-$setting.json"
  "$java" -Xmx4g -jar "$jar" evaluate --clusters "$work/baseline-$n-$setting.tsv" --truth "$gen/truth.jsonl" \
    > "$work/baseline-$n-$setting.eval.json" 2> /dev/null
done
echo "$work/baseline-$n-*.json"
