#!/usr/bin/env bash
# toggles.sh N: import at N docs with each field family left out (exp15 jar), ABCDE then EDCBA, bare Lucene at both ends
set -uo pipefail
n=$1; jar=/work/wt/data/exp15-bench.jar
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
opts="-Xmx1g -XX:ActiveProcessorCount=2 --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -XX:-UseOnStackReplacement"
run() { # tag props
  local tag=$1; shift
  rm -rf /tmp/lead15/tc
  local l0=$(cut -d' ' -f1 /proc/loadavg)
  local cpu=$($J $opts "$@" -jar $jar import --docs /work/wt/data/gen-$n --corpus /tmp/lead15/tc 2>/dev/null | grep -o '"cpu_seconds" *: *[0-9.]*' | grep -o '[0-9.]*$')
  echo "$(date -u +%T) $tag cpu $cpu load $l0 $(cut -d' ' -f1 /proc/loadavg)"
}
base() {
  rm -rf /tmp/lead15/ti
  local l0=$(cut -d' ' -f1 /proc/loadavg)
  local cpu=$($J $opts -jar $jar index-baseline --docs /work/wt/data/gen-$n --index /tmp/lead15/ti --analyzer same 2>/dev/null | grep -o '"cpu_seconds" *: *[0-9.]*' | grep -o '[0-9.]*$')
  echo "$(date -u +%T) bare cpu $cpu load $l0 $(cut -d' ' -f1 /proc/loadavg)"
}
base
for order in "A B C D E" "E D C B A"; do
  for v in $order; do
    case $v in
      A) run all ;;
      B) run nooffsets -Dexp.nooffsets=true ;;
      C) run notokens -Dexp.notokens=true ;;
      D) run nolines -Dexp.nolines=true ;;
      E) run none3 -Dexp.nooffsets=true -Dexp.notokens=true -Dexp.nolines=true ;;
    esac
  done
done
base
rm -rf /tmp/lead15/tc /tmp/lead15/ti
