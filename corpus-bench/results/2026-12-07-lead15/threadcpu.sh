#!/usr/bin/env bash
# threadcpu.sh -- CMD...: runs CMD, polls each thread's CPU (utime+stime) every 0.2 s, prints the last seen per thread-name group
"$@" > /tmp/lead15/threadcpu.out 2>/dev/null &
pid=$!
declare -A last
while kill -0 $pid 2>/dev/null; do
  for t in /proc/$pid/task/*; do
    [ -r $t/stat ] || continue
    name=$(cat $t/comm 2>/dev/null); s=$(cat $t/stat 2>/dev/null) || continue
    rest=${s##*) }; set -- $rest; ticks=$(( ${12} + ${13} ))
    last[$(basename $t)]="$name|$ticks"
  done
  sleep 0.2
done
for k in "${!last[@]}"; do echo "${last[$k]}"; done | awk -F'|' '{n=$1; gsub(/[#0-9]+$/,"",n); gsub(/-[0-9]+$/,"",n); s[n]+=$2; t+=$2} END {for (k in s) printf "%8.2f s %s\n", s[k]/100, k; printf "%8.2f s total\n", t/100}' | sort -rn
grep -o '"cpu_seconds" : [0-9.]*' /tmp/lead15/threadcpu.out
