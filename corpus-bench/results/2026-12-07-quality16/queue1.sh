#!/usr/bin/env bash
# the order the 10k runs of commit 2346a8e's jar (q1) ran in: pairs p2 and p3 (ABBA), then a JFR import of each
cd "$(dirname "$0")"
./import10k.sh p2 base q1
./import10k.sh p3 q1 base
./jfr10k.sh base q1
rm -rf /tmp/quality16-p2-* /tmp/quality16-p3-*
