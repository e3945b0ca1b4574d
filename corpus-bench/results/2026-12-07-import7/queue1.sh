#!/usr/bin/env bash
# screening of JIT flags at 10k, alternating
cd /work/wt/import7/target/imp7
T4="-XX:Tier4InvocationThreshold=20000 -XX:Tier4MinInvocationThreshold=2400 -XX:Tier4CompileThreshold=60000 -XX:Tier4BackEdgeThreshold=160000"
for i in 1 2; do
  ./run.sh base plain$((i+1)) 10000
  EXTRA="$T4" ./run.sh base t4x$i 10000
  EXTRA="-XX:-TieredCompilation" ./run.sh base notiered$i 10000
  EXTRA="-XX:MaxInlineLevel=9" ./run.sh base inl9$i 10000
  EXTRA="-XX:AOTCache=/tmp/imp7-base.aot" ./run.sh base aot$((i+1)) 10000
done
