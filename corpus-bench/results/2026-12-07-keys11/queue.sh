#!/usr/bin/env bash
# queue.sh: what ran, in order: pair 1 (start jar first), the stage harness, pair 2 (this branch first)
here=$(cd "$(dirname "$0")" && pwd)
$here/pair.sh pair1 base k2
AFTER=/work/wt/keys11/target/jars/k2.jar $here/stages.sh $here/stages-k2 3
$here/pair.sh pair2 k2 base
