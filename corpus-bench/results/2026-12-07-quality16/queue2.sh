#!/usr/bin/env bash
# the order the 10k runs of commit 7702bf2's jar (q2) ran in: pairs p4 and p5 (ABBA), the identity check of p4's
# q2 corpus against p1's base corpus, then pairs p6 and p7
cd "$(dirname "$0")"
./import10k.sh p4 base q2
JAR=/work/wt/data/main-e3d1c34-bench.jar TOOLS=/tmp/quality16-cmptools ../2026-12-07-keys11/compare.sh /tmp/quality16-p1-base /tmp/quality16-p4-q2 > compare-10k-q2.txt 2>&1
./import10k.sh p5 q2 base
./import10k.sh p6 base q2
./import10k.sh p7 q2 base
rm -rf /tmp/quality16-p[4-7]-*
