#!/usr/bin/env bash
# ident.sh JAR_A JAR_B DOCS OUT: imports DOCS with both bench jars into OUT-a and OUT-b (kept, for outputs.sh) and
# compares them: keys11's IndexDump (every stored field and doc value) as it is and with the token doc values
# (tokens, tokens.surface, tokens.seq, tokens.offsets) left out, TermsDump (every term with its frequencies), and
# TokenDump (every document's tokens as JAR_B's readers decode them, in either format).
set -uo pipefail
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
java=$JAVA_HOME/bin/java; a=$1; b=$2; docs=$3; out=$4
here=$(cd "$(dirname "$0")" && pwd); k11=/work/main/corpus-bench/results/2026-12-07-keys11
for side in a b; do
  jar=$a; [ $side = b ] && jar=$b
  rm -rf "$out-$side"
  nice -n 5 $java -Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC \
    -jar "$jar" import --docs "$docs" --corpus "$out-$side" > "$out-$side.import.json" 2> "$out-$side.import.err"
  echo "import $side: $(grep -o '"cpu_seconds" : [0-9.]*' "$out-$side.import.json"), index bytes $(du -sb "$out-$side/index" | cut -f1)"
done
tools=/tmp/tok18-w/tools; mkdir -p $tools
[ -f $tools/IndexDump.class ] || $JAVA_HOME/bin/javac -d $tools -cp "$a" $k11/../2026-12-07-pipe7/tools/IndexDump.java $k11/tools/TermsDump.java
$JAVA_HOME/bin/javac -d $tools/b -cp "$b" "$here/tools/TokenDump.java"
strip() { sed -E 's/(dv|s):(first_)?imported_at=\[[^]]*\](, )?//g; s/(dv|s):first_import_seq=\[[^]]*\](, )?//g'; }
notok() { sed -E 's/dv:tokens(\.[a-z]+)?=\[[^]]*\](, )?//g'; }
t=/tmp/tok18-w/cmp
for side in a b; do nice -n 5 $java -Xmx3g -cp "$a:$tools" IndexDump "$out-$side/index" 2>/dev/null | strip > $t-$side; done
echo "documents: $(wc -l < $t-a) / $(wc -l < $t-b)"
echo "stored fields and doc values, differing lines: $(diff $t-a $t-b | grep -c '^[<>]')"
notok < $t-a > $t-a2; notok < $t-b > $t-b2
echo "the same without the token doc values, differing lines: $(diff $t-a2 $t-b2 | grep -c '^[<>]')  sha256 $(sha256sum < $t-a2 | cut -c1-16) / $(sha256sum < $t-b2 | cut -c1-16)"
echo "token doc-value fields present: a: $(grep -o 'dv:tokens[.a-z]*=' $t-a | sort | uniq -c | tr '\n' ' ') b: $(grep -o 'dv:tokens[.a-z]*=' $t-b | sort | uniq -c | tr '\n' ' ')"
for side in a b; do nice -n 5 $java -Xmx3g -cp "$a:$tools" TermsDump "$out-$side/index" 2>/dev/null | grep -v -P '^(imported_at|first_imported_at|first_import_seq)\t' > $t-$side; done
echo "terms: $(wc -l < $t-a) / $(wc -l < $t-b), differing lines: $(diff $t-a $t-b | grep -c '^[<>]')"
for side in a b; do nice -n 5 $java -Xmx3g -cp "$b:$tools/b" TokenDump "$out-$side/index" 2>/dev/null > $t-$side; done
echo "decoded tokens: $(wc -l < $t-a) / $(wc -l < $t-b) documents ($(grep -c $'\tnone' $t-a) / $(grep -c $'\tnone' $t-b) without), differing lines: $(diff $t-a $t-b | grep -c '^[<>]')  sha256 $(sha256sum < $t-a | cut -c1-16) / $(sha256sum < $t-b | cut -c1-16)"
rm -f $t-a $t-b $t-a2 $t-b2
