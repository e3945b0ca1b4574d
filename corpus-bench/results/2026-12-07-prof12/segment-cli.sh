#!/usr/bin/env bash
# segment-cli.sh OUT N: `corpus segment` on one Thai and one Burmese line through the plain CLI jar (java -jar, no
# start-up cache), main's jar at the session's start (built from 92c6c42) and this branch's, alternating, order
# reversed every other pair; user+system CPU of the process (/usr/bin/time) and the load beside each.
set -uo pipefail
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
out=$1; n=${2:-5}
main=${MAIN_JAR:-/tmp/p12/mainsrc/corpus-cli/target/corpus.jar}
branch=${BRANCH_JAR:-$(cd "$(dirname "$0")/../../.." && pwd)/corpus-cli/target/corpus.jar}
th='เกษตรกรในจังหวัดสุพรรณบุรีเริ่มเก็บเกี่ยวข้าวนาปรังแล้วเมื่อปี2568'
my='မြန်မာနိုင်ငံတွင် ၂၀၂၅ ခုနှစ်၌ ဆန်စပါး ထွက်ရှိမှု များလာသည်။'
run() { # name jar lang text
  local t; t=$( { echo "$4" | /usr/bin/time -f "%U %S" nice -n 5 $J -jar "$2" segment --lang "$3" > /dev/null; } 2>&1 | tail -1)
  echo "$1 $3 load $(cut -d' ' -f1 /proc/loadavg) cpu_s $(echo $t | awk '{print $1 + $2}')"
}
: > $out
for i in $(seq 1 $n); do
  for lang in th my; do
    text=$th; [ $lang = my ] && text=$my
    if (( i % 2 )); then run main $main $lang "$text" >> $out; run prof12 $branch $lang "$text" >> $out
    else run prof12 $branch $lang "$text" >> $out; run main $main $lang "$text" >> $out; fi
  done
done
