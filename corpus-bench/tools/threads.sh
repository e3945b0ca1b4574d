#!/usr/bin/env bash
# threads.sh PID OUT [POLL]: every POLL seconds (default 1; 0.05 for runs of a few seconds), the CPU ticks of each
# thread of PID (from /proc), the last seen kept per thread; at the end OUT has CPU seconds per thread group (names
# with digits folded to #). What a thread does after the last poll is not counted.
pid=$1; out=$2; poll=${3:-1}; declare -A ticks name
hz=$(getconf CLK_TCK)
while [ -d /proc/$pid ]; do
  for t in /proc/$pid/task/*; do
    s=$(cat $t/stat 2>/dev/null) || continue
    tid=${t##*/}; rest=${s#*) }; comm=${s#*(}; comm=${comm%%) *}
    read -r -a f <<< "$rest"
    ticks[$tid]=$(( f[11] + f[12] )); name[$tid]=$comm
  done
  sleep "$poll"
done
declare -A g
for tid in "${!ticks[@]}"; do k=$(echo "${name[$tid]}" | sed -E "s/^(C[12] )/\1_/; s/([^C_])[0-9]+/\1#/g; s/_//"); g[$k]=$(( ${g[$k]:-0} + ticks[$tid] )); done
for k in "${!g[@]}"; do printf '%8.1f  %s\n' "$(echo "${g[$k]} / $hz" | bc -l)" "$k"; done | sort -rn > $out
