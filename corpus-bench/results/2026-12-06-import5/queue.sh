#!/usr/bin/env bash
cd /work/wt/import5/target/imp5
while pgrep -f 'imp5/run.sh before 1 100000' >/dev/null; do sleep 10; done
./run.sh after 1 100000
./run.sh before 2 10000
./run.sh after 2 10000
./run.sh before 3 10000
./run.sh after 3 10000
echo "[$(date -u +%H:%M:%S)] queue done" >> results/log.txt
