#!/usr/bin/env bash
cd /work/wt/pipe7/target/p7
while kill -0 5445 2>/dev/null; do sleep 10; done   # the first queue (its pid)
./run.sh base 2 100000
./run.sh after2 2 100000
./run.sh base 3 10000
./run.sh after2 3 10000
echo "[$(date -u +%H:%M:%S)] queue2 done" >> results/log.txt
