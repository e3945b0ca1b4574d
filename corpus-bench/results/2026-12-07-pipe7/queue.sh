#!/usr/bin/env bash
cd /work/wt/pipe7/target/p7
./run.sh base 1 10000
./run.sh after 1 10000
./run.sh base 2 10000
./run.sh after 2 10000
./run.sh base 1 100000
./run.sh after 1 100000
echo "[$(date -u +%H:%M:%S)] queue done" >> results/log.txt
