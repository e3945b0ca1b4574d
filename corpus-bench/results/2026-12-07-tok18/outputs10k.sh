#!/usr/bin/env bash
# outputs10k.sh: outputs.sh on ident.sh's 10k corpora: main's code on main's import (A, format 1), this branch's
# code on this branch's import (B, format 2) and on main's import (format 1 read by the new readers); diffs.
here=$(cd "$(dirname "$0")" && pwd)
OLD=/work/wt/data/main-e2eaf60-bench.jar:/tmp/tok18-w/cli-tok2.jar; NEW=/tmp/tok18-w/cli-tok2.jar; OUT=/tmp/tok18-w/out
"$here/outputs.sh" $OLD /tmp/tok18-c10k-a $OUT/a-old
"$here/outputs.sh" $NEW /tmp/tok18-c10k-b $OUT/b-new
"$here/outputs.sh" $NEW /tmp/tok18-c10k-a $OUT/a-new
for f in $OUT/a-old/*.out; do
  n=$(basename $f)
  echo "$n: $(wc -c < $f) bytes, $(grep -c . $f) lines; differing lines, new import and code: $(diff $f $OUT/b-new/$n | grep -c '^[<>]'), main's import and new code: $(diff $f $OUT/a-new/$n | grep -c '^[<>]')"
done
