#!/usr/bin/env bash
# pairs.sh: import CPU in alternating pairs, the way bin/bench judges issue 16's import goal, for one-off questions.
#
#   pairs.sh ratio JAR DOCS K [TAG]       K pairs of import and bare Lucene (index-baseline --analyzer same), the
#                                         same bench jar; import first in odd pairs, bare Lucene first in even ones
#   pairs.sh ab JAR_A JAR_B DOCS K [TAG]  K pairs of import with two bench jars, in ABBA order (A first in odd pairs)
#
# DOCS is a generated corpus (bin/bench's `generate`). Each run's `cpu_seconds` (the JSON the bench command
# prints) is read with the 1-minute load when it started; one line per pair goes to stdout with the pair's ratio
# (import / bare Lucene, or B / A), and the median of the ratios comes last. Scratch corpora go under $PAIRS_TMP
# (default a fresh folder in /tmp) and are deleted. The JVM options are bin/bench's for both sides (PAIRS_JVM
# overrides the import options, as BENCH_IMPORT_OPTS does there); JAVA is $JAVA_HOME/bin/java or `java`.
set -uo pipefail
usage() { awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0" >&2; exit 2; }
mode=${1:-}; shift || true
case "$mode" in
  ratio) [ $# -ge 3 ] || usage; jar_a=$1; jar_b=$1; docs=$2; k=$3; tag=${4:-ratio} ;;
  ab) [ $# -ge 4 ] || usage; jar_a=$1; jar_b=$2; docs=$3; k=$4; tag=${5:-ab} ;;
  *) usage ;;
esac
[ -f "$docs/manifest.json" ] || { echo "pairs.sh: $docs is not a generated corpus (no manifest.json)" >&2; exit 2; }
for jar in "$jar_a" "$jar_b"; do [ -f "$jar" ] || { echo "pairs.sh: no jar $jar" >&2; exit 2; }; done
java=${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}
read -r -a jvm <<< "-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED ${PAIRS_JVM--XX:+UseParallelGC -XX:-UseOnStackReplacement -XX:MaxInlineLevel=9 -XX:InlineSmallCode=1000 -XX:FreqInlineSize=150}"
if [ -n "${PAIRS_TMP:-}" ]; then
  tmp=$PAIRS_TMP; mkdir -p "$tmp"; trap 'rm -rf "$tmp/corpus-$tag" "$tmp/index-$tag"' EXIT
else
  tmp=$(mktemp -d /tmp/pairs.XXXXXX); trap 'rm -rf "$tmp"' EXIT
fi

# run JAR KIND: prints "CPU_SECONDS LOAD" of one import (KIND import) or bare-Lucene run (KIND bare)
run() {
  local load out
  load=$(cut -d' ' -f1 /proc/loadavg)
  rm -rf "$tmp/corpus-$tag" "$tmp/index-$tag"
  if [ "$2" = import ]; then
    out=$("$java" "${jvm[@]}" -jar "$1" import --docs "$docs" --corpus "$tmp/corpus-$tag" 2>/dev/null)
  else
    out=$("$java" "${jvm[@]}" -jar "$1" index-baseline --docs "$docs" --index "$tmp/index-$tag" --analyzer same 2>/dev/null)
  fi
  local cpu
  cpu=$(grep -o '"cpu_seconds" *: *[0-9.]*' <<< "$out" | head -1 | grep -o '[0-9.]*$')
  [ -n "$cpu" ] || { echo "pairs.sh: $2 with $1 printed no cpu_seconds" >&2; exit 1; }
  echo "$cpu $load"
}

if [ "$mode" = ratio ]; then first=import; second=bare; names=("import" "bare"); else first=import; second=import; names=("A" "B"); fi
ratios=()
for ((i = 1; i <= k; i++)); do
  if (( i % 2 == 1 )); then a=$(run "$jar_a" "$first") || exit 1; b=$(run "$jar_b" "$second") || exit 1
  else b=$(run "$jar_b" "$second") || exit 1; a=$(run "$jar_a" "$first") || exit 1; fi
  if [ "$mode" = ratio ]; then r=$(awk -v x="${a% *}" -v y="${b% *}" 'BEGIN { printf "%.3f", x / y }')
  else r=$(awk -v x="${a% *}" -v y="${b% *}" 'BEGIN { printf "%.3f", y / x }'); fi
  ratios+=("$r")
  echo "$(date -u +%T) $tag pair $i: ${names[0]} ${a% *} s (load ${a#* }), ${names[1]} ${b% *} s (load ${b#* }), ratio $r"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk -v tag="$tag" -v mode="$mode" \
  '{ r[NR] = $1 } END { m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2;
     printf "%s median ratio (%s) of %d pairs: %.3f\n", tag, mode == "ratio" ? "import / bare Lucene" : "B / A", NR, m }'
