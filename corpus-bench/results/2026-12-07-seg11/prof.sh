#!/bin/bash
J=/usr/lib/jvm/temurin-25-jdk-amd64/bin
jar=$1; tag=$2
for g in th,lo,km,my vi id,ms,fil,jv,su,ceb,tet,en zh,shn,ta; do
  echo "$(date -u +%T) $tag $g load $(cut -d' ' -f1-3 /proc/loadavg)"
  nice -n 5 $J/java -Xmx1g -XX:ActiveProcessorCount=2 -Xlog:jfr+startup=off -XX:FlightRecorderOptions:stackdepth=256 -XX:StartFlightRecording=filename=results/segloop-$tag-${g%%,*}.jfr,settings=$PWD/p1ms.jfc -cp $jar:tools-start SegLoop /work/wt/data/gen-10000 $g 6
done
