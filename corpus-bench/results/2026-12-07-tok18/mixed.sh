#!/usr/bin/env bash
# mixed.sh: a corpus with both token formats. The first and second halves of gen-10000 (halves/half1.jsonl,
# half2.jsonl under /tmp/tok18-w) imported by the CLI with main's reading and writing code (main-e2eaf60's bench
# jar in front of the CLI jar) into REF, and into MIX the first half by main's code and the second by this
# branch's (token format 2); then outputs.sh on REF with main's code and on MIX with this branch's, and a diff.
set -uo pipefail
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
J=$JAVA_HOME/bin/java; here=$(cd "$(dirname "$0")" && pwd)
OLD=/work/wt/data/main-e2eaf60-bench.jar:/tmp/tok18-w/cli-tok2.jar
NEW=/tmp/tok18-w/cli-tok2.jar
H=/tmp/tok18-w/halves; REF=/tmp/tok18-mix-ref; MIX=/tmp/tok18-mix; OUT=/tmp/tok18-w/out
cli() { local cp=$1; shift; nice -n 5 $J -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -cp "$cp" org.seacorpus.cli.CorpusCommand -q "$@"; }
rm -rf $REF $MIX
cli $OLD init $REF && cli $OLD -C $REF import $H/half1.jsonl && cli $OLD -C $REF import $H/half2.jsonl
cli $OLD init $MIX && cli $OLD -C $MIX import $H/half1.jsonl && cli $NEW -C $MIX import $H/half2.jsonl
echo "ref index bytes $(du -sb $REF/index | cut -f1), mixed $(du -sb $MIX/index | cut -f1)"
"$here/outputs.sh" $OLD $REF $OUT/ref-old
"$here/outputs.sh" $NEW $MIX $OUT/mix-new
for f in $OUT/ref-old/*.out; do
  n=$(basename $f); echo "$n: $(wc -c < $f) bytes, differing lines $(diff $f $OUT/mix-new/$n | grep -c '^[<>]')"
done
