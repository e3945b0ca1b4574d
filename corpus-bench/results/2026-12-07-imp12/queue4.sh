#!/usr/bin/env bash
# queue4.sh: after queue3, a second 100k pair in the opposite order, with the branch's last jar (c3) first
here=$(cd "$(dirname "$0")" && pwd)
cd $here
while pgrep -f 'queue3.sh' > /dev/null; do sleep 5; done
./pair.sh p2 c3 base
echo "[$(date -u +%T)] queue4 done" >> log-100k.txt
