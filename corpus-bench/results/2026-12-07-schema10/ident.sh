#!/usr/bin/env bash
# ident.sh BEFORE_CORPUS AFTER_CORPUS OUT: what one reader (this branch's CLI jar, $CLI) answers on a corpus built by
# the starting jar (points layout) and one built by this branch (doc-values layout): range filters' hits, stats,
# quality report, exports (plain and --quality). Prints the diff of each; the files are kept in OUT.
set -uo pipefail
java=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
CLI=${CLI:-/tmp/s10/corpus-after.jar}
b=$1; a=$2; out=$3; mkdir -p $out
c() { nice -n 5 $java -Xmx1g -jar $CLI "$@"; }
filters=("words:100.." "words:..80" "words:120" "words:60..150" "chars:..600" "chars:500..900" "sentences:3.."
  "sentences:..2" "lang_score:0.9.." "lang_score:..0.5" "lang_score:1.0" "imported_at:2020-01-01.."
  "imported_at:..2020-01-01" "lang:th words:100.." "-words:..80" "lang:id|ms chars:..700")
for side in before after; do
  corpus=$b; [ $side = after ] && corpus=$a
  : > $out/filters-$side.txt
  for f in "${filters[@]}"; do
    c -C $corpus search --format json --all --filter "$f" '*:*' 2>/dev/null \
      | python3 -c "import json,sys,hashlib;d=json.load(sys.stdin);ids=sorted(h['id'] for h in d['hits']);print('$f', d['total'], len(ids), hashlib.md5(' '.join(ids).encode()).hexdigest()[:12], sep='\t')" >> $out/filters-$side.txt
  done
  c -C $corpus stats > $out/stats-$side.txt 2>&1
  c -C $corpus stats quality > $out/quality-$side.txt 2>&1
  for kind in plain quality; do
    rm -rf $out/export-$kind-$side
    extra=(); [ $kind = quality ] && extra=(--quality)
    c -C $corpus export --out $out/export-$kind-$side --compress none "${extra[@]}" > /dev/null 2>&1
    find $out/export-$kind-$side -name '*.jsonl' -exec cat {} + | sort | md5sum | cut -c1-12 > $out/export-$kind-$side.md5
    find $out/export-$kind-$side -name '*.jsonl' -exec cat {} + | wc -l >> $out/export-$kind-$side.md5
  done
done
for f in filters stats quality export-plain export-quality; do
  ext=txt; [[ $f == export* ]] && ext=md5
  if diff -q $out/$f-before.$ext $out/$f-after.$ext > /dev/null; then echo "$f: identical"; else echo "$f: DIFFERS"; diff $out/$f-before.$ext $out/$f-after.$ext | head -20; fi
done
