#!/usr/bin/env bash
# queue2.sh: queue1.sh stopped after its JFR run (at load 10 each 100k run took 6-9 min of wall, two pairs would
# not end before 09:45): one 100k pair (starting jar first), then c3 (CasefoldFilter's fast path) built, its identity
# at 10k and the sub-fields stage against the starting jar
here=$(cd "$(dirname "$0")" && pwd)
cd $here
while pgrep -f 'jfr.sh c2' > /dev/null; do sleep 5; done
./pair.sh p1 base c2
