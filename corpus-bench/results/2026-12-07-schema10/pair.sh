#!/usr/bin/env bash
# pair.sh TAG SIZE: before and after side by side (started the same second), each followed by its bare-Lucene run.
here=$(cd "$(dirname "$0")" && pwd)
$here/run.sh before $1 $2 & a=$!
$here/run.sh after $1 $2 & b=$!
wait $a $b
