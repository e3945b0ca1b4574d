#!/usr/bin/env bash
# outputs.sh CLASSPATH CORPUS OUTDIR: the CLI's counting and concordance commands on one corpus, each one's JSON
# output in OUTDIR/NAME.out and its wall, user and system seconds in OUTDIR/NAME.time. CLASSPATH is the CLI's
# (corpus.jar; for main's reading code, main's bench jar in front of it: its classes win).
export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
J=$JAVA_HOME/bin/java; cp=$1; c=$2; o=$3; mkdir -p "$o"
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$o/$name.time" nice -n 5 $J -Xmx1g -XX:ActiveProcessorCount=2 \
    --enable-native-access=ALL-UNNAMED -cp "$cp" org.seacorpus.cli.CorpusCommand -C "$c" --json "$@" \
    > "$o/$name.out" 2> "$o/$name.err"
}
run freq stats freq --top 1000000 --min 1
run freq-th stats freq --lang th --top 1000000 --min 1
run freq-lo stats freq --lang lo --top 1000000 --min 1
run ngrams stats ngrams --n 2..3 --min 2 --top 5000
run ngrams-th stats ngrams --lang th --n 1..4 --min 1 --top 5000
run coll-th stats collocations ข้าว --lang th --window 3 --min 1 --top 1000
run coll-lo stats collocations ນ້ຳ --window 4 --min 1 --top 1000 --measure ll
run coll-vi stats collocations lúa --lang vi --min 1 --top 1000 --measure mi
run keyness stats keyness --focus lang:th --reference lang:lo --top 500 --measure ll --min 1
run keyness2 stats keyness --focus lang:id --top 500 --min 1
run disp stats dispersion ข้าว น้ำ ນ້ຳ padi --by lang
run kwic-th search --kwic ข้าว --sort 1R,2R --limit 0 --max-lines 100000
run kwic-th2 search --kwic น้ำ --sort 2L,1L --context 3 --limit 0 --max-lines 100000
run kwic-lo search --kwic ນ້ຳ --sort 1L,hit --limit 0 --max-lines 100000
run kwic-id search --kwic padi --sort 1R --chars 30 --limit 0 --max-lines 100000
